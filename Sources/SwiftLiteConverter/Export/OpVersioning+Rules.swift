import SwiftLiteSchema

/// Versioning rules for the operators that move or select data and for the elementwise,
/// reduction and activation operators.
extension OpVersioning {
    /// The version of shape, gather, slice, pad and conversion operators; nil for other operators.
    static func dataMovementVersion(_ s: OpSignature) -> Int32? {
        let t = s.inputType(0)
        let rank = s.input(0)?.rank ?? 0
        switch s.opcode {
        case .transpose:
            if t == .float16 { return 9 }
            if rank > 6 || t == .bfloat16 { return 8 }
            if t == .int4 { return 7 }
            if rank > 5 { return 6 }
            if t == .int16 { return 5 }
            if rank > 4 { return 4 }
            return t == .bool ? 3 : t == .int8 ? 2 : 1
        case .slice:
            if t == .float16 { return 8 }
            if t == .int4 { return 7 }
            if t == .uint32 { return 6 }
            if rank > 4 { return 5 }
            if t == .int16 { return 4 }
            return t == .string ? 3 : t == .int8 ? 2 : 1
        case .stridedSlice:
            let options: StridedSliceOptions = if case .stridedSliceOptions(let o)? = s.options { o } else { StridedSliceOptions() }
            if options.offset { return 8 }
            if t == .uint32 { return 7 }
            if options.ellipsisMask != 0 || options.newAxisMask != 0 { return 6 }
            if t == .string { return 5 }
            if rank > 4 { return 4 }
            return t == .bool ? 3 : t == .int8 ? 2 : 1
        case .split:
            // Input 0 is the axis; the data is input 1.
            let data = s.inputType(1)
            if s.isFloat8(1) { return 5 }
            return data == .int16 ? 4 : data == .int32 ? 3 : data == .int8 ? 2 : 1
        case .splitV:
            if s.isFloat8(0) { return 3 }
            return t == .int8 ? 2 : 1
        case .unpack:
            if s.isFloat8(0) { return 6 }
            if t == .int8 || t == .uint8 { return 2 }
            if t == .bool { return 3 }
            if s.isInt16ToInt16 { return 4 }
            return t == .float16 || t == .bfloat16 ? 5 : 1
        case .pack:
            if s.isFloat8(0) { return 5 }
            if t == .int8 { return 2 }
            if s.isInt16ToInt16 { return 3 }
            return t == .uint32 ? 4 : 1
        case .gather:
            if s.isFloat8(0) { return 8 }
            if t == .int4 { return 7 }
            if s.inputType(1) == .int16 { return 6 }
            if case .gatherOptions(let o)? = s.options, o.batchDims != 0 { return 5 }
            return t == .int16 ? 4 : t == .bool ? 3 : t == .int8 ? 2 : 1
        case .gatherNd:
            if s.isFloat8(0) { return 6 }
            if t == .bool { return 5 }
            if s.inputType(1) == .int16 { return 4 }
            return t == .int16 ? 3 : t == .string ? 2 : 1
        case .tile:
            return t == .int8 ? 3 : t == .string ? 2 : 1
        case .squeeze:
            return t == .string ? 2 : 1
        case .pad, .padv2:
            if s.isFloat8(0) { return 6 }
            if t == .bool { return 5 }
            if rank > 4 { return 4 }
            return t == .int16 ? 3 : t == .int8 ? 2 : 1
        case .concatenation:
            if s.isFloat8(0) { return 7 }
            if t == .float16 { return 6 }
            if t == .int4 { return 5 }
            if t == .uint32 { return 4 }
            return t == .int16 ? 3 : t == .int8 ? 2 : 1
        case .spaceToBatchNd, .batchToSpaceNd:
            if t == .int16 { return 4 }
            if rank != 4 { return 3 }
            return t == .int8 ? 2 : 1
        case .broadcastTo:
            // Version 1 was withdrawn; the operator starts at 2.
            if s.isFloat8(0) { return 4 }
            return t == .int8 || t == .int16 ? 3 : 2
        case .cast:
            return castVersion(from: t, to: s.outputType(0))
        case .select:
            if t == .uint32 { return 4 }
            if (0..<3).contains(where: { s.input($0)?.rank == 5 }) { return 3 }
            return t == .int8 ? 2 : 1
        case .selectV2:
            return t == .uint32 ? 2 : 1
        case .fill:
            guard s.inputs.count >= 2 else { return 1 }
            let value = s.inputType(1)
            if s.isFloat8(1) { return 5 }
            if value == .float16 { return 4 }
            if value == .int8 || value == .int16 { return 3 }
            return value == .bool || value == .string ? 2 : 1
        case .dynamicUpdateSlice:
            if t == .bfloat16 { return 6 }
            if t == .int4 { return 5 }
            if t == .int16 { return 4 }
            if t == .float16 { return 3 }
            return s.inputType(2) == .int64 ? 2 : 1
        case .resizeBilinear:
            if t == .int16 { return 4 }
            if case .resizeBilinearOptions(let o)? = s.options, o.halfPixelCenters { return 3 }
            return t == .int8 ? 2 : 1
        case .resizeNearestNeighbor:
            if t == .int16 { return 4 }
            if case .resizeNearestNeighborOptions(let o)? = s.options, o.halfPixelCenters || o.alignCorners { return 3 }
            return t == .int8 ? 2 : 1
        case .reverseV2:
            if s.isFloat8(0) { return 4 }
            return t == .int8 ? 3 : t == .bool ? 2 : 1
        case .sparseToDense:
            let values = s.inputType(2)
            return values == .int8 || values == .uint8 ? 3 : values == .int64 ? 2 : 1
        case .embeddingLookup:
            let table = s.input(1)
            let perRow = table.map { spec in
                guard let scales = spec.quantization?.scale, scales.count > 1, let rows = spec.shape.first else { return false }
                return scales.count == rows
            } ?? false
            if table?.type == .int4 || perRow { return 4 }
            return table?.type == .int2 ? 5 : 1
        case .dequantize:
            if s.isFloat8(0) { return 9 }
            if t == .uint4 { return 8 }
            if t == .int2 { return 7 }
            if t == .int4 { return 6 }
            if t == .int16 || t == .float16 { return 3 }
            if t == .int8 { return isPerAxis(s.input(0)) ? 5 : 2 }
            return 1
        case .quantize:
            let out = s.outputType(0)
            if t == .uint4 || out == .uint4 { return 5 }
            if t == .int4 || out == .int4 { return 4 }
            if isPerAxis(s.outputs.first) { return 3 }
            return out == .int16 ? 2 : 1
        case .where:
            return t == .bool ? 1 : 2
        case .topkV2:
            if t == .int16 || s.inputType(1) == .int16 || s.outputType(1) == .int16 { return 3 }
            return t == .int8 ? 2 : 1
        case .range:
            return t == .int64 ? 2 : 1
        default:
            return nil
        }
    }

