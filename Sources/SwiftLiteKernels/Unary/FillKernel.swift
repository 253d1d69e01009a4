import SwiftLiteCore

/// FILL (versions 1-5): a tensor of the shape given by the first input (1-D int32 or int64,
/// no negative dimension) with every element equal to the second input (a scalar of any
/// fixed-size type, copied as bytes; strings are not supported). Dimensions known only at run
/// time make the output dynamic.
public final class FillKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let dims = try context.input(0)
        let value = try context.input(1)
        let output = try context.output(0)
        try context.expectType(dims, [.int32, .int64], what: "dims")
        guard dims.rank == 1 else {
            throw context.error(.shapeMismatch, "dims must be 1-D, it has shape \(dims.shape)", tensor: dims)
        }
        guard value.rank == 0 else {
            throw context.error(.shapeMismatch, "value must be a scalar, it has shape \(value.shape)", tensor: value)
        }
        guard let size = value.type.byteSize, [1, 2, 4, 8, 16].contains(size) else {
            throw context.error(.unsupported, "unsupported value type \(value.type)", tensor: value)
        }
        output.type = value.type
        output.quantization = value.quantization
        if dims.hasKnownValue {
            try resize(context)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let output = try context.output(0)
        if output.isDynamic { try resize(context) }
        let value = try context.input(1).rawBuffer
        let out = output.rawBuffer
        let size = value.count
        guard size > 0, out.count % size == 0, let source = value.baseAddress, let destination = out.baseAddress else { return }
        for offset in stride(from: 0, to: out.count, by: size) {
            (destination + offset).copyMemory(from: source, byteCount: size)
        }
    }

    private func resize(_ context: KernelContext) throws(SwiftLiteError) {
        let dims = try context.input(0)
        guard let shape = dims.integerValues() else {
            throw context.error(.unsupported, "unsupported dims type \(dims.type)", tensor: dims)
        }
        let code: SwiftLiteError.Code = context.environment.isEvaluating ? .runtimeFailure : .invalidArgument
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw context.error(code, "dims \(shape) has a negative dimension", tensor: dims)
        }
        var count = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= Int(Int32.max) else {
                throw context.error(code, "dims \(shape) give more than \(Int32.max) elements", tensor: dims)
            }
            count = product
        }
        try context.resizeOutput(try context.output(0), to: shape)
    }
}
