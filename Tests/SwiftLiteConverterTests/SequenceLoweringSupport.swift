import KerasModel
import SwiftLiteSchema
@testable import SwiftLiteConverter

/// Hand-built Keras graphs for the sequence lowering tests.
enum SequenceTestModels {
    /// Deterministic, distinct weight values: `offset + 0.01 * i` for element i.
    static func ramp(_ shape: [Int], offset: Float = 0) -> KerasArray {
        let count = shape.reduce(1, *)
        return KerasArray(shape: shape, values: (0..<count).map { offset + 0.01 * Float($0) })
    }

    /// A JSON config object from pairs.
    static func config(_ fields: [(String, JSONValue)]) -> JSONValue { .object(fields) }

    /// A layer with `.keras`-style weights.
    static func layer(
        _ className: String, name: String, config: [(String, JSONValue)], weights: [(String, KerasArray)]
    ) -> KerasLayer {
        KerasLayer(
            id: name, name: name, className: className, module: "keras.layers",
            config: .object([("name", .string(name))] + config),
            weights: KerasWeights(format: .keras, entries: weights.map { (name: $0.0, array: $0.1) }))
    }

    /// A one-layer graph over inputs of `shapes` (nil = dynamic), with the call's keyword arguments.
    static func graph(
        _ layer: KerasLayer, inputs shapes: [[Int?]], kwargs: [(String, KerasArgument)] = [], outputs: Int = 1
    ) -> KerasGraph {
        let inputs = shapes.enumerated().map { KerasGraphInput(name: "input_\($0.offset)", spec: KerasTensorSpec(shape: $0.element, dtype: "float32")) }
        let args = (0..<shapes.count).map { KerasArgument.tensor(KerasGraph.inputRef($0)) }
        let node = KerasNode(layer: layer, args: args, kwargs: kwargs, outputSpecs: [])
        return KerasGraph(
            name: "model", inputs: inputs, nodes: [node],
            outputs: (0..<outputs).map { (name: "out_\($0)", tensor: KerasTensorRef(node: 0, output: $0)) })
    }

    /// An LSTM/GRU/SimpleRNN layer with ramp weights.
    static func recurrent(
        _ className: String, units: Int, inputSize: Int, name: String = "rnn", options: [(String, JSONValue)] = [],
        gruBias2D: Bool = true, useBias: Bool = true
    ) -> KerasLayer {
        let gates = className == "LSTM" ? 4 : (className == "GRU" ? 3 : 1)
        var weights: [(String, KerasArray)] = [
            ("cell/vars/0", ramp([inputSize, gates * units])),
            ("cell/vars/1", ramp([units, gates * units], offset: -0.2)),
        ]
        if useBias {
            let biasShape = className == "GRU" && gruBias2D ? [2, gates * units] : [gates * units]
            weights.append(("cell/vars/2", ramp(biasShape, offset: 0.1)))
        }
        return layer(
            className, name: name,
            config: [("units", .int(units)), ("use_bias", .bool(useBias))] + options, weights: weights)
    }

    /// The opcodes of a graph's operators in order.
    static func opcodes(_ graph: Graph) -> [BuiltinOperator] { graph.operators.map(\.opcode) }
}
