import KerasModel
import SwiftLiteSchema

/// Emitters for the TFLite ops the structure lowerings need beyond ``LoweringContext``'s shared ones
/// (expand/squeeze, tile, pad, strided slice, reductions, batch matmul, gather, cast, resize, shape).
/// Each appends one operator and returns its output; shapes use -1 for dynamic dimensions.
enum StructureOps {
    /// EXPAND_DIMS: inserts a size-1 dimension at `axis` (non-negative, at most the rank).
    static func expandDims(_ c: inout LoweringContext, _ x: TensorID, axis: Int, name: String, origin: String) -> TensorID {
        var shape = c.graph[x].shape
        shape.insert(1, at: axis)
        let axisTensor = c.int32Constant(name: "\(name)/axis", shape: [], values: [Int32(axis)])
        return c.graph.addOperator(
            .expandDims, options: .expandDimsOptions(ExpandDimsOptions()), inputs: [x, axisTensor], output: name,
            type: c.graph[x].type, shape: shape, origin: origin)
    }

    /// SQUEEZE of the (non-negative) `axes`.
    static func squeeze(_ c: inout LoweringContext, _ x: TensorID, axes: [Int], name: String, origin: String) -> TensorID {
        var options = SqueezeOptions()
        options.squeezeDims = axes.map { Int32($0) }
        let shape = c.graph[x].shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
        return c.graph.addOperator(
            .squeeze, options: .squeezeOptions(options), inputs: [x], output: name, type: c.graph[x].type,
            shape: shape, origin: origin)
    }

    /// TILE by `multiples` (one per dimension).
    static func tile(_ c: inout LoweringContext, _ x: TensorID, multiples: [Int], name: String, origin: String) -> TensorID {
        let constant = c.int32Constant(name: "\(name)/multiples", shape: [multiples.count], values: multiples.map { Int32($0) })
        let shape = zip(c.graph[x].shape, multiples).map { $0 < 0 ? -1 : $0 * $1 }
        return c.graph.addOperator(
            .tile, options: .tileOptions(TileOptions()), inputs: [x, constant], output: name, type: c.graph[x].type,
            shape: shape, origin: origin)
    }

    /// PAD with zeros: `paddings[i]` = (before, after) for dimension i.
    static func pad(_ c: inout LoweringContext, _ x: TensorID, paddings: [(Int, Int)], name: String, origin: String) -> TensorID {
        let values = paddings.flatMap { [Int32($0.0), Int32($0.1)] }
        let constant = c.int32Constant(name: "\(name)/paddings", shape: [paddings.count, 2], values: values)
        let shape = zip(c.graph[x].shape, paddings).map { $0 < 0 ? -1 : $0 + $1.0 + $1.1 }
        return c.graph.addOperator(
            .pad, options: .padOptions(PadOptions()), inputs: [x, constant], output: name, type: c.graph[x].type,
            shape: shape, origin: origin)
    }

    /// STRIDED_SLICE with unit strides that drops `crop[i].0` leading and `crop[i].1` trailing
    /// elements of each dimension. Uncropped ends use begin/end masks and cropped ends use negative
    /// indices, so the slice stays right when a dynamic dimension (the batch) is resized.
    static func crop(_ c: inout LoweringContext, _ x: TensorID, crop: [(Int, Int)], name: String, origin: String) -> TensorID {
        var begin: [Int32] = [], end: [Int32] = []
        var beginMask: Int32 = 0, endMask: Int32 = 0
        for (index, (before, after)) in crop.enumerated() {
            begin.append(Int32(before))
            if before == 0 { beginMask |= 1 << index }
            end.append(Int32(-after))
            if after == 0 { endMask |= 1 << index }
        }
        let rank = crop.count
        let beginTensor = c.int32Constant(name: "\(name)/begin", shape: [rank], values: begin)
        let endTensor = c.int32Constant(name: "\(name)/end", shape: [rank], values: end)
        let strides = c.int32Constant(name: "\(name)/strides", shape: [rank], values: Array(repeating: 1, count: rank))
        var options = StridedSliceOptions()
        options.beginMask = beginMask
        options.endMask = endMask
        let shape = zip(c.graph[x].shape, crop).map { $0 < 0 ? -1 : $0 - $1.0 - $1.1 }
        return c.graph.addOperator(
            .stridedSlice, options: .stridedSliceOptions(options), inputs: [x, beginTensor, endTensor, strides],
            output: name, type: c.graph[x].type, shape: shape, origin: origin)
    }

