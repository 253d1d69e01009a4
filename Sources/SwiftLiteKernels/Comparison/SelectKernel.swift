import SwiftLiteCore

/// SELECT (v1-4) and SELECT_V2 (v1-2): `condition ? x : y` elementwise, for any fixed-size value
/// type (values are copied, not interpreted).
///
/// Shapes, as TFLite's `select.cc`:
/// - all three the same shape: elementwise;
/// - all three (and the output) one element: elementwise, and the output keeps the shape the
///   model gives it;
/// - SELECT (TensorFlow 1 semantics) otherwise needs `x` and `y` of one shape and a scalar
///   condition (choosing all of `x` or all of `y`) or a rank-1 condition as long as the first
///   dimension (choosing whole slices along it);
/// - SELECT_V2 otherwise broadcasts all three (NumPy rules).
public final class SelectKernel: OpKernel {
    /// Which operator.
    public enum Version: Sendable, Equatable {
        /// SELECT: scalar or rank-1 condition, no general broadcasting.
        case select
        /// SELECT_V2: full broadcasting.
        case selectV2
    }

    private enum Mode {
        case elementwise
        case slices(inner: Int)
        case broadcast(IndexWalk)
    }

    let version: Version
    private var mode = Mode.elementwise

    /// A kernel for `version`.
    public init(_ version: Version) {
        self.version = version
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 3...3, outputs: 1...1)
        let condition = try context.input(0)
        let x = try context.input(1)
        let y = try context.input(2)
        let output = try context.output(0)
        try context.expectType(condition, [.bool], what: "condition")
        guard x.type == y.type else {
            throw context.error(.typeMismatch, "x and y have different types \(x.type) and \(y.type)")
        }
        guard let size = x.type.byteSize, [1, 2, 4, 8].contains(size) else {
            throw context.error(.unsupported, "unsupported value type \(x.type)", tensor: x)
        }
        output.type = x.type
        // Quantized values are copied as they are (TFLite does not rescale); the output keeps the
        // model's quantization, or takes x's when it has none.
        if output.quantization == nil { output.quantization = x.quantization }
        if condition.elementCount == 1 && x.elementCount == 1 && y.elementCount == 1 && output.elementCount == 1 {
            mode = .elementwise
            try context.resizeOutput(output, to: output.shape)
            return
        }
        if condition.shape == x.shape && x.shape == y.shape {
            mode = .elementwise
            try context.resizeOutput(output, to: x.shape)
            return
        }
        switch version {
        case .select:
            guard x.shape == y.shape else {
                throw context.error(.shapeMismatch, "SELECT needs x and y of the same shape, got \(x.shape) and \(y.shape)")
            }
            if condition.rank == 0 {
                mode = .slices(inner: x.elementCount)
            } else if condition.rank == 1, x.rank >= 1, condition.shape[0] == x.shape[0] {
                mode = .slices(inner: x.shape[0] == 0 ? 0 : x.elementCount / x.shape[0])
            } else {
                throw context.error(.shapeMismatch, "SELECT needs a condition of x's shape \(x.shape), a scalar, or a vector as long as x's first dimension; got \(condition.shape) (SELECT_V2 broadcasts)", tensor: condition)
            }
            try context.resizeOutput(output, to: x.shape)
        case .selectV2:
            guard let shape = Broadcast.shape(condition.shape, x.shape, y.shape) else {
                throw context.error(.shapeMismatch, "condition \(condition.shape), x \(x.shape) and y \(y.shape) do not broadcast")
            }
            mode = .broadcast(IndexWalk.broadcasting([condition.shape, x.shape, y.shape], to: shape))
            try context.resizeOutput(output, to: shape)
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let x = try context.input(1)
        switch x.type.byteSize {
        case 1: try run(context, UInt8.self)
        case 2: try run(context, UInt16.self)
        case 4: try run(context, UInt32.self)
        case 8: try run(context, UInt64.self)
        default: throw context.error(.unsupported, "unsupported value type \(x.type)", tensor: x)
        }
    }

    private func run<T>(_ context: KernelContext, _ type: T.Type) throws(SwiftLiteError) {
        let condition = try context.input(0).buffer(of: UInt8.self)
        let x = try context.input(1).buffer(of: T.self)
        let y = try context.input(2).buffer(of: T.self)
        let out = try context.output(0).buffer(of: T.self)
        switch mode {
        case .elementwise:
            let count = Swift.min(out.count, condition.count, x.count, y.count)
            for i in 0..<count { out[i] = condition[i] != 0 ? x[i] : y[i] }
        case .slices(let inner):
            guard x.count == out.count, y.count == out.count, condition.count * inner == out.count else { return }
            for slice in 0..<condition.count {
                let source = condition[slice] != 0 ? x : y
                let start = slice * inner
                for i in start..<(start + inner) { out[i] = source[i] }
            }
        case .broadcast(let walk):
            guard out.count == walk.count else { return }
            walk.forEach { o, c, i, j in out[o] = condition[c] != 0 ? x[i] : y[j] }
        }
    }
}
