import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

@Test func identityRemovalDropsNeutralOperators() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 2, 3])
    let sameShape = graph.int32Const("s", [-1, 2, 3])
    var t = graph.addOperator(.reshape, inputs: [x, sameShape], output: "r0", shape: [-1, 2, 3], origin: "r0")
    t = graph.addOperator(.cast, inputs: [t], output: "c", shape: [-1, 2, 3], origin: "c")
    let ones = graph.addConstant(name: "ones", shape: [3], floats: [1, 1, 1])
    t = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [ones, t], output: "m", shape: [-1, 2, 3], origin: "m")
    let zeros = graph.addConstant(name: "zeros", shape: [1, 1, 3], floats: [0, 0, 0])
    t = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [t, zeros], output: "a", shape: [-1, 2, 3], origin: "a")
    let perm = graph.int32Const("perm", [0, 1, 2])
    t = graph.addOperator(.transpose, inputs: [t, perm], output: "t", shape: [-1, 2, 3], origin: "t")
    t = graph.addOperator(.concatenation, options: .concatenationOptions(ConcatenationOptions()), inputs: [t], output: "cat", shape: [-1, 2, 3], origin: "cat")
    // A RESHAPE chain: the second reads x's data directly after the rewrite.
    t = graph.addOperator(.reshape, inputs: [t, graph.int32Const("s1", [-1, 6])], output: "r1", shape: [-1, 6], origin: "r1")
    t = graph.addOperator(.reshape, inputs: [t, graph.int32Const("s2", [-1, 3, 2])], output: "r2", shape: [-1, 3, 2], origin: "r2")
    t = graph.addOperator(.neg, inputs: [t], output: "n", shape: [-1, 3, 2], origin: "n")
    // An identity RESHAPE whose output is the model output: NEG writes it instead.
    let y = graph.addOperator(.reshape, inputs: [t, graph.int32Const("s3", [-1, 3, 2])], output: "keras_output", shape: [-1, 3, 2], origin: "out")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "keras_output", tensor: y)]

    var optimized = graph
    #expect(IdentityRemoval.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.reshape, .neg])
    #expect(optimized[optimized.outputs[0].tensor].name == "keras_output")
    #expect(optimized.operators[0].inputs[0] == optimized.inputs[0].tensor)
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func identityRemovalKeepsOperatorsThatChangeValues() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 3])
    // MUL by ones that broadcasts to a bigger shape, ADD of a non-zero, a fused activation,
    // a real transpose and a reshape to another shape all stay.
    let ones = graph.addConstant(name: "ones", shape: [2, 1, 3], floats: [1, 1, 1, 1, 1, 1])
    let m = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [x, ones], output: "m", shape: [2, -1, 3], origin: "m")
    let half = graph.addConstant(name: "half", shape: [3], floats: [0, 0.5, 0])
    let a = graph.addOperator(.add, options: .addOptions(AddOptions()), inputs: [m, half], output: "a", shape: [2, -1, 3], origin: "a")
    var relu = AddOptions()
    relu.fusedActivationFunction = .relu
    let zeros = graph.addConstant(name: "zeros", shape: [3], floats: [0, 0, 0])
    let b = graph.addOperator(.add, options: .addOptions(relu), inputs: [a, zeros], output: "b", shape: [2, -1, 3], origin: "b")
    let t = graph.addOperator(.transpose, inputs: [b, graph.int32Const("p", [1, 0, 2])], output: "t", shape: [-1, 2, 3], origin: "t")
    let r = graph.addOperator(.reshape, inputs: [t, graph.int32Const("s", [-1, 6])], output: "r", shape: [-1, 6], origin: "r")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "r", tensor: r)]
    var optimized = graph
    #expect(!IdentityRemoval.run(&optimized))
    #expect(optimized.operators.count == 5)
}

extension Graph {
    /// An int32 constant vector (test shorthand).
    mutating func int32Const(_ name: String, _ values: [Int32]) -> TensorID {
        addConstant(name: name, shape: [values.count], int32s: values)
    }
}
