import KerasModel
import SwiftLiteSchema

/// Lowerings of BatchNormalization (inference form: MUL by a per-channel scale, then ADD a
/// per-channel offset, constants as the second inputs so passes can fold them into a preceding
/// conv/dense) and LayerNormalization (MEAN / SQUARED_DIFFERENCE / MEAN / ADD ε / RSQRT, then the
/// centred input times the inverse deviation, gamma and beta).
enum NormalizationLowerings {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "BatchNormalization": batchNormalization,
        "LayerNormalization": layerNormalization,
    ]

    /// The shape a per-axis vector of length `count` takes to broadcast along `axis` of a rank-`rank`
    /// tensor: `[count]` for the last axis, `[count, 1, ...]` otherwise.
    static func vectorShape(count: Int, axis: Int, rank: Int) -> [Int] {
        [count] + Array(repeating: 1, count: rank - 1 - axis)
    }

    /// `BatchNormalization` (inference): `x * scale + offset` with `scale = gamma / sqrt(var + eps)`
    /// and `offset = beta - mean * scale`, computed in double precision.
    static func batchNormalization(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        let inputs = try context.inputTensors(of: node)
        guard inputs.count == 1 else {
            throw ConversionError(.unsupported, "BatchNormalization with a mask input is not supported", layer: layer)
        }
        let x = inputs[0]
        let shape = context.graph[x].shape
        let axis = try SpatialMath.axis(try layer.int("axis", default: -1), rank: shape.count, layer: layer)
        guard axis > 0, shape[axis] > 0 else {
            throw ConversionError(.unsupported, "BatchNormalization over axis \(axis) of shape \(shape) is not supported", layer: layer)
        }
        let channels = shape[axis]
        let epsilon = try layer.double("epsilon", default: 1e-3)
        let useScale = try layer.bool("scale", default: true)
        let useCenter = try layer.bool("center", default: true)
        var index = 0
        var gamma = [Float](repeating: 1, count: channels)
        var beta = [Float](repeating: 0, count: channels)
        if useScale {
            gamma = try layer.weight("vars/\(index)", index, shape: [channels]).values
            index += 1
        }
        if useCenter {
            beta = try layer.weight("vars/\(index)", index, shape: [channels]).values
            index += 1
        }
        let mean = try layer.weight("vars/\(index)", index, shape: [channels]).values
        let variance = try layer.weight("vars/\(index + 1)", index + 1, shape: [channels]).values
        var scale = [Float](repeating: 0, count: channels)
        var offset = [Float](repeating: 0, count: channels)
        for c in 0..<channels {
            let s = Double(gamma[c]) / (Double(variance[c]) + epsilon).squareRoot()
            scale[c] = Float(s)
            offset[c] = Float(Double(beta[c]) - Double(mean[c]) * s)
        }
        let constantShape = vectorShape(count: channels, axis: axis, rank: shape.count)
        let scaleTensor = context.constant(key: "\(layer.id)/bn_scale", name: "\(layer.name)/scale", shape: constantShape, floats: scale)
        let offsetTensor = context.constant(key: "\(layer.id)/bn_offset", name: "\(layer.name)/offset", shape: constantShape, floats: offset)
        let scaled = try context.binary(.mul, x, scaleTensor, name: "\(layer.name)/mul", origin: layer.name)
        return [try context.binary(.add, scaled, offsetTensor, name: layer.name, origin: layer.name)]
    }

    /// `LayerNormalization(axis, epsilon, center, scale, rms_scaling)`.
    ///
    /// Keras's `rms_scaling=True` divides by the standard deviation without centring:
    /// `x * rsqrt(var(x) + eps) * gamma`.
    static func layerNormalization(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        let x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        let rank = shape.count
        var axes: [Int]
        if let list = layer.config["axis"]?.intList() {
            axes = list
        } else {
            axes = [try layer.int("axis", default: -1)]
        }
        var resolved: [Int] = []
        for axis in axes { resolved.append(try SpatialMath.axis(axis, rank: rank, layer: layer)) }
        axes = Array(Set(resolved)).sorted()
        guard let first = axes.first, first > 0, axes.allSatisfy({ shape[$0] > 0 }) else {
            throw ConversionError(.unsupported, "LayerNormalization over axes \(axes) of shape \(shape) is not supported", layer: layer)
        }
        let epsilon = Float(try layer.double("epsilon", default: 1e-3))
        let rms = try layer.bool("rms_scaling", default: false)
        let useScale = try layer.bool("scale", default: true) || rms
        let useCenter = try layer.bool("center", default: true) && !rms
        let paramShape = axes.map { shape[$0] }
        // gamma/beta broadcast: the normalized axes keep their sizes, the others between them are 1.
        let broadcast = (first..<rank).map { axes.contains($0) ? shape[$0] : 1 }
        var index = 0
        var gamma: TensorID?
        var beta: TensorID?
        if useScale {
            let values = try layer.weight("vars/\(index)", index, shape: paramShape).values
            gamma = context.constant(key: "\(layer.id)/gamma", name: "\(layer.name)/gamma", shape: broadcast, floats: values)
            index += 1
        }
        if useCenter {
            let values = try layer.weight("vars/\(index)", index, shape: paramShape).values
            beta = context.constant(key: "\(layer.id)/beta", name: "\(layer.name)/beta", shape: broadcast, floats: values)
        }

        let name = layer.name
        let axesTensor = context.int32Constant(name: "\(name)/axes", shape: [axes.count], values: axes.map { Int32($0) })
        var reducer = ReducerOptions()
        reducer.keepDims = true
        let reducedShape = shape.enumerated().map { axes.contains($0.offset) ? 1 : $0.element }
        let mean = context.graph.addOperator(
            .mean, options: .reducerOptions(reducer), inputs: [x, axesTensor], output: "\(name)/mean", type: .float32,
            shape: reducedShape, origin: name)
        let squared = try context.binary(.squaredDifference, x, mean, name: "\(name)/squared_difference", origin: name)
        let variance = context.graph.addOperator(
            .mean, options: .reducerOptions(reducer), inputs: [squared, axesTensor], output: "\(name)/variance", type: .float32,
            shape: reducedShape, origin: name)
        let shifted = try context.binary(.add, variance, context.scalar(epsilon, name: "\(name)/epsilon"), name: "\(name)/add_epsilon", origin: name)
        let inverse = context.unary(.rsqrt, shifted, name: "\(name)/rsqrt", origin: name)
        let base = rms ? x : try context.binary(.sub, x, mean, name: "\(name)/centered", origin: name)
        let last = gamma == nil && beta == nil
        var y = try context.binary(.mul, base, inverse, name: last ? name : "\(name)/normalized", origin: name)
        if let gamma {
            y = try context.binary(.mul, y, gamma, name: beta == nil ? name : "\(name)/scaled", origin: name)
        }
        if let beta {
            y = try context.binary(.add, y, beta, name: name, origin: name)
        }
        return [y]
    }
}
