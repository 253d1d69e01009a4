import SwiftLiteCore

/// Shared shape handling of RESIZE_BILINEAR and RESIZE_NEAREST_NEIGHBOR: a 4-D NHWC input and
/// a `size` input holding the new (height, width).
enum ResizeSupport {
    /// Validates the operands' ranks and types.
    static func validate(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let size = try context.input(1)
        guard input.rank == 4 else {
            throw context.error(.invalidArgument, "expects a 4-D NHWC input, it has shape \(input.shape)", tensor: input)
        }
        try context.expectType(size, [.int32, .int64], what: "size")
        guard size.rank == 1, size.elementCount == 2 else {
            throw context.error(.shapeMismatch, "size must be a vector of 2 entries (height, width), it has shape \(size.shape)", tensor: size)
        }
    }

    /// The output shape `[batch, height, width, depth]` from the size input; sizes below
    /// `minimum` are refused.
    static func outputShape(_ context: KernelContext, minimum: Int) throws(SwiftLiteError) -> [Int] {
        let input = try context.input(0)
        let sizeSlot = try context.input(1)
        let size = try DataMovement.indexValues(context, sizeSlot, what: "size")
        guard size.count == 2, size[0] >= minimum, size[1] >= minimum, size[0] <= Int(Int32.max), size[1] <= Int(Int32.max) else {
            throw context.error(.invalidArgument, "output size \(size) must be two values of at least \(minimum)", tensor: sizeSlot)
        }
        let shape = [input.shape[0], size[0], size[1], input.shape[3]]
        guard input.elementCount > 0 || shape.contains(0) else {
            throw context.error(.invalidArgument, "cannot resize the empty image \(input.shape) to \(shape)", tensor: input)
        }
        try DataMovement.checkShape(context, shape, elementSize: try DataMovement.elementSize(context, input))
        return shape
    }
}
