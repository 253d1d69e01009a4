import Foundation
import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

private typealias H = ExtraHarness

/// A serialized activation layer as Keras 3 writes it inside another layer's config.
private func object(_ className: String, _ config: [(String, JSONValue)], module: String = "keras.layers") -> JSONValue {
    .object([
        ("module", .string(module)), ("class_name", .string(className)),
        ("config", .object((config.contains { $0.0 == "name" } ? [] : [("name", .string(className.lowercased()))]) + config)),
        ("registered_name", .null),
    ])
}

/// `Dense(2)` with identity kernel and zero bias, so the activation sees the input itself.
private func identityDense(activation: JSONValue, extraWeights: [(String, KerasArray)] = [], format: KerasWeights.Format = .keras) -> KerasLayer {
    let kernel = KerasArray(shape: [2, 2], values: [1, 0, 0, 1])
    let bias = KerasArray(shape: [2], values: [0, 0])
    let names = format == .keras ? ["vars/0", "vars/1"] : ["kernel", "bias"]
    return H.layer(
        "Dense", config: [("units", .int(2)), ("activation", activation)],
        weights: [(names[0], kernel), (names[1], bias)] + extraWeights, format: format)
}

@Suite struct ExtraLoweringActivationTests {
    @Test func denseWithLeakyReLUObject() throws {
        let graph = try H.lower(identityDense(activation: object("LeakyReLU", [("negative_slope", .double(0.3))])), inputs: [[nil, 2]])
        #expect(graph.opcodes == [.fullyConnected, .leakyRelu])
        guard case .leakyReluOptions(let options)? = graph.options(of: .leakyRelu) else { Issue.record("no options"); return }
        #expect(abs(options.alpha - 0.3) < 1e-7)
        #expect(graph.output().name == "layer")
        #expect(graph[graph.operators[0].outputs[0]].name == "layer/linear")
        #expect(graph.operators.allSatisfy { $0.origin == "layer" })
        let out = try H.run(graph, [([2, 2], [-1, 2, 3, -4])])
        H.expectClose(out[0], [-0.3, 2, 3, -1.2])
    }

    @Test func reluObjectWithOptionsMatchesKerasFormula() throws {
        let relu = object("ReLU", [("max_value", .double(2)), ("negative_slope", .double(0.1)), ("threshold", .double(0.5))])
        let graph = try H.lower(identityDense(activation: relu), inputs: [[nil, 2]])
        let out = try H.run(graph, [([3, 2], [-1, 0.25, 0.75, 1.5, 3, 0.5])])
        // x >= threshold ? min(x, max) : slope * (x - threshold); Keras keeps x == threshold in the
        // negative branch only when x < threshold, so 0.5 maps to 0.
        func keras(_ x: Float) -> Float { x > 0.5 ? min(x, 2) : 0.1 * (x - 0.5) }
        H.expectClose(out[0], [-1, 0.25, 0.75, 1.5, 3, 0.5].map(keras))
    }

    @Test func serializedFunctionAndPlainName() throws {
        let function = JSONValue.object([("module", .string("keras.activations")), ("class_name", .string("function")), ("config", .string("relu")), ("registered_name", .string("function"))])
        #expect(try H.lower(identityDense(activation: function), inputs: [[nil, 2]]).opcodes == [.fullyConnected, .relu])
        #expect(try H.lower(identityDense(activation: .string("linear")), inputs: [[nil, 2]]).opcodes == [.fullyConnected])
    }

    @Test func activationLayerHoldingAnELUObject() throws {
        let layer = H.layer("Activation", config: [("activation", object("ELU", [("alpha", .double(0.5))]))])
        let graph = try H.lower(layer, inputs: [[nil, 2]])
        #expect(graph.opcodes == [.elu, .leakyRelu])
        let out = try H.run(graph, [([1, 2], [-1, 2])])
        H.expectClose(out[0], [0.5 * (Float(exp(-1.0)) - 1), 2])
    }

    @Test func activationLayerHoldingAnotherActivation() throws {
        let inner = JSONValue.object([
            ("module", .string("keras.layers")), ("class_name", .string("Activation")),
            ("config", .object([("name", .string("a")), ("activation", .string("tanh"))])),
        ])
        let graph = try H.lower(identityDense(activation: inner), inputs: [[nil, 2]])
        #expect(graph.opcodes == [.fullyConnected, .tanh])
    }

    @Test func softmaxObjectOnAnotherAxis() throws {
        let layer = H.layer("Activation", config: [("activation", object("Softmax", [("axis", .int(1))]))])
        let graph = try H.lower(layer, inputs: [[nil, 2, 2]])
        #expect(graph.opcodes == [.transpose, .softmax, .transpose])
        let out = try H.run(graph, [([1, 2, 2], [0, 1, 0, 3])])
        // Softmax down each column: (0, 0) → (0.5, 0.5); (1, 3) → (e¹, e³) / (e¹ + e³).
        let a = Float(exp(1.0) / (exp(1.0) + exp(3.0)))
        H.expectClose(out[0], [0.5, a, 0.5, 1 - a])
    }

