import Foundation
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// A WHILE loop that doubles `x` three times: subgraph 1 is the condition (i < 3), subgraph 2
/// the body (i + 1, x * 2, with a no-op RESHAPE and a MUL by a constant computed from constants
/// for the optimizer to remove).
private func whileGraph() -> Graph {
    var cond = Graph()
    let ci = cond.addTensor(name: "i", type: .int32, shape: [])
    let cx = cond.addTensor(name: "x", shape: [-1, 2])
    let limit = cond.addConstant(name: "limit", shape: [], int32s: [3])
    let keepGoing = cond.addOperator(.less, inputs: [ci, limit], output: "keep_going", type: .bool, shape: [], origin: "cond")
    cond.inputs = [GraphEndpoint(name: "i", tensor: ci), GraphEndpoint(name: "x", tensor: cx)]
    cond.outputs = [GraphEndpoint(name: "keep_going", tensor: keepGoing)]

    var body = Graph()
    let bi = body.addTensor(name: "i", type: .int32, shape: [])
    let bx = body.addTensor(name: "x", shape: [-1, 2])
    let one = body.addConstant(name: "one", shape: [], int32s: [1])
    let next = body.addOperator(.add, options: .addOptions(AddOptions()), inputs: [bi, one], output: "i_next", type: .int32, shape: [], origin: "body")
    let same = body.addOperator(.reshape, inputs: [bx, body.addConstant(name: "s", shape: [2], int32s: [-1, 2])], output: "same", shape: [-1, 2], origin: "body")
    let half = body.addConstant(name: "half", shape: [1], floats: [0.5])
    let four = body.addConstant(name: "four", shape: [1], floats: [4])
    let two = body.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [half, four], output: "two", shape: [1], origin: "body")
    let doubled = body.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [same, two], output: "x_next", shape: [-1, 2], origin: "body")
    body.inputs = [GraphEndpoint(name: "i", tensor: bi), GraphEndpoint(name: "x", tensor: bx)]
    body.outputs = [GraphEndpoint(name: "i_next", tensor: next), GraphEndpoint(name: "x_next", tensor: doubled)]

    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 2])
    let start = graph.addConstant(name: "start", shape: [], int32s: [0])
    var options = WhileOptions()
    options.condSubgraphIndex = 1
    options.bodySubgraphIndex = 2
    let outs = graph.addOperator(.while, options: .whileOptions(options), inputs: [start, x], outputs: [("count", .int32, []), ("result", .float32, [-1, 2])], origin: "loop")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "result", tensor: outs[1])]
    graph.subgraphs = [cond, body]
    return graph
}

@Test func exportedWhileLoopRunsBeforeAndAfterOptimization() throws {
    let graph = whileGraph()
    let input: [Float] = [1, -2, 0.5, 3]
    let before = try GraphRunner.run(graph, inputs: [GraphRunner.Value(shape: [2, 2], floats: input)])
    #expect(before[0].floats == input.map { $0 * 8 })
    var optimized = graph
    try GraphOptimizer.optimize(&optimized)
    // The body lost its RESHAPE and the constant MUL; the loop itself is untouched.
    #expect(optimized.subgraphs[1].operators.map(\.opcode) == [.add, .mul])
    #expect(optimized.subgraphs[1].inputs.count == 2 && optimized.subgraphs[1].outputs.count == 2)
    #expect(optimized.operators.map(\.opcode) == [.while])
    let after = try GraphRunner.run(optimized, inputs: [GraphRunner.Value(shape: [2, 2], floats: input)])
    #expect(after == before)
    let model = try TFLiteExporter.makeModel(optimized, description: "")
    #expect(model.subgraphs?.map(\.name) == ["main", "subgraph_1", "subgraph_2"])
    #expect(model.signatureDefs?.first?.subgraphIndex == 0)
}
