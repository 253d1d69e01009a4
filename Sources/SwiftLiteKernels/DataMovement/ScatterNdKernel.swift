import SwiftLiteCore

/// SCATTER_ND (version 1): builds a zero tensor of the shape held by input 2 and adds each
/// slice of `updates` at the position named by the matching row of `indices` (int32 or int64,
/// the same type as the shape). With `indices` of shape `[..., k]`, `updates` must have shape
/// `indices.shape[..<last] + shape[k...]`. Repeated positions accumulate (integers wrap, bool
/// is an OR). Updates may be float32, int8, uint8, int16, int32, int64 or bool. A position out
/// of range fails the run with a runtime error; a shape known only when the graph runs makes
/// the output dynamic.
public final class ScatterNdKernel: OpKernel {
    private var sliceCount = 0
    private var depth = 0
    private var sliceSize = 0
    private var coordinateStrides: [Int] = []
    private var limits: [Int] = []

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 3...3, outputs: 1...1)
        let indices = try context.input(0)
        let updates = try context.input(1)
        let shape = try context.input(2)
        let output = try context.output(0)
        try DataMovement.expectIndexType(context, indices, what: "indices")
        try context.expectType(updates, [.float32, .int8, .uint8, .int16, .int32, .int64, .bool], what: "updates")
        guard shape.type == indices.type else {
            throw context.error(.typeMismatch, "shape is \(shape.type) but indices are \(indices.type); they must match", tensor: shape)
        }
        guard indices.rank >= 1, updates.rank >= 1, shape.rank == 1 else {
            throw context.error(.shapeMismatch, "indices and updates need rank 1 or more and shape must be a vector (got \(indices.shape), \(updates.shape), \(shape.shape))")
        }
        output.type = updates.type
        output.inheritQuantization(from: updates)
        if shape.hasKnownValue {
            try resize(context)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let indices = try context.input(0)
        let updates = try context.input(1)
        let output = try context.output(0)
        if output.isDynamic { try resize(context) }
        guard let destination = output.data else { return }
        destination.initializeMemory(as: UInt8.self, repeating: 0, count: output.byteCount)
        switch (indices.type, updates.type) {
        case (.int32, _): try scatter(context, indices.buffer(of: Int32.self), updates, output)
        default: try scatter(context, indices.buffer(of: Int64.self), updates, output)
        }
    }

    private func scatter<Index: BinaryInteger>(_ context: KernelContext, _ indices: UnsafeMutableBufferPointer<Index>,
                                               _ updates: TensorSlot, _ output: TensorSlot) throws(SwiftLiteError) {
        switch updates.type {
        case .float32: try accumulate(context, indices, updates.buffer(of: Float.self), output.buffer(of: Float.self)) { $0 + $1 }
        case .int8: try accumulate(context, indices, updates.buffer(of: Int8.self), output.buffer(of: Int8.self)) { $0 &+ $1 }
        case .uint8: try accumulate(context, indices, updates.buffer(of: UInt8.self), output.buffer(of: UInt8.self)) { $0 &+ $1 }
        case .int16: try accumulate(context, indices, updates.buffer(of: Int16.self), output.buffer(of: Int16.self)) { $0 &+ $1 }
        case .int32: try accumulate(context, indices, updates.buffer(of: Int32.self), output.buffer(of: Int32.self)) { $0 &+ $1 }
        case .int64: try accumulate(context, indices, updates.buffer(of: Int64.self), output.buffer(of: Int64.self)) { $0 &+ $1 }
        default: try accumulate(context, indices, updates.buffer(of: UInt8.self), output.buffer(of: UInt8.self)) { $0 | $1 }
        }
    }

    private func accumulate<Index: BinaryInteger, T>(_ context: KernelContext, _ indices: UnsafeMutableBufferPointer<Index>,
                                                     _ updates: UnsafeMutableBufferPointer<T>,
                                                     _ output: UnsafeMutableBufferPointer<T>,
                                                     _ add: (T, T) -> T) throws(SwiftLiteError) {
        guard indices.count >= sliceCount * depth, updates.count >= sliceCount * sliceSize else {
            throw context.error(.runtimeFailure, "indices or updates hold fewer values than their shapes require")
        }
        for slice in 0..<sliceCount {
            var offset = 0
            for level in 0..<depth {
                let coordinate = Int(indices[slice * depth + level])
                guard coordinate >= 0, coordinate < limits[level] else {
                    throw context.error(.runtimeFailure, "scatter_nd index \(coordinate) in dimension \(level) is out of range 0..<\(limits[level])")
                }
                offset += coordinate * coordinateStrides[level]
            }
            guard offset + sliceSize <= output.count else {
                throw context.error(.runtimeFailure, "scatter_nd slice at offset \(offset) is out of range")
            }
            for element in 0..<sliceSize {
                output[offset + element] = add(output[offset + element], updates[slice * sliceSize + element])
            }
        }
    }

    private func resize(_ context: KernelContext) throws(SwiftLiteError) {
        let indices = try context.input(0)
        let updates = try context.input(1)
        let shapeSlot = try context.input(2)
        let output = try context.output(0)
        let shape = try DataMovement.indexValues(context, shapeSlot, what: "shape")
        try DataMovement.checkShape(context, shape, elementSize: try DataMovement.elementSize(context, updates, what: "updates"))
        let outerRank = indices.rank - 1
        depth = indices.shape[outerRank]
        guard depth <= shape.count,
              updates.rank - outerRank == shape.count - depth,
              Array(indices.shape[..<outerRank]) == Array(updates.shape.prefix(outerRank)),
              Array(updates.shape.dropFirst(outerRank)) == Array(shape[depth...]) else {
            throw context.error(.shapeMismatch, "indices \(indices.shape) and updates \(updates.shape) do not fit output shape \(shape)")
        }
        sliceCount = indices.shape[..<outerRank].reduce(1, *)
        sliceSize = shape[depth...].reduce(1, *)
        coordinateStrides = Array(DataMovement.strides(shape)[..<depth])
        limits = Array(shape[..<depth])
        try context.resizeOutput(output, to: shape)
    }
}
