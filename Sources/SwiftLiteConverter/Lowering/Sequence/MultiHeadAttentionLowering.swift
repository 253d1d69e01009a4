import Foundation
import KerasModel
import SwiftLiteSchema

/// Lowering for `MultiHeadAttention` over `[batch, time, features]` inputs (attention over the time
/// axis, Keras's default for rank-3 inputs):
///
/// - query, key and value projections as FULLY_CONNECTED (keep_num_dims) with the EinsumDense
///   kernels `[d, heads, dim]` flattened to `[heads * dim, d]`; the `1/sqrt(key_dim)` scaling of the
///   query is folded into its weights and bias;
/// - RESHAPE to `[batch, time, heads, dim]` and TRANSPOSE to `[batch, heads, time, dim]`;
/// - scores `BATCH_MATMUL(q, k, adj_y)`, an additive `-1e9` mask for `use_causal_mask` /
///   `sliding_window`, SOFTMAX, `BATCH_MATMUL(scores, v)`;
/// - back to `[batch, time, heads * value_dim]`, the optional sigmoid gate (`use_gate`), and the
///   output projection (reshaped to `output_shape` when it has several dimensions).
///
/// Explicit `attention_mask` tensors and Keras masks of the inputs are not supported.
enum MultiHeadAttentionLowering {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = ["MultiHeadAttention": lower]

