import SwiftLiteCore

/// Elementwise math on one tensor: ABS (v1-5), NEG (v1), SQUARE (v1), SQRT (v1-2), RSQRT (v1-3),
/// EXP (v1-2), LOG (v1-2), SIN (v1-2), COS (v1-2), FLOOR (v1), CEIL (v1), ROUND (v1), SIGN (v1-2).
///
/// Types (as TFLite's kernels): every operation takes float32; ABS also int32, quantized int8 and
/// int16 (raw when unquantized); NEG also int32, int64, int8 and int16 (raw values, whatever the
/// quantization, as TFLite); SIGN also float64 and int32; SQRT, RSQRT, EXP and LOG also quantized
/// int8 and int16 (see ``QuantizedUnaryMath``).
///
/// Numerics follow TFLite's kernels: the C library's float functions (`sqrtf`, `expf`, `logf`,
/// `sinf`, `cosf`), RSQRT as `1 / sqrtf(x)`, ROUND rounds half to even (TensorFlow's banker's
/// rounding), SIGN keeps NaN and maps zeros to +0, and integer ABS/NEG wrap on the minimum value.
public final class UnaryMathKernel: OpKernel {
    /// The operation.
    public enum Operation: Sendable, Equatable {
        case abs, negate, square, squareRoot, reciprocalSquareRoot, exponential, logarithm
        case sine, cosine, floor, ceiling, round, sign
    }

    let operation: Operation
    private var quantized: QuantizedUnaryMath?

    /// A kernel for `operation`.
    public init(_ operation: Operation) {
        self.operation = operation
    }

    /// The input types the operation accepts.
    var supportedTypes: Set<ElementType> {
        switch operation {
        case .abs: [.float32, .int32, .int16, .int8]
        case .negate: [.float32, .int32, .int64, .int8, .int16]
        case .sign: [.float32, .float64, .int32]
        case .squareRoot, .reciprocalSquareRoot, .exponential, .logarithm: [.float32, .int8, .int16]
        default: [.float32]
        }
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, supportedTypes, what: "input")
        quantized = nil
        if input.type == .int8 || input.type == .int16 {
            quantized = try QuantizedUnaryMath.make(operation, input: input, output: output, context: context)
        }
        output.type = input.type
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if let quantized {
            try quantized.eval(input, output, context: context)
            return
        }
        switch input.type {
        case .float32: evalFloat(input, output)
        case .float64: map(input, output, Double.self) { UnaryMathKernel.sign($0) }
        case .int32: evalInteger(input, output, Int32.self)
        case .int64: evalInteger(input, output, Int64.self)
        case .int16: evalInteger(input, output, Int16.self)
        case .int8: evalInteger(input, output, Int8.self)
        default: throw context.error(.unsupported, "unsupported input type \(input.type)", tensor: input)
        }
    }

    private func evalFloat(_ input: TensorSlot, _ output: TensorSlot) {
        switch operation {
        case .abs: map(input, output, Float.self) { fabsf($0) }
        case .negate: map(input, output, Float.self) { -$0 }
        case .square: map(input, output, Float.self) { $0 * $0 }
        case .squareRoot: map(input, output, Float.self) { sqrtf($0) }
        case .reciprocalSquareRoot: map(input, output, Float.self) { 1 / sqrtf($0) }
        case .exponential: map(input, output, Float.self) { expf($0) }
        case .logarithm: map(input, output, Float.self) { logf($0) }
        case .sine: map(input, output, Float.self) { sinf($0) }
        case .cosine: map(input, output, Float.self) { cosf($0) }
        case .floor: map(input, output, Float.self) { floorf($0) }
        case .ceiling: map(input, output, Float.self) { ceilf($0) }
        case .round: map(input, output, Float.self) { UnaryMathKernel.roundHalfToEven($0) }
        case .sign: map(input, output, Float.self) { UnaryMathKernel.sign($0) }
        }
    }

    private func evalInteger<T: FixedWidthInteger & SignedInteger>(_ input: TensorSlot, _ output: TensorSlot, _ type: T.Type) {
        switch operation {
        case .abs: map(input, output, T.self) { $0 < 0 ? 0 &- $0 : $0 }
        case .negate: map(input, output, T.self) { 0 &- $0 }
        case .sign: map(input, output, T.self) { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
        default: break  // refused in prepare
        }
    }

    @inline(__always)
    private func map<T>(_ input: TensorSlot, _ output: TensorSlot, _ type: T.Type, _ f: (T) -> T) {
        let x = input.buffer(of: T.self)
        let y = output.buffer(of: T.self)
        for i in 0..<Swift.min(x.count, y.count) { y[i] = f(x[i]) }
    }

    /// Rounds to the nearest integer, ties to the even neighbour (TensorFlow's `round`).
    @inlinable
    public static func roundHalfToEven(_ value: Float) -> Float {
        let lower = floorf(value)
        let fraction = value - lower
        if fraction < 0.5 || (fraction == 0.5 && fmodf(lower, 2) == 0) { return lower }
        return lower + 1
    }

    /// -1, 0 or 1 by the sign of `value`; NaN stays NaN.
    @inlinable
    public static func sign<T: FloatingPoint>(_ value: T) -> T {
        if value.isNaN { return value }
        return value > 0 ? 1 : (value < 0 ? -1 : 0)
    }
}
