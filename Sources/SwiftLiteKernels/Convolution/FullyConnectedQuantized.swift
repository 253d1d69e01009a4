import SwiftLiteCore

/// The sizes of a FULLY_CONNECTED node: `[units, depth]` weights applied to every row of
/// `depth` input values; the output is `[rows, units]`, or the input's shape with its last
/// dimension replaced by `units` under `keep_num_dims`.
struct FullyConnectedShape {
    var rows = 0
    var depth = 0
    var units = 0
    var outputShape: [Int] = []

    init() {}

    init(_ context: KernelContext, input: TensorSlot, weights: TensorSlot, keepNumDims: Bool) throws(SwiftLiteError) {
        guard weights.rank == 2 else {
            throw context.error(.shapeMismatch, "weights must be 2-D, got \(weights.shape)", tensor: weights)
        }
        units = weights.shape[0]
        depth = weights.shape[1]
        guard depth > 0, input.elementCount % depth == 0 else {
            throw context.error(.shapeMismatch, "input \(input.shape) does not divide into rows of \(depth)")
        }
        rows = input.elementCount / depth
        if keepNumDims {
            guard input.shape.last == depth else {
                throw context.error(.shapeMismatch, "keep_num_dims needs the input's last dimension \(input.shape) to be \(depth)")
            }
            outputShape = input.shape.dropLast() + [units]
        } else {
            outputShape = [rows, units]
        }
    }

    /// The weights' values as one `Int8` each: a dense int8 tensor, an int4 one unpacked, or a
    /// sparse one expanded (TFLite accepts only 1x16-block CSR sparsity for integer weights).
    static func int8Weights(_ context: KernelContext, _ weights: TensorSlot) throws(SwiftLiteError) -> [Int8]? {
        if weights.type == .int4 { return try Int4Weights.unpacked(weights, context: context) }
        guard let sparsity = weights.sparsity else { return nil }
        let levels = sparsity.levels
        guard levels.count == 3, !levels[0].isSparse, levels[1].isSparse, levels[2].denseSize == 16 else {
            throw context.error(.unsupported, "unsupported sparse integer fully-connected weight format (supported: 1x16 blocks)", tensor: weights)
        }
        guard weights.hasKnownValue, let source = weights.data else {
            throw context.error(.unsupported, "sparse weights must be constant", tensor: weights)
        }
        let expansion: SparseExpansion
        do {
            expansion = try SparseExpansion(shape: weights.shape, sparsity: sparsity, storedCount: weights.capacity)
        } catch {
            throw context.error(.invalidModel, "invalid sparse weights: \(error)", tensor: weights)
        }
        var dense = [Int8](repeating: 0, count: expansion.denseCount)
        dense.withUnsafeMutableBytes { bytes in
            if let base = bytes.baseAddress { expansion.expand(from: source, to: base, elementSize: 1) }
        }
        return dense
    }
}

/// The integer paths of FULLY_CONNECTED, as TFLite's reference kernels compute them:
///
/// - uint8 input and weights (with zero points) into uint8, or into int16 (zero point 0);
/// - int8 input and int8/int4 weights into int8: per-tensor weights apply their zero point,
///   per-channel ones are symmetric;
/// - int16 input (zero point 0) and int8/int4 weights into int16, with int64 bias (64-bit
///   accumulation) or int32 bias (32-bit);
/// - int16 input and int16 weights into int16 (64-bit accumulation).
///
/// Each output is `Σ (weight + weight offset) × (input + input offset)` plus the bias. The dense
/// 8-bit-weight kernels rescale it in double precision, `round(acc × input scale × weight scale
/// / output scale)` (ties away from zero); sparse int8 weights (1x16 blocks) and int16 weights
/// use TFLite's fixed-point multiply instead, as its kernels do. Then the output zero point and
/// the activation's clamp (only clamping activations are accepted, as in TFLite).
final class FullyConnectedQuantized: OpKernel {
    let activation: FusedActivation
    let keepNumDims: Bool
    let quantizedBiasType: ElementType?
    private var shape = FullyConnectedShape()
    private var quantization = WeightedQuantization()
    /// The weights plus their offset, as [depth][units padded to 16] float lanes (8-bit
    /// operands) or double lanes (16-bit ones): every product is an exact integer and the sums
    /// are kept exact (see ``ExactProductScalar``).
    private var narrowWeights: [Float] = []
    private var wideWeights: [Double] = []
    /// One input row plus the input offset.
    private var narrowRow: [Float] = []
    private var wideRow: [Double] = []
    private var paddedUnits = 0
    private var sixteenBit = false
    private var productBound = 0.0
    /// Every output's integer sum before bias and rescaling.
    private var sums: [Int64] = []
    private var wide = false
    private var constantWeights = true

