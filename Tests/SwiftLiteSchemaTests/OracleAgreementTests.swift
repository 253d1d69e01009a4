import Foundation
import Testing

@testable import SwiftLiteSchema

/// `inspect`'s summary against what the official runtime reported for each fixture
/// (recorded in `<fixture>.expected.json` by the generator script).
@Suite struct OracleAgreementTests {
    static let models = Fixtures.allModels.filter { (try? Fixtures.expected(for: $0)) != nil }

    @Test func fixturesArePresent() {
        #expect(Self.models.count >= 9, "expected the committed format fixtures")
    }

    @Test(arguments: models)
    func summaryMatchesTheOfficialRuntime(model: URL) throws {
        let expected = try #require(try Fixtures.expected(for: model))
        let file = try ModelFile(path: model.path)
        let summary = ModelSummary(file)

        #expect(summary.version == expected["version"] as? Int)
        #expect(summary.description == (expected["description"] as? String ?? ""))
        #expect(summary.subgraphs.count == expected["subgraph_count"] as? Int)
        #expect(summary.metadata == expected["metadata"] as? [String])

        let main = try #require(summary.subgraphs.first)
        try compareTensors(main.inputs, expected["inputs"])
        try compareTensors(main.outputs, expected["outputs"])

        let operators = try #require(expected["operators"] as? [[String: Any]])
        try #require(main.operators.count == operators.count)
        for (ours, theirs) in zip(main.operators, operators) {
            let name = try #require(theirs["op_name"] as? String)
            #expect(ours.opcode == name || ours.opcode == "CUSTOM:\(name)")
            #expect(ours.inputs == theirs["inputs"] as? [Int])
            #expect(ours.outputs == theirs["outputs"] as? [Int])
        }

        let signatures = expected["signature_tensor_indices"] as? [String: [String: [String: Int]]] ?? [:]
        #expect(Set(summary.signatures.map(\.key)) == Set(signatures.keys))
        for signature in summary.signatures {
            let theirs = try #require(signatures[signature.key])
            #expect(Dictionary(uniqueKeysWithValues: signature.inputs) == theirs["inputs"])
            #expect(Dictionary(uniqueKeysWithValues: signature.outputs) == theirs["outputs"])
        }
    }

    private func compareTensors(_ ours: [ModelSummary.TensorSummary], _ theirs: Any?) throws {
        let expected = try #require(theirs as? [[String: Any]])
        try #require(ours.count == expected.count)
        for (tensor, reference) in zip(ours, expected) {
            #expect(tensor.name == reference["name"] as? String)
            #expect(tensor.index == reference["index"] as? Int)
            #expect(tensor.shape == reference["shape"] as? [Int])
            #expect(tensor.shapeSignature == reference["shape_signature"] as? [Int])
            #expect(tensor.dtype == reference["dtype"] as? String)
            let quantization = try #require(reference["quantization"] as? [String: Any])
            let scales = (quantization["scales"] as? [Double] ?? []).map(Float.init)
            #expect(tensor.scales == scales, "scales of \(tensor.name)")
            #expect(tensor.zeroPoints.map(Int.init) == quantization["zero_points"] as? [Int])
            #expect(tensor.quantizedDimension == quantization["quantized_dimension"] as? Int)
        }
    }

    @Test func jsonFollowsTheCLIContract() throws {
        let file = try ModelFile(path: Fixtures.model("int8_per_channel").path)
        let text = ModelSummary(file).json.serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["version", "description", "subgraphs", "signatures", "metadata"])
        let subgraph = try #require((object["subgraphs"] as? [[String: Any]])?.first)
        #expect(Set(subgraph.keys) == ["name", "inputs", "outputs", "operators"])
        let input = try #require((subgraph["inputs"] as? [[String: Any]])?.first)
        #expect(Set(input.keys) == ["name", "index", "shape", "shape_signature", "dtype", "quantization"])
        let op = try #require((subgraph["operators"] as? [[String: Any]])?.first)
        #expect(Set(op.keys) == ["opcode", "version", "inputs", "outputs"])
    }
}
