import SwiftLiteCore

/// PACK: stacks N tensors of the same shape and type along a new axis.
public final class PackKernel: OpKernel {
    let axis: Int
    let count: Int
    private var outer = 1
    private var inner = 1

    /// A kernel stacking `count` inputs along `axis` (may be negative).
    public init(axis: Int, count: Int) {
        self.axis = axis
        self.count = count
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        guard context.inputs.count == count, count >= 1 else {
            throw context.error(.invalidArgument, "values_count is \(count) but the node has \(context.inputs.count) inputs")
        }
        try context.expectCounts(inputs: count...count, outputs: 1...1)
        let first = try context.input(0)
        guard first.type.byteSize != nil else { throw context.error(.unsupported, "unsupported type \(first.type)") }
        for index in 1..<count {
            let other = try context.input(index)
            guard other.shape == first.shape, other.type == first.type else {
                throw context.error(.shapeMismatch, "input \(index) is \(other.type)\(other.shape), input 0 is \(first.type)\(first.shape)")
            }
        }
        let rank = first.rank + 1
        guard let normalized = ShapeMath.axis(axis, rank: rank) else {
            throw context.error(.invalidArgument, "axis \(axis) is out of range for rank \(rank)")
        }
        var shape = first.shape
        shape.insert(count, at: normalized)
        outer = first.shape[..<normalized].reduce(1, *)
        inner = first.shape[normalized...].reduce(1, *)
        let output = try context.output(0)
        output.type = first.type
        if output.quantization == nil { output.quantization = first.quantization }
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let output = try context.output(0)
        guard let destination = output.data, let size = output.type.byteSize else { return }
        let chunk = inner * size
        for index in 0..<count {
            guard let source = try context.input(index).data else { continue }
            for o in 0..<outer {
                (destination + (o * count + index) * chunk).copyMemory(from: source + o * chunk, byteCount: chunk)
            }
        }
    }
}
