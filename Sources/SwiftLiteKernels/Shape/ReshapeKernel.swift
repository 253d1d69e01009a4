import SwiftLiteCore

/// RESHAPE: the same elements under a new shape, taken from the shape input when it is a 1-D
/// int32 tensor, else from the `new_shape` option (where the legacy `[0]` means a scalar); one
/// dimension may be -1 (inferred). A shape input whose values are only known when the graph runs
/// makes the output dynamic.
public final class ReshapeKernel: OpKernel {
    let optionShape: [Int]?

    /// A kernel; `optionShape` is `ReshapeOptions.new_shape`, if any.
    public init(optionShape: [Int]?) {
        self.optionShape = optionShape
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...2, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        output.type = input.type
        if output.quantization == nil { output.quantization = input.quantization }
        if let shapeInput = context.optionalInput(1), !shapeInput.hasKnownValue, usesShapeInput(shapeInput) {
            output.isDynamic = true
            return
        }
        try context.resizeOutput(output, to: try targetShape(context))
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic { try context.resizeOutput(output, to: try targetShape(context)) }
        guard let source = input.data, let destination = output.data, source != destination else { return }
        destination.copyMemory(from: source, byteCount: min(input.byteCount, output.byteCount))
    }

    /// As TFLite: the shape input counts only when it is a 1-D int32 tensor.
    private func usesShapeInput(_ slot: TensorSlot) -> Bool {
        slot.rank == 1 && slot.type == .int32
    }

    private func targetShape(_ context: KernelContext) throws(SwiftLiteError) -> [Int] {
        let input = try context.input(0)
        var requested: [Int]
        if let shapeInput = context.optionalInput(1), usesShapeInput(shapeInput) {
            guard let values = shapeInput.integerValues() else {
                throw context.error(.unsupported, "unsupported shape type \(shapeInput.type)", tensor: shapeInput)
            }
            requested = values
        } else if let optionShape, optionShape != [0] {
            requested = optionShape
        } else {
            requested = []  // no shape, or the legacy [0]: a scalar
        }
        let total = input.elementCount
        var inferred: Int?
        var known = 1
        for (axis, dimension) in requested.enumerated() {
            if dimension == -1 {
                guard inferred == nil else {
                    throw context.error(.invalidArgument, "shape \(requested) has more than one -1")
                }
                inferred = axis
            } else {
                guard dimension >= 0 else { throw context.error(.invalidArgument, "shape \(requested) has a negative dimension") }
                // Shape values may come from data: the product saturates instead of overflowing
                // (a saturated product cannot match the element count, unless a later
                // dimension is 0, which makes it 0).
                let (product, overflow) = known.multipliedReportingOverflow(by: dimension)
                known = overflow ? Int.max : product
            }
        }
        if let inferred {
            guard known > 0, total % known == 0 else {
                throw context.error(.shapeMismatch, "cannot reshape \(input.shape) (\(total) elements) to \(requested)")
            }
            requested[inferred] = total / known
            known *= requested[inferred]
        }
        guard known == total else {
            throw context.error(.shapeMismatch, "cannot reshape \(input.shape) (\(total) elements) to \(requested)")
        }
        return requested
    }
}
