import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

@Test func constantFoldingEvaluatesConstantSubgraphs() throws {
    var random = SeededRandom(seed: 11)
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    // Weights stored [in, out] and transposed at run time, then scaled: both fold.
    let stored = random.floats(12)
    let w = graph.addConstant(name: "w_in_out", shape: [4, 3], floats: stored)
    let wt = graph.addOperator(.transpose, inputs: [w, graph.int32Const("perm", [1, 0])], output: "w_t", shape: [3, 4], origin: "dense")
    let two = graph.addConstant(name: "two", shape: [1], floats: [2])
    let scaled = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [wt, two], output: "w_scaled", shape: [3, 4], origin: "dense")
    let y = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(FullyConnectedOptions()), inputs: [x, scaled, nil], output: "y", shape: [-1, 3], origin: "dense")
    // SHAPE of a fully known tensor folds; RESHAPE then reads a constant target.
    let z = graph.addOperator(.exp, inputs: [y], output: "z", shape: [-1, 3], origin: "z")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "z", tensor: z)]

    var optimized = graph
    #expect(ConstantFolding.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.fullyConnected, .exp])
    // The folded weights equal the transposed, doubled values computed by hand.
    let folded = try #require(optimized.plainFloatConstant(optimized.operators[0].inputs[1]))
    var expected: [Float] = []
    for o in 0..<3 { for i in 0..<4 { expected.append(stored[i * 3 + o] * 2) } }
    #expect(folded == expected)
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func constantFoldingFoldsKnownShapesAndLeavesDynamicOnes() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 6])
    let c = graph.addConstant(name: "c", shape: [2, 3], floats: [1, 2, 3, 4, 5, 6])
    var int32Shape = ShapeOptions()
    int32Shape.outType = .int32
    let shapeOfC = graph.addOperator(.shape, options: .shapeOptions(int32Shape), inputs: [c], output: "shape_c", type: .int32, shape: [2], origin: "s")
    let dynamicShape = graph.addOperator(.shape, options: .shapeOptions(int32Shape), inputs: [x], output: "shape_x", type: .int32, shape: [2], origin: "s")
    let first = graph.addOperator(.reshape, inputs: [x, graph.int32Const("t", [-1, 2, 3])], output: "r", shape: [-1, 2, 3], origin: "r")
    let r = graph.addOperator(.reshape, inputs: [first, dynamicShape], output: "back", shape: [-1, 6], origin: "r")
    let q = graph.addOperator(.reshape, inputs: [r, graph.int32Const("t2", [-1, 2, 3])], output: "q", shape: [-1, 2, 3], origin: "q")
    let cc = graph.addOperator(.reshape, inputs: [c, shapeOfC], output: "cc", shape: [2, 3], origin: "cc")
    let y = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [q, cc], output: "y", shape: [-1, 2, 3], origin: "y")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "y", tensor: y)]
    var optimized = graph
    #expect(ConstantFolding.run(&optimized))
    DeadCodeElimination.run(&optimized)
    // SHAPE(c) and RESHAPE(c) fold; SHAPE(x) has a dynamic batch and stays.
    #expect(PassHarness.histogram(optimized) == ["SHAPE": 1, "RESHAPE": 3, "ADD": 1])
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func constantFoldingLeavesLargeExpansionsAndModelOutputs() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    let value = graph.addConstant(name: "v", shape: [], floats: [3])
    // FILL to 100k elements would add 400 KB to the file: not folded.
    let big = graph.addOperator(.fill, inputs: [graph.int32Const("dims", [250, 400]), value], output: "big", shape: [250, 400], origin: "fill")
    let sum = graph.addOperator(.sum, options: .reducerOptions(ReducerOptions()), inputs: [big, graph.int32Const("axes", [0, 1])], output: "total", shape: [], origin: "sum")
    let y = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [x, sum], output: "y", shape: [-1, 4], origin: "y")
    // A constant computation that is itself a model output stays an operator.
    let two = graph.addConstant(name: "two", shape: [2], floats: [2, 2])
    let out2 = graph.addOperator(.neg, inputs: [two], output: "neg", shape: [2], origin: "neg")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "y", tensor: y), GraphEndpoint(name: "neg", tensor: out2)]
    var optimized = graph
    ConstantFolding.run(&optimized)
    #expect(PassHarness.histogram(optimized) == ["FILL": 1, "SUM": 1, "ADD": 1, "NEG": 1])
}
