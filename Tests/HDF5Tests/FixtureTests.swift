import Foundation
import Testing

@testable import HDF5

/// Every fixture reads back equal to what h5py recorded.
@Suite struct FixtureTests {
    @Test(arguments: Fixtures.names)
    func matchesH5py(_ name: String) throws {
        let expected = try Fixtures.expected(name)
        let file = try HDF5File(path: Fixtures.path(name))
        #expect(file.superblockVersion == expected["superblock"] as? Int)
        for (path, children) in expected["groups"] as? [String: [String]] ?? [:] {
            let group = try file.root.group(path)
            #expect(try group.children.map(\.name) == children.sorted(), "\(name):\(path)")
        }
        for (path, record) in expected["datasets"] as? [String: [String: Any]] ?? [:] {
            let dataset = try file.root.dataset(path)
            #expect(try dataset.shape == record["shape"] as? [Int], "\(name):\(path)")
            let value = try dataset.read()
            if let problem = mismatch(value, record) { Issue.record("\(name):\(path): \(problem)") }
            if case .floats = value {
                let floats = try dataset.readFloats()
                let doubles = (record["floats"] as? [String] ?? []).compactMap(Double.init)
                #expect(floats == doubles.map { Float($0) }, "\(name):\(path)")
            }
        }
        for (path, attributes) in expected["attributes"] as? [String: [String: [String: Any]]] ?? [:] {
            let object = try file.root.object(at: path)
            let got = try object.attributes
            #expect(Set(got.keys) == Set(attributes.keys), "\(name):\(path)")
            for (key, record) in attributes {
                guard let value = got[key] else { continue }
                if let problem = mismatch(value, record) { Issue.record("\(name):\(path)@\(key): \(problem)") }
            }
        }
    }

    @Test func inMemoryEqualsMapped() throws {
        let mapped = try HDF5File(path: Fixtures.path("keras_weights"))
        let memory = try HDF5File(bytes: Fixtures.bytes("keras_weights"))
        let path = "layers/dense/vars/0"
        #expect(try mapped.root.dataset(path).readFloats() == memory.root.dataset(path).readFloats())
        #expect(try memory.root.dataset(path).shape == [32, 3])
        #expect(try memory.root.dataset(path).dataType == .float(bytes: 4))
    }

    @Test func kerasLegacyConfig() throws {
        let file = try HDF5File(path: Fixtures.path("keras_legacy"))
        let config = try #require(try file.root.attributes["model_config"]?.string)
        let json = try JSONSerialization.jsonObject(with: Data(config.utf8)) as? [String: Any]
        #expect(json?["class_name"] as? String == "Sequential")
        let weights = try file.root.group("model_weights")
        #expect(try weights.attributes["layer_names"]?.stringArray?.contains("dense") == true)
        #expect(try file.root["/model_weights/dense/sequential/dense/kernel"].path == "/model_weights/dense/sequential/dense/kernel")
    }

    @Test(arguments: ["default", "latest"])
    func softLinksResolve(_ name: String) throws {
        let file = try HDF5File(path: Fixtures.path(name))
        let weights = try file.root.group("weights")
        #expect(try weights.children.first { $0.name == "alias" }?.kind == .softLink)
        #expect(try weights.dataset("alias").readFloats() == file.root.dataset("/weights/f32").readFloats())
        guard case .dataset(let nested) = try weights["nested/deeper/compact2"] else {
            Issue.record("nested/deeper/compact2 is not a dataset")
            return
        }
        #expect(try nested.readFloats() == [0, 0.5, 1, 1.5, 2, 2.5])
    }

    @Test func typedErrors() throws {
        let file = try HDF5File(path: Fixtures.path("default"))
        #expect(throws: HDF5Error.self) { try file.root.dataset("weights/missing") }
        #expect(throws: HDF5Error.self) { try file.root.dataset("weights") }
        #expect(throws: HDF5Error.self) { try HDF5File(bytes: [1, 2, 3]) }
        #expect(throws: HDF5Error.self) { try HDF5File(path: "/nonexistent.h5") }
        #expect(try file.root.dataset("weights/int8").dataType == .integer(bytes: 1, signed: true))
        #expect(try file.root.dataset("weights/bools").dataType.isBoolean)
    }
}
