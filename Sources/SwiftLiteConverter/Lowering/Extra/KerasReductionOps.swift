import KerasModel
import SwiftLiteSchema

/// Keras reductions and scans recorded in functional models: Prod, Var, Std, Logsumexp, Norm,
/// Argmax, Argmin and Cumsum. Axes count the batch dimension; reducing over the batch axis (or
/// over all axes, `axis=None`) is refused where Keras would mix samples.
enum KerasReductionOps {
    /// The lowerings by registry key.
    static let lowerings: [String: LayerLowering] = [
        "ops.Prod": prod,
        "ops.Var": variance(root: false),
        "ops.Std": variance(root: true),
        "ops.Logsumexp": logsumexp,
        "ops.Norm": norm,
        "ops.Argmax": argExtremum(.argMax),
        "ops.Argmin": argExtremum(.argMin),
        "ops.Cumsum": cumsum,
    ]

    /// The reduction axes of `layer` (`axis`, all non-batch axes when absent or null), non-negative.
    static func axes(_ layer: KerasLayer, rank: Int, allowBatch: Bool = false) throws(ConversionError) -> [Int] {
        guard let given = try StructureConfig.axes(layer, "axis") else {
            guard allowBatch else {
                throw ConversionError(.unsupported, "axis=None reduces over the batch, which is not supported", layer: layer)
            }
            return Array(0..<rank)
        }
        let result = try StructureConfig.axes(given, rank: rank, layer: layer)
        if !allowBatch, result.contains(0) {
            throw ConversionError(.unsupported, "reducing over the batch axis is not supported", layer: layer)
        }
        return Array(Set(result)).sorted()
    }

    /// The float input of a reduction call with its ``axes(_:rank:allowBatch:)`` and `keepdims`.
    static func reduction(
        _ node: KerasNode, _ context: LoweringContext, allowBatch: Bool = false
    ) throws(ConversionError) -> (x: TensorID, axes: [Int], keepDims: Bool) {
        let layer = node.layer
        let x = try KerasMathOps.firstTensor(node, context)
        try StructureConfig.requireFloat(context, x, layer: layer)
        let axes = try axes(layer, rank: context.graph[x].shape.count, allowBatch: allowBatch)
        return (x, axes, try StructureConfig.bool(layer, "keepdims", default: false))
    }

