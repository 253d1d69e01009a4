import SwiftLiteCore

/// The integer paths of MEAN, SUM and REDUCE_PROD for quantized tensors, as TFLite's reference
/// kernels compute them (`reference_ops::QuantizedMeanOrSum` and `QuantizedReduceProd`).
///
/// MEAN and SUM (uint8, int8, int16; int16 with zero points 0): the stored integers of each
/// output's group are summed in int32 (wrapping) in row-major order, the input zero point times
/// the group size is subtracted (in 64 bits, then truncated to 32), and the result is rescaled
/// by `input_scale / output_scale` (TFLite's `QuantizeMultiplier` of the double quotient), offset
/// by the output zero point and clamped to the type. The rescale is gemmlowp's *double-rounding*
/// one (rounding doubling high multiply, then rounding right shift): that is what the official
/// 2.3.0 runtime's reduce kernels compute (every recorded golden case agrees, and
/// single rounding is off by one on some), although its FULLY_CONNECTED rounds once. MEAN folds `1 / n` into that multiplier first: with `s = floor(log2 n)` capped at
/// 32 and at `31 + shift`, the significand becomes `(significand << s) / n` (64-bit, truncating)
/// and the shift `shift - s`. An empty input gives zeros.
///
/// REDUCE_PROD (int8, int16 with zero points 0): each group starts from its first element minus
/// the zero point; every further element multiplies in (64-bit) and the product is rescaled at
/// once by `input_scale / output_scale^(1/n)` (n = input size / output size; the 48-bit
/// `MultiplyByQuantizedMultiplier` with a 16-bit multiplier), so the accumulator stays in range.
/// The final product is rescaled once more, offset by the output zero point and clamped.
///
/// int8 and int16 SUM follow TFLite's *optimized* kernel instead (`sumInFloat`): TFLite's
/// reference SUM reads those tensors as uint8 bytes and writes garbage (LiteRT issue #4079), so
/// the goldens, and SwiftLite, use the optimized formula `round(sum · s + b) + zp_out` in float32
/// with `s = input_scale / output_scale` and `b = -zp_in · s · n`, clamped to the type.
final class QuantizedReducer {
    /// What is computed.
    enum Mode: Equatable {
        case mean, sum, sumInFloat, product
    }

    let mode: Mode
    private let inputScale: Float
    private let outputScale: Float
    private let inputZeroPoint: Int32
    private let outputZeroPoint: Int32
    private let limits: (min: Int32, max: Int32)
    /// `input_scale / output_scale` (MEAN, SUM), or the per-step product scaling (PROD).
    private var multiplier: QuantizedMultiplier
    private var accumulators: [Int32] = []
    private var started: [Bool] = []

    /// Checks the quantization of `input` and `output` for `mode` and precomputes the rescale.
    init(_ context: KernelContext, mode: Mode, input: TensorSlot, output: TensorSlot) throws(SwiftLiteError) {
        self.mode = mode
        if output.quantization == nil { output.quantization = input.quantization }
        (inputScale, inputZeroPoint) = try context.affineQuantization(of: input, what: "input")
        (outputScale, outputZeroPoint) = try context.affineQuantization(of: output, what: "output")
        guard let limits = QuantizedRange.limits(of: output.type) else {
            throw context.error(.unsupported, "unsupported quantized type \(output.type)", tensor: output)
        }
        self.limits = limits
        let ratio = Double(inputScale) / Double(outputScale)
        guard ratio.isFinite else {
            throw context.error(.invalidModel, "the rescale input scale / output scale (\(ratio)) is not finite", tensor: output)
        }
        multiplier = QuantizedMultiplier(ratio)
    }

    /// Sizes the accumulators for `plan` and, for products, derives the per-step scaling from
    /// the group size (called whenever the plan changes).
    func adopt(_ plan: ReductionPlan, inputCount: Int, context: KernelContext) throws(SwiftLiteError) {
        let outputs = ShapeMath.count(plan.outputShape)
        if accumulators.count != outputs {
            accumulators = [Int32](repeating: 0, count: outputs)
            started = [Bool](repeating: false, count: outputs)
        }
        guard mode == .product, inputCount > 0, outputs > 0 else { return }
        let groupSize = inputCount / outputs
        let scaling = Double(inputScale) / pow(Double(outputScale), 1.0 / Double(groupSize))
        let made = QuantizedMultiplier(scaling)
        guard scaling.isFinite, made.shift <= 14 else {
            throw context.error(.invalidModel,
                                "the product rescale \(scaling) (input scale \(inputScale), output scale \(outputScale), \(groupSize) factors) is not representable")
        }
        multiplier = made
    }