    init(activation: FusedActivation, keepNumDims: Bool, quantizedBiasType: ElementType?) {
        self.activation = activation
        self.keepNumDims = keepNumDims
        self.quantizedBiasType = quantizedBiasType
    }

    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let weightSlot = try context.input(1)
        let bias = context.optionalInput(2)
        let output = try context.output(0)
        switch (input.type, weightSlot.type) {
        case (.uint8, .uint8):
            guard output.type == .uint8 || output.type == .int16 else {
                throw context.error(.unsupported, "uint8 FULLY_CONNECTED produces uint8 or int16, not \(output.type)", tensor: output)
            }
        case (.int8, .int8), (.int8, .int4), (.int16, .int8), (.int16, .int4), (.int16, .int16):
            try context.expectOutputType(output, input.type)
        default:
            throw context.error(.unsupported, "unsupported FULLY_CONNECTED types: input \(input.type), weights \(weightSlot.type) (quantized: uint8/uint8, int8/int8, int16/int8, int16/int16)")
        }
        guard activation.floatRange != nil else {
            throw context.error(.unsupported, "quantized FULLY_CONNECTED supports only clamping activations, not \(activation)")
        }
        shape = try FullyConnectedShape(context, input: input, weights: weightSlot, keepNumDims: keepNumDims)
        let sparse = weightSlot.sparsity != nil
        guard !sparse || (input.type == .int8 && weightSlot.type == .int8) else {
            throw context.error(.unsupported, "sparse \(weightSlot.type) weights are supported only with int8 input", tensor: weightSlot)
        }
        let perChannel = weightSlot.quantization?.isPerAxis ?? false
        guard !perChannel || input.type != .uint8 else {
            throw context.error(.invalidModel, "uint8 FULLY_CONNECTED needs per-tensor weight quantization", tensor: weightSlot)
        }
        // 16x16 kernels always accumulate in 64 bits; 16x8 ones in the bias's width.
        wide = try WeightedQuantization.checkBias(context, bias, inputType: input.type, channels: shape.units,
                                                  declared: quantizedBiasType)
        if weightSlot.type == .int16 { wide = true }
        let fixedPoint = sparse || weightSlot.type == .int16
        quantization = try WeightedQuantization.prepare(
            context, input: input, filter: weightSlot, bias: bias, output: output, channels: shape.units, axis: 0,
            activation: activation, rescaling: fixedPoint ? .fixedPoint : .doublePrecision,
            multipliers: perChannel ? .perChannel : .floatProduct, filterZeroPoint: !sparse, filterName: "weights")
        if sparse, quantization.filterOffset != 0 {
            throw context.error(.invalidModel, "sparse int8 weights must be symmetric (zero point 0)", tensor: weightSlot)
        }
        sixteenBit = input.type == .int16
        paddedUnits = (shape.units + 15) / 16 * 16
        let packedCount = shape.depth * paddedUnits
        if sixteenBit {
            narrowWeights = []
            narrowRow = []
            if wideWeights.count != packedCount { wideWeights = [Double](repeating: 0, count: packedCount) }
            if wideRow.count != shape.depth { wideRow = [Double](repeating: 0, count: shape.depth) }
        } else {
            wideWeights = []
            wideRow = []
            if narrowWeights.count != packedCount { narrowWeights = [Float](repeating: 0, count: packedCount) }
            if narrowRow.count != shape.depth { narrowRow = [Float](repeating: 0, count: shape.depth) }
        }
        if sums.count != shape.rows * shape.units { sums = [Int64](repeating: 0, count: shape.rows * shape.units) }
        let inputBound = offsetMagnitude(input.type, offset: quantization.inputOffset)
        let weightBound = weightSlot.type == .int4 ? 8 : offsetMagnitude(weightSlot.type, offset: quantization.filterOffset)
        productBound = inputBound * weightBound
        constantWeights = weightSlot.hasKnownValue
        if constantWeights { try loadWeights(context, weightSlot) }
        try context.resizeOutput(output, to: shape.outputShape)
    }

    private func loadWeights(_ context: KernelContext, _ slot: TensorSlot) throws(SwiftLiteError) {
        let offset = quantization.filterOffset
        if var unpacked = try FullyConnectedShape.int8Weights(context, slot) {
            unpacked.withUnsafeMutableBufferPointer { convert($0, offset: offset) }
            return
        }
        switch slot.type {
        case .uint8: convert(slot.buffer(of: UInt8.self), offset: offset)
        case .int16: convert(slot.buffer(of: Int16.self), offset: offset)
        default: convert(slot.buffer(of: Int8.self), offset: offset)
        }
    }

    private func convert<Weight: FixedWidthInteger>(_ source: UnsafeMutableBufferPointer<Weight>, offset: Int32) {
        if sixteenBit {
            pack(source, offset: offset, into: &wideWeights)
        } else {
            pack(source, offset: offset, into: &narrowWeights)
        }
    }

    private func pack<Weight: FixedWidthInteger, Scalar: ExactProductScalar>(
        _ source: UnsafeMutableBufferPointer<Weight>, offset: Int32, into packed: inout [Scalar]
    ) {
        let (units, depth, padded) = (shape.units, shape.depth, paddedUnits)
        guard source.count >= units * depth else { return }
        packed.withUnsafeMutableBufferPointer { target in
            for o in 0..<units {
                for d in 0..<depth {
                    target[d * padded + o] = Scalar(integer: Int32(truncatingIfNeeded: source[o * depth + d]) &+ offset)
                }
            }
        }
    }

    func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let weightSlot = try context.input(1)
        if !constantWeights { try loadWeights(context, weightSlot) }
        let input = try context.input(0)
        let output = try context.output(0)
        let bias = context.optionalInput(2)
        guard input.elementCount >= shape.rows * shape.depth, output.elementCount >= shape.rows * shape.units else { return }
        switch input.type {
        case .uint8: accumulate(input.buffer(of: UInt8.self), weights: narrowWeights, row: &narrowRow)
        case .int8: accumulate(input.buffer(of: Int8.self), weights: narrowWeights, row: &narrowRow)
        default: accumulate(input.buffer(of: Int16.self), weights: wideWeights, row: &wideRow)
        }
        switch (input.type, output.type) {
        case (.uint8, .uint8): finish(bias, output.buffer(of: UInt8.self))
        case (_, .int8): finish(bias, output.buffer(of: Int8.self))
        default: finish(bias, output.buffer(of: Int16.self))
        }
    }

    /// Every output's exact sum `Σ (weight + weight offset) × (input + input offset)` into
    /// `sums`, 16 units side by side.
    private func accumulate<Input: QuantizedElement, Scalar: ExactProductScalar>(
        _ input: UnsafeMutableBufferPointer<Input>, weights: [Scalar], row: inout [Scalar]
    ) {
        let (rows, depth, units, padded) = (shape.rows, shape.depth, shape.units, paddedUnits)
        let limit = Scalar.chunkLimit(productBound: productBound)
        let inputOffset = quantization.inputOffset
        guard let source = input.baseAddress else { return }
        weights.withUnsafeBufferPointer { weights in
            row.withUnsafeMutableBufferPointer { row in
                sums.withUnsafeMutableBufferPointer { sums in
                    guard let w = weights.baseAddress, let x = row.baseAddress, let out = sums.baseAddress else { return }
                    for b in 0..<rows {
                        QuantizedStaging.stage(source + b * depth, count: depth, offset: inputOffset, into: x)
                        var block = 0
                        while block < units {
                            var partial = SIMD16<Scalar>(repeating: 0)
                            var exact = SIMD16<Int64>(repeating: 0)
                            var room = limit
                            var flushed = false
                            var lane = w + block
                            var d = 0
                            while d < depth {
                                let end = min(depth, d + room)
                                room -= end - d
                                while d < end {
                                    partial += SIMD16<Scalar>(repeating: x[d]) * UnsafeRawPointer(lane).loadUnaligned(as: SIMD16<Scalar>.self)
                                    lane += padded
                                    d += 1
                                }
                                if room == 0 {
                                    ExactLanes.flush(&partial, into: &exact)
                                    room = limit
                                    flushed = true
                                }
                            }
                            ExactLanes.store(partial, exact, flushed: flushed, count: min(16, units - block), to: out + b * units + block)
                            block += 16
                        }
                    }
                }
            }
        }
    }

    /// Bias, rescaling, output zero point and clamp.
    private func finish<Output: QuantizedElement>(_ bias: TensorSlot?, _ output: UnsafeMutableBufferPointer<Output>) {
        guard let target = output.baseAddress else { return }
        let stage = quantization.stage
        let units = shape.units
        sums.withUnsafeBufferPointer { sums in
            guard let base = sums.baseAddress else { return }
            let count = sums.count
            switch (wide, bias?.type) {
            case (false, _):
                QuantizedFinish.write(base, count: count, channels: units, bias: bias?.buffer(of: Int32.self).baseAddress.map { UnsafePointer($0) },
                                      stage: stage, into: target, accumulator: Int32.self)
            case (true, .int32?):
                QuantizedFinish.write(base, count: count, channels: units, bias: bias?.buffer(of: Int32.self).baseAddress.map { UnsafePointer($0) },
                                      stage: stage, into: target, accumulator: Int64.self)
            default:
                QuantizedFinish.write(base, count: count, channels: units, bias: bias?.buffer(of: Int64.self).baseAddress.map { UnsafePointer($0) },
                                      stage: stage, into: target, accumulator: Int64.self)
            }
        }
    }
}
