import SwiftLiteCore

/// SHAPE: the input's shape as a 1-D int32 or int64 tensor. It reads only the input's shape, so
/// the interpreter computes it once at `allocateTensors()`.
public final class ShapeKernel: OpKernel {
    let outputType: ElementType

    /// A kernel writing `outputType` (int32 or int64).
    public init(outputType: ElementType) {
        self.outputType = outputType
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        guard outputType == .int32 || outputType == .int64 else {
            throw context.error(.unsupported, "unsupported output type \(outputType)")
        }
        output.type = outputType
        try context.resizeOutput(output, to: [input.rank])
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if outputType == .int32 {
            let out = output.buffer(of: Int32.self)
            for (axis, dimension) in input.shape.enumerated() where axis < out.count { out[axis] = Int32(dimension) }
        } else {
            let out = output.buffer(of: Int64.self)
            for (axis, dimension) in input.shape.enumerated() where axis < out.count { out[axis] = Int64(dimension) }
        }
    }
}
