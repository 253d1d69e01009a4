import SwiftLiteCore

/// ONE_HOT (version 1): expands int32/int64 `indices` into a one-hot tensor with a new
/// dimension of size `depth` (a one-element int32/int64 input) at `axis` (-1 = last). Element
/// `j` along that dimension is `on_value` where the index equals `j` and `off_value` elsewhere
/// (indices outside `0..<depth` give an all-off row). `on_value` and `off_value` are one-element
/// tensors of the output type: float32, int8, uint8, int16, int32, int64 or bool. A depth known
/// only when the graph runs makes the output dynamic.
public final class OneHotKernel: OpKernel {
    let axis: Int
    private var prefix = 0
    private var suffix = 0

    /// A kernel inserting the one-hot dimension at `axis`.
    public init(axis: Int) {
        self.axis = axis
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 4...4, outputs: 1...1)
        let indices = try context.input(0)
        let depth = try context.input(1)
        let on = try context.input(2)
        let off = try context.input(3)
        let output = try context.output(0)
        try context.expectType(indices, [.int32, .int64], what: "indices")
        try DataMovement.expectIndexType(context, depth, what: "depth")
        try context.expectType(on, [.float32, .int8, .uint8, .int16, .int32, .int64, .bool], what: "on_value")
        guard off.type == on.type else {
            throw context.error(.typeMismatch, "off_value is \(off.type), on_value is \(on.type)", tensor: off)
        }
        for (slot, name) in [(depth, "depth"), (on, "on_value"), (off, "off_value")] where slot.elementCount != 1 {
            throw context.error(.shapeMismatch, "\(name) must hold one element, it has shape \(slot.shape)", tensor: slot)
        }
        guard axis >= -1, axis <= indices.rank else {
            throw context.error(.invalidArgument, "axis \(axis) is out of range for indices of rank \(indices.rank)")
        }
        output.type = on.type
        output.inheritQuantization(from: on)
        if depth.hasKnownValue {
            try context.resizeOutput(output, to: try outputShape(context))
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let indices = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic { try context.resizeOutput(output, to: try outputShape(context)) }
        let depth = output.shape[normalizedAxis(indices.rank)]
        guard let destination = output.data, output.elementCount > 0,
              let on = try context.input(2).data, let off = try context.input(3).data else { return }
        let size = try DataMovement.elementSize(context, output, what: "output")
        switch indices.type {
        case .int32: fill(indices.buffer(of: Int32.self), depth, destination, on, off, size)
        default: fill(indices.buffer(of: Int64.self), depth, destination, on, off, size)
        }
    }

    private func fill<Index: BinaryInteger>(_ indices: UnsafeMutableBufferPointer<Index>, _ depth: Int,
                                            _ destination: UnsafeMutableRawPointer, _ on: UnsafeRawPointer,
                                            _ off: UnsafeRawPointer, _ size: Int) {
        guard indices.count >= prefix * suffix else { return }
        var target = destination
        for i in 0..<prefix {
            for j in 0..<depth {
                for k in 0..<suffix {
                    // TFLite compares the index converted to a C int.
                    let index = Int(Int32(truncatingIfNeeded: indices[i * suffix + k]))
                    target.copyMemory(from: index == j ? on : off, byteCount: size)
                    target += size
                }
            }
        }
    }

    private func normalizedAxis(_ rank: Int) -> Int {
        axis == -1 ? rank : axis
    }

    private func outputShape(_ context: KernelContext) throws(SwiftLiteError) -> [Int] {
        let indices = try context.input(0)
        let depthSlot = try context.input(1)
        let depth = try DataMovement.scalarIndex(context, depthSlot, what: "depth")
        guard depth >= 0 else { throw context.error(.invalidArgument, "depth \(depth) must be non-negative", tensor: depthSlot) }
        let axis = normalizedAxis(indices.rank)
        prefix = indices.shape[..<axis].reduce(1, *)
        suffix = indices.shape[axis...].reduce(1, *)
        var shape = indices.shape
        shape.insert(depth, at: axis)
        try DataMovement.checkShape(context, shape, elementSize: try DataMovement.elementSize(context, try context.input(2), what: "on_value"))
        return shape
    }
}