    /// `ops.prod(x, axis, keepdims)`: REDUCE_PROD.
    static let prod: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        if let dtype = layer.config["dtype"]?.stringValue, dtype != "float32" {
            throw ConversionError(.unsupported, "dtype=\(dtype) is not supported", layer: layer)
        }
        let (x, axes, keepDims) = try reduction(node, context, allowBatch: true)
        return [StructureOps.reduce(&context, .reduceProd, x, axes: axes, keepDims: keepDims, name: layer.name, origin: layer.name)]
    }

    /// `ops.var` / `ops.std`: `mean((x - mean(x))²)` (then SQRT).
    static func variance(root: Bool) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            let name = layer.name
            let (x, axes, keepDims) = try reduction(node, context)
            let mean = StructureOps.reduce(&context, .mean, x, axes: axes, keepDims: true, name: "\(name)/mean", origin: name)
            let squared = try context.binary(.squaredDifference, x, mean, name: "\(name)/squared_difference", origin: name)
            let result = StructureOps.reduce(
                &context, .mean, squared, axes: axes, keepDims: keepDims, name: root ? "\(name)/variance" : name, origin: name)
            return [root ? context.unary(.sqrt, result, name: name, origin: name) : result]
        }
    }

    /// `ops.logsumexp(x, axis, keepdims)`: `m + log(Σ exp(x - m))` with `m` the maximum.
    static let logsumexp: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let name = layer.name
        let (x, axes, keepDims) = try reduction(node, context)
        let maximum = StructureOps.reduce(&context, .reduceMax, x, axes: axes, keepDims: true, name: "\(name)/max", origin: name)
        let shifted = try context.binary(.sub, x, maximum, name: "\(name)/shifted", origin: name)
        let e = context.unary(.exp, shifted, name: "\(name)/exp", origin: name)
        let sum = StructureOps.reduce(&context, .sum, e, axes: axes, keepDims: true, name: "\(name)/sum", origin: name)
        let log = context.unary(.log, sum, name: "\(name)/log", origin: name)
        let result = try context.binary(.add, log, maximum, name: keepDims ? name : "\(name)/kept", origin: name)
        return [keepDims ? result : StructureOps.squeeze(&context, result, axes: axes, name: name, origin: name)]
    }

    /// `ops.norm(x, ord, axis, keepdims)`: vector norms over one axis (ord None/2: `sqrt(Σx²)`, 1:
    /// `Σ|x|`, inf / -inf: max / min of `|x|`, other p: `(Σ|x|^p)^(1/p)`) and the Frobenius norm
    /// over two axes (ord None or "fro").
    static let norm: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let name = layer.name
        let (x, axes, keepDims) = try reduction(node, context)
        let ord = layer.config["ord"]
        let order: Double
        switch (axes.count, ord) {
        case (1, nil), (2, nil): order = 2
        case (2, .string("fro")?): order = 2
        case (1, let value?):
            if let number = value.doubleValue { order = number }
            else if value.stringValue == "inf" { order = .infinity }
            else if value.stringValue == "-inf" { order = -.infinity }
            else { throw ConversionError(.unsupported, "ord=\(value.serialized()) is not supported for a vector norm", layer: layer) }
        default:
            throw ConversionError(.unsupported, "ord=\(ord?.serialized() ?? "null") over axes \(axes) is not supported", layer: layer)
        }
        guard order != 0 else { throw ConversionError(.unsupported, "ord=0 (count of non-zeros) is not supported", layer: layer) }
        if order == 2 {
            let square = try context.binary(.mul, x, x, name: "\(name)/square", origin: name)
            let sum = StructureOps.reduce(&context, .sum, square, axes: axes, keepDims: keepDims, name: "\(name)/sum", origin: name)
            return [context.unary(.sqrt, sum, name: name, origin: name)]
        }
        let magnitude = context.unary(.abs, x, name: "\(name)/abs", origin: name)
        if order == .infinity || order == -.infinity {
            return [StructureOps.reduce(
                &context, order > 0 ? .reduceMax : .reduceMin, magnitude, axes: axes, keepDims: keepDims, name: name, origin: name)]
        }
        if order == 1 {
            return [StructureOps.reduce(&context, .sum, magnitude, axes: axes, keepDims: keepDims, name: name, origin: name)]
        }
        let powered = try context.binary(.pow, magnitude, context.scalar(Float(order), name: "\(name)/ord"), name: "\(name)/pow", origin: name)
        let sum = StructureOps.reduce(&context, .sum, powered, axes: axes, keepDims: keepDims, name: "\(name)/sum", origin: name)
        return [try context.binary(.pow, sum, context.scalar(Float(1 / order), name: "\(name)/inverse_ord"), name: name, origin: name)]
    }

    /// `ops.argmax` / `ops.argmin(x, axis, keepdims)`: ARG_MAX / ARG_MIN with int32 indices (Keras's
    /// dtype); `axis=None` (over the flattened batch) is not supported.
    static func argExtremum(_ opcode: BuiltinOperator) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            let name = layer.name
            let x = try KerasMathOps.firstTensor(node, context)
            let shape = context.graph[x].shape
            let axis = try StructureConfig.singleAxis(layer, rank: shape.count)
            let keepDims = try StructureConfig.bool(layer, "keepdims", default: false)
            let axisTensor = context.int32Constant(name: "\(name)/axis", shape: [1], values: [Int32(axis)])
            var outShape = shape
            outShape.remove(at: axis)
            let options: BuiltinOptions
            if opcode == .argMax {
                var o = ArgMaxOptions()
                o.outputType = .int32
                options = .argMaxOptions(o)
            } else {
                var o = ArgMinOptions()
                o.outputType = .int32
                options = .argMinOptions(o)
            }
            let indices = context.graph.addOperator(
                opcode, options: options, inputs: [x, axisTensor], output: keepDims ? "\(name)/indices" : name, type: .int32,
                shape: outShape, origin: name)
            return [keepDims ? StructureOps.expandDims(&context, indices, axis: axis, name: name, origin: name) : indices]
        }
    }

    /// `ops.cumsum(x, axis)` along a non-batch axis of known length n (TFLite's CUMSUM is not in
    /// both runtimes): the axis moved last, FULLY_CONNECTED with the lower-triangular ones matrix
    /// (output j sums inputs 0...j), moved back.
    static let cumsum: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let name = layer.name
        let x = try KerasMathOps.firstTensor(node, context)
        try StructureConfig.requireFloat(context, x, layer: layer)
        if let dtype = layer.config["dtype"]?.stringValue, dtype != "float32" {
            throw ConversionError(.unsupported, "dtype=\(dtype) is not supported", layer: layer)
        }
        let shape = context.graph[x].shape
        let axis = try StructureConfig.singleAxis(layer, rank: shape.count)
        let length = shape[axis]
        guard axis > 0, length > 0 else {
            throw ConversionError(.unsupported, "cumsum needs a non-batch axis of known length, got axis \(axis) of \(shape)", layer: layer)
        }
        let last = shape.count - 1
        var permutation = Array(0...last)
        permutation.swapAt(axis, last)
        let moved = axis == last ? x : context.transpose(x, permutation: permutation, name: "\(name)/to_last", origin: name)
        var triangle = [Float](repeating: 0, count: length * length)
        for j in 0..<length {
            for i in 0...j { triangle[j * length + i] = 1 }
        }
        let weights = context.constant(key: "cumsum-triangle:\(length)", name: "\(name)/triangle", shape: [length, length], floats: triangle)
        let summed = SequenceEmit.fullyConnected(
            &context, moved, weights: weights, bias: nil, outputs: length, keepNumDims: true,
            name: axis == last ? name : "\(name)/last", origin: name)
        return [axis == last ? summed : context.transpose(summed, permutation: permutation, name: name, origin: name)]
    }
}
