import SwiftLiteCore

/// The quantized paths of ``UnaryMathKernel`` (TFLite's `elementwise.cc` and `exp.cc`), for
/// int8 and int16 inputs with scales (int16 zero points 0):
///
/// - ABS: `|q - inputZeroPoint|`, rescaled by `inputScale / outputScale` (float) when the scales
///   differ, plus the output zero point, clamped.
/// - SQRT: dequantized in float (negative inputs fail at run time), `sqrtf`, divided by the
///   output scale and truncated toward zero, plus the output zero point, clamped.
/// - RSQRT (int8): TFLite's fixed-point inverse square root of the centered input (inputs below
///   the zero point fail at run time; the zero point itself gives the maximum), rescaled by
///   `1 / (sqrtf(inputScale) * outputScale)`. RSQRT (int16): an interpolated table.
/// - EXP, LOG: a 256-entry table (int8) or an interpolated 513-entry table (int16) of `expf` and
///   `logf` (LOG maps non-positive inputs to the output's lowest value).
struct QuantizedUnaryMath {
    private enum Path {
        case abs(inputZeroPoint: Int32, outputZeroPoint: Int32, multiplier: QuantizedMultiplier?)
        case sqrt(inputScale: Float, inputZeroPoint: Int32, outputScale: Float, outputZeroPoint: Int32)
        case reciprocalSquareRoot(inputZeroPoint: Int32, outputZeroPoint: Int32, multiplier: QuantizedMultiplier)
        case byteTable(ByteLookupTable)
        case int16Table(Int16LookupTable, rejectsNegative: Bool)
    }

    private let path: Path

    /// The path for `operation`, or nil when the kernel's plain integer path applies (NEG and
    /// unquantized int16 ABS work on raw values, as in TFLite).
    static func make(_ operation: UnaryMathKernel.Operation, input: TensorSlot, output: TensorSlot,
                     context: KernelContext) throws(SwiftLiteError) -> QuantizedUnaryMath? {
        let type = input.type
        func unsupported() -> SwiftLiteError {
            context.error(.unsupported, "unsupported quantized \(type) input for this operator (TFLite has no such kernel)", tensor: input)
        }
        switch operation {
        case .negate:
            return nil
        case .abs:
            if type == .int16 && input.quantization == nil { return nil }
        case .squareRoot, .reciprocalSquareRoot, .exponential, .logarithm:
            break
        default:
            throw unsupported()
        }
        guard type == .int8 || type == .int16 else { throw unsupported() }
        let (inputScale, inputZeroPoint) = try context.affineQuantization(of: input, what: "input")
        let (outputScale, outputZeroPoint) = try QuantizedArithmetic.output(output, matching: input, context: context)
        func table(_ transform: (Float) -> Float) -> Path {
            if type == .int8 {
                return .byteTable(ByteLookupTable(type: type, inputScale: inputScale, inputZeroPoint: inputZeroPoint,
                                                  outputScale: outputScale, outputZeroPoint: outputZeroPoint, transform))
            }
            return .int16Table(Int16LookupTable(Float.self, inputScale: inputScale, inputZeroPoint: inputZeroPoint,
                                                outputScale: outputScale, outputZeroPoint: outputZeroPoint, transform),
                               rejectsNegative: operation == .reciprocalSquareRoot)
        }
        switch operation {
        case .abs:
            let multiplier = inputScale != outputScale ? QuantizedArithmetic.quantizeMultiplier(Double(inputScale / outputScale)) : nil
            return QuantizedUnaryMath(path: .abs(inputZeroPoint: inputZeroPoint, outputZeroPoint: outputZeroPoint, multiplier: multiplier))
        case .squareRoot:
            return QuantizedUnaryMath(path: .sqrt(inputScale: inputScale, inputZeroPoint: inputZeroPoint,
                                                  outputScale: outputScale, outputZeroPoint: outputZeroPoint))
        case .reciprocalSquareRoot:
            if type == .int16 {
                let largest = Float(Int16.max) * outputScale
                return QuantizedUnaryMath(path: table { $0 <= 0 ? largest : 1 / sqrtf($0) })
            }
            let real = 1.0 / Double(sqrtf(inputScale) * outputScale)
            return QuantizedUnaryMath(path: .reciprocalSquareRoot(inputZeroPoint: inputZeroPoint, outputZeroPoint: outputZeroPoint,
                                                                  multiplier: QuantizedArithmetic.quantizeMultiplier(real)))
        case .exponential:
            return QuantizedUnaryMath(path: table { expf($0) })
        default:  // .logarithm
            let lowest = Float(QuantizedArithmetic.range(of: type).min - outputZeroPoint) * outputScale
            return QuantizedUnaryMath(path: table { $0 <= 0 ? lowest : logf($0) })
        }
    }

