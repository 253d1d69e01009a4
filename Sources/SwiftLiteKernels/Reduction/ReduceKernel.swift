import SwiftLiteCore

/// SUM (v1-2), REDUCE_PROD (v1-2), REDUCE_MAX (v1-3), REDUCE_MIN (v1-3), REDUCE_ANY (v1),
/// REDUCE_ALL (v1) and MEAN (v1-3): reduce the input over the axes of the second input (int32
/// or int64; negative axes count from the end, duplicates are ignored), keeping reduced axes as
/// size 1 with `keep_dims`. An axis tensor known only at run time makes the output dynamic.
///
/// Types: SUM and MEAN take float32, int32, int64 and quantized uint8, int8, int16 (requantized
/// to the output's scale, see `QuantizedReducer`); REDUCE_PROD also int8, uint8, int16, either
/// unquantized (wrapping products) or quantized int8/int16 (rescaled products);
/// REDUCE_MAX/REDUCE_MIN also int8, uint8, int16 (quantized only with the output's scale and
/// zero point equal to the input's, as TFLite requires); REDUCE_ANY/REDUCE_ALL take bool.
/// Quantized int16 tensors need zero points 0.
///
/// Numerics follow TFLite's reference kernels, including their order of accumulation:
/// - each output starts at the operation's initial value (0, 1, the lowest finite value for
///   MAX, the highest for MIN) and the input is folded in row-major order; when every axis is
///   reduced, the fold starts from the first element instead (so REDUCE_MAX over only -inf is
///   -inf there, but -FLT_MAX along one axis of a larger tensor);
/// - MAX/MIN keep the current value unless the new one is strictly larger/smaller, so NaN is
///   skipped (unless it is the first element of a full reduction);
/// - integer sums and products wrap;
/// - MEAN sums in float32 (int32 and int64 in int64), then divides by the number of reduced
///   elements (integer division truncates); an empty input gives NaN (0 for integers).
public final class ReduceKernel: OpKernel {
    /// The reduction.
    public enum Operation: Sendable, Equatable {
        case sum, product, maximum, minimum, any, all, mean
    }

    let operation: Operation
    let keepDims: Bool
    private var plan: ReductionPlan?
    private var wideSums: [Int64] = []
    private var quantized: QuantizedReducer?

