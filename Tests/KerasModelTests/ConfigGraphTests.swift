import Testing

@testable import KerasModel

/// Config → graph on hand-written Keras 3 / Keras 2 configs: ordering, sharing, nesting, and every
/// structural error (cycles, dangling references, caps) as a typed error.
@Suite struct ConfigGraphTests {
    // MARK: Config builders (Keras 3 form)

    static func tensor(_ layer: String, _ node: Int = 0, _ index: Int = 0, shape: String = "[null, 4]") -> String {
        #"{"class_name": "__keras_tensor__", "config": {"shape": \#(shape), "dtype": "float32", "keras_history": ["\#(layer)", \#(node), \#(index)]}}"#
    }

    static func input(_ name: String, shape: String = "[null, 4]") -> String {
        #"{"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": \#(shape), "dtype": "float32", "name": "\#(name)"}, "name": "\#(name)", "inbound_nodes": []}"#
    }

    /// A layer whose calls each take the given positional arguments.
    static func layer(_ name: String, _ className: String = "Dense", calls: [[String]], module: String = "keras.layers") -> String {
        let nodes = calls.map { #"{"args": [\#($0.joined(separator: ", "))], "kwargs": {}}"# }.joined(separator: ", ")
        return #"{"module": "\#(module)", "class_name": "\#(className)", "config": {"name": "\#(name)", "units": 4}, "name": "\#(name)", "inbound_nodes": [\#(nodes)]}"#
    }

    static func functional(_ name: String = "m", layers: [String], inputs: String, outputs: String, callsJSON: String? = nil) -> String {
        let nodes = callsJSON.map { #", "name": "\#(name)", "inbound_nodes": \#($0)"# } ?? ""
        return #"{"module": "keras.src.models.functional", "class_name": "Functional", "config": {"name": "\#(name)", "layers": [\#(layers.joined(separator: ", "))], "input_layers": \#(inputs), "output_layers": \#(outputs)}\#(nodes)}"#
    }

    static func graph(_ json: String, limits: KerasImportLimits = KerasImportLimits()) throws -> KerasGraph {
        try KerasModelFile.graph(configJSON: json, limits: limits)
    }

    static func failure(_ json: String, limits: KerasImportLimits = KerasImportLimits()) -> KerasImportError? {
        do {
            _ = try KerasModelFile.graph(configJSON: json, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Structure

    @Test func sharedLayerCalledOnALaterLayersOutputIsOrderedTopologically() throws {
        // `d` is listed first, but its second call consumes `e`, listed after it.
        let json = Self.functional(
            layers: [Self.input("x"), Self.layer("d", calls: [[Self.tensor("x")], [Self.tensor("e")]]),
                     Self.layer("e", calls: [[Self.tensor("d")]])],
            inputs: #"[["x", 0, 0]]"#, outputs: #"[["d", 1, 0]]"#)
        let graph = try Self.graph(json)
        #expect(graph.nodes.map(\.layer.id) == ["d", "e", "d"])
        #expect(graph.nodes[1].inputTensors == [KerasTensorRef(node: 0, output: 0)])
        #expect(graph.nodes[2].inputTensors == [KerasTensorRef(node: 1, output: 0)])
        #expect(graph.outputs.map(\.tensor) == [KerasTensorRef(node: 2, output: 0)])
        #expect(graph.outputs.map(\.name) == ["d"])
        #expect(graph.nodes[1].outputSpecs == [KerasTensorSpec(shape: [nil, 4], dtype: "float32")])
    }

    @Test func operationNodesAndArgumentForms() throws {
        let add = #"{"module": "keras.src.ops.numpy", "class_name": "Add", "config": {"name": "add"}, "name": "add", "inbound_nodes": [{"args": [\#(Self.tensor("x")), 3.0], "kwargs": {"axis": [1, 2], "t": {"a": \#(Self.tensor("x"))}}}]}"#
        let json = Self.functional(layers: [Self.input("x"), add], inputs: #"["x", 0, 0]"#, outputs: #"["add", 0, 0]"#)
        let graph = try Self.graph(json)
        let node = try #require(graph.nodes.first)
        #expect(node.layer.isOperation)
        #expect(node.layer.module == "keras.src.ops.numpy")
        #expect(node.args == [.tensor(KerasGraph.inputRef(0)), .value(.double(3))])
        #expect(node.kwarg("axis") == .value(.array([.int(1), .int(2)])))
        #expect(node.kwarg("t") == .list([.tensor(KerasGraph.inputRef(0))]))
        #expect(node.inputTensors.count == 2)
    }

    @Test func nestedFunctionalWithDictInputsBindsByKey() throws {
        let inner = Self.functional(
            "inner",
            layers: [Self.input("p"), Self.input("q"), Self.layer("sub", "Subtract", calls: [[#"[\#(Self.tensor("p")), \#(Self.tensor("q"))]"#]])],
            inputs: #"{"q_key": ["q", 0, 0], "p_key": ["p", 0, 0]}"#, outputs: #"["sub", 0, 0]"#,
            callsJSON: #"[{"args": [{"q_key": \#(Self.tensor("a")), "p_key": \#(Self.tensor("b"))}], "kwargs": {}}]"#)
        let json = Self.functional(
            layers: [Self.input("a"), Self.input("b"), inner], inputs: #"[["a", 0, 0], ["b", 0, 0]]"#, outputs: #"[["inner", 0, 0]]"#)
        let graph = try Self.graph(json)
        let node = try #require(graph.nodes.first)
        #expect(node.layer.id == "inner/sub")
        // p_key sorts first: p <- b, q <- a.
        #expect(node.args == [.list([.tensor(KerasGraph.inputRef(1)), .tensor(KerasGraph.inputRef(0))])])
        #expect(graph.outputs.map(\.name) == ["inner"])
    }

    @Test func keras2NodesAndNestedNodeOffset() throws {
        let inner = #"{"class_name": "Functional", "config": {"name": "inner", "layers": [{"class_name": "InputLayer", "config": {"batch_input_shape": [null, 2], "dtype": "float32", "name": "i"}, "name": "i", "inbound_nodes": []}, {"class_name": "Dense", "config": {"name": "d"}, "name": "d", "inbound_nodes": [[["i", 0, 0, {}]]]}], "input_layers": [["i", 0, 0]], "output_layers": [["d", 0, 0]]}, "name": "inner", "inbound_nodes": [[["x", 0, 0, {}]], [["inner", 1, 0, {}]]]}"#
        let json = #"{"class_name": "Model", "config": {"name": "m", "layers": [{"class_name": "InputLayer", "config": {"batch_input_shape": [null, 2], "dtype": "float32", "name": "x"}, "name": "x", "inbound_nodes": []}, \#(inner), {"class_name": "TFOpLambda", "config": {"name": "op"}, "name": "op", "inbound_nodes": [["inner", 2, 0, {"y": ["x", 0, 0], "name": null}]]}], "input_layers": [["x", 0, 0]], "output_layers": [["op", 0, 0]]}}"#
        let graph = try Self.graph(json)
        #expect(graph.nodes.map(\.layer.id) == ["inner/d", "inner/d", "op"])
        #expect(graph.nodes[1].inputTensors == [KerasTensorRef(node: 0, output: 0)])
        #expect(graph.nodes[2].args == [.tensor(KerasTensorRef(node: 1, output: 0))])
        #expect(graph.nodes[2].kwarg("y") == .tensor(KerasGraph.inputRef(0)))
        #expect(graph.nodes[2].kwarg("name") == .value(.null))
        #expect(graph.inputs == [KerasGraphInput(name: "x", spec: KerasTensorSpec(shape: [nil, 2], dtype: "float32"))])
    }

    @Test func multiOutputCallsRecordTheirOutputCount() throws {
        let json = Self.functional(
            layers: [Self.input("x"), Self.layer("lstm", "LSTM", calls: [[Self.tensor("x")]]),
                     Self.layer("d", calls: [[Self.tensor("lstm", 0, 2, shape: "[null, 3]")]])],
            inputs: #"[["x", 0, 0]]"#, outputs: #"[["d", 0, 0], ["lstm", 0, 1]]"#)
        let graph = try Self.graph(json)
        #expect(graph.nodes[0].outputSpecs.count == 3)
        #expect(graph.nodes[0].outputSpecs[2] == KerasTensorSpec(shape: [nil, 3], dtype: "float32"))
        #expect(graph.nodes[0].outputSpecs[1] == nil)
        #expect(graph.outputs.map(\.tensor) == [KerasTensorRef(node: 1, output: 0), KerasTensorRef(node: 0, output: 1)])
    }

    // MARK: Errors

    @Test func cyclesAreRejected() {
        let json = Self.functional(
            layers: [Self.input("x"), Self.layer("a", calls: [[Self.tensor("b")]]), Self.layer("b", calls: [[Self.tensor("a")]])],
            inputs: #"[["x", 0, 0]]"#, outputs: #"[["a", 0, 0]]"#)
        let error = Self.failure(json)
        #expect(error?.kind == .malformed)
        #expect(error?.message.contains("cycle") == true)
        let selfLoop = Self.functional(
            layers: [Self.input("x"), Self.layer("a", calls: [[Self.tensor("a")]])], inputs: #"[["x", 0, 0]]"#, outputs: #"[["a", 0, 0]]"#)
        #expect(Self.failure(selfLoop)?.message.contains("cycle") == true)
    }

    @Test func danglingReferencesNameWhatIsMissing() {
        let missingLayer = Self.functional(
            layers: [Self.input("x"), Self.layer("a", calls: [[Self.tensor("ghost")]])], inputs: #"[["x", 0, 0]]"#, outputs: #"[["a", 0, 0]]"#)
        #expect(Self.failure(missingLayer)?.kind == .notFound)
        #expect(Self.failure(missingLayer)?.message.contains("ghost") == true)
        let missingNode = Self.functional(
            layers: [Self.input("x"), Self.layer("a", calls: [[Self.tensor("x")]])], inputs: #"[["x", 0, 0]]"#, outputs: #"[["a", 3, 0]]"#)
        #expect(Self.failure(missingNode)?.kind == .notFound)
        #expect(Self.failure(missingNode)?.message.contains("[a, 3, 0]") == true)
        let missingInputOutput = Self.functional(
            layers: [Self.input("x"), Self.layer("a", calls: [[Self.tensor("x", 0, 1)]])], inputs: #"[["x", 0, 0]]"#, outputs: #"[["a", 0, 0]]"#)
        #expect(Self.failure(missingInputOutput)?.kind == .notFound)
        let missingOutputLayer = Self.functional(
            layers: [Self.input("x")], inputs: #"[["x", 0, 0]]"#, outputs: #"[["nowhere", 0, 0]]"#)
        #expect(Self.failure(missingOutputLayer)?.message.contains("nowhere") == true)
        let strayInput = Self.functional(
            layers: [Self.input("x"), Self.input("y"), Self.layer("a", calls: [[Self.tensor("y")]])], inputs: #"[["x", 0, 0]]"#,
            outputs: #"[["a", 0, 0]]"#)
        #expect(Self.failure(strayInput)?.kind == .notFound)
        let hugeIndex = Self.functional(
            layers: [Self.input("x"), Self.layer("a", calls: [[Self.tensor("x")]])], inputs: #"[["x", 0, 0]]"#,
            outputs: #"[["a", 0, 100000000000]]"#)
        #expect(Self.failure(hugeIndex)?.kind == .limitExceeded)
    }

    @Test func unsupportedAndMalformedModels() {
        #expect(Self.failure(#"{"class_name": "MyModel", "config": {"name": "m"}}"#)?.kind == .unsupported)
        #expect(Self.failure(#"{"config": {}}"#)?.kind == .malformed)
        #expect(Self.failure(#"[1, 2]"#)?.kind == .malformed)
        let unbuilt = #"{"class_name": "Sequential", "config": {"name": "s", "layers": [{"class_name": "Dense", "config": {"name": "d"}}]}}"#
        #expect(Self.failure(unbuilt)?.kind == .unsupported)
        let duplicate = Self.functional(
            layers: [Self.input("x"), Self.layer("a", calls: [[Self.tensor("x")]]), Self.layer("a", calls: [[Self.tensor("x")]])],
            inputs: #"[["x", 0, 0]]"#, outputs: #"[["a", 0, 0]]"#)
        #expect(Self.failure(duplicate)?.kind == .malformed)
        let badInputs = Self.functional(layers: [Self.input("x")], inputs: #""x""#, outputs: #"[["x", 0, 0]]"#)
        #expect(Self.failure(badInputs)?.kind == .malformed)
    }

    @Test func nestingDepthIsCapped() {
        // 40 Sequential models, each holding the next.
        var model = #"{"class_name": "Sequential", "config": {"name": "s40", "layers": [{"class_name": "InputLayer", "config": {"batch_shape": [null, 2], "name": "i40"}}, {"class_name": "Dense", "config": {"name": "d"}}]}}"#
        for level in stride(from: 39, through: 0, by: -1) {
            model = #"{"class_name": "Sequential", "config": {"name": "s\#(level)", "layers": [{"class_name": "InputLayer", "config": {"batch_shape": [null, 2], "name": "i\#(level)"}}, \#(model)]}}"#
        }
        #expect(Self.failure(model)?.kind == .limitExceeded)
        let graph = try? Self.graph(model, limits: KerasImportLimits(maxNestingDepth: 64))
        #expect(graph?.nodes.first?.layer.id == (1...40).map { "s\($0)/" }.joined() + "d")
    }

    @Test func inliningExplosionIsCapped() {
        // Each level calls the level below twice: 2^12 leaf calls.
        var model = Self.functional(
            "l0", layers: [Self.input("i"), Self.layer("d", calls: [[Self.tensor("i")]])], inputs: #"[["i", 0, 0]]"#,
            outputs: #"[["d", 0, 0]]"#)
        for level in 1...12 {
            let child = model.dropLast() + #", "name": "l\#(level - 1)", "inbound_nodes": [{"args": [\#(Self.tensor("i"))], "kwargs": {}}, {"args": [\#(Self.tensor("l\(level - 1)"))], "kwargs": {}}]}"#
            model = Self.functional(
                "l\(level)", layers: [Self.input("i"), String(child)], inputs: #"[["i", 0, 0]]"#, outputs: #"[["l\#(level - 1)", 1, 0]]"#)
        }
        #expect(Self.failure(model, limits: KerasImportLimits(maxNodes: 1000))?.kind == .limitExceeded)
        #expect((try? Self.graph(model))?.nodes.count == 4096)
        #expect(Self.failure(model, limits: KerasImportLimits(maxLayers: 10))?.kind == .limitExceeded)
    }
}
