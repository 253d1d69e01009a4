import SwiftLiteCore

/// WHERE (versions 1-2) with one input: the coordinates of the non-zero (true) elements of the
/// condition, as an int64 `[count, rank]` tensor in row-major order. The condition may be bool,
/// float32, int8, uint8, int32, uint32 or int64 with rank at least 1. The output's shape depends
/// on the values, so it is dynamic unless the condition is known at prepare.
public final class WhereKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let condition = try context.input(0)
        let output = try context.output(0)
        try context.expectType(condition, [.bool, .float32, .int8, .uint8, .int32, .uint32, .int64], what: "condition")
        guard condition.rank >= 1 else {
            throw context.error(.invalidArgument, "the condition must have rank 1 or more, it is a scalar", tensor: condition)
        }
        output.type = .int64
        output.quantization = nil
        if condition.hasKnownValue {
            try context.resizeOutput(output, to: [Self.trueCount(condition), condition.rank])
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let condition = try context.input(0)
        let output = try context.output(0)
        let count = Self.trueCount(condition)
        if output.isDynamic { try context.resizeOutput(output, to: [count, condition.rank]) }
        let coordinates = output.buffer(of: Int64.self)
        let rank = condition.rank
        guard count > 0, coordinates.count >= count * rank else { return }
        let shape = condition.shape
        var row = 0
        Self.forEachTrue(condition) { flat in
            var rest = flat
            for axis in stride(from: rank - 1, through: 0, by: -1) {
                coordinates[row * rank + axis] = Int64(rest % shape[axis])
                rest /= shape[axis]
            }
            row += 1
        }
    }

    static func trueCount(_ condition: TensorSlot) -> Int {
        var count = 0
        forEachTrue(condition) { _ in count += 1 }
        return count
    }

    /// Calls `body` with the flat index of every non-zero element.
    static func forEachTrue(_ condition: TensorSlot, _ body: (Int) -> Void) {
        func scan<T: Equatable>(_ type: T.Type, zero: T) {
            for (index, value) in condition.buffer(of: T.self).enumerated() where value != zero { body(index) }
        }
        switch condition.type {
        case .bool, .int8, .uint8: scan(UInt8.self, zero: 0)
        case .float32: scan(Float.self, zero: 0)
        case .int32, .uint32: scan(UInt32.self, zero: 0)
        default: scan(UInt64.self, zero: 0)
        }
    }
}
