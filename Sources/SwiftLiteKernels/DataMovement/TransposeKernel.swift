import SwiftLiteCore

/// TRANSPOSE (versions 1-9): permutes the dimensions of a tensor of any fixed-size type, up to
/// 8 dimensions. Output dimension `i` is input dimension `perm[i]`; `perm` (int32 or int64) may
/// hold negative entries (counted from the end) and must name every dimension once. A `perm`
/// known only when the graph runs makes the output dynamic.
public final class TransposeKernel: OpKernel, IndexMapCopyKernel {
    /// The largest rank TFLite's transpose accepts.
    static let maximumRank = 8
    var plan = IndexMapCopy()

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let perm = try context.input(1)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, perm, what: "perm")
        guard input.rank <= Self.maximumRank else {
            throw context.error(.unsupported, "supports up to \(Self.maximumRank) dimensions, the input has \(input.rank)", tensor: input)
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        try planAtPrepare(context, output: output, operandsKnown: perm.hasKnownValue)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        try evalCopy(context)
    }

    func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy {
        let input = try context.input(0)
        let permSlot = try context.input(1)
        let rank = input.rank
        let values = try DataMovement.indexValues(context, permSlot, what: "perm")
        guard permSlot.rank == 1, values.count == rank else {
            throw context.error(.shapeMismatch, "perm must be a vector of \(rank) entries (the input's rank), it has shape \(permSlot.shape)", tensor: permSlot)
        }
        var perm: [Int] = []
        var seen = [Bool](repeating: false, count: rank)
        for value in values {
            guard let axis = ShapeMath.axis(value, rank: rank) else {
                throw context.error(.invalidArgument, "perm \(values) has entry \(value) out of range for rank \(rank)", tensor: permSlot)
            }
            guard !seen[axis] else {
                throw context.error(.invalidArgument, "perm \(values) names dimension \(axis) twice", tensor: permSlot)
            }
            seen[axis] = true
            perm.append(axis)
        }
        let strides = DataMovement.strides(input.shape)
        let shape = perm.map { input.shape[$0] }
        return IndexMapCopy(shape: shape) { dimension, index in index * strides[perm[dimension]] }
    }
}
