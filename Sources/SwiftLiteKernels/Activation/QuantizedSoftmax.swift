import SwiftLiteCore

/// The quantized paths of ``SoftmaxKernel`` (TFLite's `reference_ops::Softmax` and
/// `SoftmaxInt16`):
///
/// - int8/uint8 input, output of the same type or int16: per row, differences to the row
///   maximum are scaled by `beta * inputScale * 2^26` (capped below 2^31) into Q5.26, exponentials
///   of those within `diffMin` are summed in Q12.19 with gemmlowp's fixed point, and each output
///   is `exp * (1 / sum)` shifted to the output's bits and offset by the type's minimum (the
///   output is meant to have scale 1/256 or 1/65536 and zero point at the minimum; an int8
///   output must have them).
/// - int16 input and output (zero points 0, output scale 2^-15): exponentials from a 513-entry
///   table over [-10, 0], their sum's reciprocal from a `1 / (1 + x)` table.
struct QuantizedSoftmax {
    private enum Path {
        case eightBit(multiplier: QuantizedMultiplier, diffMin: Int32)
        case sixteenBit(multiplier: QuantizedMultiplier, exp: Int16LookupTable, reciprocal: Int16LookupTable)
    }

    private let path: Path

    init(beta: Float, input: TensorSlot, output: TensorSlot, context: KernelContext) throws(SwiftLiteError) {
        let (inputScale, _) = try context.affineQuantization(of: input, what: "input")
        switch (input.type, output.type) {
        case (.int8, .int8), (.uint8, .uint8), (.int8, .int16), (.uint8, .int16):
            // TFLite reads the output's parameters only to check an int8 output.
            if input.type == .int8 && output.type == .int8 {
                let (outputScale, outputZeroPoint) = try context.affineQuantization(of: output, what: "output")
                guard outputZeroPoint == -128, abs(outputScale - 1 / Float(256)) <= 0.001 * (1 / Float(256)) else {
                    throw context.error(.invalidModel, "int8 SOFTMAX needs output scale 1/256 and zero point -128, the model has \(outputScale) and \(outputZeroPoint)", tensor: output)
                }
            }
            // TFLite's PreprocessSoftmaxScaling (capped below 2^31 in the double-rounding build).
            let real = min(Double(beta) * Double(inputScale) * Double(1 << 26), Double(Int64(1) << 31) - 1)
            let multiplier = try QuantizedArithmetic.multiplierAboveOne(real, what: "SOFTMAX input", context: context)
            path = .eightBit(multiplier: multiplier, diffMin: -Self.inputRadius(integerBits: 5, leftShift: multiplier.shift))
        case (.int16, .int16):
            let (outputScale, _) = try context.affineQuantization(of: output, what: "output")
            guard abs(outputScale - 1 / Float(32768)) <= 0.001 * (1 / Float(32768)) else {
                throw context.error(.invalidModel, "int16 SOFTMAX needs output scale 1/32768, the model has \(outputScale)", tensor: output)
            }
            let range = Double(Int32(Int16.max) - Int32(Int16.min))
            let expTable = Int16LookupTable(Double.self, inputScale: 10 / range, inputZeroPoint: Int32(Int16.max),
                                            outputScale: 2 / range, outputZeroPoint: 0) { exp($0) }
            let reciprocalTable = Int16LookupTable(Double.self, inputScale: 1 / range, inputZeroPoint: Int32(Int16.min),
                                                   outputScale: 2 / range, outputZeroPoint: 0) { 1 / (1 + $0) }
            // Differences scaled so that [-65535, 0] spans [-10, 0].
            let real = Double(inputScale * beta) / (10.0 / 65535.0)
            path = .sixteenBit(multiplier: QuantizedArithmetic.quantizeMultiplier(real), exp: expTable, reciprocal: reciprocalTable)
        default:
            throw context.error(.unsupported, "unsupported quantized SOFTMAX from \(input.type) to \(output.type) (TFLite takes int8/uint8 to the same type or int16, and int16 to int16)", tensor: output)
        }
    }

    /// TFLite's `CalculateInputRadius`: the largest input difference whose rescale stays in range.
    static func inputRadius(integerBits: Int, leftShift: Int, totalSignedBits: Int = 31) -> Int32 {
        let maxRescaled = 1.0 * Double((1 << integerBits) - 1) * Double(Int64(1) << (totalSignedBits - integerBits))
            / Double(Int64(1) << leftShift)
        return Int32(maxRescaled.rounded(.down))
    }

