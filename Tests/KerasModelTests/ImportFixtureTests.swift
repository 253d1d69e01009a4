import Foundation
import Testing

@testable import KerasModel

/// Every fixture model imports to the structure Keras itself reports (structure.json): inputs,
/// the call graph with nested models inlined, outputs, and each weight at the right layer.
@Suite struct ImportFixtureTests {
    struct Expected {
        var json: [String: Any]
        init(_ path: String) throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        var inputs: [[String: Any]] { json["inputs"] as? [[String: Any]] ?? [] }
        var outputs: [[String: Any]] { json["outputs"] as? [[String: Any]] ?? [] }
        var calls: [[String: Any]] { json["calls"] as? [[String: Any]] ?? [] }
        var layers: [String: [String: Any]] { json["layers"] as? [String: [String: Any]] ?? [:] }
    }

    /// `input:<name>` or `<producer id>:<output>`, as the generator writes tensors.
    static func describe(_ ref: KerasTensorRef, in graph: KerasGraph) -> String {
        if ref.node < 0 { return "input:\(graph.inputs[-1 - ref.node].name)" }
        return "\(graph.nodes[ref.node].layer.id):\(ref.output)"
    }

    @Test func fixturesArePresent() {
        #expect(ImportFixtures.cases.count >= 9)
        #expect(ImportFixtures.variants.count >= 26)
    }

    @Test(arguments: ImportFixtures.variants)
    func importsLikeKeras(_ variant: ImportFixtures.Variant) throws {
        let expected = try Expected(variant.structurePath)
        let file = try KerasModelFile(path: variant.modelPath)
        let graph = file.graph
        #expect(file.format == (variant.model.hasSuffix(".keras") ? .keras : .legacyH5))
        #expect(file.kerasVersion == expected.json["keras_version"] as? String)

        // Inputs.
        #expect(graph.inputs.map(\.name) == expected.inputs.map { $0["name"] as? String ?? "?" })
        for (input, want) in zip(graph.inputs, expected.inputs) {
            let shape = (want["shape"] as? [Any] ?? []).map { ($0 as? NSNumber)?.intValue }
            #expect(input.spec.shape == shape, "input \(input.name)")
            #expect(input.spec.dtype == want["dtype"] as? String, "input \(input.name)")
        }

        // Topological order: every argument is a graph input or an earlier node.
        for (index, node) in graph.nodes.enumerated() {
            for ref in node.inputTensors {
                #expect(ref.node < index && ref.node >= -graph.inputs.count, "node \(index) (\(node.layer.id)) reads \(ref)")
                if ref.node >= 0 { #expect(ref.output < graph.nodes[ref.node].outputSpecs.count) }
            }
        }

        // Calls, as a multiset of (id, class, inputs).
        let got = graph.nodes.map { node in
            "\(node.layer.id) \(node.layer.className) \(node.inputTensors.map { Self.describe($0, in: graph) })"
        }.sorted()
        let want = expected.calls.map { call in
            "\(call["id"] as? String ?? "?") \(call["class"] as? String ?? "?") \(call["inputs"] as? [String] ?? [])"
        }.sorted()
        #expect(got == want)

        // Operation nodes are told apart from layers in every format (Keras 3's legacy .h5 drops `module`).
        let operations = Set(expected.calls.filter { $0["operation"] as? Bool == true }.compactMap { $0["id"] as? String })
        #expect(Set(graph.nodes.filter(\.layer.isOperation).map(\.layer.id)) == operations)

        // Outputs.
        #expect(graph.outputs.map(\.name) == expected.outputs.map { $0["name"] as? String ?? "?" })
        #expect(graph.outputs.map { Self.describe($0.tensor, in: graph) } == expected.outputs.map { $0["tensor"] as? String ?? "?" })

        // Weights: each layer id carries exactly the weights Keras reports for that layer.
        var seen = Set<String>()
        for node in graph.nodes where seen.insert(node.layer.id).inserted {
            let layer = node.layer
            let info = try #require(expected.layers[layer.id], "layer \(layer.id) is not in structure.json")
            let all = (info["all"] as? [Any] ?? []).compactMap(Checksum.init(json:))
            let own = (info["own"] as? [Any] ?? []).compactMap(Checksum.init(json:))
            let entries = layer.weights.entries.map { ($0.name, Checksum(shape: $0.array.shape, values: $0.array.values)) }
            #expect(layer.weights.format == file.format)
            switch file.format {
            case .legacyH5:
                // Position = Keras's trainable + non-trainable order.
                #expect(entries.count == all.count, "layer \(layer.id): \(entries.map(\.0))")
                for (entry, want) in zip(entries, all) {
                    #expect(entry.1.matches(want), "layer \(layer.id) weight \(entry.0): \(entry.1) vs \(want)")
                }
            case .keras:
                // vars/N = the layer's own variables; everything under the group = all its weights.
                let vars = entries.filter { $0.0.hasPrefix("vars/") }
                #expect(vars.map(\.0) == (0..<vars.count).map { "vars/\($0)" })
                #expect(vars.count == own.count, "layer \(layer.id)")
                for (entry, want) in zip(vars, own) { #expect(entry.1.matches(want), "layer \(layer.id) \(entry.0)") }
                #expect(entries.count == all.count, "layer \(layer.id): \(entries.map(\.0))")
                var remaining = all
                for entry in entries {
                    if let hit = remaining.firstIndex(where: { entry.1.matches($0) }) {
                        remaining.remove(at: hit)
                    } else {
                        Issue.record("layer \(layer.id) weight \(entry.0) \(entry.1) is not one of Keras's weights")
                    }
                }
            }
            // The lookup API the lowering uses reaches the same arrays.
            if file.format == .legacyH5, let first = layer.weights.entries.first {
                #expect(try layer.weights.array(kerasPath: "vars/0", legacyIndex: 0, layer: layer.name) == first.array)
            }
        }
        #expect(Set(expected.calls.compactMap { $0["id"] as? String }) == seen)
    }

    @Test(arguments: ImportFixtures.variants)
    func bytesAndPathAgree(_ variant: ImportFixtures.Variant) throws {
        let fromPath = try KerasModelFile(path: variant.modelPath)
        let fromBytes = try KerasModelFile(bytes: ImportFixtures.bytes(variant.modelPath))
        #expect(fromPath.graph.nodes.map(\.layer.id) == fromBytes.graph.nodes.map(\.layer.id))
        #expect(fromPath.graph.nodes.map(\.layer.weights.entries.count) == fromBytes.graph.nodes.map(\.layer.weights.entries.count))
    }
}