    /// The version of elementwise, activation, pooling and reduction operators; nil for others.
    static func elementwiseVersion(_ s: OpSignature) -> Int32? {
        let t = s.inputType(0)
        switch s.opcode {
        case .maxPool2d, .averagePool2d:
            if s.isInt16ToInt16 { return 3 }
            return t == .int8 ? 2 : 1
        case .abs:
            if t == .int32 { return 5 }
            if t == .int16 { return (s.input(0)?.isQuantized ?? false) ? 3 : 4 }
            return t == .int8 || t == .uint8 ? 2 : 1
        case .relu:
            if t == .int16 { return 3 }
            return t == .int8 || t == .uint8 ? 2 : 1
        case .tanh, .logistic:
            if s.isInt16ToInt16 { return 3 }
            return t == .int8 ? 2 : 1
        case .mean, .mirrorPad, .reduceMax, .reduceMin, .relu6, .rsqrt:
            return t == .int16 ? 3 : t == .int8 ? 2 : 1
        case .softmax:
            if t == .float16 { return 4 }
            return t == .int16 ? 3 : t == .int8 ? 2 : 1
        case .spaceToDepth, .sum, .logSoftmax, .greater, .lessEqual, .squaredDifference, .depthToSpace:
            return t == .int8 ? 2 : 1
        case .less, .greaterEqual:
            return t == .int16 ? 3 : t == .int8 ? 2 : 1
        case .exp, .log, .reduceProd, .sqrt:
            return t == .int8 || t == .int16 ? 2 : 1
        case .equal:
            return t == .int16 ? 5 : t == .string ? 3 : t == .int8 ? 2 : 1
        case .notEqual:
            return t == .int16 ? 4 : t == .string ? 3 : t == .int8 ? 2 : 1
        case .argMax, .argMin:
            return t == .bool ? 3 : t == .int8 ? 2 : 1
        case .leakyRelu:
            return t == .int16 ? 2 : 1
        case .gelu:
            if t == .float16 { return 3 }
            return t == .int8 || t == .uint8 ? 2 : 1
        case .batchMatmul:
            if t == .int16 { return 3 }
            if t == .int8 { return 2 }
            if t == .float32, s.inputType(1) == .int8, s.outputType(0) == .float32,
               case .batchMatMulOptions(let o)? = s.options, o.asymmetricQuantizeInputs {
                return 4
            }
            return 1
        case .floorDiv:
            if t == .int16 || t == .int8 { return 3 }
            return t == .float32 ? 2 : 1
        case .floorMod:
            return t == .int16 || t == .int8 ? 2 : 1
        case .l2Normalization:
            return s.outputType(0) == .int8 ? 2 : 1
        case .sign:
            return t == .int32 ? 2 : 1
        case .sin, .cos:
            return t == .float16 ? 2 : 1
        case .fakeQuant:
            if case .fakeQuantOptions(let o)? = s.options, o.narrowRange { return 2 }
            return 1
        default:
            return nil
        }
    }

    /// CAST's version: newer type pairs need newer kernels.
    private static func castVersion(from input: TensorType?, to output: TensorType?) -> Int32 {
        func either(_ types: TensorType...) -> Bool {
            types.contains { $0 == input || $0 == output }
        }
        if either(.float8E4m3fn, .float8E5m2) { return 9 }
        if either(.int2, .uint4) { return 8 }
        if either(.bfloat16) { return 7 }
        if input == .int4, output == .float32 { return 6 }
        if either(.float64, .float16) { return 5 }
        if either(.uint16) { return 4 }
        if either(.int8) { return 3 }
        if either(.uint32) { return 2 }
        return 1
    }

    /// True when a tensor has several scales, one per index of its quantized dimension.
    private static func isPerAxis(_ spec: OpSignature.TensorSpec?) -> Bool {
        guard let spec, let q = spec.quantization, let scales = q.scale, scales.count > 1 else { return false }
        let axis = Int(q.quantizedDimension)
        return axis >= 0 && axis < spec.rank && spec.shape[axis] == scales.count
    }
}