    /// A reduction (MEAN, SUM, REDUCE_MAX, REDUCE_MIN, REDUCE_ANY) over the non-negative `axes`.
    static func reduce(
        _ c: inout LoweringContext, _ opcode: BuiltinOperator, _ x: TensorID, axes: [Int], keepDims: Bool,
        name: String, origin: String
    ) -> TensorID {
        let sorted = Array(Set(axes)).sorted()
        let axesTensor = c.int32Constant(name: "\(name)/axes", shape: [sorted.count], values: sorted.map { Int32($0) })
        var options = ReducerOptions()
        options.keepDims = keepDims
        var shape: [Int] = []
        for (index, dim) in c.graph[x].shape.enumerated() {
            if sorted.contains(index) {
                if keepDims { shape.append(1) }
            } else {
                shape.append(dim)
            }
        }
        return c.graph.addOperator(
            opcode, options: .reducerOptions(options), inputs: [x, axesTensor], output: name, type: c.graph[x].type,
            shape: shape, origin: origin)
    }

    /// BATCH_MATMUL of `x` [..., M, K] (or [..., K, M] with `adjX`) and `y` [..., K, N] (or [..., N, K]
    /// with `adjY`), broadcasting the batch dimensions.
    static func batchMatMul(
        _ c: inout LoweringContext, _ x: TensorID, _ y: TensorID, adjX: Bool = false, adjY: Bool = false,
        name: String, origin: String
    ) throws(ConversionError) -> TensorID {
        let xs = c.graph[x].shape, ys = c.graph[y].shape
        guard xs.count >= 2, ys.count >= 2, xs.count <= 5, ys.count <= 5 else {
            throw ConversionError(.unsupported, "matrix product of ranks \(xs.count) and \(ys.count) (2 to 5 supported)", layer: origin)
        }
        guard let batch = LoweringContext.broadcastShape(Array(xs.dropLast(2)), Array(ys.dropLast(2))) else {
            throw ConversionError(.invalidModel, "matrix product cannot broadcast shapes \(xs) and \(ys)", layer: origin)
        }
        let m = adjX ? xs[xs.count - 1] : xs[xs.count - 2]
        let n = adjY ? ys[ys.count - 2] : ys[ys.count - 1]
        var options = BatchMatMulOptions()
        options.adjX = adjX
        options.adjY = adjY
        return c.graph.addOperator(
            .batchMatmul, options: .batchMatMulOptions(options), inputs: [x, y], output: name, type: c.graph[x].type,
            shape: batch + [m, n], origin: origin)
    }

    /// GATHER of `indices` along axis 0 of `params`.
    static func gather(_ c: inout LoweringContext, params: TensorID, indices: TensorID, name: String, origin: String) -> TensorID {
        var options = GatherOptions()
        options.axis = 0
        let shape = c.graph[indices].shape + c.graph[params].shape.dropFirst()
        return c.graph.addOperator(
            .gather, options: .gatherOptions(options), inputs: [params, indices], output: name, type: c.graph[params].type,
            shape: shape, origin: origin)
    }

    /// CAST to `type` (returns `x` when it already has that type).
    static func cast(_ c: inout LoweringContext, _ x: TensorID, to type: TensorType, name: String, origin: String) -> TensorID {
        let from = c.graph[x].type
        if from == type { return x }
        var options = CastOptions()
        options.inDataType = from
        options.outDataType = type
        return c.graph.addOperator(
            .cast, options: .castOptions(options), inputs: [x], output: name, type: type, shape: c.graph[x].shape,
            origin: origin)
    }

