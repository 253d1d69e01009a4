import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

@Test func activationFusionFoldsClampsIntoProducers() throws {
    var random = SeededRandom(seed: 21)
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4, 4, 2])
    var t = graph.conv(x, out: 3, bias: true, name: "conv", random: &random)
    t = graph.addOperator(.relu, inputs: [t], output: "conv_relu", shape: [-1, 4, 4, 3], origin: "conv_relu")
    var pool = Pool2DOptions()
    pool.strideW = 2
    pool.strideH = 2
    pool.filterWidth = 2
    pool.filterHeight = 2
    pool.padding = .valid
    t = graph.addOperator(.maxPool2d, options: .pool2DOptions(pool), inputs: [t], output: "pool", shape: [-1, 2, 2, 3], origin: "pool")
    t = graph.addOperator(.reluN1To1, inputs: [t], output: "pool_clip", shape: [-1, 2, 2, 3], origin: "pool_clip")
    let shift = graph.addConstant(name: "shift", shape: [3], floats: [0.5, 3, -0.25])
    // ADD lowered without options still fuses.
    t = graph.addOperator(.add, inputs: [t, shift], output: "shifted", shape: [-1, 2, 2, 3], origin: "shift")
    t = graph.addOperator(.relu6, inputs: [t], output: "keras_output", shape: [-1, 2, 2, 3], origin: "act")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "keras_output", tensor: t)]

    var optimized = graph
    #expect(ActivationFusion.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.conv2d, .maxPool2d, .add])
    #expect(optimized.operators.map(\.fusedActivation) == [.relu, .reluN1To1, .relu6])
    // The model output keeps the Keras name.
    #expect(optimized[optimized.outputs[0].tensor].name == "keras_output")
    let model = try TFLiteExporter.makeModel(optimized, description: "")
    let subgraph = try #require(model.subgraphs?.first)
    #expect(subgraph.tensors?[Int(subgraph.outputs?[0] ?? 0)].name == "keras_output")
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func activationFusionLeavesWhatTFLiteWouldNotApply() throws {
    var random = SeededRandom(seed: 22)
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    let y = graph.addTensor(name: "y", shape: [-1, 4])
    // TANH after a dense layer: a fused TANH is ignored by TFLite's kernels.
    let d = graph.dense(x, units: 4, bias: true, name: "d", random: &random)
    let th = graph.addOperator(.tanh, inputs: [d], output: "tanh", shape: [-1, 4], origin: "tanh")
    // RELU after CONCATENATION: TFLite refuses a fused activation there.
    let cat = graph.addOperator(.concatenation, options: .concatenationOptions(ConcatenationOptions()), inputs: [x, y], output: "cat", shape: [-1, 8], origin: "cat")
    let r = graph.addOperator(.relu, inputs: [cat], output: "cat_relu", shape: [-1, 8], origin: "cat_relu")
    // RELU after a result that is read twice, and after a result that is a model output.
    let s = graph.addOperator(.sub, options: .subOptions(SubOptions()), inputs: [x, y], output: "sub", shape: [-1, 4], origin: "sub")
    let r2 = graph.addOperator(.relu, inputs: [s], output: "sub_relu", shape: [-1, 4], origin: "sub_relu")
    let n = graph.addOperator(.neg, inputs: [s], output: "neg", shape: [-1, 4], origin: "neg")
    let m = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [x, y], output: "mul", shape: [-1, 4], origin: "mul")
    let r3 = graph.addOperator(.relu, inputs: [m], output: "mul_relu", shape: [-1, 4], origin: "mul_relu")
    // RELU after an op that already has an activation.
    var relu6 = DivOptions()
    relu6.fusedActivationFunction = .relu6
    let dv = graph.addOperator(.div, options: .divOptions(relu6), inputs: [x, y], output: "div", shape: [-1, 4], origin: "div")
    let r4 = graph.addOperator(.reluN1To1, inputs: [dv], output: "div_clip", shape: [-1, 4], origin: "div_clip")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x), GraphEndpoint(name: "y", tensor: y)]
    graph.outputs = [th, r, r2, n, m, r3, r4].map { GraphEndpoint(name: "o\($0.index)", tensor: $0) }
    var optimized = graph
    #expect(!ActivationFusion.run(&optimized))
}
