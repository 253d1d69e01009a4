import SwiftLiteCore

/// The integer paths of BATCH_MATMUL (TFLite's `reference_ops::BatchMatMul`):
///
/// - int8 × int8 into int8: `Σ (lhs − lhs zero point) × (rhs − rhs zero point)` in 32 bits,
///   rescaled by one multiplier from the float product of the operand scales (TFLite's
///   fixed-point multiply, double rounding in the official build), plus the output zero point,
///   clamped to int8;
/// - int8 × int8 into int32: the raw products' sum, zero points ignored (as TFLite does);
/// - int16 × int16 and int16 × int8 into int16 (zero points 0): 64-bit sums rescaled the same
///   way (with TFLite's reduced 16-bit multiplier for 64-bit accumulators).
///
/// The operands use per-tensor quantization; batch broadcasting and adjoints as for float.
final class BatchMatMulQuantized {
    private var stage = QuantizedOutputStage()
    private var lhsOffset: Int32 = 0
    private var rhsOffset: Int32 = 0
    private var raw = false

    /// Checks types and quantization and computes the output stage.
    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        let lhs = try context.input(0)
        let rhs = try context.input(1)
        let output = try context.output(0)
        switch (lhs.type, rhs.type) {
        case (.int8, .int8):
            guard output.type == .int8 || output.type == .int32 else {
                throw context.error(.invalidModel, "int8 BATCH_MATMUL produces int8 or int32, not \(output.type)", tensor: output)
            }
        case (.int16, .int16), (.int16, .int8):
            try context.expectOutputType(output, .int16)
        default:
            throw context.error(.unsupported, "unsupported BATCH_MATMUL types: lhs \(lhs.type), rhs \(rhs.type) (quantized: int8/int8, int16/int16, int16/int8)")
        }
        raw = output.type == .int32
        if raw { return }
        for (slot, name) in [(lhs, "lhs"), (rhs, "rhs")] where slot.quantization?.isPerAxis ?? false {
            throw context.error(.invalidModel, "quantized BATCH_MATMUL needs per-tensor quantization of its \(name)", tensor: slot)
        }
        let (lhsScale, lhsZeroPoint) = try context.affineQuantization(of: lhs, what: "lhs")
        let (rhsScale, rhsZeroPoint) = try context.affineQuantization(of: rhs, what: "rhs")
        let (outputScale, outputZeroPoint) = try context.affineQuantization(of: output, what: "output")
        if lhs.type == .int16, rhsZeroPoint != 0 {
            throw context.error(.invalidModel, "rhs has zero point \(rhsZeroPoint); with int16 activations it must be 0", tensor: rhs)
        }
        lhsOffset = -lhsZeroPoint
        rhsOffset = -rhsZeroPoint
        let real = Double(lhsScale * rhsScale) / Double(outputScale)
        guard real.isFinite, real > 0, real < Double(1 << 30) else {
            throw context.error(.invalidModel, "requantization multiplier \(real) is not representable")
        }
        guard let (lower, upper) = QuantizedRange.limits(of: output.type) else {
            throw context.error(.unsupported, "unsupported output type \(output.type)", tensor: output)
        }
        stage = QuantizedOutputStage(rescaling: .fixedPoint, multipliers: [QuantizedMultiplier(real)],
                                     outputOffset: outputZeroPoint, lower: lower, upper: upper)
    }

    /// Computes the output given the kernel's layout: matrix sizes, adjoints and the element
    /// offset of each output batch's matrix in either operand.
    func eval(_ context: KernelContext, rows: Int, columns: Int, depth: Int, adjointLeft: Bool, adjointRight: Bool,
              lhsOffsets: [Int], rhsOffsets: [Int]) throws(SwiftLiteError) {
        let lhs = try context.input(0)
        let rhs = try context.input(1)
        let output = try context.output(0)
        let layout = Layout(rows: rows, columns: columns, depth: depth, adjointLeft: adjointLeft, adjointRight: adjointRight)
        switch (lhs.type, rhs.type) {
        case (.int8, _) where raw:
            layout.run(lhs.buffer(of: Int8.self), rhs.buffer(of: Int8.self), output.buffer(of: Int32.self),
                       lhsOffsets, rhsOffsets, accumulator: Int32.self) { acc, _ in acc }
        case (.int8, _):
            let stage = self.stage
            layout.run(lhs.buffer(of: Int8.self), rhs.buffer(of: Int8.self), output.buffer(of: Int8.self), lhsOffsets, rhsOffsets,
                       lhsOffset: lhsOffset, rhsOffset: rhsOffset, accumulator: Int32.self) { acc, _ in
                Int8(truncatingIfNeeded: stage.value(acc, channel: 0))
            }
        case (_, .int16):
            let stage = self.stage
            layout.run(lhs.buffer(of: Int16.self), rhs.buffer(of: Int16.self), output.buffer(of: Int16.self), lhsOffsets, rhsOffsets,
                       accumulator: Int64.self) { acc, _ in Int16(truncatingIfNeeded: stage.value(acc, channel: 0)) }
        default:
            let stage = self.stage
            layout.run(lhs.buffer(of: Int16.self), rhs.buffer(of: Int8.self), output.buffer(of: Int16.self), lhsOffsets, rhsOffsets,
                       accumulator: Int64.self) { acc, _ in Int16(truncatingIfNeeded: stage.value(acc, channel: 0)) }
        }
    }

    struct Layout {
        var rows: Int, columns: Int, depth: Int, adjointLeft: Bool, adjointRight: Bool

        @inline(__always)
        func run<Left: FixedWidthInteger, Right: FixedWidthInteger, Output, Accumulator: FixedWidthInteger>(
            _ lhs: UnsafeMutableBufferPointer<Left>, _ rhs: UnsafeMutableBufferPointer<Right>,
            _ output: UnsafeMutableBufferPointer<Output>, _ lhsOffsets: [Int], _ rhsOffsets: [Int],
            lhsOffset: Int32 = 0, rhsOffset: Int32 = 0, accumulator: Accumulator.Type,
            _ finish: (Accumulator, Int) -> Output
        ) {
            guard output.count >= lhsOffsets.count * rows * columns else { return }
            let (lhsRowStride, lhsDepthStride) = adjointLeft ? (1, rows) : (depth, 1)
            let (rhsDepthStride, rhsColumnStride) = adjointRight ? (1, depth) : (columns, 1)
            var outIndex = 0
            for batch in lhsOffsets.indices {
                let lhsBase = lhsOffsets[batch]
                let rhsBase = rhsOffsets[batch]
                guard lhsBase + rows * depth <= lhs.count, rhsBase + depth * columns <= rhs.count else { return }
                for i in 0..<rows {
                    for j in 0..<columns {
                        var total = Accumulator.zero
                        var l = lhsBase + i * lhsRowStride
                        var r = rhsBase + j * rhsColumnStride
                        for _ in 0..<depth {
                            let a = Int32(truncatingIfNeeded: lhs[l]) &+ lhsOffset
                            let b = Int32(truncatingIfNeeded: rhs[r]) &+ rhsOffset
                            total &+= Accumulator(truncatingIfNeeded: a) &* Accumulator(truncatingIfNeeded: b)
                            l += lhsDepthStride
                            r += rhsDepthStride
                        }
                        output[outIndex] = finish(total, j)
                        outIndex += 1
                    }
                }
            }
        }
    }
}
