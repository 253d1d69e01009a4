import KerasModel
import SwiftLiteSchema

/// Keras `Dot`: the batched dot product of two tensors over one axis each (Keras's `batch_dot`),
/// optionally L2-normalizing both inputs first (cosine similarity).
///
/// Two rank-2 inputs become MUL + SUM. Otherwise both operands are brought to rank 3 —
/// `x` as [batch, M, K], `y` as [batch, K, N] — with BATCH_MATMUL's adj_x/adj_y standing in for the
/// transposes of rank-3 operands, explicit TRANSPOSEs and RESHAPEs for the rest, and the result
/// reshaped back to Keras's output shape.
enum DotLowering {
    /// The lowering.
    static let lower: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let inputs = try context.inputTensors(of: node)
        guard inputs.count == 2 else {
            throw ConversionError(.invalidModel, "Dot needs exactly 2 inputs, got \(inputs.count)", layer: layer)
        }
        var x = inputs[0], y = inputs[1]
        try StructureConfig.requireFloat(context, x, layer: layer)
        try StructureConfig.requireFloat(context, y, layer: layer)
        let xRank = context.graph[x].shape.count, yRank = context.graph[y].shape.count
        guard xRank >= 2, yRank >= 2 else {
            throw ConversionError(.unsupported, "Dot of inputs of rank \(xRank) and \(yRank) (rank 2 or more needed)", layer: layer)
        }
        var (a0, a1) = try axes(layer, xRank: xRank, yRank: yRank)
        let name = layer.name
        if try StructureConfig.bool(layer, "normalize", default: false) {
            x = try l2Normalize(&context, x, axis: a0, name: "\(name)/normalize0", origin: name)
            y = try l2Normalize(&context, y, axis: a1, name: "\(name)/normalize1", origin: name)
        }
        if xRank == 2, yRank == 2 {
            let product = try context.binary(.mul, x, y, name: "\(name)/product", origin: name)
            return [StructureOps.reduce(&context, .sum, product, axes: [1], keepDims: true, name: name, origin: name)]
        }

        // x → [batch, M, K] (or [batch, K, M] read with adj_x).
        var adjX = false
        if xRank == 2 {
            x = StructureOps.expandDims(&context, x, axis: 1, name: "\(name)/x_expand", origin: name)
            a0 = 2
        }
        var xCurrentRank = context.graph[x].shape.count
        if xCurrentRank == 3, a0 == 1 {
            adjX = true
        } else if a0 != xCurrentRank - 1 {
            var pattern = Array(0..<xCurrentRank)
            pattern.remove(at: a0)
            pattern.append(a0)
            x = context.transpose(x, permutation: pattern, name: "\(name)/x_transpose", origin: name)
        }
        // y → [batch, K, N] (or [batch, N, K] read with adj_y).
        var adjY = false
        if yRank == 2 {
            y = StructureOps.expandDims(&context, y, axis: 2, name: "\(name)/y_expand", origin: name)
        }
        let yCurrentRank = context.graph[y].shape.count
        if yCurrentRank == 3, a1 == 2 {
            adjY = true
        } else if a1 != 1 {
            var pattern = Array(0..<yCurrentRank)
            pattern.remove(at: a1)
            pattern.insert(a1, at: 1)
            y = context.transpose(y, permutation: pattern, name: "\(name)/y_transpose", origin: name)
        }