    /// Lowers one call of a `MultiHeadAttention` layer.
    @Sendable
    static func lower(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let config = layer.config
        let call = try CallInputs(node: node, context: context)
        guard let heads = config["num_heads"]?.intValue, heads > 0,
              let keyDim = config["key_dim"]?.intValue, keyDim > 0
        else {
            throw ConversionError(.invalidModel, "missing or invalid num_heads / key_dim", layer: layer)
        }
        let valueDim = config["value_dim"]?.intValue ?? keyDim
        let useBias = config["use_bias"]?.boolValue ?? true
        let useGate = config["use_gate"]?.boolValue ?? false
        let slidingWindow = config["sliding_window"]?.intValue
        let query = context.graph[call.query].shape, key = context.graph[call.key].shape
        let value = context.graph[call.value].shape
        for (shape, what) in [(query, "query"), (key, "key"), (value, "value")] where shape.count != 3 {
            throw ConversionError(
                .unsupported, "only [batch, time, features] \(what) tensors are supported, got \(shape)", layer: layer)
        }
        if let axes = config["attention_axes"]?.intList(count: 1), axes != [1], axes != [-2] {
            throw ConversionError(.unsupported, "attention_axes \(axes) is not supported (only the time axis)", layer: layer)
        }
        guard key[1] == value[1] else {
            throw ConversionError(.invalidModel, "key and value have different lengths: \(key) and \(value)", layer: layer)
        }
        let weights = Weights(layer: layer, useBias: useBias, useGate: useGate)
        let name = layer.name, origin = layer.name
        let scale = Float(1 / Double(keyDim).squareRoot())

        func project(_ x: TensorID, _ part: Weights.Part, dim: Int, scale: Float = 1) throws(ConversionError) -> TensorID {
            let kernel = try weights.kernel(part)
            let inputDim = context.graph[x].shape[2]
            guard kernel.shape == [inputDim, heads, dim] else {
                throw ConversionError(
                    .invalidModel, "\(part.rawValue) kernel has shape \(kernel.shape), expected [\(inputDim), \(heads), \(dim)]",
                    layer: layer)
            }
            let flat = KerasArray(shape: [inputDim, heads * dim], values: kernel.values)
            let weightTensor = context.constant(
                key: "\(layer.id)/\(part.rawValue)/kernel*\(scale)", name: "\(name)/\(part.rawValue)/kernel",
                shape: [heads * dim, inputDim],
                floats: RecurrentWeights.transposedColumns(flat, start: 0, count: heads * dim).map { $0 * scale })
            var biasTensor: TensorID?
            if let bias = try weights.bias(part) {
                guard bias.values.count == heads * dim else {
                    throw ConversionError(.invalidModel, "\(part.rawValue) bias has shape \(bias.shape)", layer: layer)
                }
                biasTensor = context.constant(
                    key: "\(layer.id)/\(part.rawValue)/bias*\(scale)", name: "\(name)/\(part.rawValue)/bias",
                    shape: [heads * dim], floats: bias.values.map { $0 * scale })
            }
            return SequenceEmit.fullyConnected(
                &context, x, weights: weightTensor, bias: biasTensor, outputs: heads * dim, keepNumDims: true,
                name: "\(name)/\(part.rawValue)", origin: origin)
        }

        func splitHeads(_ x: TensorID, dim: Int, what: String) throws(ConversionError) -> TensorID {
            try AttentionCore.splitHeads(&context, x, heads: heads, dim: dim, what: what, layer: layer)
        }

        let q = try splitHeads(try project(call.query, .query, dim: keyDim, scale: scale), dim: keyDim, what: "query")
        let k = try splitHeads(try project(call.key, .key, dim: keyDim), dim: keyDim, what: "key")
        let v = try splitHeads(try project(call.value, .value, dim: valueDim), dim: valueDim, what: "value")
        let scores = SequenceEmit.batchMatMul(&context, q, k, adjointB: true, name: "\(name)/scores", origin: origin)
        let mask = try AttentionMask(
            queryLength: query[1], keyLength: key[1], causal: call.useCausalMask, slidingWindow: slidingWindow, layer: layer)
        let (attended, probabilities) = try AttentionCore.attend(
            &context, scores: scores, value: v, mask: mask, output: "\(name)/attended", name: name)
        let batch = query[0], queryLength = query[1]
        var merged = AttentionCore.mergeHeads(&context, attended, batch: batch, length: queryLength, width: heads * valueDim, name: name)
        if useGate {
            let gateSum = try project(call.query, .gate, dim: valueDim)
            let gate = context.unary(.logistic, gateSum, name: "\(name)/gate_activation", origin: origin)
            merged = try context.binary(.mul, merged, gate, name: "\(name)/gated", origin: origin)
        }

        let outputKernel = try weights.kernel(.output)
        guard outputKernel.shape.count >= 3, outputKernel.shape[0] == heads, outputKernel.shape[1] == valueDim else {
            throw ConversionError(
                .invalidModel, "output kernel has shape \(outputKernel.shape), expected [\(heads), \(valueDim), ...]",
                layer: layer)
        }
        let outputDims = Array(outputKernel.shape.dropFirst(2))
        let outputSize = outputDims.reduce(1, *)
        let flatOutput = KerasArray(shape: [heads * valueDim, outputSize], values: outputKernel.values)
        let outputWeights = context.constant(
            key: "\(layer.id)/output/kernel", name: "\(name)/attention_output/kernel", shape: [outputSize, heads * valueDim],
            floats: RecurrentWeights.transposedColumns(flatOutput, start: 0, count: outputSize))
        var outputBias: TensorID?
        if let bias = try weights.bias(.output) {
            guard bias.values.count == outputSize else {
                throw ConversionError(.invalidModel, "output bias has shape \(bias.shape)", layer: layer)
            }
            outputBias = context.constant(
                key: "\(layer.id)/output/bias", name: "\(name)/attention_output/bias", shape: [outputSize],
                floats: bias.values)
        }
        var output = SequenceEmit.fullyConnected(
            &context, merged, weights: outputWeights, bias: outputBias, outputs: outputSize, keepNumDims: true,
            name: outputDims.count == 1 ? name : "\(name)/attention_output", origin: origin)
        if outputDims.count > 1 {
            output = context.reshape(output, to: [batch, queryLength] + outputDims, name: name, origin: origin)
        }
        return call.returnScores ? [output, probabilities] : [output]
    }

    /// The tensors and flags of one call.
    struct CallInputs {
        var query: TensorID
        var value: TensorID
        var key: TensorID
        var useCausalMask: Bool
        var returnScores: Bool

