import Foundation
import SwiftLite
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// A dense layer with a dynamic batch, a shared constant and an unused tensor.
private func denseGraph() -> (Graph, weights: [Float], bias: [Float]) {
    var graph = Graph()
    let input = graph.addTensor(name: "features", shape: [-1, 3])
    let weights: [Float] = [0.5, -1, 2, 1.5, 0.25, -0.75]
    let bias: [Float] = [0.1, -0.2]
    let w = graph.addConstant(name: "dense/kernel", shape: [2, 3], floats: weights)
    let b = graph.addConstant(name: "dense/bias", shape: [2], floats: bias)
    _ = graph.addConstant(name: "unused", shape: [1], floats: [42])
    var options = FullyConnectedOptions()
    options.fusedActivationFunction = .relu
    let y = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(options), inputs: [input, w, b], output: "dense", shape: [-1, 2], origin: "dense")
    // A second constant with the same bytes as the bias must share its buffer.
    let b2 = graph.addConstant(name: "offset", shape: [2], floats: bias)
    let z = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [y, b2], output: "scores", shape: [-1, 2], origin: "scores")
    graph.inputs = [GraphEndpoint(name: "features", tensor: input)]
    graph.outputs = [GraphEndpoint(name: "scores", tensor: z)]
    return (graph, weights, bias)
}

@Test func exportWritesTensorsBuffersAndSignature() throws {
    let (graph, _, _) = denseGraph()
    let model = try TFLiteExporter.makeModel(graph, description: "test")
    #expect(model.version == 3)
    let buffers = try #require(model.buffers)
    #expect(buffers[0].data == nil)
    let subgraph = try #require(model.subgraphs?.first)
    let tensors = try #require(subgraph.tensors)
    #expect(!tensors.contains { $0.name == "unused" })
    #expect(tensors.count == 6)
    let input = tensors[Int(subgraph.inputs?[0] ?? -1)]
    #expect(input.name == "features")
    #expect(input.shape == [1, 3])
    #expect(input.shapeSignature == [-1, 3])
    let kernel = try #require(tensors.first { $0.name == "dense/kernel" })
    #expect(kernel.shapeSignature == nil)
    #expect(buffers[Int(kernel.buffer)].data?.count == 24)
    let bias = try #require(tensors.first { $0.name == "dense/bias" })
    let offset = try #require(tensors.first { $0.name == "offset" })
    #expect(bias.buffer == offset.buffer)
    #expect(bias.buffer != 0)
    // Activations point at the empty buffer 0.
    #expect(tensors.first { $0.name == "dense" }?.buffer == 0)
    let signature = try #require(model.signatureDefs?.first)
    #expect(signature.signatureKey == "serving_default")
    #expect(signature.inputs?.map(\.name) == ["features"])
    #expect(signature.outputs?.map(\.name) == ["output_0"])
    #expect(signature.outputs?.first?.tensorIndex == UInt32(subgraph.outputs?[0] ?? -1))
    let metadata = try #require(model.metadata?.first { $0.name == "min_runtime_version" })
    #expect(buffers[Int(metadata.buffer)].data?.count == 16)
}

@Test func exportDeduplicatesOperatorCodesAndWritesOmittedInputs() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [1, 4])
    let w = graph.addConstant(name: "w", shape: [4, 4], floats: (0..<16).map { Float($0) / 16 })
    let a = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(FullyConnectedOptions()), inputs: [x, w, nil], output: "a", shape: [1, 4], origin: "a")
    let b = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(FullyConnectedOptions()), inputs: [a, w, nil], output: "b", shape: [1, 4], origin: "b")
    let c = graph.addOperator(.gelu, options: .geluOptions(GeluOptions()), inputs: [b], output: "c", shape: [1, 4], origin: "c")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "c", tensor: c)]
    let model = try TFLiteExporter.makeModel(graph, description: "test")
    let codes = try #require(model.operatorCodes)
    #expect(codes.count == 2)
    #expect(codes[0].builtinCode == .fullyConnected && codes[0].deprecatedBuiltinCode == 9)
    // GELU (150) does not fit the 8-bit field: the placeholder 127 goes there.
    #expect(codes[1].builtinCode == .gelu && codes[1].deprecatedBuiltinCode == 127)
    let ops = try #require(model.subgraphs?.first?.operators)
    #expect(ops.map(\.opcodeIndex) == [0, 0, 1])
    #expect(ops[0].inputs?.last == -1)
}

@Test func exportRejectsDanglingTensor() {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [1])
    graph.addOperator(GraphOperator(opcode: .relu, inputs: [x], outputs: [TensorID(7)], origin: "broken"))
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    #expect(throws: ConversionError.self) { try TFLiteExporter.makeModel(graph, description: "") }
}