    /// A kernel for `operation`; `keepDims` is `ReducerOptions.keep_dims`.
    public init(_ operation: Operation, keepDims: Bool) {
        self.operation = operation
        self.keepDims = keepDims
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let axis = try context.input(1)
        let output = try context.output(0)
        try checkTypes(input, output, context)
        try context.expectType(axis, [.int32, .int64], what: "axis")
        output.type = input.type
        if output.quantization == nil { output.quantization = input.quantization }
        quantized = try makeQuantizedReducer(context, input, output)
        plan = nil
        if axis.hasKnownValue {
            try makePlan(context)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if context.outputs.first?.isDynamic == true || plan == nil { try makePlan(context) }
        guard let plan else { return }
        let input = try context.input(0)
        let output = try context.output(0)
        if let quantized {
            quantized.run(input, output, plan)
            return
        }
        switch (operation, input.type) {
        case (.any, _): reduceBool(input, output, plan, any: true)
        case (.all, _): reduceBool(input, output, plan, any: false)
        case (.mean, .float32): meanFloat(input, output, plan)
        case (.mean, .int32): meanInteger(input, output, plan, Int32.self)
        case (.mean, .int64): meanInteger(input, output, plan, Int64.self)
        case (_, .float32): reduce(input, output, plan, Float.self)
        case (_, .int32): reduce(input, output, plan, Int32.self)
        case (_, .int64): reduce(input, output, plan, Int64.self)
        case (_, .int16): reduce(input, output, plan, Int16.self)
        case (_, .int8): reduce(input, output, plan, Int8.self)
        case (_, .uint8): reduce(input, output, plan, UInt8.self)
        default: throw context.error(.unsupported, "unsupported input type \(input.type)", tensor: input)
        }
    }

    private func checkTypes(_ input: TensorSlot, _ output: TensorSlot, _ context: KernelContext) throws(SwiftLiteError) {
        let narrow: Set<ElementType> = [.int8, .uint8, .int16]
        switch operation {
        case .any, .all:
            try context.expectType(input, [.bool], what: "input")
        case .sum, .mean:
            try context.expectType(input, [.float32, .int32, .int64, .int8, .uint8, .int16], what: "input")
        case .product:
            if input.type == .uint8, input.quantization != nil {
                throw context.error(.unsupported, "unsupported quantized uint8 input (quantized products take int8 or int16)", tensor: input)
            }
            try context.expectType(input, [.float32, .int32, .int64, .int8, .uint8, .int16], what: "input")
        case .maximum, .minimum:
            try context.expectType(input, [.float32, .int32, .int64, .int8, .uint8, .int16], what: "input")
            if narrow.contains(input.type), let inputQuantization = input.quantization,
               let outputQuantization = output.quantization,
               inputQuantization.scale != outputQuantization.scale || inputQuantization.zeroPoint != outputQuantization.zeroPoint {
                throw context.error(.unsupported, "the output's quantization (scale \(outputQuantization.scale), zero point \(outputQuantization.zeroPoint)) differs from the input's (scale \(inputQuantization.scale), zero point \(inputQuantization.zeroPoint)); quantized maxima and minima do not rescale", tensor: output)
            }
        }
        if input.type == .int16, input.quantization != nil {
            _ = try context.affineQuantization(of: input, what: "input")
            if output.quantization != nil { _ = try context.affineQuantization(of: output, what: "output") }
        }
    }

    /// The integer path for quantized sums, means and products; nil for every other case.
    private func makeQuantizedReducer(_ context: KernelContext, _ input: TensorSlot, _ output: TensorSlot)
        throws(SwiftLiteError) -> QuantizedReducer?
    {
        guard [.int8, .uint8, .int16].contains(input.type) else { return nil }
        switch operation {
        case .sum:
            return try QuantizedReducer(context, mode: input.type == .uint8 ? .sum : .sumInFloat, input: input, output: output)
        case .mean:
            return try QuantizedReducer(context, mode: .mean, input: input, output: output)
        case .product where input.quantization != nil:
            return try QuantizedReducer(context, mode: .product, input: input, output: output)
        default:
            return nil
        }
    }

    private func makePlan(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let axis = try context.input(1)
        let made = try ReductionPlan(inputShape: input.shape, axisValues: try ReductionPlan.axisValues(axis, context: context),
                                     keepDims: keepDims, context: context)
        plan = made
        try quantized?.adopt(made, inputCount: input.elementCount, context: context)
        if operation == .mean && input.type == .int32 {
            let count = ShapeMath.count(made.outputShape)
            if wideSums.count != count { wideSums = [Int64](repeating: 0, count: count) }
        }
        try context.resizeOutput(try context.output(0), to: made.outputShape)
    }

    private func reduce<T: ReducibleScalar>(_ input: TensorSlot, _ output: TensorSlot, _ plan: ReductionPlan, _ type: T.Type) {
        switch operation {
        case .sum: fold(input, output, plan, initial: T.zero) { T.adding($0, $1) }
        case .product: fold(input, output, plan, initial: T.one) { T.multiplying($0, $1) }
        case .maximum: fold(input, output, plan, initial: T.lowest) { current, value in value > current ? value : current }
        case .minimum: fold(input, output, plan, initial: T.highest) { current, value in value < current ? value : current }
        default: break
        }
    }

    @inline(__always)
    private func fold<T>(_ input: TensorSlot, _ output: TensorSlot, _ plan: ReductionPlan, initial: T,
                         _ combine: (T, T) -> T) {
        let x = input.buffer(of: T.self)
        let y = output.buffer(of: T.self)
        guard y.count == ShapeMath.count(plan.outputShape), x.count == plan.walk.count else { return }
        if plan.reducesAll {
            guard y.count == 1 else { return }
            guard x.count > 0 else { y[0] = initial; return }
            var accumulator = x[0]
            for i in 1..<x.count { accumulator = combine(accumulator, x[i]) }
            y[0] = accumulator
            return
        }
        for i in 0..<y.count { y[i] = initial }
        plan.walk.forEach { i, o, _, _ in y[o] = combine(y[o], x[i]) }
    }

    private func reduceBool(_ input: TensorSlot, _ output: TensorSlot, _ plan: ReductionPlan, any: Bool) {
        if any {
            fold(input, output, plan, initial: UInt8(0)) { current, value in current != 0 || value != 0 ? 1 : 0 }
        } else {
            fold(input, output, plan, initial: UInt8(1)) { current, value in current != 0 && value != 0 ? 1 : 0 }
        }
    }

    private func meanFloat(_ input: TensorSlot, _ output: TensorSlot, _ plan: ReductionPlan) {
        let x = input.buffer(of: Float.self)
        let y = output.buffer(of: Float.self)
        guard y.count == ShapeMath.count(plan.outputShape), x.count == plan.walk.count else { return }
        guard x.count > 0 else {
            for i in 0..<y.count { y[i] = .nan }
            return
        }
        for i in 0..<y.count { y[i] = 0 }
        plan.walk.forEach { i, o, _, _ in y[o] += x[i] }
        let divisor = Float(plan.reducedCount)
        for i in 0..<y.count { y[i] = y[i] / divisor }
    }

    private func meanInteger<T: FixedWidthInteger>(_ input: TensorSlot, _ output: TensorSlot, _ plan: ReductionPlan,
                                                   _ type: T.Type) {
        let x = input.buffer(of: T.self)
        let y = output.buffer(of: T.self)
        guard y.count == ShapeMath.count(plan.outputShape), x.count == plan.walk.count else { return }
        guard x.count > 0 else {
            for i in 0..<y.count { y[i] = 0 }
            return
        }
        let divisor = Int64(plan.reducedCount)
        if T.self == Int64.self {
            for i in 0..<y.count { y[i] = 0 }
            plan.walk.forEach { i, o, _, _ in y[o] = y[o] &+ x[i] }
            for i in 0..<y.count { y[i] = T(truncatingIfNeeded: Int64(truncatingIfNeeded: y[i]) / divisor) }
            return
        }
        guard wideSums.count == y.count else { return }
        wideSums.withUnsafeMutableBufferPointer { sums in
            for i in 0..<sums.count { sums[i] = 0 }
            plan.walk.forEach { i, o, _, _ in sums[o] = sums[o] &+ Int64(x[i]) }
            for i in 0..<y.count { y[i] = T(truncatingIfNeeded: sums[i] / divisor) }
        }
    }
}

/// A numeric element type the REDUCE_* kernels fold (float32 and the integer types).
protocol ReducibleScalar: Comparable {
    static var zero: Self { get }
    static var one: Self { get }
    /// The lowest finite value (MAX's initial value).
    static var lowest: Self { get }
    /// The highest finite value (MIN's initial value).
    static var highest: Self { get }
    /// Addition (wrapping for integers).
    static func adding(_ a: Self, _ b: Self) -> Self
    /// Multiplication (wrapping for integers).
    static func multiplying(_ a: Self, _ b: Self) -> Self
}

extension Float: ReducibleScalar {
    static var one: Float { 1 }
    static var lowest: Float { -.greatestFiniteMagnitude }
    static var highest: Float { .greatestFiniteMagnitude }
    static func adding(_ a: Float, _ b: Float) -> Float { a + b }
    static func multiplying(_ a: Float, _ b: Float) -> Float { a * b }
}

/// Integer types fold with wrapping arithmetic.
protocol IntegerReducibleScalar: ReducibleScalar, FixedWidthInteger {}

extension IntegerReducibleScalar {
    static var one: Self { 1 }
    static var lowest: Self { .min }
    static var highest: Self { .max }
    static func adding(_ a: Self, _ b: Self) -> Self { a &+ b }
    static func multiplying(_ a: Self, _ b: Self) -> Self { a &* b }
}

extension Int8: IntegerReducibleScalar {}
extension UInt8: IntegerReducibleScalar {}
extension Int16: IntegerReducibleScalar {}
extension Int32: IntegerReducibleScalar {}
extension Int64: IntegerReducibleScalar {}
