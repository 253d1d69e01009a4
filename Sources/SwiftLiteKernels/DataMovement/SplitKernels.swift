import SwiftLiteCore

/// SPLIT (versions 1-5): cuts the input (input 1) into `num_splits` equal parts along the axis
/// held by the one-element int32/int64 input 0 (negative counts from the end). Any fixed-size
/// type. An axis known only when the graph runs makes the outputs dynamic.
public final class SplitKernel: OpKernel {
    let count: Int
    private var plan = AxisSplitPlan()

    /// A kernel producing `count` outputs (`SplitOptions.num_splits`).
    public init(count: Int) {
        self.count = count
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...Int.max)
        guard count >= 1, context.outputs.count == count else {
            throw context.error(.invalidArgument, "num_splits is \(count) but the node has \(context.outputs.count) outputs")
        }
        let axis = try context.input(0)
        let input = try context.input(1)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, axis, what: "axis")
        for output in context.outputs {
            output.type = input.type
            output.inheritQuantization(from: input)
        }
        if axis.hasKnownValue {
            try resize(context)
        } else {
            for output in context.outputs { output.isDynamic = true }
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if context.outputs.contains(where: \.isDynamic) { try resize(context) }
        try plan.run(context, input: try context.input(1))
    }

    private func resize(_ context: KernelContext) throws(SwiftLiteError) {
        let axisSlot = try context.input(0)
        let input = try context.input(1)
        let value = try DataMovement.scalarIndex(context, axisSlot, what: "axis")
        guard let axis = ShapeMath.axis(value, rank: input.rank), axis < input.rank else {
            throw context.error(.invalidArgument, "axis \(value) is out of range for rank \(input.rank)", tensor: axisSlot)
        }
        let size = input.shape[axis]
        guard size % count == 0 else {
            throw context.error(.shapeMismatch, "dimension \(axis) of size \(size) does not split evenly into \(count) parts", tensor: input)
        }
        plan = try AxisSplitPlan.make(context, input: input, axis: axis, sizes: [Int](repeating: size / count, count: count))
    }
}

/// SPLIT_V (versions 1-3): cuts the input (input 0) along the axis held by the one-element
/// int32/int64 input 2 into parts whose sizes are the int32/int64 vector input 1; one size may
/// be -1 (the rest of the dimension). Any fixed-size type. Sizes or an axis known only when the
/// graph runs make the outputs dynamic.
public final class SplitVKernel: OpKernel {
    let count: Int
    private var plan = AxisSplitPlan()

    /// A kernel producing `count` outputs (`SplitVOptions.num_splits`).
    public init(count: Int) {
        self.count = count
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 3...3, outputs: 1...Int.max)
        guard count >= 1, context.outputs.count == count else {
            throw context.error(.invalidArgument, "num_splits is \(count) but the node has \(context.outputs.count) outputs")
        }
        let input = try context.input(0)
        let sizes = try context.input(1)
        let axis = try context.input(2)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, sizes, what: "size_splits")
        try DataMovement.expectIndexType(context, axis, what: "axis")
        guard sizes.rank == 1, sizes.elementCount == count else {
            throw context.error(.shapeMismatch, "size_splits must be a vector of \(count) sizes, it has shape \(sizes.shape)", tensor: sizes)
        }
        for output in context.outputs {
            output.type = input.type
            output.inheritQuantization(from: input)
        }
        if sizes.hasKnownValue && axis.hasKnownValue {
            try resize(context)
        } else {
            for output in context.outputs { output.isDynamic = true }
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if context.outputs.contains(where: \.isDynamic) { try resize(context) }
        try plan.run(context, input: try context.input(0))
    }

    private func resize(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let sizesSlot = try context.input(1)
        let axisSlot = try context.input(2)
        let value = try DataMovement.scalarIndex(context, axisSlot, what: "axis")
        guard let axis = ShapeMath.axis(value, rank: input.rank), axis < input.rank else {
            throw context.error(.invalidArgument, "axis \(value) is out of range for rank \(input.rank)", tensor: axisSlot)
        }
        var sizes = try DataMovement.indexValues(context, sizesSlot, what: "size_splits")
        var inferred: Int?
        var known = 0
        for (index, size) in sizes.enumerated() {
            if size == -1 {
                guard inferred == nil else {
                    throw context.error(.invalidArgument, "size_splits \(sizes) has more than one -1", tensor: sizesSlot)
                }
                inferred = index
            } else {
                guard size >= 0, size <= Int(Int32.max) else {
                    throw context.error(.invalidArgument, "size_splits \(sizes) has a size outside 0...\(Int32.max)", tensor: sizesSlot)
                }
                known += size
            }
        }
        let total = input.shape[axis]
        if let inferred {
            guard known <= total else {
                throw context.error(.shapeMismatch, "size_splits \(sizes) add up to more than dimension \(axis) of size \(total)", tensor: sizesSlot)
            }
            sizes[inferred] = total - known
        } else if known != total {
            throw context.error(.shapeMismatch, "size_splits \(sizes) must add up to dimension \(axis) of size \(total)", tensor: sizesSlot)
        }
        plan = try AxisSplitPlan.make(context, input: input, axis: axis, sizes: sizes)
    }
}

