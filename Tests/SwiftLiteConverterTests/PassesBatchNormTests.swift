import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// Builders for the layers BatchNorm folds into (random weights, seeded).
extension Graph {
    mutating func conv(_ x: TensorID, out: Int, bias: Bool, name: String, random: inout SeededRandom) -> TensorID {
        let inShape = self[x].shape
        let cin = inShape[3]
        var options = Conv2DOptions()
        options.strideW = 1
        options.strideH = 1
        let w = addConstant(name: "\(name)/kernel", shape: [out, 3, 3, cin], floats: random.floats(out * 9 * cin))
        let b: TensorID? = bias ? addConstant(name: "\(name)/bias", shape: [out], floats: random.floats(out)) : nil
        return addOperator(.conv2d, options: .conv2DOptions(options), inputs: [x, w, b], output: name, shape: [inShape[0], inShape[1], inShape[2], out], origin: name)
    }

    mutating func depthwise(_ x: TensorID, bias: Bool, name: String, random: inout SeededRandom) -> TensorID {
        let shape = self[x].shape
        var options = DepthwiseConv2DOptions()
        options.strideW = 1
        options.strideH = 1
        options.depthMultiplier = 2
        let c = shape[3] * 2
        let w = addConstant(name: "\(name)/kernel", shape: [1, 3, 3, c], floats: random.floats(9 * c))
        let b: TensorID? = bias ? addConstant(name: "\(name)/bias", shape: [c], floats: random.floats(c)) : nil
        return addOperator(.depthwiseConv2d, options: .depthwiseConv2DOptions(options), inputs: [x, w, b], output: name, shape: [shape[0], shape[1], shape[2], c], origin: name)
    }

    mutating func dense(_ x: TensorID, units: Int, bias: Bool, name: String, random: inout SeededRandom) -> TensorID {
        let shape = self[x].shape
        let w = addConstant(name: "\(name)/kernel", shape: [units, shape.last ?? 1], floats: random.floats(units * (shape.last ?? 1)))
        let inputs: [TensorID?] = bias ? [x, w, addConstant(name: "\(name)/bias", shape: [units], floats: random.floats(units))] : [x, w]
        return addOperator(.fullyConnected, options: .fullyConnectedOptions(FullyConnectedOptions()), inputs: inputs, output: name, shape: [shape[0], units], origin: name)
    }

    /// BatchNormalization as the lowerings emit it: MUL by a scale, then ADD of an offset.
    mutating func batchNorm(_ x: TensorID, name: String, scaleShape: [Int]? = nil, random: inout SeededRandom) -> TensorID {
        let shape = self[x].shape
        let c = shape.last ?? 1
        let s = addConstant(name: "\(name)/scale", shape: scaleShape ?? [c], floats: random.floats(c, 0.5, 2))
        let m = addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [x, s], output: "\(name)/mul", shape: shape, origin: name)
        let o = addConstant(name: "\(name)/offset", shape: scaleShape ?? [c], floats: random.floats(c))
        return addOperator(.add, options: .addOptions(AddOptions()), inputs: [m, o], output: name, shape: shape, origin: name)
    }
}

@Test func batchNormFoldsIntoConvDepthwiseAndDense() throws {
    var random = SeededRandom(seed: 3)
    var graph = Graph()
    let x = graph.addTensor(name: "image", shape: [-1, 5, 5, 3])
    var t = graph.conv(x, out: 4, bias: false, name: "conv", random: &random)
    t = graph.batchNorm(t, name: "bn1", random: &random)
    t = graph.depthwise(t, bias: true, name: "dw", random: &random)
    t = graph.batchNorm(t, name: "bn2", scaleShape: [1, 1, 1, 8], random: &random)
    t = graph.addOperator(.mean, options: .reducerOptions(ReducerOptions()), inputs: [t, graph.int32Const("axes", [1, 2])], output: "gap", shape: [-1, 8], origin: "gap")
    t = graph.dense(t, units: 5, bias: false, name: "fc", random: &random)
    t = graph.batchNorm(t, name: "bn3", random: &random)
    graph.inputs = [GraphEndpoint(name: "image", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "bn3", tensor: t)]

    var optimized = graph
    #expect(BatchNormFolding.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.conv2d, .depthwiseConv2d, .mean, .fullyConnected])
    // Each layer now writes the BatchNormalization's output tensor and has a bias.
    #expect(optimized.operators.map { optimized[$0.outputs[0]].name } == ["bn1", "bn2", "gap", "bn3"])
    #expect(optimized.operators[0].inputs.count == 3 && optimized.operators[0].inputs[2] != nil)
    #expect(optimized.operators[3].inputs.count == 3 && optimized.operators[3].inputs[2] != nil)
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func batchNormFoldsIntoTransposeConvAndSeparateSteps() throws {
    var random = SeededRandom(seed: 5)
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [1, 3, 3, 2])
    var options = TransposeConvOptions()
    options.padding = .valid
    options.strideW = 2
    options.strideH = 2
    let w = graph.addConstant(name: "deconv/kernel", shape: [3, 2, 2, 2], floats: random.floats(24))
    var t = graph.addOperator(.transposeConv, options: .transposeConvOptions(options), inputs: [graph.int32Const("os", [1, 6, 6, 3]), w, x, nil], output: "deconv", shape: [1, 6, 6, 3], origin: "deconv")
    // MUL alone, with the constant first.
    let s = graph.addConstant(name: "s", shape: [3], floats: [0.5, -2, 1.5])
    t = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [s, t], output: "scaled", shape: [1, 6, 6, 3], origin: "s")
    t = graph.dense(graph.addOperator(.reshape, inputs: [t, graph.int32Const("flat", [1, 108])], output: "flat", shape: [1, 108], origin: "flat"), units: 4, bias: true, name: "fc", random: &random)
    // SUB of a constant alone.
    let c = graph.addConstant(name: "c", shape: [4], floats: [1, 2, 3, 4])
    t = graph.addOperator(.sub, options: .subOptions(SubOptions()), inputs: [t, c], output: "shifted", shape: [1, 4], origin: "shift")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "shifted", tensor: t)]
    var optimized = graph
    #expect(BatchNormFolding.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.transposeConv, .reshape, .fullyConnected])
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func batchNormFoldingLeavesSharedResultsAndFusedActivations() throws {
    var random = SeededRandom(seed: 9)
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    // The dense result is read twice: folding would change the other reader.
    let d = graph.dense(x, units: 3, bias: true, name: "d", random: &random)
    let bn = graph.batchNorm(d, name: "bn", random: &random)
    let other = graph.addOperator(.neg, inputs: [d], output: "other", shape: [-1, 3], origin: "other")
    // A fused activation sits between the layer and the scale.
    var relu = FullyConnectedOptions()
    relu.fusedActivationFunction = .relu
    let w = graph.addConstant(name: "w", shape: [3, 4], floats: random.floats(12))
    let e = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(relu), inputs: [x, w, nil], output: "e", shape: [-1, 3], origin: "e")
    let bn2 = graph.batchNorm(e, name: "bn2", random: &random)
    // A per-row (not per-channel) scale.
    let f = graph.dense(x, units: 3, bias: true, name: "f", random: &random)
    let rows = graph.addConstant(name: "rows", shape: [2, 1], floats: [2, 3])
    let g = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [f, rows], output: "g", shape: [2, 3], origin: "g")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [bn, other, bn2, g].map { GraphEndpoint(name: "o\($0.index)", tensor: $0) }
    var optimized = graph
    #expect(!BatchNormFolding.run(&optimized))
}
