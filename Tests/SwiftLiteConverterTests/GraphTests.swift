import Testing
@testable import SwiftLiteConverter

@Test func graphTracksProducersAndConsumers() {
    var graph = Graph()
    let input = graph.addTensor(name: "x", shape: [-1, 4])
    let weights = graph.addConstant(name: "w", shape: [2, 4], floats: [1, 2, 3, 4, 5, 6, 7, 8])
    let output = graph.addOperator(.fullyConnected, inputs: [input, weights, nil], output: "y", shape: [-1, 2], origin: "dense")
    #expect(graph.producers()[output] == 0)
    #expect(graph.consumers()[input] == [0])
    #expect(graph[weights].floatValues == [1, 2, 3, 4, 5, 6, 7, 8])
    #expect(graph[output].shape == [-1, 2])
}
