import SwiftLiteCore

/// ADD_N (version 1): the elementwise sum of two or more tensors of one shape and type
/// (float32, int32, int64). Each element is summed over the inputs in order (input 0 first), in
/// float32 for floats; integer sums wrap.
public final class AddNKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        guard context.inputs.count >= 2 else {
            throw context.error(.invalidArgument, "takes at least 2 inputs, the node has \(context.inputs.count)")
        }
        try context.expectCounts(inputs: context.inputs.count...context.inputs.count, outputs: 1...1)
        let first = try context.input(0)
        try context.expectType(first, [.float32, .int32, .int64], what: "input")
        for index in 1..<context.inputs.count {
            let input = try context.input(index)
            guard input.type == first.type else {
                throw context.error(.typeMismatch, "input \(index) is \(input.type), input 0 is \(first.type)", tensor: input)
            }
            guard input.shape == first.shape else {
                throw context.error(.shapeMismatch, "input \(index) has shape \(input.shape), input 0 has \(first.shape) (ADD_N does not broadcast)", tensor: input)
            }
        }
        let output = try context.output(0)
        output.type = first.type
        try context.resizeOutput(output, to: first.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let output = try context.output(0)
        switch output.type {
        case .float32: try sum(context, output, Float.self) { $0 + $1 }
        case .int32: try sum(context, output, Int32.self) { $0 &+ $1 }
        case .int64: try sum(context, output, Int64.self) { $0 &+ $1 }
        default: throw context.error(.unsupported, "unsupported type \(output.type)", tensor: output)
        }
    }

    private func sum<T: AdditiveArithmetic>(_ context: KernelContext, _ output: TensorSlot, _ type: T.Type,
                                            _ add: (T, T) -> T) throws(SwiftLiteError) {
        let y = output.buffer(of: T.self)
        // The output may share memory with no input (the planner never aliases), so it can
        // serve as the accumulator.
        for i in 0..<y.count { y[i] = .zero }
        for index in 0..<context.inputs.count {
            let x = try context.input(index).buffer(of: T.self)
            guard x.count == y.count else { continue }
            for i in 0..<y.count { y[i] = add(y[i], x[i]) }
        }
    }
}
