import SwiftLiteCore

/// LOGICAL_AND, LOGICAL_OR (two bool inputs, NumPy broadcasting) and LOGICAL_NOT (one bool
/// input), all version 1, giving a bool tensor. Any nonzero byte reads as true; outputs are 0
/// or 1.
public final class LogicalKernel: OpKernel {
    /// The operation.
    public enum Operation: Sendable, Equatable {
        case and, or, not
    }

    let operation: Operation
    private var walk = IndexWalk(shape: [], strides: [])

    /// A kernel for `operation`.
    public init(_ operation: Operation) {
        self.operation = operation
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        let arity = operation == .not ? 1 : 2
        try context.expectCounts(inputs: arity...arity, outputs: 1...1)
        let output = try context.output(0)
        var shapes: [[Int]] = []
        for index in 0..<arity {
            let input = try context.input(index)
            try context.expectType(input, [.bool], what: "input")
            shapes.append(input.shape)
        }
        guard let shape = Broadcast.shape(of: shapes) else {
            throw context.error(.shapeMismatch, "shapes \(shapes[0]) and \(shapes[1]) do not broadcast")
        }
        walk = IndexWalk.broadcasting(shapes, to: shape)
        output.type = .bool
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let x = try context.input(0).buffer(of: UInt8.self)
        let out = try context.output(0).buffer(of: UInt8.self)
        guard out.count == walk.count else { return }
        switch operation {
        case .not:
            for i in 0..<Swift.min(x.count, out.count) { out[i] = x[i] == 0 ? 1 : 0 }
        case .and:
            let y = try context.input(1).buffer(of: UInt8.self)
            walk.forEach { o, i, j, _ in out[o] = x[i] != 0 && y[j] != 0 ? 1 : 0 }
        case .or:
            let y = try context.input(1).buffer(of: UInt8.self)
            walk.forEach { o, i, j, _ in out[o] = x[i] != 0 || y[j] != 0 ? 1 : 0 }
        }
    }
}
