import SwiftLiteCore

/// Checks and operand readers shared by the kernels that move elements without computing on
/// them (transpose, slice, pad, gather, ...).
enum DataMovement {
    /// The byte size of one element of `slot`; variable-size types (strings, resources) are
    /// refused, since these kernels copy fixed-size elements.
    static func elementSize(_ context: KernelContext, _ slot: TensorSlot, what: String = "input") throws(SwiftLiteError) -> Int {
        guard let size = slot.type.byteSize else {
            throw context.error(.unsupported, "unsupported \(what) type \(slot.type): only fixed-size element types can be moved", tensor: slot)
        }
        return size
    }

    /// Checks that an index-like operand (axes, shapes, paddings, indices) is int32 or int64.
    static func expectIndexType(_ context: KernelContext, _ slot: TensorSlot, what: String) throws(SwiftLiteError) {
        try context.expectType(slot, [.int32, .int64], what: what)
    }

    /// The values of an int32 or int64 operand.
    static func indexValues(_ context: KernelContext, _ slot: TensorSlot, what: String) throws(SwiftLiteError) -> [Int] {
        try expectIndexType(context, slot, what: what)
        guard let values = slot.integerValues(), values.count == slot.elementCount else {
            throw context.error(.invalidArgument, "\(what) has no data", tensor: slot)
        }
        return values
    }

    /// The single value of a one-element int32 or int64 operand (an axis, a depth).
    static func scalarIndex(_ context: KernelContext, _ slot: TensorSlot, what: String) throws(SwiftLiteError) -> Int {
        let values = try indexValues(context, slot, what: what)
        guard values.count == 1 else {
            throw context.error(.invalidArgument, "\(what) must have exactly one element, it has \(values.count)", tensor: slot)
        }
        return values[0]
    }

    /// Checks that an output shape computed from operand values is addressable: dimensions in
    /// `0...Int32.max` (TFLite's limit) and a byte size that does not overflow. Also checks,
    /// before a kernel builds anything for it, that the output and the per-dimension index
    /// tables of an ``IndexMapCopy`` (one `Int` per index of each dimension) stay within the
    /// interpreter's allocation limit.
    static func checkShape(_ context: KernelContext, _ shape: [Int], elementSize: Int) throws(SwiftLiteError) {
        var bytes = elementSize
        var overflow = false
        for dimension in shape {
            guard dimension >= 0, dimension <= Int(Int32.max) else {
                throw context.error(.invalidArgument, "output shape \(shape) has dimension \(dimension) outside 0...\(Int32.max)")
            }
            if !overflow {
                let (product, didOverflow) = bytes.multipliedReportingOverflow(by: dimension)
                bytes = product
                overflow = didOverflow
            }
        }
        guard !overflow || shape.contains(0) else {
            throw context.error(.invalidArgument, "output shape \(shape) is too large to address")
        }
        let limit = context.environment.limits.maxAllocationBytes
        let tableBytes = shape.reduce(0, +) * MemoryLayout<Int>.stride  // dimensions <= Int32.max: no overflow
        guard shape.contains(0) || (bytes <= limit && tableBytes <= limit) else {
            throw context.error(.resourceExhausted, "output shape \(shape) needs more than the interpreter's allocation limit of \(limit) bytes (RuntimeLimits.maxAllocationBytes)")
        }
    }

    /// Row-major element strides of `shape`.
    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = step
            step *= shape[axis]
        }
        return strides
    }

    /// Reads an `[n, 2]` paddings-like matrix as `n` (before, after) pairs.
    static func pairs(_ context: KernelContext, _ slot: TensorSlot, count: Int, what: String) throws(SwiftLiteError) -> [(Int, Int)] {
        guard slot.rank == 2, slot.shape[0] == count, slot.shape[1] == 2 else {
            throw context.error(.shapeMismatch, "\(what) must have shape [\(count), 2], it has \(slot.shape)", tensor: slot)
        }
        let values = try indexValues(context, slot, what: what)
        return (0..<count).map { (values[2 * $0], values[2 * $0 + 1]) }
    }

    /// Copies the element at `source` into `count` consecutive elements at `destination`.
    static func fill(_ destination: UnsafeMutableRawPointer, count: Int, element source: UnsafeRawPointer, size: Int) {
        guard count > 0 else { return }
        destination.copyMemory(from: source, byteCount: size)
        var filled = 1
        while filled < count {
            let chunk = Swift.min(filled, count - filled)
            (destination + filled * size).copyMemory(from: destination, byteCount: chunk * size)
            filled += chunk
        }
    }
}
