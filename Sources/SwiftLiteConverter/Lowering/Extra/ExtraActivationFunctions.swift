import KerasModel
import SwiftLiteSchema

/// The `keras.activations` functions the core activation emitter does not know: `sparse_plus`,
/// `sparse_sigmoid` and `glu`. `threshold` (it has no defaults) and `sparsemax` (it sorts) stay
/// unsupported.
extension LoweringContext {
    /// Emits `name` when it is one of the extra functions; `nil` for any other name.
    mutating func emitExtraActivation(
        _ name: String, input x: TensorID, layer: KerasLayer, output out: String
    ) throws(ConversionError) -> TensorID? {
        let origin = layer.name
        switch name {
        case "sparse_sigmoid":
            // clip((x + 1) / 2, 0, 1): 0 at and below -1, 1 at and above 1.
            let shifted = try binary(.add, x, scalar(1, name: "\(out)/one"), name: "\(out)/add", origin: origin)
            let half = try binary(.mul, shifted, scalar(0.5, name: "\(out)/half"), name: "\(out)/half_sum", origin: origin)
            let low = try binary(.maximum, half, scalar(0, name: "\(out)/zero"), name: "\(out)/low", origin: origin)
            return try binary(.minimum, low, scalar(1, name: "\(out)/one"), name: out, origin: origin)
        case "sparse_plus":
            // (clip(x, -1, 1) + 1)² / 4 below 1 (0 at and below -1), x from 1 on.
            let upper = try binary(.minimum, x, scalar(1, name: "\(out)/one"), name: "\(out)/min", origin: origin)
            let clipped = try binary(.maximum, upper, scalar(-1, name: "\(out)/minus_one"), name: "\(out)/clip", origin: origin)
            let shifted = try binary(.add, clipped, scalar(1, name: "\(out)/one"), name: "\(out)/add", origin: origin)
            let square = try binary(.mul, shifted, shifted, name: "\(out)/square", origin: origin)
            let quarter = try binary(.mul, square, scalar(0.25, name: "\(out)/quarter"), name: "\(out)/smooth", origin: origin)
            let large = graph.addOperator(
                .greaterEqual, inputs: [x, scalar(1, name: "\(out)/one")], output: "\(out)/large", type: .bool,
                shape: graph[x].shape, origin: origin)
            return try emitSelect(large, x, quarter, name: out, origin: origin)
        case "glu":
            // a * sigmoid(b) with a, b the halves of the last axis.
            let shape = graph[x].shape
            guard let last = shape.last, last > 0, last % 2 == 0 else {
                throw ConversionError(.unsupported, "glu needs an even, known last dimension, got \(shape)", layer: layer)
            }
            let axis = int32Constant(name: "\(out)/axis", shape: [], values: [Int32(shape.count - 1)])
            var options = SplitOptions()
            options.numSplits = 2
            var half = shape
            half[half.count - 1] = last / 2
            let parts = graph.addOperator(
                .split, options: .splitOptions(options), inputs: [axis, x],
                outputs: [("\(out)/a", graph[x].type, half), ("\(out)/b", graph[x].type, half)], origin: origin)
            let gate = unary(.logistic, parts[1], name: "\(out)/sigmoid", origin: origin)
            return try binary(.mul, parts[0], gate, name: out, origin: origin)
        default:
            return nil
        }
    }
}
