import KerasModel
import SwiftLiteSchema

/// Keras shape and reduction operations recorded in functional models: Reshape, Transpose,
/// ExpandDims, Squeeze, Concatenate, Mean/Sum/Max/Min and Matmul. Their axes are in the op's config
/// and count the batch dimension.
enum KerasShapeOpsLowerings {
    /// The lowerings by registry key (`ops.` + class name).
    static let lowerings: [String: LayerLowering] = [
        "ops.Reshape": reshape,
        "ops.Transpose": transpose,
        "ops.ExpandDims": expandDims,
        "ops.Squeeze": squeeze,
        "ops.Concatenate": MergeLowerings.concatenate,
        "ops.Mean": reduction(.mean),
        "ops.Sum": reduction(.sum),
        "ops.Max": reduction(.reduceMax),
        "ops.Min": reduction(.reduceMin),
        "ops.Matmul": matmul,
    ]

    /// `ops.reshape(x, newshape)`: RESHAPE to `newshape` as saved (batch included, one -1 allowed).
    static let reshape: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasOpsLowerings.operand(node, &context)
        guard let saved = layer.config["newshape"]?.arrayValue else {
            throw ConversionError(.unsupported, "newshape is missing or not a list", layer: layer)
        }
        var target: [Int] = []
        for item in saved {
            if item.isNull { target.append(-1); continue }
            guard let dim = item.intValue, dim >= -1 else {
                throw ConversionError(.unsupported, "newshape=\(JSONValue.array(saved).serialized()) is not a valid shape", layer: layer)
            }
            target.append(dim)
        }
        return [try emitReshape(x, target: target, layer: layer, &context)]
    }

    /// RESHAPE of `x` to `target` as saved (batch included, at most one -1, whose size is worked out
    /// when the input's size is known). The result is named after `layer`.
    static func emitReshape(
        _ x: TensorID, target: [Int], layer: KerasLayer, _ context: inout LoweringContext
    ) throws(ConversionError) -> TensorID {
        let holes = target.indices.filter { target[$0] < 0 }
        guard holes.count <= 1 else {
            throw ConversionError(.unsupported, "newshape=\(target) has more than one unknown dimension", layer: layer)
        }
        var shape = target
        if let hole = holes.first, let total = StructureConfig.knownProduct(context.graph[x].shape) {
            let known = target.filter { $0 >= 0 }.reduce(1, *)
            guard known > 0, total % known == 0 else {
                throw ConversionError(.invalidModel, "cannot reshape \(context.graph[x].shape) to \(target)", layer: layer)
            }
            shape[hole] = total / known
        }
        let constant = context.int32Constant(name: "\(layer.name)/shape", shape: [target.count], values: target.map { Int32($0) })
        return context.graph.addOperator(
            .reshape, inputs: [x, constant], output: layer.name, type: context.graph[x].type, shape: shape, origin: layer.name)
    }

    /// `ops.transpose(x, axes)`: TRANSPOSE (reversed axes when `axes` is null).
    static let transpose: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasOpsLowerings.operand(node, &context)
        let rank = context.graph[x].shape.count
        var permutation = Array((0..<rank).reversed())
        if let axes = try StructureConfig.axes(layer, "axes") {
            permutation = []
            for axis in axes { permutation.append(try StructureConfig.axis(axis, rank: rank, layer: layer)) }
            guard permutation.count == rank, Set(permutation).count == rank else {
                throw ConversionError(.unsupported, "axes=\(axes) is not a permutation of rank \(rank)", layer: layer)
            }
        }
        return [context.transpose(x, permutation: permutation, name: layer.name, origin: layer.name)]
    }

    /// `ops.expand_dims(x, axis)`: one EXPAND_DIMS per new axis (axes count in the output rank).
    static let expandDims: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        var x = try KerasOpsLowerings.operand(node, &context)
        guard let axes = try StructureConfig.axes(layer, "axis"), !axes.isEmpty else {
            throw ConversionError(.unsupported, "axis is missing", layer: layer)
        }
        let outRank = context.graph[x].shape.count + axes.count
        var normalized: [Int] = []
        for axis in axes { normalized.append(try StructureConfig.axis(axis, rank: outRank, layer: layer)) }
        normalized.sort()
        guard Set(normalized).count == normalized.count else {
            throw ConversionError(.unsupported, "axis=\(axes) repeats an axis", layer: layer)
        }
        for (index, axis) in normalized.enumerated() {
            let name = index == normalized.count - 1 ? layer.name : "\(layer.name)/\(index)"
            x = StructureOps.expandDims(&context, x, axis: axis, name: name, origin: layer.name)
        }
        return [x]
    }

    /// `ops.squeeze(x, axis)`: SQUEEZE of the given axes, or of every dimension known to be 1.
    static let squeeze: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasOpsLowerings.operand(node, &context)
        let shape = context.graph[x].shape
        var axes: [Int] = []
        if let given = try StructureConfig.axes(layer, "axis") {
            for axis in given {
                let normalized = try StructureConfig.axis(axis, rank: shape.count, layer: layer)
                guard shape[normalized] == 1 else {
                    throw ConversionError(.unsupported, "cannot squeeze axis \(axis) of size \(shape[normalized])", layer: layer)
                }
                axes.append(normalized)
            }
        } else {
            axes = shape.indices.filter { shape[$0] == 1 }
        }
        return [StructureOps.squeeze(&context, x, axes: Array(Set(axes)).sorted(), name: layer.name, origin: layer.name)]
    }

    /// `ops.mean/sum/max/min(x, axis, keepdims)`: the reduction over `axis` (all axes when null).
    static func reduction(_ opcode: BuiltinOperator) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            let x = try KerasOpsLowerings.operand(node, &context)
            if opcode == .mean { try StructureConfig.requireFloat(context, x, layer: layer) }
            if let initial = layer.config["initial"] {
                throw ConversionError(.unsupported, "initial=\(initial.serialized()) is not supported", layer: layer)
            }
            let rank = context.graph[x].shape.count
            var axes = Array(0..<rank)
            if let given = try StructureConfig.axes(layer, "axis") {
                axes = []
                for axis in given { axes.append(try StructureConfig.axis(axis, rank: rank, layer: layer)) }
            }
            let keepDims = try StructureConfig.bool(layer, "keepdims", default: false)
            return [StructureOps.reduce(&context, opcode, x, axes: axes, keepDims: keepDims, name: layer.name, origin: layer.name)]
        }
    }

    /// `ops.matmul(x1, x2)`: BATCH_MATMUL (operands of rank 2 to 5, batch dimensions broadcast).
    static let matmul: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let operands = try KerasOperands.tensors(node, &context)
        guard operands.count == 2 else {
            throw ConversionError(.unsupported, "expected two operands, got \(operands.count)", layer: layer)
        }
        try StructureConfig.requireFloat(context, operands[0], layer: layer)
        return [try StructureOps.batchMatMul(&context, operands[0], operands[1], name: layer.name, origin: layer.name)]
    }
}
