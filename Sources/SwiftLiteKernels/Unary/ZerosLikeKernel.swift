import SwiftLiteCore

/// ZEROS_LIKE (version 1): a tensor of zeros with the input's shape and type. TFLite supports
/// float32, int32 and int64; any other fixed-size numeric type or bool works the same way here
/// (all-zero bytes).
public final class ZerosLikeKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        guard input.type.byteSize != nil, input.type != .resource, input.type != .variant else {
            throw context.error(.unsupported, "unsupported input type \(input.type)", tensor: input)
        }
        output.type = input.type
        output.quantization = input.quantization
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let bytes = try context.output(0).rawBuffer
        guard bytes.count > 0 else { return }
        bytes.initializeMemory(as: UInt8.self, repeating: 0)
    }
}
