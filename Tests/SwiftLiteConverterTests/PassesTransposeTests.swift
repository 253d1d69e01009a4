import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

extension Graph {
    /// TRANSPOSE by `perm`, with the output shape permuted accordingly.
    mutating func transposed(_ x: TensorID, _ perm: [Int32], name: String) -> TensorID {
        let shape = perm.map { self[x].shape[Int($0)] }
        return addOperator(.transpose, inputs: [x, int32Const("\(name)/perm", perm)], output: name, shape: shape, origin: name)
    }
}

@Test func transposePairsOfChannelsFirstLayersCancel() throws {
    // Two channels-first layers, each lowered as TRANSPOSE to NHWC, the layer, TRANSPOSE back.
    var random = SeededRandom(seed: 21)
    var graph = Graph()
    let x = graph.addTensor(name: "image", shape: [-1, 3, 6, 5])
    var t = graph.transposed(x, [0, 2, 3, 1], name: "conv1/to_channels_last")
    t = graph.convLayer(t, out: 4, kernel: 3, padding: .same, name: "conv1/channels_last", random: &random)
    t = graph.transposed(t, [0, 3, 1, 2], name: "conv1")
    t = graph.transposed(t, [0, 2, 3, 1], name: "conv2/to_channels_last")
    t = graph.convLayer(t, out: 2, kernel: 3, padding: .same, name: "conv2/channels_last", random: &random)
    let y = graph.transposed(t, [0, 3, 1, 2], name: "conv2")
    graph.inputs = [GraphEndpoint(name: "image", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "conv2", tensor: y)]

    var optimized = graph
    try GraphOptimizer.optimize(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.transpose, .conv2d, .conv2d, .transpose])
    #expect(optimized[optimized.outputs[0].tensor].name == "conv2")
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func transposeCompositionComposesPermutations() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 2, 3, 4])
    let inner = graph.transposed(x, [0, 2, 3, 1], name: "inner")  // [-1, 3, 4, 2]
    let outer = graph.transposed(inner, [0, 3, 2, 1], name: "outer")  // [-1, 2, 4, 3]
    // The inner result has another reader: it stays, the outer one reads x directly.
    let other = graph.addOperator(.neg, inputs: [inner], output: "other", shape: graph[inner].shape, origin: "other")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "outer", tensor: outer), GraphEndpoint(name: "other", tensor: other)]

    var optimized = graph
    #expect(TransposeComposition.run(&optimized))
    let rewritten = optimized.operators[1]
    #expect(rewritten.inputs[0] == x)
    // Composed by hand: outer[i] = inner[p2[i]] = x[p1[p2[i]]], p1 = [0, 2, 3, 1], p2 = [0, 3, 2, 1].
    #expect(optimized.constantInts(rewritten.inputs[1]) == [0, 1, 3, 2])
    #expect(!TransposeComposition.run(&optimized))
    try PassHarness.expectEquivalent(graph, optimized)
    // Nothing more to remove: the two transposes are still needed.
    var whole = graph
    try GraphOptimizer.optimize(&whole)
    #expect(PassHarness.histogram(whole) == ["TRANSPOSE": 2, "NEG": 1])
    try PassHarness.expectEquivalent(graph, whole)
}

@Test func cancellingTransposesBeforeAModelOutputKeepItsName() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 2, 3])
    let e = graph.addOperator(.exp, inputs: [x], output: "exp", shape: [-1, 2, 3], origin: "exp")
    let t1 = graph.transposed(e, [0, 2, 1], name: "t1")
    let t2 = graph.transposed(t1, [0, 2, 1], name: "keras_output")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "keras_output", tensor: t2)]
    var optimized = graph
    try GraphOptimizer.optimize(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.exp])
    #expect(optimized[optimized.outputs[0].tensor].name == "keras_output")
    try PassHarness.expectEquivalent(graph, optimized)
}
