import SwiftLiteCore

/// LESS (v1-3), LESS_EQUAL (v1-2), GREATER (v1-2), GREATER_EQUAL (v1-3), EQUAL (v1-5) and
/// NOT_EQUAL (v1-4): elementwise comparison of two tensors of the same type with NumPy
/// broadcasting, giving a bool tensor.
///
/// Types: float32, int32, int64 and int16; EQUAL and NOT_EQUAL also bool. Float comparisons
/// follow IEEE (any comparison with NaN is false, except NOT_EQUAL). Quantized int8/uint8 inputs,
/// and quantized int16 inputs of EQUAL/NOT_EQUAL, are compared after TFLite's rescaling (see
/// ``QuantizedComparison``); TFLite compares other int16 inputs raw, whatever their scales.
/// Strings are refused.
public final class ComparisonKernel: OpKernel {
    /// The comparison.
    public enum Operation: Sendable, Equatable {
        case less, lessEqual, greater, greaterEqual, equal, notEqual
    }

    let operation: Operation
    private var walk = IndexWalk(shape: [], strides: [])
    private var quantized: QuantizedComparison?

    /// A kernel for `operation`.
    public init(_ operation: Operation) {
        self.operation = operation
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let a = try context.input(0)
        let b = try context.input(1)
        let output = try context.output(0)
        guard a.type == b.type else {
            throw context.error(.typeMismatch, "inputs have different types \(a.type) and \(b.type)")
        }
        var types: Set<ElementType> = [.float32, .int32, .int64, .int16]
        if operation == .equal || operation == .notEqual { types.insert(.bool) }
        quantized = nil
        let scaledInt16 = a.type == .int16 && a.quantization != nil && (operation == .equal || operation == .notEqual)
        if a.type == .int8 || a.type == .uint8 || scaledInt16 {
            quantized = try QuantizedComparison(a: a, b: b, context: context)
        } else {
            try context.expectType(a, types, what: "input")
        }
        guard let shape = Broadcast.shape(a.shape, b.shape) else {
            throw context.error(.shapeMismatch, "shapes \(a.shape) and \(b.shape) do not broadcast")
        }
        walk = IndexWalk.broadcasting([a.shape, b.shape], to: shape)
        output.type = .bool
        output.quantization = nil
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let a = try context.input(0)
        let b = try context.input(1)
        let output = try context.output(0)
        if let quantized {
            quantized.eval(operation, a, b, output, walk: walk)
            return
        }
        switch a.type {
        case .float32: compare(a, b, output, Float.self)
        case .int32: compare(a, b, output, Int32.self)
        case .int64: compare(a, b, output, Int64.self)
        case .int16: compare(a, b, output, Int16.self)
        case .bool: compareBool(a, b, output)
        default: throw context.error(.unsupported, "unsupported input type \(a.type)", tensor: a)
        }
    }

    private func compare<T: Comparable>(_ a: TensorSlot, _ b: TensorSlot, _ output: TensorSlot, _ type: T.Type) {
        let x = a.buffer(of: T.self)
        let y = b.buffer(of: T.self)
        let out = output.buffer(of: UInt8.self)
        guard out.count == walk.count else { return }
        switch operation {
        case .less: walk.forEach { o, i, j, _ in out[o] = x[i] < y[j] ? 1 : 0 }
        case .lessEqual: walk.forEach { o, i, j, _ in out[o] = x[i] <= y[j] ? 1 : 0 }
        case .greater: walk.forEach { o, i, j, _ in out[o] = x[i] > y[j] ? 1 : 0 }
        case .greaterEqual: walk.forEach { o, i, j, _ in out[o] = x[i] >= y[j] ? 1 : 0 }
        case .equal: walk.forEach { o, i, j, _ in out[o] = x[i] == y[j] ? 1 : 0 }
        case .notEqual: walk.forEach { o, i, j, _ in out[o] = x[i] != y[j] ? 1 : 0 }
        }
    }

    private func compareBool(_ a: TensorSlot, _ b: TensorSlot, _ output: TensorSlot) {
        let x = a.buffer(of: UInt8.self)
        let y = b.buffer(of: UInt8.self)
        let out = output.buffer(of: UInt8.self)
        guard out.count == walk.count else { return }
        let wantEqual: UInt8 = operation == .equal ? 1 : 0
        walk.forEach { o, i, j, _ in out[o] = (x[i] != 0) == (y[j] != 0) ? wantEqual : 1 - wantEqual }
    }
}
