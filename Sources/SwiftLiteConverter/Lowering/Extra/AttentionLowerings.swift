import KerasModel
import SwiftLiteSchema

/// Lowerings of Keras's parameter-light attention layers, called on `[query, value]` or
/// `[query, value, key]` (`[batch, ..., T, dim]`):
/// - `Attention` (Luong): scores `BATCH_MATMUL(query, key, adj_y)` times the learned `scale`
///   (`score_mode="dot"`), or `concat_score_weight · Σ tanh(scale · (q + k))` over the feature
///   axis (`score_mode="concat"`);
/// - `AdditiveAttention` (Bahdanau): scores `Σ scale_d · tanh(q + k)_d`;
/// then an additive `-1e9` causal bias (`use_causal_mask`, fixed lengths), SOFTMAX over the value
/// axis, and `BATCH_MATMUL(probabilities, value)`; `return_attention_scores` adds the
/// probabilities as a second output. Dropout is inactive at inference; mask tensors are not
/// supported.
enum AttentionLowerings {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "Attention": { node, context throws(ConversionError) in try lower(node, &context, additive: false) },
        "AdditiveAttention": { node, context throws(ConversionError) in try lower(node, &context, additive: true) },
    ]

    /// How the scores are formed.
    private enum ScoreMode {
        case dot(scale: Float?)
        case concat(scale: Float?, weight: Float)
        case additive(scale: [Float]?)
    }

    static func lower(_ node: KerasNode, _ context: inout LoweringContext, additive: Bool) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        for name in ["mask", "query_mask", "value_mask"] {
            if let argument = node.kwarg(name), !argument.tensors.isEmpty {
                throw ConversionError(.unsupported, "`\(name)` tensors are not supported", layer: layer)
            }
        }
        let refs = (node.args.first ?? node.kwarg("inputs"))?.tensors ?? []
        guard refs.count == 2 || refs.count == 3 else {
            throw ConversionError(.invalidModel, "expected [query, value] or [query, value, key], got \(refs.count) tensors", layer: layer)
        }
        let query = try context.tensor(refs[0], for: layer)
        let value = try context.tensor(refs[1], for: layer)
        let key = refs.count == 3 ? try context.tensor(refs[2], for: layer) : value
        let q = context.graph[query].shape, v = context.graph[value].shape, k = context.graph[key].shape
        guard q.count >= 3, v.count == q.count, k.count == q.count, q.last == k.last, let dim = q.last, dim > 0,
              k[k.count - 2] == v[v.count - 2] || k[k.count - 2] < 0 || v[v.count - 2] < 0
        else {
            throw ConversionError(.unsupported, "query \(q), value \(v) and key \(k) shapes do not fit attention", layer: layer)
        }
        let mode = try scoreMode(layer, additive: additive, dim: dim)
        let name = layer.name
        let scores = try emitScores(&context, query: query, key: key, mode: mode, layer: layer)
        let causal = MultiHeadAttentionLowering.CallInputs.flag(node.kwarg("use_causal_mask"))
        // A causal mask always leaves each query its first key, so no row is emptied.
        let mask = try MultiHeadAttentionLowering.AttentionMask(
            queryLength: q[q.count - 2], keyLength: k[k.count - 2], causal: causal, slidingWindow: nil, layer: layer)
        let attended = try AttentionCore.attend(&context, scores: scores, value: value, mask: mask, output: name, name: name)
        let returnScores = MultiHeadAttentionLowering.CallInputs.flag(node.kwarg("return_attention_scores"))
        return returnScores ? [attended.output, attended.probabilities] : [attended.output]
    }

    /// The score mode and its learned scalars/vector from the config and weights.
    private static func scoreMode(_ layer: KerasLayer, additive: Bool, dim: Int) throws(ConversionError) -> ScoreMode {
        let useScale = try layer.bool("use_scale", default: true)
        if additive {
            let scale = useScale ? try layer.weight("vars/0", 0, shape: [dim]).values : nil
            return .additive(scale: scale)
        }
        var index = 0
        var scale: Float?
        if try layer.bool("use_scale", default: false) {
            scale = try scalarWeight(layer, index)
            index += 1
        }
        switch try layer.string("score_mode", default: "dot") {
        case "dot": return .dot(scale: scale)
        case "concat": return .concat(scale: scale, weight: try scalarWeight(layer, index))
        case let other: throw ConversionError(.unsupported, "score_mode `\(other)` is not supported", layer: layer)
        }
    }

    /// A scalar weight (saved with shape `[]`).
    private static func scalarWeight(_ layer: KerasLayer, _ index: Int) throws(ConversionError) -> Float {
        let array = try layer.weight("vars/\(index)", index)
        guard array.values.count == 1 else {
            throw ConversionError(.invalidModel, "weight vars/\(index) has shape \(array.shape), expected a scalar", layer: layer)
        }
        return array.values[0]
    }

    /// The `[..., Tq, Tv]` scores.
    private static func emitScores(
        _ context: inout LoweringContext, query: TensorID, key: TensorID, mode: ScoreMode, layer: KerasLayer
    ) throws(ConversionError) -> TensorID {
        let name = layer.name
        switch mode {
        case .dot(let scale):
            let raw = SequenceEmit.batchMatMul(
                &context, query, key, adjointB: true, name: scale == nil ? "\(name)/scores" : "\(name)/dot", origin: name)
            guard let scale else { return raw }
            return try context.binary(.mul, raw, context.scalar(scale, name: "\(name)/scale"), name: "\(name)/scores", origin: name)
        case .concat(let scale, let weight):
            var sum = try pairwiseSum(&context, query: query, key: key, name: name)
            if let scale {
                sum = try context.binary(.mul, sum, context.scalar(scale, name: "\(name)/scale"), name: "\(name)/scaled_sum", origin: name)
            }
            let activated = context.unary(.tanh, sum, name: "\(name)/tanh", origin: name)
            let reduced = reduceFeatures(&context, activated, name: "\(name)/tanh_sum", origin: name)
            return try context.binary(
                .mul, reduced, context.scalar(weight, name: "\(name)/concat_score_weight"), name: "\(name)/scores", origin: name)
        case .additive(let scale):
            let sum = try pairwiseSum(&context, query: query, key: key, name: name)
            var activated = context.unary(.tanh, sum, name: "\(name)/tanh", origin: name)
            if let scale {
                let vector = context.constant(key: "\(layer.id)/additive_scale", name: "\(name)/scale", shape: [scale.count], floats: scale)
                activated = try context.binary(.mul, activated, vector, name: "\(name)/scaled_tanh", origin: name)
            }
            return reduceFeatures(&context, activated, name: "\(name)/scores", origin: name)
        }
    }

    /// `q[..., i, 1, d] + k[..., 1, j, d]`: every query step against every key step.
    private static func pairwiseSum(_ context: inout LoweringContext, query: TensorID, key: TensorID, name: String) throws(ConversionError) -> TensorID {
        let rank = context.graph[query].shape.count
        let q = StructureOps.expandDims(&context, query, axis: rank - 1, name: "\(name)/query_rows", origin: name)
        let k = StructureOps.expandDims(&context, key, axis: rank - 2, name: "\(name)/key_columns", origin: name)
        return try context.binary(.add, q, k, name: "\(name)/pairwise_sum", origin: name)
    }

    /// SUM over the last (feature) axis.
    private static func reduceFeatures(_ context: inout LoweringContext, _ x: TensorID, name: String, origin: String) -> TensorID {
        let rank = context.graph[x].shape.count
        return StructureOps.reduce(&context, .sum, x, axes: [rank - 1], keepDims: false, name: name, origin: origin)
    }
}
