import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

private typealias H = CoreLoweringHarness

@Test(arguments: [
    ("relu", [BuiltinOperator.relu]), ("relu6", [.relu6]), ("sigmoid", [.logistic]), ("tanh", [.tanh]),
    ("softmax", [.softmax]), ("log_softmax", [.logSoftmax]), ("swish", [.logistic, .mul]), ("silu", [.logistic, .mul]),
    ("hard_swish", [.hardSwish]), ("hard_silu", [.hardSwish]), ("hard_sigmoid", [.add, .relu6, .mul]),
    ("gelu", [.gelu]), ("elu", [.elu]), ("selu", [.elu, .leakyRelu, .mul]),
    ("softplus", [.exp, .add, .log, .greater, .selectV2]), ("softsign", [.abs, .add, .div]), ("exponential", [.exp]),
    ("leaky_relu", [.leakyRelu]), ("mish", [.exp, .add, .log, .greater, .selectV2, .tanh, .mul]), ("hard_tanh", [.reluN1To1]),
])
func activationLayerEmitsTFLiteOps(_ name: String, _ expected: [BuiltinOperator]) throws {
    let graph = try H.lower(H.layer("Activation", name: "act", config: [("activation", .string(name))]), input: [nil, 5])
    #expect(H.opcodes(graph) == expected)
    #expect(graph[graph.outputs[0].tensor].name == "act")
    #expect(H.outputShape(graph) == [-1, 5])
    #expect(graph.operators.allSatisfy { $0.origin == "act" })
}

@Test func linearActivationIsIdentity() throws {
    let graph = try H.lower(H.layer("Activation", config: [("activation", .string("linear"))]), input: [nil, 5])
    #expect(graph.operators.isEmpty)
    #expect(graph.outputs[0].tensor == graph.inputs[0].tensor)
}

@Test func unknownActivationIsUnsupported() {
    #expect(throws: ConversionError.self) {
        try H.lower(H.layer("Activation", config: [("activation", .string("my_custom"))]), input: [nil, 5])
    }
}

@Test func geluOptionsAndLeakyAlpha() throws {
    let graph = try H.lower(H.layer("LeakyReLU", config: [("negative_slope", .double(0.25))]), input: [nil, 3])
    guard case .leakyReluOptions(let options)? = graph.operators.first?.options else { Issue.record("no options"); return }
    #expect(options.alpha == 0.25)
    let legacy = try H.lower(H.layer("LeakyReLU", config: [("alpha", .double(0.1))]), input: [nil, 3])
    guard case .leakyReluOptions(let legacyOptions)? = legacy.operators.first?.options else { Issue.record("no options"); return }
    #expect(legacyOptions.alpha == 0.1)
}

@Test(arguments: [
    // (max_value, negative_slope, threshold) → ops
    (nil as Double?, 0.0, 0.0, [BuiltinOperator.relu]),
    (6.0, 0.0, 0.0, [.relu6]),
    (1.0, 0.0, 0.0, [.relu, .minimum]),
    (nil, 0.2, 0.0, [.leakyRelu]),
    (4.0, 0.2, 0.0, [.leakyRelu, .minimum]),
    (nil, 0.0, 0.5, [.greater, .selectV2]),
    (4.0, 0.0, 0.5, [.greater, .minimum, .selectV2]),
    (4.0, 0.1, 0.5, [.greater, .minimum, .sub, .mul, .selectV2]),
])
func reluLayerPicksTheCheapestForm(_ maxValue: Double?, _ slope: Double, _ threshold: Double, _ expected: [BuiltinOperator]) throws {
    var config: [(String, JSONValue)] = [("negative_slope", .double(slope)), ("threshold", .double(threshold))]
    config.append(("max_value", maxValue.map { .double($0) } ?? .null))
    let graph = try H.lower(H.layer("ReLU", config: config), input: [nil, 4])
    #expect(H.opcodes(graph) == expected)
}

@Test func eluWithAlphaScalesTheNegativePart() throws {
    let graph = try H.lower(H.layer("ELU", config: [("alpha", .double(0.5))]), input: [nil, 4])
    #expect(H.opcodes(graph) == [.elu, .leakyRelu])
    guard case .leakyReluOptions(let options)? = graph.operators[1].options else { Issue.record("no options"); return }
    #expect(options.alpha == 0.5)
}

@Test func softmaxOnInnerAxisTransposes() throws {
    let graph = try H.lower(H.layer("Softmax", config: [("axis", .int(1))]), input: [nil, 3, 5])
    #expect(H.opcodes(graph) == [.transpose, .softmax, .transpose])
    #expect(graph[graph.operators[0].outputs[0]].shape == [-1, 5, 3])
    #expect(H.outputShape(graph) == [-1, 3, 5])
}

@Test func preluUsesItsAlphaWeights() throws {
    let alpha = H.ramp([1, 1, 3])
    let graph = try H.lower(H.layer("PReLU", config: [("shared_axes", .array([.int(1), .int(2)]))], weights: [alpha]), input: [nil, 4, 4, 3])
    #expect(H.opcodes(graph) == [.prelu])
    let constant = graph.operators[0].inputs[1]!
    #expect(graph[constant].shape == [1, 1, 3])
    #expect(graph[constant].floatValues == alpha.values)
}