/// UNPACK (versions 1-6): splits the input along `axis` (negative counts from the end) into
/// `num` tensors of one rank less, `num` being the size of that dimension. Any fixed-size type;
/// quantized outputs must share the input's scale and zero point, as TFLite requires.
public final class UnpackKernel: OpKernel {
    let count: Int
    let axis: Int
    private var plan = AxisSplitPlan()

    /// A kernel producing `count` outputs (`UnpackOptions.num`) along `axis`.
    public init(count: Int, axis: Int) {
        self.count = count
        self.axis = axis
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...Int.max)
        let input = try context.input(0)
        _ = try DataMovement.elementSize(context, input)
        guard let normalized = ShapeMath.axis(axis, rank: input.rank), normalized < input.rank else {
            throw context.error(.invalidArgument, "axis \(axis) is out of range for rank \(input.rank)", tensor: input)
        }
        guard count == input.shape[normalized], context.outputs.count == count else {
            throw context.error(.shapeMismatch, "num is \(count) and the node has \(context.outputs.count) outputs, but dimension \(normalized) of the input has size \(input.shape[normalized])", tensor: input)
        }
        var shape = input.shape
        shape.remove(at: normalized)
        for output in context.outputs {
            output.type = input.type
            output.inheritQuantization(from: input)
            try DataMovement.requireSameQuantization(context, input: input, output: output)
        }
        plan = try AxisSplitPlan.make(context, input: input, axis: normalized, sizes: [Int](repeating: 1, count: count),
                                      shapes: [[Int]](repeating: shape, count: count))
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        try plan.run(context, input: try context.input(0))
    }
}

/// How an input is cut along one axis into consecutive parts, one per output.
struct AxisSplitPlan {
    /// The number of slices before the axis.
    var outer = 0
    /// Bytes of one output's part within each outer slice.
    var chunkBytes: [Int] = []

    /// Resizes the outputs of `context` to the parts of `input` of `sizes` along `axis` (with
    /// `shapes` overriding the output shapes, for UNPACK) and returns the plan.
    static func make(_ context: KernelContext, input: TensorSlot, axis: Int, sizes: [Int],
                     shapes: [[Int]]? = nil) throws(SwiftLiteError) -> AxisSplitPlan {
        let size = try DataMovement.elementSize(context, input)
        let inner = input.shape[(axis + 1)...].reduce(1, *)
        var plan = AxisSplitPlan()
        plan.outer = input.shape[..<axis].reduce(1, *)
        for (index, output) in context.outputs.enumerated() {
            var shape = input.shape
            shape[axis] = sizes[index]
            try context.resizeOutput(output, to: shapes?[index] ?? shape)
            plan.chunkBytes.append(sizes[index] * inner * size)
        }
        return plan
    }

    /// Copies the parts of `input` into the outputs of `context`.
    func run(_ context: KernelContext, input: TensorSlot) throws(SwiftLiteError) {
        guard var source = input.data.map({ UnsafeRawPointer($0) }) else { return }
        for row in 0..<outer {
            for (index, bytes) in chunkBytes.enumerated() where bytes > 0 {
                if let destination = context.outputs[index].data {
                    (destination + row * bytes).copyMemory(from: source, byteCount: bytes)
                }
                source += bytes
            }
        }
    }
}
