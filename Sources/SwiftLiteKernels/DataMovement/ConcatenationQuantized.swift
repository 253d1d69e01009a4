import SwiftLiteCore

/// How CONCATENATION treats quantized inputs, as TFLite's kernel does:
///
/// - uint8: each input whose scale or zero point differs from the output's is requantized
///   element by element in float32 (`reference_ops::ConcatenationWithScaling`):
///   `q_out = round(q_in · s + b) + zp_out` clamped to 0...255, with `s = scale_in · (1 /
///   scale_out)` and `b = -zp_in · s` computed once in float32 and `round` half away from zero;
///   inputs quantized like the output are copied.
/// - int8: every input must share the output's scale and zero point (TFLite refuses anything
///   else), so the bytes are copied.
/// - int16: zero points must be 0; the values are copied unchanged even when scales differ,
///   exactly as TFLite's kernel does.
struct ConcatenationRequantization {
    /// Per input: nil to copy, else the float32 (scale, bias) of the requantization.
    let rescales: [(scale: Float, bias: Float)?]
    /// The output zero point.
    let outputZeroPoint: Float

    /// Whether any input needs requantizing.
    var isNeeded: Bool { rescales.contains { $0 != nil } }

    /// Checks the quantization of the inputs against `output`'s and precomputes the uint8
    /// requantizations; nil when nothing is quantized or every input is copied.
    static func make(_ context: KernelContext, output: TensorSlot) throws(SwiftLiteError) -> ConcatenationRequantization? {
        let inputs = context.inputs.compactMap { $0 }
        guard let first = inputs.first, DataMovement.isQuantizable(first.type) else { return nil }
        switch first.type {
        case .int16:
            for slot in inputs + [output] where (slot.quantization?.zeroPoint ?? 0) != 0 {
                throw context.error(.invalidModel, "int16 tensors must have zero point 0, it is \(slot.quantization?.zeroPoint ?? 0)", tensor: slot)
            }
            return nil
        case .int8:
            for input in inputs {
                try DataMovement.requireSameQuantization(context, input: input, output: output)
            }
            return nil
        default:
            guard output.quantization != nil || inputs.contains(where: { $0.quantization != nil }) else { return nil }
            let (outputScale, outputZeroPoint) = try context.affineQuantization(of: output, what: "output")
            let inverse = 1 / outputScale
            var rescales: [(scale: Float, bias: Float)?] = []
            for (index, input) in inputs.enumerated() {
                let (scale, zeroPoint) = try context.affineQuantization(of: input, what: "input \(index)")
                if scale == outputScale && zeroPoint == outputZeroPoint {
                    rescales.append(nil)
                } else {
                    let factor = scale * inverse
                    guard factor.isFinite else {
                        throw context.error(.invalidModel, "the rescale of input \(index) to the output's scale is not finite", tensor: input)
                    }
                    rescales.append((factor, -Float(zeroPoint) * factor))
                }
            }
            let made = ConcatenationRequantization(rescales: rescales, outputZeroPoint: Float(outputZeroPoint))
            return made.isNeeded ? made : nil
        }
    }

    /// Writes `count` requantized uint8 values of input `index` from `source` to `destination`.
    func requantize(_ index: Int, from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer, count: Int) {
        guard let (scale, bias) = rescales[index] else {
            destination.copyMemory(from: source, byteCount: count)
            return
        }
        let x = source.assumingMemoryBound(to: UInt8.self)
        let y = destination.assumingMemoryBound(to: UInt8.self)
        let zeroPoint = Int32(outputZeroPoint)
        for j in 0..<count {
            // Values beyond ±65536 clamp to the same byte; bounding first keeps the conversion safe.
            let rounded = min(max(FixedPoint.round(Float(x[j]) * scale + bias), -65536), 65536)
            let value = Int32(rounded) &+ zeroPoint
            y[j] = UInt8(min(max(value, 0), 255))
        }
    }
}
