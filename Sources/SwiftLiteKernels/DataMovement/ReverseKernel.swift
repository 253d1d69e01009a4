import SwiftLiteCore

/// REVERSE_V2 (versions 1-4): reverses the order of elements along the dimensions listed in the
/// int32 or int64 vector input 1 (negative entries count from the end; each at most once), for
/// any fixed-size type up to 8 dimensions. TFLite's kernel only handles a contiguous run of
/// axes; SwiftLite reverses any set, as TensorFlow does. The output has the input's shape.
public final class ReverseKernel: OpKernel {
    static let maximumRank = 8
    private var plan = IndexMapCopy()

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let axes = try context.input(1)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, axes, what: "axis")
        guard axes.rank == 1, axes.elementCount <= input.rank else {
            throw context.error(.shapeMismatch, "axis must be a vector of at most \(input.rank) entries, it has shape \(axes.shape)", tensor: axes)
        }
        guard input.rank <= Self.maximumRank else {
            throw context.error(.unsupported, "supports up to \(Self.maximumRank) dimensions, the input has \(input.rank)", tensor: input)
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        try context.resizeOutput(output, to: input.shape)
        if axes.hasKnownValue { plan = try makePlan(context) }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if try !context.input(1).hasKnownValue { plan = try makePlan(context) }
        guard let source = input.data, let destination = output.data else { return }
        plan.run(from: source, to: destination, elementSize: try DataMovement.elementSize(context, input))
    }

    private func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy {
        let input = try context.input(0)
        let axesSlot = try context.input(1)
        let values = try DataMovement.indexValues(context, axesSlot, what: "axis")
        var reversed = [Bool](repeating: false, count: input.rank)
        for value in values {
            guard let axis = ShapeMath.axis(value, rank: input.rank), axis < input.rank else {
                throw context.error(.invalidArgument, "axis \(value) is out of range for rank \(input.rank)", tensor: axesSlot)
            }
            guard !reversed[axis] else {
                throw context.error(.invalidArgument, "axis \(values) lists dimension \(axis) twice", tensor: axesSlot)
            }
            reversed[axis] = true
        }
        let strides = DataMovement.strides(input.shape)
        let shape = input.shape
        return IndexMapCopy(shape: shape) { dimension, index in
            (reversed[dimension] ? shape[dimension] - 1 - index : index) * strides[dimension]
        }
    }
}