        init(node: KerasNode, context: LoweringContext) throws(ConversionError) {
            let layer = node.layer
            for name in ["attention_mask", "query_mask", "value_mask", "key_mask"] {
                if let argument = node.kwarg(name), !argument.tensors.isEmpty {
                    throw ConversionError(.unsupported, "`\(name)` tensors are not supported", layer: layer)
                }
            }
            // query, value and key may come positionally or by keyword (Keras 2 files pass `value`
            // as a keyword).
            let positional = node.args.flatMap(\.tensors)
            func argument(_ index: Int, _ name: String) -> KerasTensorRef? {
                node.kwarg(name)?.tensors.first ?? (positional.count > index ? positional[index] : nil)
            }
            guard let queryRef = argument(0, "query"), let valueRef = argument(1, "value") else {
                throw ConversionError(.invalidModel, "expected query and value tensors", layer: layer)
            }
            query = try context.tensor(queryRef, for: layer)
            value = try context.tensor(valueRef, for: layer)
            if let keyRef = argument(2, "key") {
                key = try context.tensor(keyRef, for: layer)
            } else {
                key = value
            }
            useCausalMask = Self.flag(node.kwarg("use_causal_mask"))
            returnScores = Self.flag(node.kwarg("return_attention_scores"))
        }

        static func flag(_ argument: KerasArgument?) -> Bool {
            if case .value(let value)? = argument { return value.boolValue ?? false }
            return false
        }
    }

    /// Where the layer's weights are, in `.keras` archives (`query_dense/vars/0`, older Keras 3
    /// versions `_query_dense/...`) and legacy files (query, key, gate, value, output; kernel then
    /// bias each).
    struct Weights {
        enum Part: String, CaseIterable {
            case query, key, gate, value, output
            var group: String { self == .output ? "output_dense" : "\(rawValue)_dense" }
        }

        let layer: KerasLayer
        let useBias: Bool
        let useGate: Bool

        private var perPart: Int { useBias ? 2 : 1 }

        private func legacyIndex(_ part: Part) -> Int {
            let order: [Part] = useGate ? [.query, .key, .gate, .value, .output] : [.query, .key, .value, .output]
            return (order.firstIndex(of: part) ?? 0) * perPart
        }

        private func read(_ part: Part, variable: Int) throws(ConversionError) -> KerasArray {
            let names = layer.weights.entries.map(\.name)
            let candidates = ["\(part.group)/vars/\(variable)", "_\(part.group)/vars/\(variable)"]
            let path = candidates.first { names.contains($0) } ?? candidates[0]
            do {
                return try layer.weights.array(kerasPath: path, legacyIndex: legacyIndex(part) + variable, layer: layer.name)
            } catch {
                throw ConversionError(.invalidModel, error.description, layer: layer)
            }
        }

        func kernel(_ part: Part) throws(ConversionError) -> KerasArray { try read(part, variable: 0) }

        func bias(_ part: Part) throws(ConversionError) -> KerasArray? { useBias ? try read(part, variable: 1) : nil }
    }

    /// A `[queryLength, keyLength]` boolean mask from `use_causal_mask` and `sliding_window`.
    struct AttentionMask {
        var rows: Int
        var columns: Int
        var allowed: [Bool]
        var key: String

        /// Whether some query position may attend to nothing (Keras then outputs zeros for it).
        var hasEmptyRow: Bool {
            (0..<rows).contains { row in !allowed[(row * columns)..<((row + 1) * columns)].contains(true) }
        }

        /// The mask, or `nil` when nothing is masked.
        init?(queryLength: Int, keyLength: Int, causal: Bool, slidingWindow: Int?, layer: KerasLayer) throws(ConversionError) {
            guard causal || slidingWindow != nil else { return nil }
            guard queryLength > 0, keyLength > 0 else {
                throw ConversionError(
                    .unsupported, "causal or sliding-window masks need fixed sequence lengths", layer: layer)
            }
            rows = queryLength
            columns = keyLength
            allowed = []
            for i in 0..<queryLength {
                for j in 0..<keyLength {
                    var ok = true
                    if causal { ok = ok && i >= j }
                    if let window = slidingWindow { ok = ok && abs(i - j) < window }
                    allowed.append(ok)
                }
            }
            key = "\(queryLength)x\(keyLength):\(causal):\(slidingWindow ?? 0)"
        }
    }
}
