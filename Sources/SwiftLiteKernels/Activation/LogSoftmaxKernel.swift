import SwiftLiteCore

/// LOG_SOFTMAX (versions 1-2), float32, along the last axis (TFLite's
/// `reference_ops::LogSoftmax`): per row, the maximum, then `sum(expf(x - max))` accumulated in
/// float32 in order, then `x - max - logf(sum)`. int8 and uint8 inputs follow TFLite's
/// fixed-point reference kernel (see ``QuantizedLogSoftmax``).
public final class LogSoftmaxKernel: OpKernel {
    private var quantized: QuantizedLogSoftmax?

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        guard input.rank >= 1 else {
            throw context.error(.shapeMismatch, "needs an input with at least one dimension, got a scalar", tensor: input)
        }
        quantized = nil
        if [.int8, .uint8].contains(input.type) {
            quantized = try QuantizedLogSoftmax(input: input, output: output, context: context)
            try context.resizeOutput(output, to: input.shape)
            return
        }
        try context.expectType(input, [.float32], what: "input")
        output.type = .float32
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        if let quantized {
            quantized.eval(input, try context.output(0), depth: input.shape.last ?? 1)
            return
        }
        let x = input.buffer(of: Float.self)
        let y = try context.output(0).buffer(of: Float.self)
        let depth = input.shape.last ?? 1
        guard depth > 0, y.count == x.count else { return }
        for row in 0..<(x.count / depth) {
            let base = row * depth
            var maximum = -Float.greatestFiniteMagnitude
            for c in 0..<depth where maximum < x[base + c] { maximum = x[base + c] }
            var sum: Float = 0
            for c in 0..<depth { sum += expf(x[base + c] - maximum) }
            let logSum = logf(sum)
            for c in 0..<depth { y[base + c] = x[base + c] - maximum - logSum }
        }
    }
}
