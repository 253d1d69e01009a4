import SwiftLiteCore

/// LOCAL_RESPONSE_NORMALIZATION version 1, float32, over the last axis of a 4-D input:
/// `output[c] = input[c] * pow(bias + alpha * sum(input[k]²), -beta)` where `k` runs over a
/// window of channels around `c`, clipped to the tensor.
///
/// The window depends on ``Window``: TensorFlow's definition (and TFLite's default optimized
/// kernel) is `c - radius ... c + radius`; TFLite's reference kernel (`BUILTIN_REF`) stops one
/// short, at `c + radius - 1`. Squares are summed in increasing channel order in float32.
public final class LocalResponseNormalizationKernel: OpKernel {
    /// Which channels the sum covers.
    public enum Window: Sendable, Equatable {
        /// `c - radius` through `c + radius` (TensorFlow; TFLite's builtin kernel).
        case symmetric
        /// `c - radius` through `c + radius - 1` (TFLite's reference kernel).
        case referenceKernel
    }

    /// `LocalResponseNormalizationOptions`.
    public struct Parameters: Sendable, Equatable {
        /// Half-width of the window.
        public var radius: Int
        /// Added to the weighted sum.
        public var bias: Float
        /// Weight of the sum of squares.
        public var alpha: Float
        /// Exponent.
        public var beta: Float

        /// Creates parameters.
        public init(radius: Int, bias: Float, alpha: Float, beta: Float) {
            self.radius = radius
            self.bias = bias
            self.alpha = alpha
            self.beta = beta
        }
    }

    let parameters: Parameters
    let window: Window
    private var depth = 0

    /// A kernel with `parameters` and a summation `window`.
    public init(_ parameters: Parameters, window: Window = .symmetric) {
        self.parameters = parameters
        self.window = window
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, [.float32], what: "input")
        guard input.rank == 4 else {
            throw context.error(.shapeMismatch, "needs a 4-D input, got \(input.shape)", tensor: input)
        }
        guard parameters.radius >= 0 else {
            throw context.error(.invalidArgument, "radius \(parameters.radius) is negative")
        }
        depth = input.shape[3]
        output.type = .float32
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0).buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let depth = self.depth
        guard depth > 0 else { return }
        let p = parameters
        let reach = window == .symmetric ? p.radius + 1 : p.radius
        var start = 0
        while start + depth <= input.count {
            for c in 0..<depth {
                let low = max(0, c - p.radius)
                let high = min(depth, c + reach)
                var squares: Float = 0
                if low < high {
                    for k in low..<high { squares += input[start + k] * input[start + k] }
                }
                let scale = powf(p.bias + p.alpha * squares, -p.beta)
                output[start + c] = input[start + c] * scale
            }
            start += depth
        }
    }
}
