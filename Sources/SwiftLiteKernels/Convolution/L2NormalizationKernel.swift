import SwiftLiteCore

/// L2_NORMALIZATION versions 1–2, float32 (TFLite's `reference_ops::L2Normalization`) and
/// quantized int8/uint8 (see `L2NormalizationQuantized`).
///
/// Divides every vector along the last axis by its L2 norm:
/// `output = input / max(sqrt(sum(input²)), 1e-6)`, the squares summed in order in float32.
/// The fused activation must be NONE (TFLite has no kernel applying one).
public final class L2NormalizationKernel: OpKernel {
    /// The smallest norm divided by (TFLite's fixed epsilon).
    public static let epsilon: Float = 1e-6
    let activation: FusedActivation
    private var depth = 0
    private var quantized: L2NormalizationQuantized?

    /// A kernel; `activation` must be `.none` for prepare to succeed.
    public init(activation: FusedActivation = .none) {
        self.activation = activation
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, [.float32, .int8, .uint8], what: "input")
        guard input.rank >= 1 else {
            throw context.error(.shapeMismatch, "needs an input of rank 1 or more, got a scalar", tensor: input)
        }
        guard activation == .none else {
            throw context.error(.unsupported, "unsupported fused activation \(activation) (only NONE)")
        }
        depth = input.shape[input.rank - 1]
        output.type = input.type
        quantized = input.type == .float32 ? nil : try L2NormalizationQuantized(context, input: input, output: output)
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let quantized {
            let (input, output) = (try context.input(0), try context.output(0))
            if input.type == .uint8 {
                quantized.run(input, output, depth: depth, UInt8.self)
            } else {
                quantized.run(input, output, depth: depth, Int8.self)
            }
            return
        }
        let input = try context.input(0).buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let depth = self.depth
        guard depth > 0 else { return }
        var start = 0
        while start + depth <= input.count {
            var squares: Float = 0
            for c in start..<(start + depth) { squares += input[c] * input[c] }
            let norm = max(squares.squareRoot(), Self.epsilon)
            for c in start..<(start + depth) { output[c] = input[c] / norm }
            start += depth
        }
    }
}