    @Test func preluObjectWithoutSavedAlphaUsesItsConstantInitializer() throws {
        let initializer = JSONValue.object([("module", .string("keras.initializers")), ("class_name", .string("Constant")), ("config", .object([("value", .double(0.25))]))])
        let graph = try H.lower(identityDense(activation: object("PReLU", [("alpha_initializer", initializer)])), inputs: [[nil, 2]])
        #expect(graph.opcodes == [.fullyConnected, .leakyRelu])
        H.expectClose(try H.run(graph, [([1, 2], [-2, 2])])[0], [-0.5, 2])
    }

    @Test func preluObjectWithRandomInitializerAndNoAlphaIsRefused() {
        let initializer = JSONValue.object([("class_name", .string("GlorotUniform")), ("config", .object([]))])
        H.expectUnsupported("alpha_initializer") {
            _ = try H.lower(identityDense(activation: object("PReLU", [("alpha_initializer", initializer)])), inputs: [[nil, 2]])
        }
    }

    @Test(arguments: [KerasWeights.Format.keras, .legacyH5])
    func preluObjectWithSavedAlpha(_ format: KerasWeights.Format) throws {
        let alpha = KerasArray(shape: [2], values: [0.1, 0.7])
        let path = format == .keras ? "activation/vars/0" : "p_re_lu/alpha"
        let config = object("PReLU", [("name", .string("p_re_lu"))])
        let graph = try H.lower(identityDense(activation: config, extraWeights: [(path, alpha)], format: format), inputs: [[nil, 2]])
        #expect(graph.opcodes == [.fullyConnected, .prelu])
        H.expectClose(try H.run(graph, [([1, 2], [-2, -3])])[0], [-0.2, -2.1])
    }

    @Test func unknownOrCustomActivationObjectsAreRefused() {
        H.expectUnsupported("`Dense`") {
            _ = try H.lower(identityDense(activation: object("Dense", [("units", .int(2))])), inputs: [[nil, 2]])
        }
        H.expectUnsupported("my_package") {
            _ = try H.lower(identityDense(activation: object("LeakyReLU", [], module: "my_package.layers")), inputs: [[nil, 2]])
        }
        H.expectUnsupported("Custom>swishy") {
            let custom = JSONValue.object([("class_name", .string("function")), ("config", .string("Custom>swishy"))])
            _ = try H.lower(identityDense(activation: custom), inputs: [[nil, 2]])
        }
    }

    @Test func functionNamesOfActivationObjects() throws {
        let owner = H.layer("Dense")
        func name(_ value: JSONValue) throws -> String? {
            LoweringContext.activationFunctionName(try LoweringContext.activation(value, layer: owner))
        }
        #expect(try name(object("ReLU", [])) == "relu")
        #expect(try name(object("ReLU", [("max_value", .double(6))])) == "relu6")
        #expect(try name(object("ReLU", [("max_value", .double(2))])) == nil)
        #expect(try name(object("LeakyReLU", [("negative_slope", .double(0.2))])) == "leaky_relu")
        #expect(try name(object("LeakyReLU", [("negative_slope", .double(0.3))])) == nil)
        #expect(try name(object("ELU", [])) == "elu")
        #expect(try name(object("Softmax", [("axis", .int(-1))])) == "softmax")
        #expect(try name(object("Softmax", [("axis", .int(1))])) == nil)
    }

    @Test func recurrentSpecAcceptsEquivalentActivationObjects() throws {
        let layer = H.layer("SimpleRNN", config: [("units", .int(3)), ("activation", object("ReLU", []))])
        let spec = try RecurrentSpec(layer: layer)
        #expect(spec.activation == "relu")
        let leaky = H.layer("SimpleRNN", config: [("units", .int(3)), ("activation", object("LeakyReLU", [("negative_slope", .double(0.3))]))])
        #expect(throws: ConversionError.self) { try RecurrentSpec(layer: leaky) }
    }

    @Test func sparseAndGatedFunctions() throws {
        let xs: [Float] = [-2, -1, 0, 0.5, 1, 3]
        let plus = try H.lower(H.layer("Activation", config: [("activation", .string("sparse_plus"))]), inputs: [[nil, 6]])
        H.expectClose(try H.run(plus, [([1, 6], xs)])[0], [0, 0, 0.25, 0.5625, 1, 3])
        let sigmoid = try H.lower(H.layer("Activation", config: [("activation", .string("sparse_sigmoid"))]), inputs: [[nil, 6]])
        H.expectClose(try H.run(sigmoid, [([1, 6], xs)])[0], [0, 0, 0.5, 0.75, 1, 1])
        let glu = try H.lower(H.layer("Activation", config: [("activation", .string("glu"))]), inputs: [[nil, 4]])
        #expect(glu.output().shape == [-1, 2])
        let sig = { (x: Double) in Float(1 / (1 + exp(-x))) }
        H.expectClose(try H.run(glu, [([1, 4], [1, 2, 3, -4])])[0], [1 * sig(3), 2 * sig(-4)])
        H.expectUnsupported("even") {
            _ = try H.lower(H.layer("Activation", config: [("activation", .string("glu"))]), inputs: [[nil, 3]])
        }
    }
}
