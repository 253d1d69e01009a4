import KerasModel
import SwiftLiteSchema
@testable import SwiftLiteConverter

/// Builds one-layer Keras graphs by hand and lowers them, for the core lowering tests.
enum CoreLoweringHarness {
    /// A layer with the given config entries and `.keras`-style weights (`vars/0`, `vars/1`, ...).
    static func layer(
        _ className: String, name: String = "layer", config: [(String, JSONValue)] = [],
        weights: [KerasArray] = [], format: KerasWeights.Format = .keras
    ) -> KerasLayer {
        let entries = weights.enumerated().map { (name: format == .keras ? "vars/\($0.offset)" : "w\($0.offset)", array: $0.element) }
        return KerasLayer(
            id: name, name: name, className: className, module: "keras.layers", config: .object(config),
            weights: KerasWeights(format: format, entries: entries))
    }

    /// Lowers `layer` applied to one input of `shape` (nil = dynamic).
    static func lower(_ layer: KerasLayer, input shape: [Int?]) throws(ConversionError) -> Graph {
        let graph = KerasGraph(
            name: "test", inputs: [KerasGraphInput(name: "input", spec: KerasTensorSpec(shape: shape, dtype: "float32"))],
            nodes: [KerasNode(layer: layer, args: [.tensor(KerasGraph.inputRef(0))], kwargs: [], outputSpecs: [nil])],
            outputs: [(name: layer.name, tensor: KerasTensorRef(node: 0, output: 0))])
        return try GraphLowering.lower(graph)
    }

    /// The opcodes of `graph` in order.
    static func opcodes(_ graph: Graph) -> [BuiltinOperator] { graph.operators.map(\.opcode) }

    /// The single output's shape.
    static func outputShape(_ graph: Graph) -> [Int] { graph[graph.outputs[0].tensor].shape }

    /// A float array with values 0.1, 0.2, ... of `shape`.
    static func ramp(_ shape: [Int], start: Float = 0.1) -> KerasArray {
        let count = shape.reduce(1, *)
        return KerasArray(shape: shape, values: (0..<count).map { start + Float($0) * 0.1 })
    }
}
