import SwiftLiteCore

/// RANK (version 1): the input's number of dimensions as an int32 scalar. It reads only the
/// input's shape, so the interpreter computes it once at `allocateTensors()`.
public final class RankKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let output = try context.output(0)
        output.type = .int32
        output.quantization = nil
        try context.resizeOutput(output, to: [])
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let out = try context.output(0).buffer(of: Int32.self)
        if out.count == 1 { out[0] = Int32(input.rank) }
    }
}
