import SwiftLiteCore

/// The quantized paths of ``BinaryArithmeticKernel`` (TFLite's `add.cc`, `sub.cc`, `mul.cc`,
/// `div.cc`, `squared_difference.cc`, `maximum_minimum.cc` with their reference kernels), for
/// inputs of one type with NumPy broadcasting and the fused activation's quantized clamp:
///
/// - ADD, SUB (int8, uint8, int16): both inputs centered, shifted left by 20 bits (15 for int16)
///   and rescaled to twice the larger input scale, added or subtracted, rescaled to the output.
///   int16 with power-of-two scales and `pot_scale_int16` (the default) instead shifts one input
///   right onto the other's scale and adds or subtracts saturating.
/// - MUL (int8, uint8, int16; int16 inputs to an int8/uint8 output): the product of the centered
///   inputs rescaled by `scale1 * scale2 / outputScale` (float); the mixed form multiplies in Q0.15
///   and shifts right by 8.
/// - DIV (int8, uint8, int16): the centered numerator times the fixed-point reciprocal of the
///   centered denominator, rescaled by `scale1 / (scale2 * outputScale)`; a denominator equal to
///   its zero point fails at run time.
/// - SQUARED_DIFFERENCE (int8): as SUB with a 7-bit left shift, then squared and rescaled.
/// - MAXIMUM, MINIMUM (int8, uint8, int16): compare the raw values (TFLite assumes one scale).
///
/// All rescales use the official runtime's double rounding (``QuantizedArithmetic``), each with
/// the variant (general, "smaller than one", "greater than one") TFLite's kernel calls.
struct QuantizedBinaryArithmetic {
    /// ADD/SUB/SQUARED_DIFFERENCE parameters (TFLite's `ArithmeticParams`).
    fileprivate struct Rescaling {
        var offset1: Int32, offset2: Int32, outputOffset: Int32
        var leftShift: Int32
        var multiplier1: QuantizedMultiplier, multiplier2: QuantizedMultiplier, outputMultiplier: QuantizedMultiplier
    }

    private enum Path {
        case add(Rescaling)
        case subtract(Rescaling)
        case squaredDifference(Rescaling)
        case addSubtractPowerOfTwo(shift1: Int, shift2: Int, subtract: Bool)
        case multiply(offset1: Int32, offset2: Int32, outputOffset: Int32, multiplier: QuantizedMultiplier)
        case multiplyInt16ToNarrow(outputOffset: Int32)
        case divide(offset1: Int32, offset2: Int32, outputOffset: Int32, multiplier: QuantizedMultiplier)
        case maximum
        case minimum
    }

    private let path: Path
    private let low: Int32
    private let high: Int32

    init(_ operation: BinaryArithmeticKernel.Operation, activation: FusedActivation, potScaleInt16: Bool,
         a: TensorSlot, b: TensorSlot, output: TensorSlot, context: KernelContext) throws(SwiftLiteError) {
        let type = a.type
        func unsupported(_ why: String) -> SwiftLiteError {
            context.error(.unsupported, "unsupported quantized \(type) inputs: \(why)", tensor: a)
        }
        switch operation {
        case .maximum, .minimum:
            output.type = type
            path = operation == .maximum ? .maximum : .minimum
            (low, high) = QuantizedArithmetic.range(of: type)
            return
        case .power, .floorDivide, .floorModulo:
            throw unsupported("TFLite has no quantized kernel for this operator")
        case .squaredDifference:
            guard type == .int8 else { throw unsupported("quantized SQUARED_DIFFERENCE takes int8 only") }
        case .add, .subtract, .multiply, .divide:
            break
        }
        if type == .int16 && (a.quantization == nil || b.quantization == nil) {
            throw unsupported("int16 arithmetic without quantization is not implemented")
        }
        let (scale1, zeroPoint1) = try context.affineQuantization(of: a, what: "input 0")
        let (scale2, zeroPoint2) = try context.affineQuantization(of: b, what: "input 1")
        let int16ToNarrow = operation == .multiply && type == .int16 && (output.type == .int8 || output.type == .uint8)
        if !int16ToNarrow { output.type = type }
        let (outputScale, outputZeroPoint) = try context.affineQuantization(of: output, what: "output")
        if operation == .squaredDifference {
            (low, high) = QuantizedArithmetic.range(of: type)
        } else {
            guard let range = QuantizedRange.activationRange(activation, type: output.type, scale: outputScale,
                                                             zeroPoint: outputZeroPoint) else {
                throw context.error(.invalidModel, "the fused activation's bounds overflow int32 on the output scale \(outputScale)", tensor: output)
            }
            (low, high) = range
        }
        switch operation {
        case .add, .subtract:
            let subtract = operation == .subtract
            if type == .int16 && potScaleInt16 {
                let log1 = QuantizedArithmetic.checkedLog2(scale1)
                let log2 = QuantizedArithmetic.checkedLog2(scale2)
                let logOut = QuantizedArithmetic.checkedLog2(outputScale)
                if log1.isPowerOfTwo && log2.isPowerOfTwo && logOut.isPowerOfTwo {
                    let shift1 = log1.log2 - logOut.log2
                    let shift2 = log2.log2 - logOut.log2
                    guard shift1 == 0 || shift2 == 0, shift1 <= 0, shift2 <= 0 else {
                        throw context.error(.invalidModel, "int16 power-of-two \(subtract ? "SUB" : "ADD") needs one input on the output's scale and the other on a smaller one (input shifts \(shift1), \(shift2))")
                    }
                    path = .addSubtractPowerOfTwo(shift1: shift1, shift2: shift2, subtract: subtract)
                    return
                }
            }
            let rescaling = try Self.rescaling(scale1, zeroPoint1, scale2, zeroPoint2, outputScale, outputZeroPoint,
                                               leftShift: type == .int16 ? 15 : 20, squared: false,
                                               outputAboveOneAllowed: subtract, context: context)
            path = subtract ? .subtract(rescaling) : .add(rescaling)
        case .squaredDifference:
            path = .squaredDifference(try Self.rescaling(scale1, zeroPoint1, scale2, zeroPoint2, outputScale, outputZeroPoint,
                                                         leftShift: 7, squared: true, outputAboveOneAllowed: false,
                                                         context: context))
        case .multiply:
            if int16ToNarrow {
                path = .multiplyInt16ToNarrow(outputOffset: outputZeroPoint)
            } else {
                path = .multiply(offset1: -zeroPoint1, offset2: -zeroPoint2, outputOffset: outputZeroPoint,
                                 multiplier: QuantizedArithmetic.quantizeMultiplier(Double(scale1 * scale2 / outputScale)))
            }
        default:  // .divide
            path = .divide(offset1: -zeroPoint1, offset2: -zeroPoint2, outputOffset: outputZeroPoint,
                           multiplier: QuantizedArithmetic.quantizeMultiplier(Double(scale1 / (scale2 * outputScale))))
        }
    }

