import SwiftLiteCore

/// RESIZE_NEAREST_NEIGHBOR (versions 1-4): scales the height and width of a 4-D NHWC tensor of
/// any fixed-size type to the (height, width) of the int32 (or int64) `size` input, copying
/// for each output pixel the input pixel TFLite's reference kernel picks:
///
/// - scale = in / out, or (in - 1) / (out - 1) with `align_corners` (and out > 1), in float32;
/// - source = floor((i + offset) · scale), or round-half-away with `align_corners`, where the
///   offset is 0.5 with `half_pixel_centers`; then clamped to in - 1 (and to 0 with
///   `half_pixel_centers`).
///
/// A size known only when the graph runs makes the output dynamic.
public final class ResizeNearestNeighborKernel: OpKernel {
    let alignCorners: Bool
    let halfPixelCenters: Bool
    private var plan = IndexMapCopy()

    /// A kernel with TFLite's `align_corners` and `half_pixel_centers` flags.
    public init(alignCorners: Bool, halfPixelCenters: Bool) {
        self.alignCorners = alignCorners
        self.halfPixelCenters = halfPixelCenters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try ResizeSupport.validate(context)
        let input = try context.input(0)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        output.type = input.type
        output.inheritQuantization(from: input)
        if try context.input(1).hasKnownValue {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.shape)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.shape)
        }
        guard let source = input.data, let destination = output.data, input.elementCount > 0 else { return }
        plan.run(from: source, to: destination, elementSize: try DataMovement.elementSize(context, input))
    }

    /// The input row or column for output position `index` along a dimension of `inputSize`
    /// resized to `outputSize`.
    func nearest(_ index: Int, inputSize: Int, outputSize: Int) -> Int {
        let scale: Float = alignCorners && outputSize > 1
            ? Float(inputSize - 1) / Float(outputSize - 1)
            : Float(inputSize) / Float(outputSize)
        let offset: Float = halfPixelCenters ? 0.5 : 0
        let position = (Float(index) + offset) * scale
        let rounded = alignCorners ? position.rounded(.toNearestOrAwayFromZero) : position.rounded(.down)
        var value = min(Int(exactly: rounded) ?? Int(Int32.max), inputSize - 1)
        if halfPixelCenters { value = max(0, value) }
        return max(0, value)
    }

    private func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy {
        let input = try context.input(0)
        let shape = try ResizeSupport.outputShape(context, minimum: 0)
        let strides = DataMovement.strides(input.shape)
        let (inputHeight, inputWidth) = (input.shape[1], input.shape[2])
        return IndexMapCopy(shape: shape) { dimension, index in
            switch dimension {
            case 1: nearest(index, inputSize: inputHeight, outputSize: shape[1]) * strides[1]
            case 2: nearest(index, inputSize: inputWidth, outputSize: shape[2]) * strides[2]
            default: index * strides[dimension]
            }
        }
    }
}
