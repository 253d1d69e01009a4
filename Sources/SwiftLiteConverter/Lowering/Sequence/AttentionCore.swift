import KerasModel
import SwiftLiteSchema

/// The steps every attention lowering shares (`Attention`, `AdditiveAttention`,
/// `MultiHeadAttention`, `GroupQueryAttention`): the per-head views of projected tensors, and the
/// core that turns scores into attended values (mask bias, SOFTMAX, weighted sum of the values).
enum AttentionCore {
    /// Adds the mask's `-1e9` bias to `scores` (`[..., Tq, Tk]`), takes SOFTMAX over the key axis
    /// (named `name/attention_scores`), zeroes the rows the mask leaves empty (Keras outputs zeros
    /// for them), and multiplies the probabilities with `value` (BATCH_MATMUL, named `output`).
    static func attend(
        _ context: inout LoweringContext, scores: TensorID, value: TensorID,
        mask: MultiHeadAttentionLowering.AttentionMask?, output: String, name: String
    ) throws(ConversionError) -> (output: TensorID, probabilities: TensorID) {
        var scores = scores
        if let mask {
            let bias = context.constant(
                key: "attention_mask:\(mask.key)", name: "\(name)/mask_bias", shape: [mask.rows, mask.columns],
                floats: mask.allowed.map { $0 ? 0 : -1e9 })
            scores = try context.binary(.add, scores, bias, name: "\(name)/masked_scores", origin: name)
        }
        var probabilities = SequenceEmit.softmax(&context, scores, name: "\(name)/attention_scores", origin: name)
        if let mask, mask.hasEmptyRow {
            let keep = context.constant(
                key: "attention_keep:\(mask.key)", name: "\(name)/mask_keep", shape: [mask.rows, mask.columns],
                floats: mask.allowed.map { $0 ? 1 : 0 })
            probabilities = try context.binary(.mul, probabilities, keep, name: "\(name)/masked_attention_scores", origin: name)
        }
        let attended = SequenceEmit.batchMatMul(&context, probabilities, value, adjointB: false, name: output, origin: name)
        return (attended, probabilities)
    }

    /// `[batch, time, heads * dim]` → `[batch, heads, time, dim]` (RESHAPE, TRANSPOSE); `what`
    /// (query, key, value) names the tensors.
    static func splitHeads(
        _ context: inout LoweringContext, _ x: TensorID, heads: Int, dim: Int, what: String, layer: KerasLayer
    ) throws(ConversionError) -> TensorID {
        let name = layer.name
        let shape = context.graph[x].shape
        guard shape[0] > 0 || shape[1] > 0 else {
            throw ConversionError(.unsupported, "the batch and the \(what) length cannot both be dynamic", layer: layer)
        }
        let split = context.reshape(x, to: [shape[0], shape[1], heads, dim], name: "\(name)/\(what)_heads", origin: name)
        return context.transpose(split, permutation: [0, 2, 1, 3], name: "\(name)/\(what)_by_head", origin: name)
    }

    /// `[batch, heads, time, dim]` → `[batch, time, width]` (TRANSPOSE, RESHAPE), the inverse of
    /// ``splitHeads(_:_:heads:dim:what:layer:)`` for the attended values.
    static func mergeHeads(_ context: inout LoweringContext, _ attended: TensorID, batch: Int, length: Int, width: Int, name: String) -> TensorID {
        let byTime = context.transpose(attended, permutation: [0, 2, 1, 3], name: "\(name)/attended_by_time", origin: name)
        return context.reshape(byTime, to: [batch, length, width], name: "\(name)/attended_merged", origin: name)
    }
}
