import SwiftLiteCore

/// RANGE (versions 1-2): the 1-D sequence `start, start + delta, ...` up to but excluding
/// `limit`, from three scalars of one type (float32, int32, int64). `delta` must be nonzero and
/// point from `start` towards `limit` (an empty range when they are equal). The length is
/// `ceil(|limit - start| / |delta|)`; values are accumulated by repeated addition of `delta`
/// (in float32 for floats), as TFLite does. Inputs known only at run time make the output
/// dynamic.
public final class RangeKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 3...3, outputs: 1...1)
        let start = try context.input(0)
        let output = try context.output(0)
        try context.expectType(start, [.float32, .int32, .int64], what: "start")
        for (index, name) in [(0, "start"), (1, "limit"), (2, "delta")] {
            let input = try context.input(index)
            guard input.type == start.type else {
                throw context.error(.typeMismatch, "\(name) is \(input.type), start is \(start.type)", tensor: input)
            }
            guard input.rank == 0 else {
                throw context.error(.shapeMismatch, "\(name) must be a scalar, it has shape \(input.shape)", tensor: input)
            }
        }
        output.type = start.type
        output.quantization = nil
        if (0..<3).allSatisfy({ context.inputs[$0]?.hasKnownValue == true }) {
            try resize(context)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let output = try context.output(0)
        if output.isDynamic { try resize(context) }
        switch output.type {
        case .float32: try fill(context, Float.self) { $0 + $1 }
        case .int32: try fill(context, Int32.self) { $0 &+ $1 }
        case .int64: try fill(context, Int64.self) { $0 &+ $1 }
        default: throw context.error(.unsupported, "unsupported type \(output.type)", tensor: output)
        }
    }

    private func fill<T>(_ context: KernelContext, _ type: T.Type, _ add: (T, T) -> T) throws(SwiftLiteError) {
        let start = try context.input(0).buffer(of: T.self)
        let delta = try context.input(2).buffer(of: T.self)
        let out = try context.output(0).buffer(of: T.self)
        guard start.count == 1, delta.count == 1 else { return }
        var value = start[0]
        for i in 0..<out.count {
            out[i] = value
            value = add(value, delta[0])
        }
    }

    private func resize(_ context: KernelContext) throws(SwiftLiteError) {
        let start = try context.input(0)
        let limit = try context.input(1)
        let delta = try context.input(2)
        let code: SwiftLiteError.Code = context.environment.isEvaluating ? .runtimeFailure : .invalidArgument
        let length: Int
        switch start.type {
        case .float32:
            guard let s = start.buffer(of: Float.self).first, let l = limit.buffer(of: Float.self).first,
                  let d = delta.buffer(of: Float.self).first else { throw context.error(code, "start, limit or delta has no value") }
            guard d != 0 else { throw context.error(code, "delta must not be zero") }
            guard (s >= l && d < 0) || (s <= l && d > 0) else {
                throw context.error(code, "delta \(d) does not lead from start \(s) to limit \(l)")
            }
            let exact = ceilf(fabsf((l - s) / d))
            guard exact.isFinite, exact <= Float(Int32.max) else {
                throw context.error(code, "the range from \(s) to \(l) by \(d) has too many elements")
            }
            length = Int(exact)
        default:
            guard let s = start.integerValues()?.first, let l = limit.integerValues()?.first,
                  let d = delta.integerValues()?.first else { throw context.error(code, "start, limit or delta has no value") }
            guard d != 0 else { throw context.error(code, "delta must not be zero") }
            guard (s >= l && d < 0) || (s <= l && d > 0) else {
                throw context.error(code, "delta \(d) does not lead from start \(s) to limit \(l)")
            }
            let (span, overflow) = l.subtractingReportingOverflow(s)
            guard !overflow, span != Int.min, d != Int.min else {
                throw context.error(code, "the range from \(s) to \(l) by \(d) has too many elements")
            }
            let step = Swift.abs(d)
            let (rounded, overflowed) = Swift.abs(span).addingReportingOverflow(step - 1)
            guard !overflowed, rounded / step <= Int(Int32.max) else {
                throw context.error(code, "the range from \(s) to \(l) by \(d) has too many elements")
            }
            length = rounded / step
        }
        try context.resizeOutput(try context.output(0), to: [length])
    }
}
