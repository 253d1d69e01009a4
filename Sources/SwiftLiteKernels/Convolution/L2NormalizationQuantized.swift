import SwiftLiteCore

/// The quantized L2_NORMALIZATION of TFLite's reference kernels (int8:
/// `reference_integer_ops::L2Normalization`, uint8: `reference_ops::L2Normalization`).
///
/// The output quantization is fixed: scale 1/128 with zero point 0 (int8) or 128 (uint8), as
/// TFLite requires. For each vector along the last axis, the squared norm of `q - zp_in` is summed
/// in int32, its inverse square root taken in gemmlowp's fixed point (as a Q31 multiplier and a
/// shift), and each `q - zp_in` rescaled by it (gemmlowp's double rounding) times 128, clamped to
/// the type (uint8: offset by 128).
struct L2NormalizationQuantized {
    let inputZeroPoint: Int32

    /// Checks the quantization of `input` and `output`.
    init(_ context: KernelContext, input: TensorSlot, output: TensorSlot) throws(SwiftLiteError) {
        inputZeroPoint = try context.affineQuantization(of: input, what: "input").zeroPoint
        let expectedZeroPoint: Int64 = input.type == .uint8 ? 128 : 0
        if output.quantization == nil {
            output.quantization = QuantizationParameters(scale: 1.0 / 128, zeroPoint: expectedZeroPoint)
        }
        guard let quantization = output.quantization, quantization.scale == 1.0 / 128,
              quantization.zeroPoint == expectedZeroPoint else {
            throw context.error(.invalidModel,
                                "a quantized L2_NORMALIZATION output must have scale 1/128 and zero point \(expectedZeroPoint)",
                                tensor: output)
        }
    }

    /// Normalizes each run of `depth` values of `input` into `output` (both of type `T`).
    func run<T: FixedWidthInteger>(_ input: TensorSlot, _ output: TensorSlot, depth: Int, _ type: T.Type) {
        let x = input.buffer(of: T.self)
        let y = output.buffer(of: T.self)
        guard depth > 0, x.count == y.count else { return }
        let unsigned = T.self == UInt8.self
        var start = 0
        while start + depth <= x.count {
            var squares: Int32 = 0
            for k in start..<(start + depth) {
                let difference = Int32(x[k]) - inputZeroPoint
                squares &+= difference &* difference
            }
            let (multiplier, shift) = LSTMFixedPoint.inverseSquareRoot(squares, reverseShift: -1)
            for k in start..<(start + depth) {
                let difference = Int32(x[k]) - inputZeroPoint
                let value: Int32
                if unsigned {
                    value = 128 &+ LSTMFixedPoint.rescale(128 &* difference, multiplier, shift)
                } else {
                    value = LSTMFixedPoint.rescale(difference, multiplier, shift + 7)
                }
                y[k] = T(truncatingIfNeeded: min(max(value, Int32(T.min)), Int32(T.max)))
            }
            start += depth
        }
    }
}
