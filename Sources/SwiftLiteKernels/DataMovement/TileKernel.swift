import SwiftLiteCore

/// TILE (versions 1-3): repeats the input `multiples[i]` times along each dimension
/// (`multiples` an int32 or int64 vector with one non-negative entry per dimension). Any
/// fixed-size type. Multiples known only when the graph runs make the output dynamic.
public final class TileKernel: OpKernel, IndexMapCopyKernel {
    var plan = IndexMapCopy()

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let multiples = try context.input(1)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, multiples, what: "multiples")
        guard multiples.rank == 1, multiples.elementCount == input.rank else {
            throw context.error(.shapeMismatch, "multiples must be a vector of \(input.rank) entries (the input's rank), it has shape \(multiples.shape)", tensor: multiples)
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        try planAtPrepare(context, output: output, operandsKnown: multiples.hasKnownValue)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        try evalCopy(context)
    }

    func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy {
        let input = try context.input(0)
        let multiples = try DataMovement.indexValues(context, try context.input(1), what: "multiples")
        var shape: [Int] = []
        for (axis, multiple) in multiples.enumerated() {
            guard multiple >= 0 else {
                throw context.error(.invalidArgument, "multiples \(multiples) has a negative entry")
            }
            let (product, overflow) = input.shape[axis].multipliedReportingOverflow(by: multiple)
            guard !overflow, product <= Int(Int32.max) else {
                throw context.error(.invalidArgument, "tiling dimension \(axis) of size \(input.shape[axis]) \(multiple) times overflows")
            }
            shape.append(product)
        }
        try DataMovement.checkShape(context, shape, elementSize: try DataMovement.elementSize(context, input))
        let strides = DataMovement.strides(input.shape)
        return IndexMapCopy(shape: shape) { dimension, index in (index % input.shape[dimension]) * strides[dimension] }
    }
}
