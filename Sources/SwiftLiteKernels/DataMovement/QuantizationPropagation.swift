import SwiftLiteCore

extension TensorSlot {
    /// Gives this output `source`'s quantization unless the model already quantized it.
    ///
    /// TFLite never rewrites an output's quantization: kernels that move quantized values
    /// unchanged leave the parameters the model declares (usually equal to the input's), and
    /// the next operator reads those. Outputs the model left unquantized take the input's so a
    /// quantized value keeps its meaning.
    func inheritQuantization(from source: TensorSlot) {
        if quantization == nil { quantization = source.quantization }
    }
}

extension DataMovement {
    /// Whether `type` is one of the integer types TFLite quantizes activations in.
    static func isQuantizable(_ type: ElementType) -> Bool {
        type == .uint8 || type == .int8 || type == .int16
    }

    /// Checks that a kernel that copies quantized values without rescaling has an output with
    /// the input's scale and zero point (TFLite's kernels require exact equality for uint8,
    /// int8 and int16) and, for int16, zero points 0.
    static func requireSameQuantization(_ context: KernelContext, input: TensorSlot, output: TensorSlot)
        throws(SwiftLiteError)
    {
        guard isQuantizable(input.type) else { return }
        if input.type == .int16 {
            for slot in [input, output] where (slot.quantization?.zeroPoint ?? 0) != 0 {
                throw context.error(.invalidModel, "int16 tensors must have zero point 0, it is \(slot.quantization?.zeroPoint ?? 0)", tensor: slot)
            }
        }
        guard let a = input.quantization, let b = output.quantization else { return }
        guard a.scale == b.scale, a.zeroPoint == b.zeroPoint else {
            throw context.error(
                .unsupported,
                "the output's quantization (scale \(b.scale), zero point \(b.zeroPoint)) differs from the input's (scale \(a.scale), zero point \(a.zeroPoint)); this operator copies quantized values without rescaling",
                tensor: output)
        }
    }
}
