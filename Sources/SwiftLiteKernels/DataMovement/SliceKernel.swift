import SwiftLiteCore

/// SLICE (versions 1-8): the block of the input starting at `begin` with extent `size` (both
/// int32 or int64 vectors with one entry per input dimension); a size of -1 takes the rest of
/// the dimension. Any fixed-size type. `begin` or `size` known only when the graph runs makes
/// the output dynamic.
public final class SliceKernel: OpKernel, IndexMapCopyKernel {
    var plan = IndexMapCopy()

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 3...3, outputs: 1...1)
        let input = try context.input(0)
        let begin = try context.input(1)
        let size = try context.input(2)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, begin, what: "begin")
        try DataMovement.expectIndexType(context, size, what: "size")
        for (slot, name) in [(begin, "begin"), (size, "size")] where slot.rank != 1 || slot.elementCount != input.rank {
            throw context.error(.shapeMismatch, "\(name) must be a vector of \(input.rank) entries (the input's rank), it has shape \(slot.shape)", tensor: slot)
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        try planAtPrepare(context, output: output, operandsKnown: begin.hasKnownValue && size.hasKnownValue)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        try evalCopy(context)
    }

    func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy {
        let input = try context.input(0)
        let begin = try DataMovement.indexValues(context, try context.input(1), what: "begin")
        let size = try DataMovement.indexValues(context, try context.input(2), what: "size")
        var shape: [Int] = []
        for axis in 0..<input.rank {
            let dimension = input.shape[axis]
            guard begin[axis] >= 0, begin[axis] <= dimension else {
                throw context.error(.invalidArgument, "begin \(begin) is out of range for shape \(input.shape) in dimension \(axis)")
            }
            if size[axis] == -1 {
                shape.append(dimension - begin[axis])
            } else {
                guard size[axis] >= 0, size[axis] <= dimension - begin[axis] else {
                    throw context.error(.invalidArgument, "begin \(begin) and size \(size) reach outside shape \(input.shape) in dimension \(axis)")
                }
                shape.append(size[axis])
            }
        }
        let strides = DataMovement.strides(input.shape)
        return IndexMapCopy(shape: shape) { dimension, index in (begin[dimension] + index) * strides[dimension] }
    }
}