    /// The ADD/SUB rescaling of TFLite's prepare: each input to half its share of twice the
    /// larger scale, the sum back to the output with the left shift undone.
    private static func rescaling(_ scale1: Float, _ zeroPoint1: Int32, _ scale2: Float, _ zeroPoint2: Int32,
                                  _ outputScale: Float, _ outputZeroPoint: Int32, leftShift: Int32, squared: Bool,
                                  outputAboveOneAllowed: Bool, context: KernelContext) throws(SwiftLiteError) -> Rescaling {
        let twiceMax = Double(2 * max(scale1, scale2))
        let real1 = Double(scale1) / twiceMax
        let real2 = Double(scale2) / twiceMax
        let realOutput = squared
            ? (twiceMax * twiceMax) / Double(Float(1 << (leftShift * 2)) * outputScale)
            : twiceMax / Double(Float(1 << leftShift) * outputScale)
        let outputMultiplier = outputAboveOneAllowed && realOutput > 1
            ? try QuantizedArithmetic.multiplierAboveOne(realOutput, what: "output", context: context)
            : try QuantizedArithmetic.multiplierBelowOne(realOutput, what: "output", context: context)
        return Rescaling(
            offset1: -zeroPoint1, offset2: -zeroPoint2, outputOffset: outputZeroPoint, leftShift: leftShift,
            multiplier1: try QuantizedArithmetic.multiplierBelowOne(real1, what: "input 0", context: context),
            multiplier2: try QuantizedArithmetic.multiplierBelowOne(real2, what: "input 1", context: context),
            outputMultiplier: outputMultiplier)
    }

    /// Computes the output over the broadcast `walk` (output, input 0, input 1 offsets).
    func eval(_ a: TensorSlot, _ b: TensorSlot, _ output: TensorSlot, walk: IndexWalk, context: KernelContext)
        throws(SwiftLiteError)
    {
        switch (a.type, output.type) {
        case (.int8, .int8): try run(a, b, output, walk, Int8.self, Int8.self, context)
        case (.uint8, .uint8): try run(a, b, output, walk, UInt8.self, UInt8.self, context)
        case (.int16, .int16): try run(a, b, output, walk, Int16.self, Int16.self, context)
        case (.int16, .int8): try run(a, b, output, walk, Int16.self, Int8.self, context)
        case (.int16, .uint8): try run(a, b, output, walk, Int16.self, UInt8.self, context)
        default: throw context.error(.unsupported, "unsupported quantized types \(a.type) to \(output.type)", tensor: output)
        }
    }

