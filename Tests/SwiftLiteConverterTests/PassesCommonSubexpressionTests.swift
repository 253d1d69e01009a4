import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// A 3×3 AVERAGE_POOL_2D, stride 1, SAME (NASNet's branch pooling).
private func averagePoolOptions(filter: Int32 = 3) -> BuiltinOptions {
    var o = Pool2DOptions()
    (o.padding, o.strideH, o.strideW, o.filterHeight, o.filterWidth) = (.same, 1, 1, filter, filter)
    return .pool2DOptions(o)
}

@Test func commonSubexpressionEliminationMergesRepeatedBranches() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 5, 5, 3])
    let shape = [-1, 5, 5, 3]
    // NASNet: each branch applies its own ReLU and pooling to the same tensor.
    let relu1 = graph.addOperator(.relu, inputs: [x], output: "relu1", shape: shape, origin: "relu1")
    let relu2 = graph.addOperator(.relu, inputs: [x], output: "relu2", shape: shape, origin: "relu2")
    let pool1 = graph.addOperator(.averagePool2d, options: averagePoolOptions(), inputs: [relu1], output: "pool1", shape: shape, origin: "pool1")
    // Reads the duplicate ReLU: equal to pool1 once the ReLUs are merged.
    let pool2 = graph.addOperator(.averagePool2d, options: averagePoolOptions(), inputs: [relu2], output: "pool2", shape: shape, origin: "pool2")
    // Other options: a different result, kept.
    let pool3 = graph.addOperator(.averagePool2d, options: averagePoolOptions(filter: 2), inputs: [relu2], output: "pool3", shape: shape, origin: "pool3")
    // Equal constants in different tensors count as the same input; a different one does not.
    let c1 = graph.addConstant(name: "c1", shape: [3], floats: [1, 2, 3])
    let c2 = graph.addConstant(name: "c2", shape: [3], floats: [1, 2, 3])
    let c3 = graph.addConstant(name: "c3", shape: [3], floats: [1, 2, 4])
    let add1 = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [pool1, c1], output: "add1", shape: shape, origin: "add1")
    let add2 = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [pool2, c2], output: "add2", shape: shape, origin: "add2")
    let add3 = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [pool2, c3], output: "add3", shape: shape, origin: "add3")
    // Operand order matters (no commutativity assumed): kept.
    let add4 = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [c1, pool1], output: "add4", shape: shape, origin: "add4")
    var concat = ConcatenationOptions()
    concat.axis = 3
    let y = graph.addOperator(
        .concatenation, options: .concatenationOptions(concat), inputs: [add1, add2, add3, add4, pool3], output: "cell_out",
        shape: [-1, 5, 5, 15], origin: "cell_out")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "cell_out", tensor: y)]

    var optimized = graph
    #expect(CommonSubexpressionElimination.run(&optimized))
    DeadCodeElimination.run(&optimized)
    let histogram = PassHarness.histogram(optimized)
    #expect(histogram["RELU"] == 1)
    #expect(histogram["AVERAGE_POOL_2D"] == 2)
    #expect(histogram["ADD"] == 3)
    #expect(optimized.operators.count == 7)
    #expect(optimized[optimized.outputs[0].tensor].name == "cell_out")
    #expect(!CommonSubexpressionElimination.run(&optimized))
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func commonSubexpressionEliminationKeepsModelOutputNames() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    let hidden = graph.addOperator(.tanh, inputs: [x], output: "hidden_tanh", shape: [-1, 4], origin: "hidden")
    let inner = graph.addOperator(.neg, inputs: [hidden], output: "inner", shape: [-1, 4], origin: "inner")
    // A duplicate whose output is a model output: the kept operator takes over its name.
    let visible = graph.addOperator(.tanh, inputs: [x], output: "visible_tanh", shape: [-1, 4], origin: "visible")
    // Two equal operators that are both model outputs: both stay.
    let e1 = graph.addOperator(.exp, inputs: [x], output: "exp_a", shape: [-1, 4], origin: "exp_a")
    let e2 = graph.addOperator(.exp, inputs: [x], output: "exp_b", shape: [-1, 4], origin: "exp_b")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [inner, visible, e1, e2].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }

    var optimized = graph
    #expect(CommonSubexpressionElimination.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(PassHarness.histogram(optimized) == ["TANH": 1, "NEG": 1, "EXP": 2])
    #expect(optimized.outputs.map { optimized[$0.tensor].name } == ["inner", "visible_tanh", "exp_a", "exp_b"])
    #expect(optimized.outputs.map(\.name) == ["inner", "visible_tanh", "exp_a", "exp_b"])
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func commonSubexpressionEliminationLeavesStateAndRandomness() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [1, 3])
    // Operators reading a variable tensor (recurrent state changes between them).
    let state = graph.addTensor(GraphTensor(name: "state", type: .float32, shape: [1, 3], isVariable: true))
    let r1 = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [x, state], output: "r1", shape: [1, 3], origin: "r1")
    let r2 = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [x, state], output: "r2", shape: [1, 3], origin: "r2")
    // Operators writing variable tensors (state resets).
    let w1 = graph.addTensor(GraphTensor(name: "w1", type: .float32, shape: [1, 3], isVariable: true))
    let w2 = graph.addTensor(GraphTensor(name: "w2", type: .float32, shape: [1, 3], isVariable: true))
    graph.addOperator(GraphOperator(opcode: .mul, options: .mulOptions(MulOptions()), inputs: [x, x], outputs: [w1], origin: "reset1"))
    graph.addOperator(GraphOperator(opcode: .mul, options: .mulOptions(MulOptions()), inputs: [x, x], outputs: [w2], origin: "reset2"))
    // Random draws of the same shape.
    let shape = graph.int32Const("shape", [1, 3])
    let u1 = graph.addOperator(.randomUniform, options: .randomOptions(RandomOptions()), inputs: [shape], output: "u1", shape: [1, 3], origin: "u1")
    let u2 = graph.addOperator(.randomUniform, options: .randomOptions(RandomOptions()), inputs: [shape], output: "u2", shape: [1, 3], origin: "u2")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [r1, r2, u1, u2].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }
    var optimized = graph
    #expect(!CommonSubexpressionElimination.run(&optimized))
    #expect(optimized == graph)
}
