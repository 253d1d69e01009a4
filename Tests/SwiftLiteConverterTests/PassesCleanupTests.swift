import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

@Test func deadCodeEliminationDropsUnreachableOperatorsAndTensors() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 3])
    let unusedConstant = graph.addConstant(name: "unused", shape: [3], floats: [1, 2, 3])
    let a = graph.addOperator(.exp, inputs: [x], output: "a", shape: [-1, 3], origin: "a")
    // A branch nobody reads, two operators long.
    let dead1 = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [a, unusedConstant], output: "dead1", shape: [-1, 3], origin: "dead")
    _ = graph.addOperator(.neg, inputs: [dead1], output: "dead2", shape: [-1, 3], origin: "dead")
    let y = graph.addOperator(.abs, inputs: [a], output: "y", shape: [-1, 3], origin: "y")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "y", tensor: y)]
    var optimized = graph
    #expect(DeadCodeElimination.run(&optimized))
    #expect(optimized.operators.map(\.opcode) == [.exp, .abs])
    #expect(optimized.tensors.map(\.name) == ["x", "a", "y"])
    #expect(optimized[optimized.outputs[0].tensor].name == "y")
    #expect(!DeadCodeElimination.run(&optimized))
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func constantDeduplicationSharesIdenticalConstants() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 3])
    let c1 = graph.addConstant(name: "c1", shape: [3], floats: [1, 2, 3])
    let c2 = graph.addConstant(name: "c2", shape: [3], floats: [1, 2, 3])
    // Same bytes, other shape: a different constant.
    let c3 = graph.addConstant(name: "c3", shape: [1, 3], floats: [1, 2, 3])
    let a = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [x, c1], output: "a", shape: [-1, 3], origin: "a")
    let b = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [a, c2], output: "b", shape: [-1, 3], origin: "b")
    let c = graph.addOperator(.sub, options: .subOptions(SubOptions()), inputs: [b, c3], output: "c", shape: [-1, 3], origin: "c")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "c", tensor: c)]
    var optimized = graph
    #expect(ConstantDeduplication.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.tensors.filter(\.isConstant).map(\.name) == ["c1", "c3"])
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func optimizerShrinksAConvNetAndKeepsItsOutputs() throws {
    for seed in UInt64(1)...4 {
        var random = SeededRandom(seed: seed)
        var graph = Graph()
        let x = graph.addTensor(name: "image", shape: [-1, 6, 6, 2])
        var t = graph.conv(x, out: 4, bias: random.next() % 2 == 0, name: "conv1", random: &random)
        t = graph.batchNorm(t, name: "bn1", random: &random)
        t = graph.addOperator(.relu6, inputs: [t], output: "relu1", shape: [-1, 6, 6, 4], origin: "relu1")
        // A no-op Dropout-like reshape and a CAST to the same type.
        t = graph.addOperator(.reshape, inputs: [t, graph.int32Const("same", [-1, 6, 6, 4])], output: "drop", shape: [-1, 6, 6, 4], origin: "drop")
        t = graph.depthwise(t, bias: false, name: "dw", random: &random)
        t = graph.batchNorm(t, name: "bn2", random: &random)
        t = graph.addOperator(.relu, inputs: [t], output: "relu2", shape: [-1, 6, 6, 8], origin: "relu2")
        t = graph.addOperator(.mean, options: .reducerOptions(ReducerOptions()), inputs: [t, graph.int32Const("axes", [1, 2])], output: "gap", shape: [-1, 8], origin: "gap")
        // Weights computed from constants at run time (transposed): folded.
        let stored = graph.addConstant(name: "fc/kernel_io", shape: [8, 3], floats: random.floats(24))
        let kernel = graph.addOperator(.transpose, inputs: [stored, graph.int32Const("perm", [1, 0])], output: "fc/kernel", shape: [3, 8], origin: "fc")
        t = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(FullyConnectedOptions()), inputs: [t, kernel, nil], output: "fc", shape: [-1, 3], origin: "fc")
        t = graph.addOperator(.softmax, options: .softmaxOptions({ var o = SoftmaxOptions(); o.beta = 1; return o }()), inputs: [t], output: "predictions", shape: [-1, 3], origin: "predictions")
        graph.inputs = [GraphEndpoint(name: "image", tensor: x)]
        graph.outputs = [GraphEndpoint(name: "predictions", tensor: t)]

        var optimized = graph
        try GraphOptimizer.optimize(&optimized)
        #expect(optimized.operators.map(\.opcode) == [.conv2d, .depthwiseConv2d, .mean, .fullyConnected, .softmax])
        #expect(optimized.operators.prefix(2).map(\.fusedActivation) == [.relu6, .relu])
        #expect(optimized[optimized.outputs[0].tensor].name == "predictions")
        try PassHarness.expectEquivalent(graph, optimized, seed: seed)
    }
}

@Test func optimizerLeavesAnAlreadyMinimalGraph() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 3])
    let y = graph.addOperator(.logistic, inputs: [x], output: "y", shape: [-1, 3], origin: "y")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "y", tensor: y)]
    var optimized = graph
    try GraphOptimizer.optimize(&optimized)
    #expect(optimized == graph)
}