    /// Runs along the last axis of `depth` elements.
    func eval(_ input: TensorSlot, _ output: TensorSlot, depth: Int, context: KernelContext) throws(SwiftLiteError) {
        guard depth > 0 else { return }
        switch path {
        case .eightBit(let multiplier, let diffMin):
            switch (input.type, output.type) {
            case (.int8, .int8): try Self.eightBit(input, Int8.self, output, Int8.self, multiplier, diffMin, depth, context)
            case (.uint8, .uint8): try Self.eightBit(input, UInt8.self, output, UInt8.self, multiplier, diffMin, depth, context)
            case (.int8, _): try Self.eightBit(input, Int8.self, output, Int16.self, multiplier, diffMin, depth, context)
            default: try Self.eightBit(input, UInt8.self, output, Int16.self, multiplier, diffMin, depth, context)
            }
        case .sixteenBit(let multiplier, let exp, let reciprocal):
            exp.entries.withUnsafeBufferPointer { expTable in
                reciprocal.entries.withUnsafeBufferPointer { reciprocalTable in
                    Self.sixteenBit(input.buffer(of: Int16.self), output.buffer(of: Int16.self), multiplier,
                                    expTable, reciprocalTable, depth)
                }
            }
        }
    }

    private static func eightBit<In: FixedWidthInteger, Out: FixedWidthInteger>(
        _ input: TensorSlot, _ inType: In.Type, _ output: TensorSlot, _ outType: Out.Type,
        _ multiplier: QuantizedMultiplier, _ diffMin: Int32, _ depth: Int, _ context: KernelContext
    ) throws(SwiftLiteError) {
        typealias F = FixedPointFunctions
        let x = input.buffer(of: In.self)
        let y = output.buffer(of: Out.self)
        guard x.count == y.count else { return }
        let outputBits = Out.bitWidth
        for row in 0..<(x.count / depth) {
            let base = row * depth
            var maximum = In.min
            for c in 0..<depth { maximum = max(maximum, x[base + c]) }
            var sum: Int32 = 0  // Q12.19
            for c in 0..<depth {
                let difference = Int32(x[base + c]) - Int32(maximum)
                guard difference >= diffMin else { continue }
                let scaled = QuantizedArithmetic.multiplyGreaterThanOne(difference, multiplier.significand, shift: multiplier.shift)  // Q5.26
                sum = sum &+ F.rescale(F.expOnNegativeValues(scaled, integerBits: 5), from: 0, to: 12)
            }
            let (scale, bitsOverUnit) = F.reciprocal(sum, integerDigits: 12)
            let exponent = bitsOverUnit + 31 - outputBits
            guard exponent >= 0 && exponent <= 31 else {
                throw context.error(.runtimeFailure, "SOFTMAX row sum overflows the fixed-point accumulator (row of \(depth) elements)")
            }
            for c in 0..<depth {
                let difference = Int32(x[base + c]) - Int32(maximum)
                if difference >= diffMin {
                    let scaled = QuantizedArithmetic.multiplyGreaterThanOne(difference, multiplier.significand, shift: multiplier.shift)
                    let exp = F.expOnNegativeValues(scaled, integerBits: 5)
                    let unsaturated = F.roundingDivideByPOT(F.multiply(scale, exp), exponent)
                    let shifted = unsaturated &+ Int32(Out.min)
                    y[base + c] = Out(truncatingIfNeeded: min(max(shifted, Int32(Out.min)), Int32(Out.max)))
                } else {
                    y[base + c] = Out.min
                }
            }
        }
    }

    private static func sixteenBit(_ x: UnsafeMutableBufferPointer<Int16>, _ y: UnsafeMutableBufferPointer<Int16>,
                                   _ multiplier: QuantizedMultiplier, _ expTable: UnsafeBufferPointer<Int16>,
                                   _ reciprocalTable: UnsafeBufferPointer<Int16>, _ depth: Int) {
        guard x.count == y.count else { return }
        for row in 0..<(x.count / depth) {
            let base = row * depth
            var maximum = Int16.min
            for c in 0..<depth { maximum = max(maximum, x[base + c]) }
            // Exponentials in Q0.15, kept in the output row until the sum is known.
            var sum: Int32 = 0
            for c in 0..<depth {
                let difference = Int32(x[base + c]) - Int32(maximum)
                let scaled = QuantizedArithmetic.multiply(difference, by: multiplier) &+ 32767
                let exp = Int16LookupTable.lookup(Int16(clamping: scaled), expTable)
                y[base + c] = exp
                sum = sum &+ Int32(exp)
            }
            let headroomPlusOne = UInt32(bitPattern: sum).leadingZeroBitCount
            let shiftedSum = Int32(truncatingIfNeeded: ((Int64(sum) << (headroomPlusOne - 1)) + (1 << 13)) >> 14)
            let centered = shiftedSum &+ -((1 << 15) + (1 << 16))
            let reciprocal = Int32(Int16LookupTable.lookup(Int16(clamping: centered), reciprocalTable))
            let rightShift = 31 - headroomPlusOne
            let round = Int64(1) << (rightShift - 1)
            for c in 0..<depth {
                let result = Int32(truncatingIfNeeded: (Int64(y[base + c]) * Int64(reciprocal) + round) >> rightShift)
                y[base + c] = Int16(min(max(result, 0), 32767))
            }
        }
    }
}
