import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// x [-1, 6] → FULLY_CONNECTED (3 units) → RESHAPE → output, with the shapes given.
private func denseGraph(denseShape: [Int] = [-1, 3], target: [Int32] = [-1, 3, 1], reshapeShape: [Int] = [-1, 3, 1]) -> Graph {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 6])
    let w = graph.addConstant(name: "dense/kernel", shape: [3, 6], floats: (0..<18).map { Float($0) })
    let d = graph.addOperator(.fullyConnected, options: .fullyConnectedOptions(FullyConnectedOptions()), inputs: [x, w, nil], output: "dense", shape: denseShape, origin: "dense")
    let r = graph.addOperator(.reshape, inputs: [d, graph.addConstant(name: "shape", shape: [target.count], int32s: target)], output: "reshape", shape: reshapeShape, origin: "reshape")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "reshape", tensor: r)]
    return graph
}

@Test func verifierAcceptsAConsistentGraph() throws {
    try ConversionVerifier.verify(denseGraph())
}

@Test func verifierNamesTheTensorAndLayerOfAShapeMismatch() {
    do {
        try ConversionVerifier.verify(denseGraph(denseShape: [-1, 4]))
        Issue.record("a wrong dense shape passed verification")
    } catch {
        #expect(error.kind == .verificationFailed)
        #expect(error.layer == "dense")
        #expect(error.message.contains("`dense`") && error.message.contains("[1, 3]") && error.message.contains("[-1, 4]"))
    }
}

@Test func verifierCatchesABatchBakedIntoAConstant() {
    // Correct at batch 1; at batch 2 the RESHAPE's constant target keeps the batch at 1.
    do {
        try ConversionVerifier.verify(denseGraph(target: [1, 3, 1]))
        Issue.record("a baked-in batch passed verification")
    } catch {
        #expect(error.kind == .verificationFailed)
        #expect(error.message.contains("dynamic dimensions at 2"))
    }
}

@Test func verifierTakesAnyValueForDynamicDimensions() throws {
    // The RESHAPE merges batch and steps: the graph knows that dimension only as dynamic.
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 3, 4])
    let merged = graph.addOperator(.reshape, inputs: [x, graph.addConstant(name: "s", shape: [2], int32s: [-1, 4])], output: "merged", shape: [-1, 4], origin: "td")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "merged", tensor: merged)]
    try ConversionVerifier.verify(graph)
    #expect(ConversionVerifier.agrees(runtime: [6, 4], graph: [-1, 4]))
    #expect(!ConversionVerifier.agrees(runtime: [6, 4], graph: [-1, 5]))
    #expect(!ConversionVerifier.agrees(runtime: [6, 4], graph: [-1, 4, 1]))
}

@Test func verifierReportsAnOperatorTheRuntimeRefuses() {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    let c = graph.addConstant(name: "c", shape: [3], floats: [1, 2, 3])
    let y = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [x, c], output: "y", shape: [-1, 4], origin: "bad_add")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "y", tensor: y)]
    do {
        try ConversionVerifier.verify(graph)
        Issue.record("an ADD of [1,4] and [3] passed verification")
    } catch {
        #expect(error.kind == .verificationFailed)
        #expect(error.layer == "bad_add")
    }
}
