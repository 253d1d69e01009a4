import SwiftLiteCore

/// GATHER_ND (versions 1-6): reads slices of `params` addressed by the last dimension of
/// `indices` (int16, int32 or int64): with `indices` of shape `[..., k]`, each row names the
/// first `k` coordinates of a slice, and the output shape is `indices.shape[..<last] +
/// params.shape[k...]`. Any fixed-size type. A coordinate out of range fails the run with a
/// runtime error.
public final class GatherNdKernel: OpKernel {
    private var sliceCount = 0
    private var depth = 0
    private var sliceBytes = 0
    private var coordinateStrides: [Int] = []
    private var limits: [Int] = []

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let params = try context.input(0)
        let indices = try context.input(1)
        let output = try context.output(0)
        let size = try DataMovement.elementSize(context, params, what: "params")
        try context.expectType(indices, [.int16, .int32, .int64], what: "indices")
        guard params.rank >= 1 else { throw context.error(.invalidArgument, "params must be at least a vector", tensor: params) }
        guard indices.rank >= 1 else { throw context.error(.invalidArgument, "indices must be at least a vector", tensor: indices) }
        depth = indices.shape[indices.rank - 1]
        guard depth <= params.rank else {
            throw context.error(.invalidArgument, "the last dimension of indices (\(depth)) exceeds the rank of params (\(params.rank))", tensor: indices)
        }
        sliceCount = indices.shape.dropLast().reduce(1, *)
        sliceBytes = params.shape[depth...].reduce(1, *) * size
        let strides = DataMovement.strides(params.shape)
        coordinateStrides = Array(strides[..<depth])
        limits = Array(params.shape[..<depth])
        output.type = params.type
        output.inheritQuantization(from: params)
        try context.resizeOutput(output, to: Array(indices.shape.dropLast()) + Array(params.shape[depth...]))
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let params = try context.input(0)
        let indices = try context.input(1)
        let output = try context.output(0)
        switch indices.type {
        case .int16: try gather(context, params, indices.buffer(of: Int16.self), output)
        case .int32: try gather(context, params, indices.buffer(of: Int32.self), output)
        default: try gather(context, params, indices.buffer(of: Int64.self), output)
        }
    }

    private func gather<Index: BinaryInteger>(_ context: KernelContext, _ params: TensorSlot,
                                              _ indices: UnsafeMutableBufferPointer<Index>,
                                              _ output: TensorSlot) throws(SwiftLiteError) {
        guard sliceCount > 0 else { return }
        guard indices.count == sliceCount * depth else {
            throw context.error(.runtimeFailure, "indices hold \(indices.count) values, expected \(sliceCount * depth)")
        }
        let elementSize = try DataMovement.elementSize(context, params, what: "params")
        for slice in 0..<sliceCount {
            var offset = 0
            for level in 0..<depth {
                let coordinate = Int(indices[slice * depth + level])
                guard coordinate >= 0, coordinate < limits[level] else {
                    throw context.error(.runtimeFailure, "gather_nd index \(coordinate) in dimension \(level) is out of range 0..<\(limits[level])")
                }
                offset += coordinate * coordinateStrides[level]
            }
            guard sliceBytes > 0, let source = params.data, let destination = output.data else { continue }
            (destination + slice * sliceBytes).copyMemory(from: source + offset * elementSize, byteCount: sliceBytes)
        }
    }
}
