import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// Builds one-node Keras graphs for the extra lowering tests, lowers them, and runs them in
/// SwiftLite (``GraphRunner``) so results can be compared with values computed by hand.
enum ExtraHarness {
    /// A layer (or, with an `ops` module, an operation) with a config and `.keras`-style weights.
    static func layer(
        _ className: String, name: String = "layer", module: String? = "keras.layers", config: [(String, JSONValue)] = [],
        weights: [(String, KerasArray)] = [], format: KerasWeights.Format = .keras
    ) -> KerasLayer {
        KerasLayer(
            id: name, name: name, className: className, module: module,
            config: .object([("name", .string(name)), ("trainable", .bool(true))] + config),
            weights: KerasWeights(format: format, entries: weights.map { (name: $0.0, array: $0.1) }))
    }

    /// Lowers one call of `layer` on graph inputs of `shapes` (`nil` = dynamic batch dimension),
    /// passed as the positional arguments `args` (default: each input in turn) plus `kwargs`.
    static func lower(
        _ layer: KerasLayer, inputs shapes: [[Int?]], args: [KerasArgument]? = nil, kwargs: [(String, KerasArgument)] = [],
        outputs: Int = 1
    ) throws(ConversionError) -> Graph {
        let inputs = shapes.enumerated().map { KerasGraphInput(name: "in\($0.offset)", spec: KerasTensorSpec(shape: $0.element, dtype: "float32")) }
        let arguments = args ?? shapes.indices.map { .tensor(KerasGraph.inputRef($0)) }
        let node = KerasNode(layer: layer, args: arguments, kwargs: kwargs, outputSpecs: Array(repeating: nil, count: outputs))
        let graph = KerasGraph(
            name: "test", inputs: inputs, nodes: [node],
            outputs: (0..<outputs).map { (name: "out\($0)", tensor: KerasTensorRef(node: 0, output: $0)) })
        return try GraphLowering.lower(graph)
    }

    /// Runs `graph` on float inputs and returns every output as floats.
    static func run(_ graph: Graph, _ inputs: [(shape: [Int], values: [Float])]) throws -> [[Float]] {
        let values = inputs.map { GraphRunner.Value(shape: $0.shape, floats: $0.values) }
        return try GraphRunner.run(graph, inputs: values).map(\.floats)
    }

    /// Expects `actual` to equal `expected` within `tolerance`.
    static func expectClose(
        _ actual: [Float], _ expected: [Float], tolerance: Float = 1e-5, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.count == expected.count, "count \(actual.count) vs \(expected.count)", sourceLocation: sourceLocation)
        for (index, (a, e)) in zip(actual, expected).enumerated() {
            #expect(abs(a - e) <= tolerance * max(1, abs(e)), "element \(index): \(a) vs \(e)", sourceLocation: sourceLocation)
        }
    }

    /// Expects the lowering to fail with a `.unsupported` error mentioning `fragment` and naming `layer`.
    static func expectUnsupported(
        _ fragment: String, layer: String = "layer", sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
    ) {
        do {
            try body()
            Issue.record("expected an unsupported error mentioning \(fragment)", sourceLocation: sourceLocation)
        } catch let error as ConversionError {
            #expect(error.kind == .unsupported, "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains(fragment), "\(error.message)", sourceLocation: sourceLocation)
            #expect(error.layer == layer, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }
}

@Suite struct ExtraLoweringHarnessTests {
    @Test func runnerReportsWhatTheGraphComputes() throws {
        // Identity activation: the output is the input, so the runner must hand it back unchanged.
        let graph = try ExtraHarness.lower(ExtraHarness.layer("RandomFlip"), inputs: [[nil, 3]])
        let out = try ExtraHarness.run(graph, [([2, 3], [1, -2, 3, 4, 5, -6])])
        #expect(out == [[1, -2, 3, 4, 5, -6]])
    }
}
