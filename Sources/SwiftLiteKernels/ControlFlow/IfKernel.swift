import SwiftLiteCore

/// IF (version 1): runs the `then` or the `else` subgraph on inputs 1... depending on the boolean
/// input 0, and returns that branch's outputs (TFLite's `if.cc`). Outputs are dynamic when the
/// two branches disagree on output shapes.
public final class IfKernel: OpKernel {
    let thenIndex: Int
    let elseIndex: Int

    /// A conditional over subgraphs `then` and `else`.
    public init(then: Int, else: Int) {
        self.thenIndex = then
        self.elseIndex = `else`
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        let condition = try context.input(0)
        guard condition.type == .bool, condition.elementCount == 1 else {
            throw context.error(.invalidArgument, "condition must be one bool, got \(condition.type)\(condition.shape)")
        }
        let arguments = try (1..<max(1, context.inputs.count)).map { index throws(SwiftLiteError) in try context.input(index) }
        let branches = [try context.environment.subgraph(thenIndex), try context.environment.subgraph(elseIndex)]
        for branch in branches {
            try SubgraphTransfer.matchShapes(arguments, to: branch, context: context)
            guard branch.outputSlots.count == context.outputs.count else {
                throw context.error(.invalidArgument, "a branch has \(branch.outputSlots.count) outputs for \(context.outputs.count) node outputs")
            }
        }
        for (index, output) in context.outputs.enumerated() {
            let a = branches[0].outputSlots[index]
            let b = branches[1].outputSlots[index]
            guard a.type == b.type else {
                throw context.error(.typeMismatch, "branches disagree on the type of output \(index): \(a.type) and \(b.type)")
            }
            output.type = a.type
            if a.shape == b.shape && !a.isDynamic && !b.isDynamic {
                try context.resizeOutput(output, to: a.shape)
            } else {
                output.isDynamic = true
            }
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let condition = try context.input(0)
        let arguments = try (1..<max(1, context.inputs.count)).map { index throws(SwiftLiteError) in try context.input(index) }
        let takeThen = condition.data?.load(as: UInt8.self) ?? 0 != 0
        let branch = try context.environment.subgraph(takeThen ? thenIndex : elseIndex)
        try SubgraphTransfer.matchShapes(arguments, to: branch, context: context)
        try SubgraphTransfer.copyValues(arguments, into: branch.inputSlots, context: context)
        try branch.invoke()
        for (result, output) in zip(branch.outputSlots, context.outputs) where output.shape != result.shape {
            try context.resizeOutput(output, to: result.shape)
        }
        try SubgraphTransfer.copyValues(branch.outputSlots, into: context.outputs, context: context)
    }
}
