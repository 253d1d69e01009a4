import SwiftLiteCore

/// How a reduction maps its input onto its output: the resolved axes, the output shape and a
/// walk over the input that yields each element's output offset. Shared by the REDUCE_* family
/// and MEAN.
struct ReductionPlan: Sendable {
    /// The distinct reduced axes, non-negative, in the order first given.
    let axes: [Int]
    /// The output shape (reduced axes dropped, or kept as 1 with `keepDims`).
    let outputShape: [Int]
    /// Walks the input in row-major order; the first tracked offset is the output element.
    let walk: IndexWalk
    /// Whether every input axis is reduced (one output element), which TFLite computes by
    /// folding from the first element rather than from the initial value.
    let reducesAll: Bool
    /// The number of input elements that reduce into each output element.
    let reducedCount: Int

    /// Resolves `axisValues` against `inputShape` as TFLite does: negative axes count from the
    /// end, duplicates are ignored, and a scalar input ignores the axes altogether.
    init(inputShape: [Int], axisValues: [Int], keepDims: Bool, context: KernelContext) throws(SwiftLiteError) {
        let rank = inputShape.count
        var axes: [Int] = []
        if rank > 0 {
            for value in axisValues {
                let axis = value < 0 ? value + rank : value
                guard axis >= 0 && axis < rank else {
                    throw context.error(context.environment.isEvaluating ? .runtimeFailure : .invalidArgument, "axis \(value) is out of range for an input of rank \(rank) (valid: \(-rank)...\(rank - 1))")
                }
                if !axes.contains(axis) { axes.append(axis) }
            }
        }
        self.axes = axes
        var outputShape: [Int] = []
        var reducedCount = 1
        for (axis, dimension) in inputShape.enumerated() {
            if axes.contains(axis) {
                reducedCount *= dimension
                if keepDims { outputShape.append(1) }
            } else {
                outputShape.append(dimension)
            }
        }
        self.outputShape = outputShape
        self.reducedCount = reducedCount
        reducesAll = axes.count == rank
        var outputStrides = [Int](repeating: 0, count: rank)
        var step = 1
        for axis in stride(from: rank - 1, through: 0, by: -1) where !axes.contains(axis) {
            outputStrides[axis] = step
            step *= inputShape[axis]
        }
        walk = IndexWalk(shape: inputShape, strides: [outputStrides])
    }

    /// The axis values of a 1-D (or scalar) int32/int64 axis tensor.
    static func axisValues(_ slot: TensorSlot, context: KernelContext) throws(SwiftLiteError) -> [Int] {
        guard slot.type == .int32 || slot.type == .int64, let values = slot.integerValues() else {
            throw context.error(.unsupported, "unsupported axis type \(slot.type) (supported: int32, int64)", tensor: slot)
        }
        return values
    }
}
