import SwiftLiteCore

/// DEQUANTIZE versions 1–9, float16 → float32 (TFLite's `reference_ops::Dequantize` for
/// half-precision weights): each half value widened exactly to float32.
///
/// A float16 constant (the usual case: weights of a model converted with float16 quantization)
/// is converted once while the interpreter prepares, because the operator is pure and its input
/// is known. Integer inputs (int8, uint8, int16 with scales) are refused as unsupported for now.
public final class DequantizeKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, [.float16], what: "input")
        output.type = .float32
        output.quantization = nil
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0).buffer(of: UInt16.self)
        let output = try context.output(0).buffer(of: Float.self)
        for index in 0..<min(input.count, output.count) {
            output[index] = HalfFloat.float(fromBits: input[index])
        }
    }
}
