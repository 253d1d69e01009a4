import SwiftLiteCore

/// SOFTMAX (float32) along the last axis with `beta` (TFLite's `reference_ops::Softmax`):
/// `exp((x - max) * beta)` summed in float32, then each value divided by the sum. Quantized
/// int8/uint8/int16 inputs follow TFLite's fixed-point reference kernels (see
/// ``QuantizedSoftmax``).
public final class SoftmaxKernel: OpKernel {
    let beta: Float
    private var quantized: QuantizedSoftmax?

    /// A kernel with `beta`.
    public init(beta: Float) {
        self.beta = beta
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        guard input.rank >= 1 else { throw context.error(.shapeMismatch, "needs at least one dimension") }
        let output = try context.output(0)
        quantized = nil
        if [.int8, .uint8, .int16].contains(input.type) {
            quantized = try QuantizedSoftmax(beta: beta, input: input, output: output, context: context)
            try context.resizeOutput(output, to: input.shape)
            return
        }
        try context.expectType(input, [.float32], what: "input")
        output.type = .float32
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let inputSlot = try context.input(0)
        if let quantized {
            try quantized.eval(inputSlot, try context.output(0), depth: inputSlot.shape.last ?? 1, context: context)
            return
        }
        let input = inputSlot.buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let depth = inputSlot.shape.last ?? 1
        guard depth > 0 else { return }
        for row in 0..<(input.count / depth) {
            let base = row * depth
            var maximum = -Float.greatestFiniteMagnitude
            for c in 0..<depth { maximum = max(maximum, input[base + c]) }
            var sum: Float = 0
            for c in 0..<depth {
                let e = expf((input[base + c] - maximum) * beta)
                output[base + c] = e
                sum += e
            }
            for c in 0..<depth { output[base + c] = output[base + c] / sum }
        }
    }
}
