import SwiftLiteCore

/// GATHER (versions 1-8): picks slices of the input along `axis` at the positions held by the
/// indices tensor (int16, int32 or int64), with `batch_dims` leading dimensions shared by the
/// input and the indices. The output shape is `input[..<axis] + indices[batch_dims...] +
/// input[(axis+1)...]`. Any fixed-size type. A position outside `0..<input.shape[axis]` fails
/// the run with a runtime error.
public final class GatherKernel: OpKernel {
    let axis: Int
    let batchDimensions: Int
    private var batches = 0
    private var outer = 0
    private var axisSize = 0
    private var positionsPerBatch = 0
    private var innerBytes = 0

    /// A kernel gathering along `axis` with `batchDimensions` batch dimensions (both may be
    /// negative: the axis counts from the end of the input, the batch dimensions from the end of
    /// the indices).
    public init(axis: Int, batchDimensions: Int) {
        self.axis = axis
        self.batchDimensions = batchDimensions
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let positions = try context.input(1)
        let output = try context.output(0)
        let size = try DataMovement.elementSize(context, input)
        try context.expectType(positions, [.int16, .int32, .int64], what: "indices")
        guard let axis = ShapeMath.axis(self.axis, rank: input.rank), axis < input.rank else {
            throw context.error(.invalidArgument, "axis \(self.axis) is out of range for rank \(input.rank)", tensor: input)
        }
        let batchDimensions = self.batchDimensions < 0 ? self.batchDimensions + positions.rank : self.batchDimensions
        guard batchDimensions >= 0, batchDimensions <= axis, batchDimensions <= positions.rank, batchDimensions < input.rank else {
            throw context.error(.invalidArgument, "batch_dims \(self.batchDimensions) must be in 0...\(min(axis, positions.rank)) for axis \(axis) and indices of rank \(positions.rank)")
        }
        for dimension in 0..<batchDimensions where input.shape[dimension] != positions.shape[dimension] {
            throw context.error(.shapeMismatch, "batch dimension \(dimension) differs: input \(input.shape), indices \(positions.shape)")
        }
        batches = input.shape[..<batchDimensions].reduce(1, *)
        outer = input.shape[batchDimensions..<axis].reduce(1, *)
        axisSize = input.shape[axis]
        positionsPerBatch = positions.shape[batchDimensions...].reduce(1, *)
        innerBytes = input.shape[(axis + 1)...].reduce(1, *) * size
        output.type = input.type
        output.inheritQuantization(from: input)
        let shape = Array(input.shape[..<axis]) + Array(positions.shape[batchDimensions...]) + Array(input.shape[(axis + 1)...])
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let positions = try context.input(1)
        let output = try context.output(0)
        switch positions.type {
        case .int16: try gather(context, input, positions.buffer(of: Int16.self), output)
        case .int32: try gather(context, input, positions.buffer(of: Int32.self), output)
        default: try gather(context, input, positions.buffer(of: Int64.self), output)
        }
    }

    private func gather<Index: BinaryInteger>(_ context: KernelContext, _ input: TensorSlot,
                                              _ positions: UnsafeMutableBufferPointer<Index>,
                                              _ output: TensorSlot) throws(SwiftLiteError) {
        guard positions.count == batches * positionsPerBatch else {
            throw context.error(.runtimeFailure, "indices hold \(positions.count) values, expected \(batches * positionsPerBatch)")
        }
        guard batches * outer * positionsPerBatch > 0, innerBytes > 0 else { return }
        guard let source = input.data, let destination = output.data else { return }
        for batch in 0..<batches {
            for slice in 0..<outer {
                let from = source + (batch * outer + slice) * axisSize * innerBytes
                let to = destination + (batch * outer + slice) * positionsPerBatch * innerBytes
                for item in 0..<positionsPerBatch {
                    let position = Int(positions[batch * positionsPerBatch + item])
                    guard position >= 0, position < axisSize else {
                        throw context.error(.runtimeFailure, "gather index \(position) is out of range 0..<\(axisSize)")
                    }
                    (to + item * innerBytes).copyMemory(from: from + position * innerBytes, byteCount: innerBytes)
                }
            }
        }
    }
}