@Test func exportedModelRunsInSwiftLiteWithResizedBatch() throws {
    let (graph, weights, bias) = denseGraph()
    let input: [Float] = [1, 2, 3, -1, 0.5, 4]
    let outputs = try GraphRunner.run(graph, inputs: [GraphRunner.Value(shape: [2, 3], floats: input)])
    #expect(outputs.count == 1)
    #expect(outputs[0].shape == [2, 2])
    var expected: [Float] = []
    for row in 0..<2 {
        for unit in 0..<2 {
            var sum = bias[unit]
            for k in 0..<3 { sum += input[row * 3 + k] * weights[unit * 3 + k] }
            expected.append(max(sum, 0) + bias[unit])
        }
    }
    for (got, want) in zip(outputs[0].floats, expected) { #expect(abs(got - want) < 1e-5) }
}

@Test func exportWritesExtraSubgraphsAfterMain() throws {
    var body = Graph()
    let i = body.addTensor(name: "i", shape: [1])
    let o = body.addOperator(.neg, inputs: [i], output: "o", shape: [1], origin: "body")
    body.inputs = [GraphEndpoint(name: "i", tensor: i)]
    body.outputs = [GraphEndpoint(name: "o", tensor: o)]
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [1])
    let y = graph.addOperator(.abs, inputs: [x], output: "y", shape: [1], origin: "abs")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "y", tensor: y)]
    graph.subgraphs = [body]
    let model = try TFLiteExporter.makeModel(graph, description: "")
    #expect(model.subgraphs?.count == 2)
    #expect(model.subgraphs?[1].operators?.count == 1)
    #expect(model.operatorCodes?.map(\.builtinCode) == [.abs, .neg])
}

@Test func exportSetsOperatorVersionsAndMinimumRuntime() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    let w = graph.addConstant(name: "w", shape: [2, 4], floats: [1, 2, 3, 4, 5, 6, 7, 8])
    // Two FULLY_CONNECTED uses: with an omitted bias (version 1) and without a bias input at all
    // (version 6); the shared operator code carries the higher one.
    let a = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(FullyConnectedOptions()), inputs: [x, w, nil], output: "a", shape: [-1, 2], origin: "a")
    let w2 = graph.addConstant(name: "w2", shape: [4, 2], floats: [1, 0, 0, 1, 1, 0, 0, 1])
    let b = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(FullyConnectedOptions()), inputs: [a, w2], output: "b", shape: [-1, 4], origin: "b")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "b", tensor: b)]
    let model = try TFLiteExporter.makeModel(graph, description: "")
    #expect(model.operatorCodes?.count == 1)
    #expect(model.operatorCodes?.first?.version == 6)
    let entry = try #require(model.metadata?.first { $0.name == RuntimeVersion.metadataName })
    let release = try #require(RuntimeVersion.release(for: .fullyConnected, version: 6))
    #expect(model.buffers?[Int(entry.buffer)].data == RuntimeVersion.metadataBytes(release))
    #expect(release != RuntimeVersion.release(for: .fullyConnected, version: 1))
}

@Test func exportGivesConvolutionsWithoutBiasAZeroBias() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 3, 3, 2])
    var options = Conv2DOptions()
    options.strideW = 1
    options.strideH = 1
    let w = graph.addConstant(name: "k", shape: [4, 1, 1, 2], floats: [1, 2, 3, 4, 5, 6, 7, 8])
    let y = graph.addOperator(.conv2d, options: .conv2DOptions(options), inputs: [x, w], output: "conv", shape: [-1, 3, 3, 4], origin: "conv")
    var dw = DepthwiseConv2DOptions()
    dw.strideW = 1
    dw.strideH = 1
    dw.depthMultiplier = 1
    let k = graph.addConstant(name: "dk", shape: [1, 1, 1, 4], floats: [1, -1, 2, -2])
    let z = graph.addOperator(.depthwiseConv2d, options: .depthwiseConv2DOptions(dw), inputs: [y, k, nil], output: "dw", shape: [-1, 3, 3, 4], origin: "dw")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "dw", tensor: z)]
    let model = try TFLiteExporter.makeModel(graph, description: "")
    let subgraph = try #require(model.subgraphs?.first)
    for op in subgraph.operators ?? [] {
        let inputs = try #require(op.inputs)
        #expect(inputs.count == 3 && inputs[2] >= 0)
        let bias = try #require(subgraph.tensors?[Int(inputs[2])])
        #expect(bias.shape == [4])
        #expect(model.buffers?[Int(bias.buffer)].data == [UInt8](repeating: 0, count: 16))
    }
    // The graph itself is unchanged, and the file runs: x * k then * dk per channel.
    #expect(graph.operators[0].inputs.count == 2)
    let input: [Float] = (0..<18).map { Float($0) }
    let out = try GraphRunner.run(graph, inputs: [GraphRunner.Value(shape: [1, 3, 3, 2], floats: input)])[0].floats
    let kernel: [Float] = [1, 2, 3, 4, 5, 6, 7, 8]
    let depth: [Float] = [1, -1, 2, -2]
    for pixel in 0..<9 {
        for o in 0..<4 {
            let want = (input[pixel * 2] * kernel[o * 2] + input[pixel * 2 + 1] * kernel[o * 2 + 1]) * depth[o]
            #expect(out[pixel * 4 + o] == want)
        }
    }
}
