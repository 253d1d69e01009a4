import SwiftLiteCore

/// Float32 activation functions applied elementwise: RELU (v1-3), RELU6 (v1-3), RELU_N1_TO_1
/// (v1), RELU_0_TO_1 (v1), LEAKY_RELU (v1-2), ELU (v1), HARD_SWISH (v1), LOGISTIC (v1-3),
/// TANH (v1-3), GELU (v1-3), for float32 and the quantized types TFLite's reference kernels take
/// (int8, uint8, int16 as each function allows; see ``QuantizedActivation``).
///
/// Numerics follow TFLite's float kernels:
/// - the clamps compare and select (`x < 0 ? 0 : x`), so NaN passes through;
/// - LEAKY_RELU is `x > 0 ? x : alpha * x` (alpha may be negative or above 1);
/// - ELU is `expm1f(x)` below zero;
/// - HARD_SWISH is `x * min(6, max(0, x + 3)) / 6` in float32;
/// - LOGISTIC is 1 above 16.619047, `expf(x)` below -9 and `1 / (1 + expf(-x))` between;
/// - TANH is `tanhf`;
/// - GELU is `0.5 x erfc(-x / sqrt 2)`, or with `approximate`
///   `0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))`.
public final class ActivationKernel: OpKernel {
    /// The function.
    public enum Function: Sendable, Equatable {
        case relu, relu6, reluN1To1, relu0To1
        case leakyRelu(alpha: Float)
        case elu, hardSwish, logistic, tanh
        case gelu(approximate: Bool)
    }

    let function: Function
    private var quantized: QuantizedActivation?

    /// A kernel for `function`.
    public init(_ function: Function) {
        self.function = function
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        quantized = nil
        if [.int8, .uint8, .int16].contains(input.type) {
            quantized = try QuantizedActivation(function, input: input, output: output, context: context)
            try context.resizeOutput(output, to: input.shape)
            return
        }
        try context.expectType(input, [.float32], what: "input")
        output.type = .float32
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let quantized {
            quantized.eval(try context.input(0), try context.output(0))
            return
        }
        let x = try context.input(0).buffer(of: Float.self)
        let y = try context.output(0).buffer(of: Float.self)
        let count = Swift.min(x.count, y.count)
        switch function {
        case .relu: for i in 0..<count { y[i] = x[i] < 0 ? 0 : x[i] }
        case .relu6: for i in 0..<count { y[i] = Self.clamp(x[i], 0, 6) }
        case .reluN1To1: for i in 0..<count { y[i] = Self.clamp(x[i], -1, 1) }
        case .relu0To1: for i in 0..<count { y[i] = Self.clamp(x[i], 0, 1) }
        case .leakyRelu(let alpha): for i in 0..<count { y[i] = x[i] > 0 ? x[i] : x[i] * alpha }
        case .elu: for i in 0..<count { y[i] = x[i] < 0 ? expm1f(x[i]) : x[i] }
        case .hardSwish: for i in 0..<count { y[i] = Self.hardSwish(x[i]) }
        case .logistic: for i in 0..<count { y[i] = Self.logistic(x[i]) }
        case .tanh: for i in 0..<count { y[i] = tanhf(x[i]) }
        case .gelu(let approximate):
            if approximate {
                for i in 0..<count { y[i] = Self.geluApproximate(x[i]) }
            } else {
                for i in 0..<count { y[i] = Self.gelu(x[i]) }
            }
        }
    }

    /// `lower` below it, `upper` above it, else `value` (NaN passes through).
    @inlinable
    static func clamp(_ value: Float, _ lower: Float, _ upper: Float) -> Float {
        value > upper ? upper : (value < lower ? lower : value)
    }

    /// `x * relu6(x + 3) / 6`.
    @inlinable
    public static func hardSwish(_ x: Float) -> Float {
        let shifted = x + 3
        let positive = 0 < shifted ? shifted : 0
        let clipped = positive < 6 ? positive : 6
        return x * clipped / 6
    }

    /// The logistic function with TFLite's cut-offs.
    @inlinable
    public static func logistic(_ x: Float) -> Float {
        if x > 16.619047164916992188 { return 1 }
        if x < -9 { return expf(x) }
        return 1 / (1 + expf(-x))
    }

    /// `1 / sqrt(2)` in float32.
    @usableFromInline static let inverseSquareRootOfTwo = Float(0.70710678118654752440)
    /// `sqrt(2 / pi)` in float32 (rounded from double, as TFLite computes it).
    @usableFromInline static let squareRootOfTwoOverPi = Float(1.12837916709551257390 * 0.70710678118654752440)

    /// Exact GELU through `erfc` (stable for large negative inputs).
    @inlinable
    public static func gelu(_ x: Float) -> Float {
        0.5 * x * erfcf(x * -inverseSquareRootOfTwo)
    }

    /// The tanh approximation of GELU.
    @inlinable
    public static func geluApproximate(_ x: Float) -> Float {
        0.5 * x * (1 + tanhf(squareRootOfTwoOverPi * (x + 0.044715 * (x * x * x))))
    }
}