    private init(path: Path) {
        self.path = path
    }

    /// Runs the path; data-dependent domain errors (SQRT/RSQRT of negative values) throw.
    func eval(_ input: TensorSlot, _ output: TensorSlot, context: KernelContext) throws(SwiftLiteError) {
        switch path {
        case .byteTable(let table):
            table.apply(input.buffer(of: UInt8.self), output.buffer(of: UInt8.self))
        case .int16Table(let table, let rejectsNegative):
            let x = input.buffer(of: Int16.self)
            if rejectsNegative, x.contains(where: { $0 < 0 }) {
                throw context.error(.runtimeFailure, "RSQRT is only defined for positive values", tensor: input)
            }
            table.apply(x, output.buffer(of: Int16.self))
        case .abs(let inputZeroPoint, let outputZeroPoint, let multiplier):
            try map(input, output, context) { value in
                let magnitude = Int32(truncatingIfNeeded: (Int64(value) - Int64(inputZeroPoint)).magnitude)
                guard let multiplier else { return magnitude &+ outputZeroPoint }
                return QuantizedArithmetic.multiply(magnitude, by: multiplier) &+ outputZeroPoint
            }
        case .sqrt(let inputScale, let inputZeroPoint, let outputScale, let outputZeroPoint):
            try map(input, output, context) { value throws(SwiftLiteError) in
                let real = inputScale * Float(value &- inputZeroPoint)
                guard real >= 0 else {
                    throw context.error(.runtimeFailure, "SQRT is only defined for non-negative values", tensor: input)
                }
                return QuantizedArithmetic.truncatingToInt32(sqrtf(real) / outputScale) &+ outputZeroPoint
            }
        case .reciprocalSquareRoot(let inputZeroPoint, let outputZeroPoint, let multiplier):
            try map(input, output, context) { value throws(SwiftLiteError) in
                let centered = value &- inputZeroPoint
                guard centered >= 0 else {
                    throw context.error(.runtimeFailure, "RSQRT is only defined for positive values", tensor: input)
                }
                if centered == 0 { return Int32(Int8.max) }
                let (inverse, shift) = FixedPointFunctions.inverseSquareRoot(centered, reverseShift: -1)
                let scaled = QuantizedArithmetic.multiply(1, inverse, shift: shift + 20)
                return QuantizedArithmetic.multiply(scaled, multiplier.significand, shift: multiplier.shift - 20) &+ outputZeroPoint
            }
        }
    }

    /// Applies `f` to every element as Int32, clamping to the type, for int8 and int16 tensors.
    private func map(_ input: TensorSlot, _ output: TensorSlot, _ context: KernelContext,
                     _ f: (Int32) throws(SwiftLiteError) -> Int32) throws(SwiftLiteError) {
        if input.type == .int8 {
            try Self.map(input, output, Int8.self, f)
        } else {
            try Self.map(input, output, Int16.self, f)
        }
    }

    private static func map<T: FixedWidthInteger>(_ input: TensorSlot, _ output: TensorSlot, _ type: T.Type,
                                                  _ f: (Int32) throws(SwiftLiteError) -> Int32) throws(SwiftLiteError) {
        let x = input.buffer(of: T.self)
        let y = output.buffer(of: T.self)
        for i in 0..<min(x.count, y.count) {
            y[i] = T(truncatingIfNeeded: min(max(try f(Int32(x[i])), Int32(T.min)), Int32(T.max)))
        }
    }
}
