import SwiftLiteCore

/// PRELU (version 1), float32: `x >= 0 ? x : x * alpha`, with `alpha` broadcast against the
/// input (NumPy rules; typically a per-channel constant shared over the spatial axes). The
/// broadcast shape must be the input's shape. Quantized int8/uint8/int16 inputs follow TFLite's
/// reference kernel (see ``QuantizedPRelu``).
public final class PReluKernel: OpKernel {
    private var walk = IndexWalk(shape: [], strides: [])
    private var quantized: QuantizedPRelu?

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let alpha = try context.input(1)
        let output = try context.output(0)
        quantized = nil
        if [.int8, .uint8, .int16].contains(input.type) {
            quantized = try QuantizedPRelu(input: input, alpha: alpha, output: output, context: context)
        } else {
            try context.expectType(input, [.float32], what: "input")
            try context.expectType(alpha, [.float32], what: "alpha")
        }
        guard let shape = Broadcast.shape(input.shape, alpha.shape) else {
            throw context.error(.shapeMismatch, "alpha shape \(alpha.shape) does not broadcast to the input shape \(input.shape)", tensor: alpha)
        }
        guard shape == input.shape else {
            throw context.error(.shapeMismatch, "alpha shape \(alpha.shape) would broadcast the input \(input.shape) to \(shape); it must keep the input's shape", tensor: alpha)
        }
        walk = IndexWalk.broadcasting([input.shape, alpha.shape], to: shape)
        output.type = input.type
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let quantized {
            quantized.eval(try context.input(0), try context.input(1), try context.output(0), walk: walk)
            return
        }
        let x = try context.input(0).buffer(of: Float.self)
        let a = try context.input(1).buffer(of: Float.self)
        let y = try context.output(0).buffer(of: Float.self)
        guard y.count == walk.count, x.count == walk.count else { return }
        walk.forEach { o, i, j, _ in
            let value = x[i]
            y[o] = value >= 0 ? value : value * a[j]
        }
    }
}
