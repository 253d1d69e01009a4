import SwiftLiteCore

/// EXPAND_DIMS (version 1): inserts a dimension of size 1 at the position given by the
/// one-element int32 or int64 `axis` input, in `-(rank + 1)...rank` (negative counts from the
/// end of the output). The elements are copied unchanged; any fixed-size type (quantized ones
/// with the output's scale and zero point equal to the input's, as TFLite requires). An axis
/// known only when the graph runs makes the output dynamic.
public final class ExpandDimsKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let axis = try context.input(1)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, axis, what: "axis")
        output.type = input.type
        output.inheritQuantization(from: input)
        try DataMovement.requireSameQuantization(context, input: input, output: output)
        if axis.hasKnownValue {
            try context.resizeOutput(output, to: try outputShape(context))
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic { try context.resizeOutput(output, to: try outputShape(context)) }
        guard let source = input.data, let destination = output.data, source != destination else { return }
        destination.copyMemory(from: source, byteCount: min(input.byteCount, output.byteCount))
    }

    private func outputShape(_ context: KernelContext) throws(SwiftLiteError) -> [Int] {
        let input = try context.input(0)
        let axisSlot = try context.input(1)
        let value = try DataMovement.scalarIndex(context, axisSlot, what: "axis")
        let rank = input.rank
        let axis = value < 0 ? value + rank + 1 : value
        guard axis >= 0, axis <= rank else {
            throw context.error(.invalidArgument, "axis \(value) is out of range for inserting into rank \(rank)", tensor: axisSlot)
        }
        var shape = input.shape
        shape.insert(1, at: axis)
        return shape
    }
}
