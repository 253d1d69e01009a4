import KerasModel
import SwiftLiteSchema

/// `GroupQueryAttention` (Keras's `GroupedQueryAttention`) over `[batch, time, features]` inputs:
/// `num_query_heads` query heads share `num_key_value_heads` key/value heads. Keras repeats each
/// key/value head `num_query_heads / num_key_value_heads` times; here the repetition is folded into
/// the key and value projection weights (query head j reads key/value head j / repeats), so the rest
/// is multi-head attention: projections as FULLY_CONNECTED (the `1/sqrt(head_dim)` scale folded into
/// the query's), `[batch, heads, time, head_dim]` views, `BATCH_MATMUL` scores with an additive
/// causal / sliding-window bias, SOFTMAX, `BATCH_MATMUL` with the values, the optional sigmoid gate,
/// and the output projection. Mask tensors are not supported; dropout is inactive at inference.
enum GroupedQueryAttentionLowering {
    /// Class name → lowering (Keras exports the class as `GroupQueryAttention`).
    static let lowerings: [String: LayerLowering] = ["GroupQueryAttention": lower, "GroupedQueryAttention": lower]

    static func lower(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        let call = try MultiHeadAttentionLowering.CallInputs(node: node, context: context)
        let headDim = try layer.int("head_dim", default: -1)
        let queryHeads = try layer.int("num_query_heads", default: -1)
        let kvHeads = try layer.int("num_key_value_heads", default: -1)
        guard headDim > 0, queryHeads > 0, kvHeads > 0, queryHeads % kvHeads == 0 else {
            throw ConversionError(.invalidModel, "invalid head_dim / num_query_heads / num_key_value_heads", layer: layer)
        }
        let useBias = try layer.bool("use_bias", default: true)
        let useGate = try layer.bool("use_gate", default: false)
        let slidingWindow = layer.config["sliding_window"]?.intValue
        let query = context.graph[call.query].shape, key = context.graph[call.key].shape, value = context.graph[call.value].shape
        for (shape, what) in [(query, "query"), (key, "key"), (value, "value")] where shape.count != 3 || shape[2] <= 0 {
            throw ConversionError(.unsupported, "only [batch, time, features] \(what) tensors are supported, got \(shape)", layer: layer)
        }
        guard key[1] == value[1] else {
            throw ConversionError(.invalidModel, "key and value have different lengths: \(key) and \(value)", layer: layer)
        }
        let weights = MultiHeadAttentionLowering.Weights(layer: layer, useBias: useBias, useGate: useGate)
        let name = layer.name
        let width = queryHeads * headDim

        /// A projection to `queryHeads` heads; `sourceHeads` < `queryHeads` repeats each head.
        func project(_ x: TensorID, _ part: MultiHeadAttentionLowering.Weights.Part, sourceHeads: Int, scale: Float = 1) throws(ConversionError) -> TensorID {
            let kernel = try weights.kernel(part)
            let inputDim = context.graph[x].shape[2]
            guard kernel.shape == [inputDim, sourceHeads, headDim] else {
                throw ConversionError(
                    .invalidModel, "\(part.rawValue) kernel has shape \(kernel.shape), expected [\(inputDim), \(sourceHeads), \(headDim)]",
                    layer: layer)
            }
            let factor = queryHeads / sourceHeads
            // Output column (head j, d) reads source column (head j / factor, d); FULLY_CONNECTED
            // wants [width, inputDim].
            var matrix = [Float](repeating: 0, count: width * inputDim)
            for j in 0..<queryHeads {
                for d in 0..<headDim {
                    let source = (j / factor) * headDim + d, row = j * headDim + d
                    for i in 0..<inputDim { matrix[row * inputDim + i] = kernel.values[i * sourceHeads * headDim + source] * scale }
                }
            }
            let weightTensor = context.constant(
                key: "\(layer.id)/\(part.rawValue)/gqa_kernel", name: "\(name)/\(part.rawValue)/kernel", shape: [width, inputDim], floats: matrix)
            var biasTensor: TensorID?
            if let bias = try weights.bias(part) {
                guard bias.values.count == sourceHeads * headDim else {
                    throw ConversionError(.invalidModel, "\(part.rawValue) bias has shape \(bias.shape)", layer: layer)
                }
                let repeated = (0..<width).map { bias.values[((($0 / headDim) / factor) * headDim) + $0 % headDim] * scale }
                biasTensor = context.constant(
                    key: "\(layer.id)/\(part.rawValue)/gqa_bias", name: "\(name)/\(part.rawValue)/bias", shape: [width], floats: repeated)
            }
            return SequenceEmit.fullyConnected(
                &context, x, weights: weightTensor, bias: biasTensor, outputs: width, keepNumDims: true,
                name: "\(name)/\(part.rawValue)", origin: name)
        }

        func splitHeads(_ x: TensorID, what: String) throws(ConversionError) -> TensorID {
            try AttentionCore.splitHeads(&context, x, heads: queryHeads, dim: headDim, what: what, layer: layer)
        }

        let scale = Float(1 / Double(headDim).squareRoot())
        let q = try splitHeads(try project(call.query, .query, sourceHeads: queryHeads, scale: scale), what: "query")
        let k = try splitHeads(try project(call.key, .key, sourceHeads: kvHeads), what: "key")
        let v = try splitHeads(try project(call.value, .value, sourceHeads: kvHeads), what: "value")
        let scores = SequenceEmit.batchMatMul(&context, q, k, adjointB: true, name: "\(name)/scores", origin: name)
        let mask = try MultiHeadAttentionLowering.AttentionMask(
            queryLength: query[1], keyLength: key[1], causal: call.useCausalMask, slidingWindow: slidingWindow, layer: layer)
        let (attended, probabilities) = try AttentionCore.attend(
            &context, scores: scores, value: v, mask: mask, output: "\(name)/attended", name: name)
        var merged = AttentionCore.mergeHeads(&context, attended, batch: query[0], length: query[1], width: width, name: name)
        if useGate {
            let gateSum = try project(call.query, .gate, sourceHeads: queryHeads)
            let gate = context.unary(.logistic, gateSum, name: "\(name)/gate_activation", origin: name)
            merged = try context.binary(.mul, merged, gate, name: "\(name)/gated", origin: name)
        }
        let outputKernel = try weights.kernel(.output)
        let features = query[2]
        guard outputKernel.shape == [queryHeads, headDim, features] else {
            throw ConversionError(
                .invalidModel, "output kernel has shape \(outputKernel.shape), expected [\(queryHeads), \(headDim), \(features)]", layer: layer)
        }
        let flatOutput = KerasArray(shape: [width, features], values: outputKernel.values)
        let outputWeights = context.constant(
            key: "\(layer.id)/output/gqa_kernel", name: "\(name)/attention_output/kernel", shape: [features, width],
            floats: RecurrentWeights.transposedColumns(flatOutput, start: 0, count: features))
        var outputBias: TensorID?
        if let bias = try weights.bias(.output) {
            guard bias.values.count == features else {
                throw ConversionError(.invalidModel, "output bias has shape \(bias.shape)", layer: layer)
            }
            outputBias = context.constant(key: "\(layer.id)/output/gqa_bias", name: "\(name)/attention_output/bias", shape: [features], floats: bias.values)
        }
        let output = SequenceEmit.fullyConnected(
            &context, merged, weights: outputWeights, bias: outputBias, outputs: features, keepNumDims: true, name: name, origin: name)
        return call.returnScores ? [output, probabilities] : [output]
    }
}
