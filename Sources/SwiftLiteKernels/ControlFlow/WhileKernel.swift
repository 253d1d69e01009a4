import SwiftLiteCore

/// WHILE (version 1): runs the body subgraph while the condition subgraph returns true, the loop
/// state passing from body outputs to the next iteration's inputs (TFLite's `while.cc`).
///
/// The state lives in the condition subgraph's input tensors. When the body keeps every shape
/// (the common case, e.g. recurrent loops), both subgraphs are prepared once at
/// `allocateTensors()` and the loop allocates nothing; when a shape changes from one iteration
/// to the next, the affected subgraph is prepared again and the node's outputs are dynamic.
/// A loop running more iterations than the interpreter's `RuntimeLimits.maxLoopIterations`
/// throws `.resourceExhausted`.
public final class WhileKernel: OpKernel {
    let conditionIndex: Int
    let bodyIndex: Int

    /// A loop over subgraphs `condition` and `body`.
    public init(condition: Int, body: Int) {
        self.conditionIndex = condition
        self.bodyIndex = body
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        let condition = try context.environment.subgraph(conditionIndex)
        let body = try context.environment.subgraph(bodyIndex)
        let inputs = try (0..<context.inputs.count).map { index throws(SwiftLiteError) in try context.input(index) }
        guard inputs.count == context.outputs.count else {
            throw context.error(.invalidArgument, "has \(inputs.count) inputs but \(context.outputs.count) outputs")
        }
        guard condition.outputSlots.count == 1 else {
            throw context.error(.invalidArgument, "condition subgraph \(conditionIndex) must have one output")
        }
        guard body.outputSlots.count == inputs.count else {
            throw context.error(.invalidArgument, "body subgraph \(bodyIndex) has \(body.outputSlots.count) outputs for \(inputs.count) loop values")
        }
        try SubgraphTransfer.matchShapes(inputs, to: condition, context: context)
        guard condition.outputSlots[0].type == .bool else {
            throw context.error(.typeMismatch, "condition subgraph \(conditionIndex) returns \(condition.outputSlots[0].type), not bool")
        }
        try SubgraphTransfer.matchShapes(inputs, to: body, context: context)
        var shapesStable = true
        for (index, (input, output)) in zip(inputs, body.outputSlots).enumerated() {
            guard input.type == output.type else {
                throw context.error(.typeMismatch, "body output \(index) is \(output.type) but the loop value is \(input.type)")
            }
            if input.shape != output.shape { shapesStable = false }
        }
        for (input, output) in zip(inputs, context.outputs) {
            output.type = input.type
            output.quantization = input.quantization
            if shapesStable {
                try context.resizeOutput(output, to: input.shape)
            } else {
                output.isDynamic = true
            }
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let condition = try context.environment.subgraph(conditionIndex)
        let body = try context.environment.subgraph(bodyIndex)
        let inputs = try (0..<context.inputs.count).map { index throws(SwiftLiteError) in try context.input(index) }
        try SubgraphTransfer.matchShapes(inputs, to: condition, context: context)
        try SubgraphTransfer.copyValues(inputs, into: condition.inputSlots, context: context)
        let limit = context.environment.limits.maxLoopIterations
        var iterations = 0
        while true {
            try condition.invoke()
            let flag = condition.outputSlots[0]
            guard let data = flag.data, flag.elementCount >= 1 else {
                throw context.error(.runtimeFailure, "condition subgraph returned no value")
            }
            if data.load(as: UInt8.self) == 0 { break }
            guard iterations < limit else {
                throw context.error(.resourceExhausted, "the loop ran \(limit) iterations without its condition turning false (RuntimeLimits.maxLoopIterations)")
            }
            iterations += 1
            try SubgraphTransfer.matchShapes(condition.inputSlots, to: body, context: context)
            try SubgraphTransfer.copyValues(condition.inputSlots, into: body.inputSlots, context: context)
            try body.invoke()
            try SubgraphTransfer.matchShapes(body.outputSlots, to: condition, context: context)
            try SubgraphTransfer.copyValues(body.outputSlots, into: condition.inputSlots, context: context)
        }
        for (state, output) in zip(condition.inputSlots, context.outputs) {
            if output.shape != state.shape { try context.resizeOutput(output, to: state.shape) }
        }
        try SubgraphTransfer.copyValues(condition.inputSlots, into: context.outputs, context: context)
    }
}
