import SwiftLiteCore

/// The quantized path of ``LogSoftmaxKernel`` for int8 and uint8 (TFLite's
/// `reference_integer_ops::LogSoftmax` / `reference_ops::LogSoftmax`). The output must have
/// scale 16/256 and zero point 127 (int8) or 255 (uint8): it covers [-255/16, 0].
///
/// Per row: differences to the maximum scaled into Q5.26 (as SOFTMAX with beta 1), their
/// exponentials summed in Q12.19, the sum's logarithm in Q5.26; each output is
/// `scaled difference - log sum` shifted to the output's 4 integer bits, offset by the type's
/// maximum, with differences below a threshold (where the result would underflow) set to the
/// type's minimum.
struct QuantizedLogSoftmax {
    private let inputMultiplier: QuantizedMultiplier
    private let reverseMultiplier: QuantizedMultiplier
    private let diffMin: Int32

    init(input: TensorSlot, output: TensorSlot, context: KernelContext) throws(SwiftLiteError) {
        let (inputScale, _) = try context.affineQuantization(of: input, what: "input")
        let (outputScale, outputZeroPoint) = try QuantizedArithmetic.output(output, matching: input, context: context)
        let expectedZeroPoint: Int32 = input.type == .int8 ? 127 : 255
        guard outputScale == 16.0 / 256, outputZeroPoint == expectedZeroPoint else {
            throw context.error(.invalidModel, "quantized LOG_SOFTMAX needs output scale 16/256 and zero point \(expectedZeroPoint), the model has \(outputScale) and \(outputZeroPoint)", tensor: output)
        }
        // TFLite's PreprocessLogSoftmaxScalingExp with beta 1.
        let real = min(Double(inputScale) * Double(1 << 26), Double(Int64(1) << 31) - 1)
        inputMultiplier = try QuantizedArithmetic.multiplierAboveOne(real, what: "LOG_SOFTMAX input", context: context)
        let reverse = Double(Int64(1) << (31 - inputMultiplier.shift)) / Double(inputMultiplier.significand)
        reverseMultiplier = try QuantizedArithmetic.multiplierBelowOne(reverse, what: "LOG_SOFTMAX reverse scaling", context: context)
        diffMin = -QuantizedSoftmax.inputRadius(integerBits: 5, leftShift: inputMultiplier.shift)
    }

    /// Runs along the last axis of `depth` elements.
    func eval(_ input: TensorSlot, _ output: TensorSlot, depth: Int) {
        guard depth > 0 else { return }
        if input.type == .int8 {
            run(input.buffer(of: Int8.self), output.buffer(of: Int8.self), depth)
        } else {
            run(input.buffer(of: UInt8.self), output.buffer(of: UInt8.self), depth)
        }
    }

    private func run<T: FixedWidthInteger>(_ x: UnsafeMutableBufferPointer<T>, _ y: UnsafeMutableBufferPointer<T>, _ depth: Int) {
        typealias F = FixedPointFunctions
        guard x.count == y.count else { return }
        for row in 0..<(x.count / depth) {
            let base = row * depth
            var maximum = T.min
            for c in 0..<depth { maximum = max(maximum, x[base + c]) }
            var sum: Int32 = 0  // Q12.19
            for c in 0..<depth {
                let difference = Int32(x[base + c]) - Int32(maximum)
                guard difference >= diffMin else { continue }
                let scaled = QuantizedArithmetic.multiply(difference, by: inputMultiplier)
                sum = sum &+ F.rescale(F.expOnNegativeValues(scaled, integerBits: 5), from: 0, to: 12)
            }
            let logSum = F.logXForXGreaterThanOrEqualTo1(sum, inputIntegerBits: 12, outputIntegerBits: 5)
            // The smallest difference whose result is representable, in input units.
            let shiftedLogSum = logSum &+ Int32.min
            let adjustedDiffMin = max(diffMin - 1, QuantizedArithmetic.multiply(shiftedLogSum, by: reverseMultiplier))
            for c in 0..<depth {
                let difference = Int32(x[base + c]) - Int32(maximum)
                if difference > adjustedDiffMin {
                    let scaled = QuantizedArithmetic.multiply(difference, by: inputMultiplier)
                    let unsaturated = F.roundingDivideByPOT(scaled &- logSum, 31 - 5 - 4) &+ Int32(T.max)
                    y[base + c] = T(truncatingIfNeeded: min(max(unsaturated, Int32(T.min)), Int32(T.max)))
                } else {
                    y[base + c] = T.min
                }
            }
        }
    }
}
