import KerasModel
import SwiftLiteSchema

/// `GroupNormalization` and `UnitNormalization`.
enum NormalizationExtras {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "GroupNormalization": groupNormalization,
        "UnitNormalization": unitNormalization,
    ]

    /// `GroupNormalization(groups, axis, epsilon, center, scale)` with the channel axis last or
    /// first (after the batch): the input is viewed as `[N, S, G, C/G]` (channels last) or
    /// `[N, G, C/G · S]` (channels first), normalized by the mean and variance of each group
    /// (MEAN, SQUARED_DIFFERENCE, MEAN, ADD ε, RSQRT), reshaped back, then scaled by gamma and
    /// shifted by beta per channel. The non-channel sizes must be known.
    static func groupNormalization(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        let x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        let rank = shape.count
        let axis = try SpatialMath.axis(try layer.int("axis", default: -1), rank: rank, layer: layer)
        guard rank >= 2, axis == rank - 1 || axis == 1 else {
            throw ConversionError(.unsupported, "GroupNormalization over axis \(axis) of rank \(rank) is not supported (first or last channel axis)", layer: layer)
        }
        let channels = shape[axis]
        var groups = try layer.int("groups", default: 32)
        if groups == -1 { groups = channels }
        guard channels > 0, groups > 0, channels % groups == 0 else {
            throw ConversionError(.invalidModel, "groups \(groups) does not divide \(channels) channels", layer: layer)
        }
        let others = shape.indices.filter { $0 != 0 && $0 != axis }.map { shape[$0] }
        guard let spatial = StructureConfig.knownProduct(others) else {
            throw ConversionError(.unsupported, "GroupNormalization needs known non-channel sizes, got \(shape)", layer: layer)
        }
        let perGroup = channels / groups
        let name = layer.name
        let grouped: [Int]
        let reduceAxes: [Int]
        if axis == rank - 1 {
            grouped = [-1, spatial, groups, perGroup]
            reduceAxes = [1, 3]
        } else {
            grouped = [-1, groups, perGroup * spatial]
            reduceAxes = [2]
        }
        let view = context.reshape(x, to: grouped, name: "\(name)/grouped", origin: name)
        let epsilon = Float(try layer.double("epsilon", default: 1e-3))
        let normalized = try normalize(&context, view, axes: reduceAxes, epsilon: epsilon, name: name)
        var y = context.reshape(normalized, to: [-1] + Array(shape.dropFirst()), name: "\(name)/normalized", origin: name)

        let paramShape = NormalizationLowerings.vectorShape(count: channels, axis: axis, rank: rank)
        var index = 0
        var gamma: TensorID?, beta: TensorID?
        if try layer.bool("scale", default: true) {
            let values = try layer.weight("vars/\(index)", index, shape: [channels]).values
            gamma = context.constant(key: "\(layer.id)/gamma", name: "\(name)/gamma", shape: paramShape, floats: values)
            index += 1
        }
        if try layer.bool("center", default: true) {
            let values = try layer.weight("vars/\(index)", index, shape: [channels]).values
            beta = context.constant(key: "\(layer.id)/beta", name: "\(name)/beta", shape: paramShape, floats: values)
        }
        if gamma == nil, beta == nil {
            context.graph[y].name = name
            return [y]
        }
        if let gamma { y = try context.binary(.mul, y, gamma, name: beta == nil ? name : "\(name)/scaled", origin: name) }
        if let beta { y = try context.binary(.add, y, beta, name: name, origin: name) }
        return [y]
    }

    /// `(x - mean) · rsqrt(variance + ε)` over `axes` (kept as size-1 dimensions for broadcasting).
    static func normalize(
        _ context: inout LoweringContext, _ x: TensorID, axes: [Int], epsilon: Float, name: String
    ) throws(ConversionError) -> TensorID {
        let mean = StructureOps.reduce(&context, .mean, x, axes: axes, keepDims: true, name: "\(name)/mean", origin: name)
        let squared = try context.binary(.squaredDifference, x, mean, name: "\(name)/squared_difference", origin: name)
        let variance = StructureOps.reduce(&context, .mean, squared, axes: axes, keepDims: true, name: "\(name)/variance", origin: name)
        let shifted = try context.binary(.add, variance, context.scalar(epsilon, name: "\(name)/epsilon"), name: "\(name)/add_epsilon", origin: name)
        let inverse = context.unary(.rsqrt, shifted, name: "\(name)/rsqrt", origin: name)
        let centered = try context.binary(.sub, x, mean, name: "\(name)/centered", origin: name)
        return try context.binary(.mul, centered, inverse, name: "\(name)/group_normalized", origin: name)
    }

    /// `UnitNormalization(axis)`: `x · min(rsqrt(Σ x²), 1e12)` over the axes, as Keras's
    /// `ops.normalize(order=2, epsilon=1e-12)`.
    static func unitNormalization(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let x = try context.singleInput(of: node)
        try StructureConfig.requireFloat(context, x, layer: layer)
        let rank = context.graph[x].shape.count
        var axes: [Int] = []
        for axis in try StructureConfig.axes(layer, "axis") ?? [-1] {
            axes.append(try SpatialMath.axis(axis, rank: rank, layer: layer))
        }
        guard !axes.contains(0) else {
            throw ConversionError(.unsupported, "UnitNormalization over the batch axis is not supported", layer: layer)
        }
        return [try emitL2Normalize(&context, x, axes: axes, epsilon: 1e-12, name: layer.name)]
    }

    /// `x · min(rsqrt(Σ_axes x²), 1/ε)`, computed as `x · rsqrt(max(Σ x², ε²))` so that RSQRT never
    /// sees 0 (XNNPACK's RSQRT gives NaN there, not infinity).
    static func emitL2Normalize(
        _ context: inout LoweringContext, _ x: TensorID, axes: [Int], epsilon: Float, name: String
    ) throws(ConversionError) -> TensorID {
        let square = try context.binary(.mul, x, x, name: "\(name)/square", origin: name)
        let sum = StructureOps.reduce(&context, .sum, square, axes: axes, keepDims: true, name: "\(name)/sum", origin: name)
        let floor = context.scalar(epsilon * epsilon, name: "\(name)/epsilon_squared")
        let bounded = try context.binary(.maximum, sum, floor, name: "\(name)/bounded_sum", origin: name)
        let inverse = context.unary(.rsqrt, bounded, name: "\(name)/inverse_norm", origin: name)
        return try context.binary(.mul, x, inverse, name: name, origin: name)
    }
}