    private func run<In: FixedWidthInteger, Out: FixedWidthInteger>(
        _ a: TensorSlot, _ b: TensorSlot, _ output: TensorSlot, _ walk: IndexWalk, _ inType: In.Type, _ outType: Out.Type,
        _ context: KernelContext
    ) throws(SwiftLiteError) {
        let x = a.buffer(of: In.self)
        let y = b.buffer(of: In.self)
        let out = output.buffer(of: Out.self)
        guard out.count == walk.count else { return }
        let (low, high) = (self.low, self.high)
        func store(_ op: (Int32, Int32) -> Int32) {
            walk.forEach { o, i, j, _ in
                out[o] = Out(truncatingIfNeeded: min(max(op(Int32(x[i]), Int32(y[j])), low), high))
            }
        }
        typealias Q = QuantizedArithmetic
        switch path {
        case .add(let p):
            store { Q.multiplySmallerThanOne(p.scaled1($0) &+ p.scaled2($1), by: p.outputMultiplier) &+ p.outputOffset }
        case .subtract(let p):
            store { Q.multiplySmallerThanOne(p.scaled1($0) &- p.scaled2($1), by: p.outputMultiplier) &+ p.outputOffset }
        case .squaredDifference(let p):
            store { u, v in
                let difference = p.scaled1(u) &- p.scaled2(v)
                return Q.multiplySmallerThanOne(difference &* difference, by: p.outputMultiplier) &+ p.outputOffset
            }
        case .addSubtractPowerOfTwo(let shift1, let shift2, let subtract):
            store { u, v in
                let first = FixedPointFunctions.roundingDivideByPOT(Int16(truncatingIfNeeded: u), -shift1)
                let second = FixedPointFunctions.roundingDivideByPOT(Int16(truncatingIfNeeded: v), -shift2)
                return subtract ? Int32(first) - Int32(second) : Int32(first) + Int32(second)
            }
        case .multiply(let offset1, let offset2, let outputOffset, let multiplier):
            store { Q.multiply(($0 &+ offset1) &* ($1 &+ offset2), by: multiplier) &+ outputOffset }
        case .multiplyInt16ToNarrow(let outputOffset):
            let lowest = Int16(truncatingIfNeeded: low &- outputOffset)
            let highest = Int16(truncatingIfNeeded: high &- outputOffset)
            walk.forEach { o, i, j, _ in
                let product = FixedPointFunctions.multiply(Int16(truncatingIfNeeded: x[i]), Int16(truncatingIfNeeded: y[j]))
                let rescaled = FixedPointFunctions.roundingDivideByPOT(product, 8)
                let clamped = max(min(rescaled, highest), lowest)
                out[o] = Out(truncatingIfNeeded: outputOffset &+ Int32(clamped))
            }
        case .divide(let offset1, let offset2, let outputOffset, let multiplier):
            for value in y {
                if Int32(value) &+ offset2 == 0 {
                    throw context.error(.runtimeFailure, "DIV by a denominator equal to its zero point (a real zero)", tensor: b)
                }
            }
            store { u, v in
                Self.divide(u &+ offset1, v &+ offset2, multiplier: multiplier) &+ outputOffset
            }
        case .maximum:
            walk.forEach { o, i, j, _ in out[o] = Out(truncatingIfNeeded: max(x[i], y[j])) }
        case .minimum:
            walk.forEach { o, i, j, _ in out[o] = Out(truncatingIfNeeded: min(x[i], y[j])) }
        }
    }

    /// TFLite's quantized division of centered values (`DivElementwise`): the numerator
    /// normalized to its headroom, times the denominator's Q0.31 reciprocal, rescaled with the
    /// shifts folded into one.
    static func divide(_ numerator: Int32, _ denominator: Int32, multiplier: QuantizedMultiplier) -> Int32 {
        typealias F = FixedPointFunctions
        var numerator = numerator, denominator = denominator
        if denominator < 0 {
            numerator = 0 &- numerator
            denominator = 0 &- denominator
        }
        let (reciprocal, reciprocalShift) = F.reciprocal(denominator, integerDigits: 31)
        let headroom = F.countLeadingSignBits(numerator)
        let unscaled = QuantizedArithmetic.multiplyGreaterThanOne(numerator, reciprocal, shift: headroom)
        let totalShift = multiplier.shift - reciprocalShift - headroom
        return QuantizedArithmetic.multiplySmallerThanOne(unscaled, multiplier.significand, shift: totalShift)
    }
}

extension QuantizedBinaryArithmetic.Rescaling {
    /// Input 0 centered, shifted left and rescaled.
    @inline(__always)
    func scaled1(_ value: Int32) -> Int32 {
        QuantizedArithmetic.multiplySmallerThanOne((value &+ offset1) &* (1 << leftShift), by: multiplier1)
    }

    /// Input 1 centered, shifted left and rescaled.
    @inline(__always)
    func scaled2(_ value: Int32) -> Int32 {
        QuantizedArithmetic.multiplySmallerThanOne((value &+ offset2) &* (1 << leftShift), by: multiplier2)
    }
}
