import SwiftLiteCore

/// ADD, SUB, MUL, DIV, SQUARED_DIFFERENCE, MAXIMUM, MINIMUM, POW, FLOOR_DIV, FLOOR_MOD for
/// float32, int32 and int64, with NumPy broadcasting and a fused activation (TFLite's
/// `reference_ops::BroadcastBinaryFunction` / `ArithmeticParams`). Quantized int8, uint8 and
/// int16 inputs take TFLite's integer kernels where it has them (see
/// ``QuantizedBinaryArithmetic``).
///
/// Numerics: float results are computed in float32 exactly as TFLite's reference kernels
/// (`a + b`, then clamp to the activation range); POW uses `powf`; integer DIV truncates toward
/// zero; FLOOR_DIV and FLOOR_MOD round toward negative infinity as TensorFlow defines them.
public final class BinaryArithmeticKernel: OpKernel {
    /// The operation.
    public enum Operation: Sendable {
        case add, subtract, multiply, divide, squaredDifference, maximum, minimum, power, floorDivide, floorModulo
    }

    let operation: Operation
    let activation: FusedActivation
    let potScaleInt16: Bool
    private var walk = IndexWalk(shape: [], strides: [])
    private var quantized: QuantizedBinaryArithmetic?

    /// A kernel for `operation` with a fused `activation`; `potScaleInt16` is ADD/SUB's option
    /// selecting TFLite's power-of-two int16 path when all scales are powers of two.
    public init(_ operation: Operation, activation: FusedActivation = .none, potScaleInt16: Bool = true) {
        self.operation = operation
        self.activation = activation
        self.potScaleInt16 = potScaleInt16
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let a = try context.input(0)
        let b = try context.input(1)
        let output = try context.output(0)
        try context.expectType(a, [.float32, .int32, .int64, .int8, .uint8, .int16], what: "input")
        guard a.type == b.type else {
            throw context.error(.typeMismatch, "inputs have different types \(a.type) and \(b.type)")
        }
        guard let shape = Broadcast.shape(a.shape, b.shape) else {
            throw context.error(.shapeMismatch, "shapes \(a.shape) and \(b.shape) do not broadcast")
        }
        walk = IndexWalk.broadcasting([a.shape, b.shape], to: shape)
        quantized = nil
        if [.int8, .uint8, .int16].contains(a.type) {
            quantized = try QuantizedBinaryArithmetic(operation, activation: activation, potScaleInt16: potScaleInt16,
                                                      a: a, b: b, output: output, context: context)
        } else {
            output.type = a.type
        }
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let a = try context.input(0)
        let b = try context.input(1)
        let output = try context.output(0)
        if let quantized {
            try quantized.eval(a, b, output, walk: walk, context: context)
            return
        }
        switch a.type {
        case .float32:
            let (lower, upper) = activation.clampRange
            let op = floatOperation()
            run(a, b, output, Float.self) { x, y in min(max(op(x, y), lower), upper) }
        case .int32:
            let op = try integerOperation(Int32.self, context)
            let (lower, upper) = integerRange(Int32.self)
            var failure = false
            run(a, b, output, Int32.self) { x, y in
                guard let value = op(x, y) else { failure = true; return 0 }
                return min(max(value, lower), upper)
            }
            if failure { throw context.error(.runtimeFailure, "integer division by zero") }
        case .int64:
            let op = try integerOperation(Int64.self, context)
            let (lower, upper) = integerRange(Int64.self)
            var failure = false
            run(a, b, output, Int64.self) { x, y in
                guard let value = op(x, y) else { failure = true; return 0 }
                return min(max(value, lower), upper)
            }
            if failure { throw context.error(.runtimeFailure, "integer division by zero") }
        default:
            throw context.error(.unsupported, "unsupported type \(a.type)")
        }
    }

    private func run<T>(_ a: TensorSlot, _ b: TensorSlot, _ output: TensorSlot, _ type: T.Type,
                        _ op: (T, T) -> T) {
        let x = a.buffer(of: T.self)
        let y = b.buffer(of: T.self)
        let out = output.buffer(of: T.self)
        if a.shape == b.shape {
            for i in 0..<out.count { out[i] = op(x[i], y[i]) }
        } else if b.elementCount == 1 {
            let scalar = y[0]
            for i in 0..<out.count { out[i] = op(x[i], scalar) }
        } else if a.elementCount == 1 {
            let scalar = x[0]
            for i in 0..<out.count { out[i] = op(scalar, y[i]) }
        } else {
            walk.forEach { o, i, j, _ in out[o] = op(x[i], y[j]) }
        }
    }

    private func floatOperation() -> (Float, Float) -> Float {
        switch operation {
        case .add: { $0 + $1 }
        case .subtract: { $0 - $1 }
        case .multiply: { $0 * $1 }
        case .divide: { $0 / $1 }
        case .squaredDifference: { ($0 - $1) * ($0 - $1) }
        case .maximum: { $0 > $1 ? $0 : $1 }
        case .minimum: { $0 < $1 ? $0 : $1 }
        case .power: { powf($0, $1) }
        case .floorDivide: { floorf($0 / $1) }
        case .floorModulo: { x, y in
            // TensorFlow's FloorMod: the remainder has the divisor's sign.
            let r = fmodf(x, y)
            return r != 0 && ((r < 0) != (y < 0)) ? r + y : r
        }
        }
    }

    private func integerOperation<T: FixedWidthInteger & SignedInteger>(_ type: T.Type, _ context: KernelContext)
        throws(SwiftLiteError) -> (T, T) -> T?
    {
        switch operation {
        case .add: return { $0 &+ $1 }
        case .subtract: return { $0 &- $1 }
        case .multiply: return { $0 &* $1 }
        case .divide: return { $1 == 0 ? nil : $0.dividedReportingOverflow(by: $1).partialValue }
        case .squaredDifference: return { ($0 &- $1) &* ($0 &- $1) }
        case .maximum: return { max($0, $1) }
        case .minimum: return { min($0, $1) }
        case .power:
            return { base, exponent in
                // TFLite's integer POW: repeated multiplication; negative exponents are invalid.
                guard exponent >= 0 else { return nil }
                var result: T = 1
                var factor = base
                var power = exponent
                while power > 0 {
                    if power & 1 == 1 { result = result &* factor }
                    factor = factor &* factor
                    power >>= 1
                }
                return result
            }
        case .floorDivide:
            return { x, y in
                guard y != 0 else { return nil }
                let q = x.dividedReportingOverflow(by: y).partialValue
                return (x % y != 0) && ((x < 0) != (y < 0)) ? q - 1 : q
            }
        case .floorModulo:
            return { x, y in
                guard y != 0 else { return nil }
                let r = x.remainderReportingOverflow(dividingBy: y).partialValue
                return r != 0 && ((r < 0) != (y < 0)) ? r + y : r
            }
        }
    }

    private func integerRange<T: FixedWidthInteger>(_ type: T.Type) -> (T, T) {
        switch activation {
        case .relu: (0, T.max)
        case .relu6: (0, 6)
        case .reluN1To1: (-1, 1)
        default: (T.min, T.max)
        }
    }
}