    /// Computes the reduction of `input` into `output` along `plan`.
    func run(_ input: TensorSlot, _ output: TensorSlot, _ plan: ReductionPlan) {
        switch (mode, input.type) {
        case (_, .uint8): dispatch(input, output, plan, UInt8.self)
        case (_, .int8): dispatch(input, output, plan, Int8.self)
        case (_, .int16): dispatch(input, output, plan, Int16.self)
        default: break
        }
    }

    private func dispatch<T: FixedWidthInteger>(_ input: TensorSlot, _ output: TensorSlot, _ plan: ReductionPlan,
                                                _ type: T.Type) {
        if mode == .product {
            product(input, output, plan, T.self)
        } else {
            sumOrMean(input.data, output.data, plan, T.self, byteCount: output.byteCount)
        }
    }

    private func sumOrMean<T: FixedWidthInteger>(_ source: UnsafeMutableRawPointer?, _ target: UnsafeMutableRawPointer?,
                                                 _ plan: ReductionPlan, _ type: T.Type, byteCount: Int) {
        guard let target else { return }
        let outputs = accumulators.count
        guard outputs * MemoryLayout<T>.stride <= byteCount else { return }
        let y = target.bindMemory(to: T.self, capacity: outputs)
        for o in 0..<outputs { y[o] = 0 }
        let n = plan.reducedCount
        guard let source, plan.walk.count > 0, n > 0 else { return }
        let x = source.bindMemory(to: T.self, capacity: plan.walk.count)
        accumulators.withUnsafeMutableBufferPointer { sums in
            for o in 0..<outputs { sums[o] = 0 }
            plan.walk.forEach { i, o, _, _ in sums[o] &+= Int32(x[i]) }
            if mode == .sumInFloat {
                let scale = inputScale / outputScale
                let bias = Float(-inputZeroPoint) * scale * Float(n)
                for o in 0..<outputs {
                    // Sums stay far below 2^31, so the rounded float converts exactly.
                    let rounded = min(max(FixedPoint.round(Float(sums[o]) * scale + bias), -2_147_483_520), 2_147_483_520)
                    let value = Int32(rounded) &+ outputZeroPoint
                    y[o] = T(truncatingIfNeeded: min(max(value, limits.min), limits.max))
                }
                return
            }
            var rescale = multiplier
            if mode == .mean {
                var shift = Int64(n).bitWidth - 1 - Int64(n).leadingZeroBitCount
                shift = min(shift, 32, 31 + rescale.shift)
                rescale = QuantizedMultiplier(
                    significand: Int32(truncatingIfNeeded: (Int64(rescale.significand) << shift) / Int64(n)),
                    shift: rescale.shift - shift)
            }
            let offset = Int64(inputZeroPoint) * Int64(n)
            for o in 0..<outputs {
                let shifted = Int32(truncatingIfNeeded: Int64(sums[o]) - offset)
                let value = FixedPoint.multiplyDoubleRounding(shifted, by: rescale) &+ outputZeroPoint
                y[o] = T(truncatingIfNeeded: min(max(value, limits.min), limits.max))
            }
        }
    }

    private func product<T: FixedWidthInteger>(_ input: TensorSlot, _ output: TensorSlot, _ plan: ReductionPlan,
                                               _ type: T.Type) {
        let x = input.buffer(of: T.self)
        let y = output.buffer(of: T.self)
        let outputs = accumulators.count
        guard y.count == outputs else { return }
        guard x.count == plan.walk.count, x.count > 0 else {
            for o in 0..<outputs { y[o] = T(truncatingIfNeeded: outputZeroPoint) }
            return
        }
        let zeroPoint = inputZeroPoint
        let rescale = multiplier
        accumulators.withUnsafeMutableBufferPointer { products in
            started.withUnsafeMutableBufferPointer { started in
                for o in 0..<outputs { started[o] = false }
                plan.walk.forEach { i, o, _, _ in
                    let factor = Int32(x[i]) - zeroPoint
                    if started[o] {
                        products[o] = FixedPoint.multiply(Int64(products[o]) * Int64(factor), by: rescale)
                    } else {
                        products[o] = factor
                        started[o] = true
                    }
                }
            }
            for o in 0..<outputs {
                let value = FixedPoint.multiply(Int64(products[o]), by: rescale) &+ outputZeroPoint
                y[o] = T(truncatingIfNeeded: min(max(value, limits.min), limits.max))
            }
        }
    }
}