    /// RESIZE_NEAREST_NEIGHBOR or RESIZE_BILINEAR of an NHWC tensor to `size` (an int32 [2] tensor),
    /// with the output height/width `outHW` where known (-1 otherwise).
    static func resize(
        _ c: inout LoweringContext, _ opcode: BuiltinOperator, _ x: TensorID, size: TensorID, outHW: (Int, Int),
        halfPixelCenters: Bool, name: String, origin: String
    ) -> TensorID {
        let options: BuiltinOptions
        if opcode == .resizeBilinear {
            var bilinear = ResizeBilinearOptions()
            bilinear.halfPixelCenters = halfPixelCenters
            options = .resizeBilinearOptions(bilinear)
        } else {
            var nearest = ResizeNearestNeighborOptions()
            nearest.halfPixelCenters = halfPixelCenters
            options = .resizeNearestNeighborOptions(nearest)
        }
        let input = c.graph[x].shape
        return c.graph.addOperator(
            opcode, options: options, inputs: [x, size], output: name, type: c.graph[x].type,
            shape: [input[0], outHW.0, outHW.1, input[3]], origin: origin)
    }

    /// SHAPE: the runtime shape of `x` as an int32 vector.
    static func shape(_ c: inout LoweringContext, _ x: TensorID, name: String, origin: String) -> TensorID {
        var options = ShapeOptions()
        options.outType = .int32
        return c.graph.addOperator(
            .shape, options: .shapeOptions(options), inputs: [x], output: name, type: .int32,
            shape: [c.graph[x].shape.count], origin: origin)
    }

    /// RESHAPE to [batch] + `rest` where `rest` holds a -1 and the batch is dynamic too: the batch is
    /// read at run time (SHAPE → STRIDED_SLICE) and put in front of `rest` (CONCATENATION).
    static func reshapeKeepingBatch(
        _ c: inout LoweringContext, _ x: TensorID, rest: [Int], name: String, origin: String
    ) throws(ConversionError) -> TensorID {
        let rank = c.graph[x].shape.count
        let full = shape(&c, x, name: "\(name)/input_shape", origin: origin)
        let batch = crop(&c, full, crop: [(0, rank - 1)], name: "\(name)/batch", origin: origin)
        let tail = c.int32Constant(name: "\(name)/rest", shape: [rest.count], values: rest.map { Int32($0) })
        let target = try c.concatenate([batch, tail], axis: 0, name: "\(name)/shape", origin: origin)
        c.graph[target].shape = [rest.count + 1]
        return c.graph.addOperator(
            .reshape, inputs: [x, target], output: name, type: c.graph[x].type, shape: [-1] + rest, origin: origin)
    }

    /// The int32 [2] tensor `[height·factors[0], width·factors[1]]` of an NHWC tensor, computed at
    /// run time (SHAPE → STRIDED_SLICE → MUL).
    static func scaledSpatialSize(
        _ c: inout LoweringContext, _ x: TensorID, factors: [Int], name: String, origin: String
    ) throws(ConversionError) -> TensorID {
        let full = shape(&c, x, name: "\(name)/shape", origin: origin)
        let spatial = crop(&c, full, crop: [(1, 1)], name: "\(name)/input_size", origin: origin)
        let scale = c.int32Constant(name: "\(name)/factors", shape: [2], values: factors.map { Int32($0) })
        return try c.binary(.mul, spatial, scale, name: "\(name)/size", origin: origin)
    }

    /// A constant of `type` holding `values` (float32 or int32), shaped `shape`.
    static func constant(
        _ c: inout LoweringContext, type: TensorType, shape: [Int], values: [Double], name: String
    ) throws(ConversionError) -> TensorID {
        switch type {
        case .float32:
            let floats = values.map { Float($0) }
            let key = "struct-const:\(shape):" + floats.map { String($0.bitPattern) }.joined(separator: ",")
            return c.constant(key: key, name: name, shape: shape, floats: floats)
        case .int32:
            return c.int32Constant(name: name, shape: shape, values: values.map { Int32(clamping: Int($0)) })
        default:
            throw ConversionError(.unsupported, "a constant operand of type \(type) is not supported", layer: name)
        }
    }
}