        // Squash the middle dimensions of x and the trailing dimensions of y to reach rank 3.
        let xShape = context.graph[x].shape, yShape = context.graph[y].shape
        let batch = xShape[0] >= 0 ? xShape[0] : yShape[0]
        var xMiddle: [Int] = [], yTrailing: [Int] = []
        if xCurrentRank > 3 {
            xMiddle = Array(xShape[1..<(xCurrentRank - 1)])
            guard let middle = StructureConfig.knownProduct(xMiddle), xShape[xCurrentRank - 1] >= 0 else {
                throw ConversionError(.unsupported, "Dot of a rank-\(xCurrentRank) input needs its non-batch dimensions known, got \(xShape)", layer: layer)
            }
            x = context.reshape(x, to: [batch, middle, xShape[xCurrentRank - 1]], name: "\(name)/x_squash", origin: name)
            xCurrentRank = 3
        }
        if yCurrentRank > 3 {
            yTrailing = Array(yShape[2...])
            guard let trailing = StructureConfig.knownProduct(yTrailing), yShape[1] >= 0 else {
                throw ConversionError(.unsupported, "Dot of a rank-\(yCurrentRank) input needs its non-batch dimensions known, got \(yShape)", layer: layer)
            }
            y = context.reshape(y, to: [batch, yShape[1], trailing], name: "\(name)/y_squash", origin: name)
        }
        let squashed = !xMiddle.isEmpty || !yTrailing.isEmpty
        let needsSqueeze = xRank == 2 || yRank == 2
        var result = try StructureOps.batchMatMul(
            &context, x, y, adjX: adjX, adjY: adjY, name: squashed || needsSqueeze ? "\(name)/matmul" : name, origin: name)
        if squashed {
            let product = context.graph[result].shape
            let shape = [batch] + (xMiddle.isEmpty ? [product[1]] : xMiddle) + (yTrailing.isEmpty ? [product[2]] : yTrailing)
            result = context.reshape(result, to: shape, name: needsSqueeze ? "\(name)/unsquash" : name, origin: name)
        }
        if xRank == 2 {
            result = StructureOps.squeeze(&context, result, axes: [1], name: name, origin: name)
        } else if yRank == 2 {
            result = StructureOps.squeeze(&context, result, axes: [context.graph[result].shape.count - 1], name: name, origin: name)
        }
        return [result]
    }

    /// The two reduction axes, non-negative, as Keras's `Dot` resolves `axes`.
    static func axes(_ layer: KerasLayer, xRank: Int, yRank: Int) throws(ConversionError) -> (Int, Int) {
        guard let value = layer.config["axes"] else {
            throw ConversionError(.invalidModel, "option axes is missing", layer: layer)
        }
        let pair: (Int, Int)
        if let single = value.intValue {
            pair = single < 0 ? (pythonModulo(single, xRank), pythonModulo(single, yRank)) : (single, single)
        } else if let list = value.intList(), list.count == 2 {
            pair = (list[0] < 0 ? pythonModulo(list[0], xRank) : list[0], list[1] < 0 ? pythonModulo(list[1], yRank) : list[1])
        } else {
            throw ConversionError(.unsupported, "option axes=\(value.serialized()) is not an axis or a pair of axes", layer: layer)
        }
        guard pair.0 > 0, pair.0 < xRank, pair.1 > 0, pair.1 < yRank else {
            throw ConversionError(.unsupported, "axes=\(value.serialized()) must name non-batch axes of ranks \(xRank) and \(yRank)", layer: layer)
        }
        return pair
    }

    /// `a mod n` with a non-negative result, as Python's `%`.
    static func pythonModulo(_ a: Int, _ n: Int) -> Int { ((a % n) + n) % n }

    /// Keras's `normalize(x, axis)`: `x * min(rsqrt(sum(x², axis)), 1/1e-7)`. On the last axis of a
    /// rank ≤ 4 tensor this is TFLite's L2_NORMALIZATION (which floors the norm at 1e-6 instead of
    /// 1e-7; only near-zero vectors differ).
    static func l2Normalize(
        _ c: inout LoweringContext, _ x: TensorID, axis: Int, name: String, origin: String
    ) throws(ConversionError) -> TensorID {
        let shape = c.graph[x].shape
        if axis == shape.count - 1, shape.count <= 4 {
            return c.graph.addOperator(
                .l2Normalization, options: .l2NormOptions(L2NormOptions()), inputs: [x], output: name,
                type: .float32, shape: shape, origin: origin)
        }
        let square = try c.binary(.mul, x, x, name: "\(name)/square", origin: origin)
        let sum = StructureOps.reduce(&c, .sum, square, axes: [axis], keepDims: true, name: "\(name)/sum", origin: origin)
        let inverse = c.unary(.rsqrt, sum, name: "\(name)/rsqrt", origin: origin)
        let limit = c.scalar(1e7, name: "\(name)/inverse_epsilon")
        let capped = try c.binary(.minimum, inverse, limit, name: "\(name)/cap", origin: origin)
        return try c.binary(.mul, x, capped, name: name, origin: origin)
    }
}
