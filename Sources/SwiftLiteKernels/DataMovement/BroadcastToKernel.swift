import SwiftLiteCore

/// BROADCAST_TO (versions 2-4): repeats the input NumPy-style to the shape given by the int32 or
/// int64 vector input 1, whose rank is at least the input's; each input dimension (aligned to
/// the end) must be 1 or equal the target's. Any fixed-size type. A shape known only when the
/// graph runs makes the output dynamic.
public final class BroadcastToKernel: OpKernel, IndexMapCopyKernel {
    /// The largest output rank accepted.
    static let maximumRank = 8
    var plan = IndexMapCopy()

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let shape = try context.input(1)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, shape, what: "shape")
        guard shape.rank == 1 else {
            throw context.error(.shapeMismatch, "shape must be a vector, it has shape \(shape.shape)", tensor: shape)
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        try planAtPrepare(context, output: output, operandsKnown: shape.hasKnownValue)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        try evalCopy(context)
    }

    func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy {
        let input = try context.input(0)
        let target = try DataMovement.indexValues(context, try context.input(1), what: "shape")
        guard target.count >= input.rank, target.count <= Self.maximumRank else {
            throw context.error(.shapeMismatch, "cannot broadcast shape \(input.shape) to \(target): the target needs rank \(input.rank)...\(Self.maximumRank)")
        }
        let extra = target.count - input.rank
        for (axis, dimension) in target.enumerated() {
            guard dimension >= 0 else { throw context.error(.invalidArgument, "target shape \(target) has a negative dimension") }
            if axis >= extra {
                let own = input.shape[axis - extra]
                guard own == 1 || own == dimension else {
                    throw context.error(.shapeMismatch, "cannot broadcast shape \(input.shape) to \(target)")
                }
            }
        }
        try DataMovement.checkShape(context, target, elementSize: try DataMovement.elementSize(context, input))
        let strides = DataMovement.strides(input.shape)
        return IndexMapCopy(shape: target) { dimension, index in
            guard dimension >= extra, input.shape[dimension - extra] != 1 else { return 0 }
            return index * strides[dimension - extra]
        }
    }
}
