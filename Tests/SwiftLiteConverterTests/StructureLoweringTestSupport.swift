import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// Builds small Keras graphs by hand for the structure lowering tests.
struct KerasGraphBuilder {
    var inputs: [KerasGraphInput] = []
    var nodes: [KerasNode] = []

    /// Adds a graph input; returns its reference.
    mutating func input(_ name: String, _ shape: [Int?], dtype: String = "float32") -> KerasTensorRef {
        inputs.append(KerasGraphInput(name: name, spec: KerasTensorSpec(shape: [nil] + shape, dtype: dtype)))
        return KerasGraph.inputRef(inputs.count - 1)
    }

    /// Adds a layer call (`trainable` is added to the config as every saved layer has it); returns
    /// its first output.
    @discardableResult
    mutating func layer(
        _ className: String, _ name: String, _ config: [(String, JSONValue)] = [], args: [KerasArgument],
        weights: KerasWeights = .empty(.keras)
    ) -> KerasTensorRef {
        let layer = KerasLayer(
            id: name, name: name, className: className, module: "keras.layers",
            config: .object([("name", .string(name)), ("trainable", .bool(true))] + config), weights: weights)
        return add(layer, args: args)
    }

    /// Adds a Keras operation call (module `keras.src.ops.numpy` unless given; `nil` as legacy `.h5`
    /// files record it).
    @discardableResult
    mutating func op(
        _ className: String, _ name: String, _ config: [(String, JSONValue)] = [], args: [KerasArgument],
        module: String? = "keras.src.ops.numpy"
    ) -> KerasTensorRef {
        let layer = KerasLayer(
            id: name, name: name, className: className, module: module,
            config: .object([("name", .string(name))] + config), weights: .empty(.keras))
        return add(layer, args: args)
    }

    private mutating func add(_ layer: KerasLayer, args: [KerasArgument]) -> KerasTensorRef {
        nodes.append(KerasNode(layer: layer, args: args, kwargs: [], outputSpecs: [nil]))
        return KerasTensorRef(node: nodes.count - 1, output: 0)
    }

    /// Lowers the graph with `outputs` as model outputs.
    func lower(_ outputs: [KerasTensorRef]) throws(ConversionError) -> Graph {
        let graph = KerasGraph(
            name: "test", inputs: inputs, nodes: nodes,
            outputs: outputs.enumerated().map { (name: "out\($0.offset)", tensor: $0.element) })
        return try GraphLowering.lower(graph)
    }
}

/// Argument shorthands.
func tensor(_ ref: KerasTensorRef) -> KerasArgument { .tensor(ref) }
func tensors(_ refs: KerasTensorRef...) -> KerasArgument { .list(refs.map { .tensor($0) }) }
func ints(_ values: Int...) -> JSONValue { .array(values.map { .int($0) }) }

extension Graph {
    /// The opcodes in execution order.
    var opcodes: [BuiltinOperator] { operators.map(\.opcode) }

    /// The tensor of model output `index`.
    func output(_ index: Int = 0) -> GraphTensor { self[outputs[index].tensor] }

    /// The int32 values of input `input` of the first operator with `opcode`.
    func int32Input(of opcode: BuiltinOperator, _ input: Int) -> [Int32]? {
        guard let op = operators.first(where: { $0.opcode == opcode }), input < op.inputs.count, let id = op.inputs[input] else { return nil }
        return self[id].int32Values
    }

    /// The float values of input `input` of the first operator with `opcode`.
    func floatInput(of opcode: BuiltinOperator, _ input: Int) -> [Float]? {
        guard let op = operators.first(where: { $0.opcode == opcode }), input < op.inputs.count, let id = op.inputs[input] else { return nil }
        return self[id].floatValues
    }

    /// The options of the first operator with `opcode`.
    func options(of opcode: BuiltinOperator) -> BuiltinOptions? {
        operators.first { $0.opcode == opcode }?.options
    }
}

/// Expects `body` to throw an unsupported ConversionError whose message contains `fragment`.
func expectUnsupported(_ fragment: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected an unsupported error mentioning \(fragment)", sourceLocation: sourceLocation)
    } catch let error as ConversionError {
        #expect(error.kind == .unsupported, sourceLocation: sourceLocation)
        #expect(error.message.contains(fragment), "\(error.message)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}
