import Foundation
import Testing

@testable import KerasModel

/// Keras 2 layer names may contain `/` (tf.keras.applications.MobileNetV3 has `Conv` and
/// `Conv/BatchNorm`). h5py nests such groups, so the weights of `Conv/BatchNorm` lie in the group
/// `BatchNorm` inside the group of the layer `Conv`; each layer must still get exactly its own.
@Suite struct LegacySlashNameTests {
    static let folder = ImportFixtures.folder.appendingPathComponent("slash_names")

    @Test func nestedWeightGroupsReachTheirLayers() throws {
        let file = try KerasModelFile(path: Self.folder.appendingPathComponent("model_k2.h5").path)
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("structure_k2.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let layers = try #require(json["layers"] as? [String: [String: Any]])
        let byName = Dictionary(file.graph.nodes.map { ($0.layer.name, $0.layer) }, uniquingKeysWith: { a, _ in a })
        // The weights each layer should have, from the live Keras model.
        let want: [String: Int] = ["Conv": 1, "Conv/BatchNorm": 4, "Conv/BatchNorm/project": 2, "Logits/Dense": 2]
        for (name, count) in want {
            let layer = try #require(byName[name], "layer \(name)")
            let expected = (layers[name]?["all"] as? [Any] ?? []).compactMap(Checksum.init(json:))
            #expect(expected.count == count, "structure_k2.json lists \(expected.count) weights for \(name)")
            #expect(layer.weights.entries.count == count, "layer \(name): \(layer.weights.entries.map(\.name))")
            for (entry, checksum) in zip(layer.weights.entries, expected) {
                #expect(Checksum(shape: entry.array.shape, values: entry.array.values).matches(checksum), "\(name) \(entry.name)")
            }
        }
        // Names are relative to the layer (the lowering asks for `gamma`, not `Conv/BatchNorm/gamma`).
        #expect(byName["Conv/BatchNorm"]?.weights.entries.map(\.name) == ["gamma:0", "beta:0", "moving_mean:0", "moving_variance:0"])
    }
}
