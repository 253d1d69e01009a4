import SwiftLiteCore

/// ARG_MAX and ARG_MIN (versions 1-3): the index of the largest/smallest element along one axis
/// (the second input: one int32 or int64 value, negative counts from the end), as int32 or
/// int64 (`output_type`). The axis is removed from the output shape; an axis known only at run
/// time makes the output dynamic.
///
/// Types: float32, int8, uint8, int16, int32, int64, bool. Ties give the first index. A
/// candidate replaces the current best only when strictly greater (smaller), as in the official
/// 2.x runtime: a NaN never replaces anything and, in first position, is never replaced.
public final class ArgMinMaxKernel: OpKernel {
    let isMaximum: Bool
    let outputType: ElementType
    private var outer = 0
    private var axisSize = 0
    private var inner = 0

    /// ARG_MAX when `isMaximum`, else ARG_MIN, writing `outputType` (int32 or int64).
    public init(isMaximum: Bool, outputType: ElementType) {
        self.isMaximum = isMaximum
        self.outputType = outputType
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let axis = try context.input(1)
        let output = try context.output(0)
        try context.expectType(input, [.float32, .int8, .uint8, .int16, .int32, .int64, .bool], what: "input")
        try context.expectType(axis, [.int32, .int64], what: "axis")
        guard axis.elementCount == 1 else {
            throw context.error(.invalidArgument, "axis must hold exactly one value, it has shape \(axis.shape)", tensor: axis)
        }
        guard outputType == .int32 || outputType == .int64 else {
            throw context.error(.unsupported, "unsupported output_type \(outputType) (supported: int32, int64)")
        }
        guard input.rank >= 1 else {
            throw context.error(.shapeMismatch, "needs an input with at least one dimension, got a scalar", tensor: input)
        }
        output.type = outputType
        output.quantization = nil
        if axis.hasKnownValue {
            try resize(context)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic { try resize(context) }
        switch input.type {
        case .float32: run(input, output, Float.self)
        case .int8: run(input, output, Int8.self)
        case .uint8: run(input, output, UInt8.self)
        case .int16: run(input, output, Int16.self)
        case .int32: run(input, output, Int32.self)
        case .int64: run(input, output, Int64.self)
        case .bool: run(input, output, UInt8.self)  // bytes compare like bools (false < true)
        default: throw context.error(.unsupported, "unsupported input type \(input.type)", tensor: input)
        }
    }

    private func resize(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let axisSlot = try context.input(1)
        let code: SwiftLiteError.Code = context.environment.isEvaluating ? .runtimeFailure : .invalidArgument
        guard let value = axisSlot.integerValues()?.first else {
            throw context.error(code, "axis has no value", tensor: axisSlot)
        }
        guard let axis = ShapeMath.axis(value, rank: input.rank) else {
            throw context.error(code, "axis \(value) is out of range for an input of rank \(input.rank) (valid: \(-input.rank)...\(input.rank - 1))", tensor: axisSlot)
        }
        let split = ShapeMath.split(input.shape, at: axis)
        guard split.size > 0 else {
            throw context.error(code, "cannot take the index over the empty axis \(axis) of shape \(input.shape)", tensor: input)
        }
        (outer, axisSize, inner) = split
        var shape = input.shape
        shape.remove(at: axis)
        try context.resizeOutput(try context.output(0), to: shape)
    }

    private func run<T: Comparable>(_ input: TensorSlot, _ output: TensorSlot, _ type: T.Type) {
        if outputType == .int32 {
            run(input, output, T.self, Int32.self)
        } else {
            run(input, output, T.self, Int64.self)
        }
    }

    private func run<T: Comparable, Index: FixedWidthInteger>(_ input: TensorSlot, _ output: TensorSlot, _ type: T.Type,
                                                               _ index: Index.Type) {
        let x = input.buffer(of: T.self)
        let y = output.buffer(of: Index.self)
        guard x.count == outer * axisSize * inner, y.count == outer * inner else { return }
        let greater = isMaximum
        for o in 0..<outer {
            for i in 0..<inner {
                let base = o * axisSize * inner + i
                var best = x[base]
                var bestIndex = 0
                for k in 1..<Swift.max(axisSize, 1) {
                    let candidate = x[base + k * inner]
                    if greater ? candidate > best : candidate < best {
                        best = candidate
                        bestIndex = k
                    }
                }
                y[o * inner + i] = Index(truncatingIfNeeded: bestIndex)
            }
        }
    }
}
