import SwiftLiteCore

/// DENSIFY version 1: expands a sparse constant (float32, float16 or int8) into its dense
/// form, with TFLite's format-converter semantics (see ``SparseExpansion``).
///
/// The input must be a constant carrying `TensorSlot.sparsity`; its buffer holds only the
/// stored values. The expansion map is computed and validated at prepare; the operator is pure,
/// so the interpreter computes the dense tensor once while it prepares.
public final class DensifyKernel: OpKernel {
    private var expansion: SparseExpansion?

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, [.float32, .float16, .int8], what: "input")
        guard input.hasKnownValue else {
            throw context.error(.invalidArgument, "input must be a constant", tensor: input)
        }
        guard let sparsity = input.sparsity, let elementSize = input.type.byteSize else {
            throw context.error(.invalidArgument, "input has no sparsity parameters", tensor: input)
        }
        let stored = input.data == nil ? 0 : input.capacity / elementSize
        do {
            expansion = try SparseExpansion(shape: input.shape, sparsity: sparsity, storedCount: stored)
        } catch {
            throw context.error(.invalidModel, "invalid sparse tensor: \(error.description)", tensor: input)
        }
        output.type = input.type
        output.quantization = input.quantization
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        guard let expansion, let elementSize = input.type.byteSize, let destination = output.data,
              output.capacity >= expansion.denseCount * elementSize else { return }
        guard let source = input.data else {
            destination.initializeMemory(as: UInt8.self, repeating: 0, count: expansion.denseCount * elementSize)
            return
        }
        expansion.expand(from: UnsafeRawPointer(source), to: destination, elementSize: elementSize)
    }
}
