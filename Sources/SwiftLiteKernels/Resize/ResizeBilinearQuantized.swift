import SwiftLiteCore

/// The quantized paths of RESIZE_BILINEAR, as TFLite's reference kernel runs them. Resizing
/// works on the stored integers (the output keeps the input's quantization):
///
/// - uint8 goes through the float formula of the float kernel (same scales, coordinates and
///   left-to-right float32 sum), plus 0.5, truncated to an integer (`reference_ops::
///   ResizeBilinear<uint8_t>`).
/// - int8 and int16 use fixed point with 10 fractional bits (`ResizeBilinearInteger`):
///   `scale = (1024 · in + out / 2) / out` (or `(1024 · (in - 1) + (out - 1) / 2) / (out - 1)`
///   with `align_corners`), source coordinate `s = i · scale` or `i · scale + scale / 2 - 512`
///   with `half_pixel_centers`, neighbors `max(s / 1024, 0)` and `min((s + 1023) / 1024, in - 1)`
///   (C division), weights `1024 - (s - 1024 · s0)` and `s - 1024 · s0`; the four 64-bit
///   products (20 fractional bits) are summed and rounded half away from zero: `(sum ± 2^19) /
///   2^20` with C's truncating division. (TFLite's single-rounding builds use `(sum + 2^19) >>
///   20` instead; the official 2.3.0 runtime rounds away from zero, as its golden cases show.)
enum ResizeBilinearQuantized {
    /// The fixed-point scale of one dimension (10 fractional bits).
    static func scale10(input: Int, output: Int, alignCorners: Bool) -> Int64 {
        if alignCorners && output > 1 {
            return (1024 * Int64(input - 1) + Int64(output - 1) / 2) / Int64(output - 1)
        }
        return (1024 * Int64(input) + Int64(output) / 2) / Int64(output)
    }

    /// The fixed-point source coordinate of output position `index` and its two neighbors.
    static func coordinate10(_ index: Int, scale: Int64, halfPixelCenters: Bool, inputSize: Int) -> (Int64, Int, Int) {
        let scaled = halfPixelCenters ? Int64(index) * scale + scale / 2 - 512 : Int64(index) * scale
        let lower = max(scaled / 1024, 0)
        let upper = min((scaled + 1023) / 1024, Int64(inputSize - 1))
        return (scaled, Int(min(lower, Int64(inputSize - 1))), Int(max(upper, 0)))
    }

    /// The int8/int16 fixed-point resize of an NHWC `input` to `output`.
    static func integer<T: FixedWidthInteger>(_ input: TensorSlot, _ output: TensorSlot, alignCorners: Bool,
                                              halfPixelCenters: Bool, _ type: T.Type) {
        let source = input.buffer(of: T.self)
        let destination = output.buffer(of: T.self)
        let (batches, inputHeight, inputWidth, depth) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outputHeight, outputWidth) = (output.shape[1], output.shape[2])
        guard source.count == input.elementCount, destination.count == batches * outputHeight * outputWidth * depth,
              source.count > 0, destination.count > 0 else { return }
        let heightScale = scale10(input: inputHeight, output: outputHeight, alignCorners: alignCorners)
        let widthScale = scale10(input: inputWidth, output: outputWidth, alignCorners: alignCorners)
        var target = 0
        for b in 0..<batches {
            for y in 0..<outputHeight {
                let (sy, y0, y1) = coordinate10(y, scale: heightScale, halfPixelCenters: halfPixelCenters, inputSize: inputHeight)
                let dy = sy - 1024 * Int64(y0)
                let row0 = (b * inputHeight + y0) * inputWidth
                let row1 = (b * inputHeight + y1) * inputWidth
                for x in 0..<outputWidth {
                    let (sx, x0, x1) = coordinate10(x, scale: widthScale, halfPixelCenters: halfPixelCenters, inputSize: inputWidth)
                    let dx = sx - 1024 * Int64(x0)
                    let p00 = (row0 + x0) * depth
                    let p10 = (row1 + x0) * depth
                    let p01 = (row0 + x1) * depth
                    let p11 = (row1 + x1) * depth
                    for c in 0..<depth {
                        let sum = Int64(source[p00 + c]) * (1024 - dy) * (1024 - dx)
                            + Int64(source[p10 + c]) * dy * (1024 - dx)
                            + Int64(source[p01 + c]) * (1024 - dy) * dx
                            + Int64(source[p11 + c]) * dy * dx
                        let rounded = (sum + (sum > 0 ? 1 << 19 : -(1 << 19))) / (1 << 20)
                        destination[target] = T(truncatingIfNeeded: rounded)
                        target += 1
                    }
                }
            }
        }
    }

    /// The uint8 resize through float32 arithmetic; `coordinate` is the float kernel's mapping
    /// of an output position to (source coordinate, lower, upper).
    static func uint8(_ input: TensorSlot, _ output: TensorSlot, heightScale: Float, widthScale: Float,
                      coordinate: (Int, Float, Int) -> (Float, Int, Int)) {
        let source = input.buffer(of: UInt8.self)
        let destination = output.buffer(of: UInt8.self)
        let (batches, inputHeight, inputWidth, depth) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outputHeight, outputWidth) = (output.shape[1], output.shape[2])
        guard source.count == input.elementCount, destination.count == batches * outputHeight * outputWidth * depth,
              source.count > 0, destination.count > 0 else { return }
        var target = 0
        for b in 0..<batches {
            for y in 0..<outputHeight {
                let (sy, y0, y1) = coordinate(y, heightScale, inputHeight)
                let dy = sy - Float(y0)
                let row0 = (b * inputHeight + y0) * inputWidth
                let row1 = (b * inputHeight + y1) * inputWidth
                for x in 0..<outputWidth {
                    let (sx, x0, x1) = coordinate(x, widthScale, inputWidth)
                    let dx = sx - Float(x0)
                    let p00 = (row0 + x0) * depth
                    let p10 = (row1 + x0) * depth
                    let p01 = (row0 + x1) * depth
                    let p11 = (row1 + x1) * depth
                    for c in 0..<depth {
                        var value = Float(source[p00 + c]) * (1 - dy) * (1 - dx)
                        value += Float(source[p10 + c]) * dy * (1 - dx)
                        value += Float(source[p01 + c]) * (1 - dy) * dx
                        value += Float(source[p11 + c]) * dy * dx
                        value += 0.5
                        // C's float-to-integer conversion truncates; the value stays within
                        // 0...255.5 for any weights the coordinates produce.
                        let truncated = Int32(min(max(value, -1), 256))
                        destination[target] = UInt8(truncatingIfNeeded: truncated)
                        target += 1
                    }
                }
            }
        }
    }
}
