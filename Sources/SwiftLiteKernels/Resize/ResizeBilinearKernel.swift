import SwiftLiteCore

/// RESIZE_BILINEAR (versions 1-4; float32, and quantized uint8, int8, int16): scales the height and width of a 4-D NHWC tensor to
/// the (height, width) of the int32 (or int64) `size` input (both positive) by bilinear
/// interpolation, computed exactly as TFLite's float reference kernel:
///
/// - scale = in / out, or (in - 1) / (out - 1) with `align_corners` (and out > 1), in float32;
/// - source coordinate s = i · scale, or (i + 0.5) · scale - 0.5 with `half_pixel_centers`;
///   neighbors s0 = max(floor(s), 0) and s1 = min(ceil(s), in - 1);
/// - value = v00·(1-dy)·(1-dx) + v10·dy·(1-dx) + v01·(1-dy)·dx + v11·dy·dx with dy = sy - y0
///   and dx = sx - x0 (from the unclamped coordinate), summed left to right in float32.
///
/// Quantized tensors are resized as stored integers, uint8 through this float formula and int8
/// and int16 in fixed point (see `ResizeBilinearQuantized`). `align_corners` and
/// `half_pixel_centers` cannot both be set. A size known only when the graph runs makes the
/// output dynamic.
public final class ResizeBilinearKernel: OpKernel {
    let alignCorners: Bool
    let halfPixelCenters: Bool
    private var outputShape: [Int] = []

    /// A kernel with TFLite's `align_corners` and `half_pixel_centers` flags.
    public init(alignCorners: Bool, halfPixelCenters: Bool) {
        self.alignCorners = alignCorners
        self.halfPixelCenters = halfPixelCenters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try ResizeSupport.validate(context)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, [.float32, .uint8, .int8, .int16], what: "input")
        guard !(alignCorners && halfPixelCenters) else {
            throw context.error(.invalidArgument, "align_corners and half_pixel_centers cannot both be true")
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        if try context.input(1).hasKnownValue {
            outputShape = try ResizeSupport.outputShape(context, minimum: 1)
            try context.resizeOutput(output, to: outputShape)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic {
            outputShape = try ResizeSupport.outputShape(context, minimum: 1)
            try context.resizeOutput(output, to: outputShape)
        }
        let (batches, inputHeight, inputWidth, depth) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (outputHeight, outputWidth) = (outputShape[1], outputShape[2])
        switch input.type {
        case .uint8:
            ResizeBilinearQuantized.uint8(input, output, heightScale: scale(inputHeight, outputHeight),
                                          widthScale: scale(inputWidth, outputWidth), coordinate: coordinate)
            return
        case .int8:
            ResizeBilinearQuantized.integer(input, output, alignCorners: alignCorners, halfPixelCenters: halfPixelCenters, Int8.self)
            return
        case .int16:
            ResizeBilinearQuantized.integer(input, output, alignCorners: alignCorners, halfPixelCenters: halfPixelCenters, Int16.self)
            return
        default:
            break
        }
        let source = input.buffer(of: Float.self)
        let destination = output.buffer(of: Float.self)
        guard source.count == input.elementCount, destination.count == batches * outputHeight * outputWidth * depth,
              source.count > 0, destination.count > 0 else { return }
        let heightScale = scale(inputHeight, outputHeight)
        let widthScale = scale(inputWidth, outputWidth)
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
                        var value = source[p00 + c] * (1 - dy) * (1 - dx)
                        value += source[p10 + c] * dy * (1 - dx)
                        value += source[p01 + c] * (1 - dy) * dx
                        value += source[p11 + c] * dy * dx
                        destination[target] = value
                        target += 1
                    }
                }
            }
        }
    }

    private func scale(_ inputSize: Int, _ outputSize: Int) -> Float {
        if alignCorners && outputSize > 1 { return Float(inputSize - 1) / Float(outputSize - 1) }
        return Float(inputSize) / Float(outputSize)
    }

    /// The source coordinate of output position `index` and its lower and upper neighbors.
    private func coordinate(_ index: Int, _ scale: Float, _ inputSize: Int) -> (Float, Int, Int) {
        let scaled = halfPixelCenters ? (Float(index) + 0.5) * scale - 0.5 : Float(index) * scale
        let lower = max(Int(scaled.rounded(.down)), 0)
        let upper = min(Int(scaled.rounded(.up)), inputSize - 1)
        return (scaled, min(lower, inputSize - 1), max(upper, 0))
    }
}
