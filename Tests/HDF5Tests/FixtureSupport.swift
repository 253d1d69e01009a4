import Foundation
import HDF5

/// Locates the HDF5 fixtures and their h5py-recorded expectations.
enum Fixtures {
    /// `Tests/Fixtures/hdf5`, or the folder named by `HDF5_FIXTURES_DIR` (with `HDF5_FIXTURE_NAMES`,
    /// comma-separated) to check other h5py-recorded files.
    static let directory = ProcessInfo.processInfo.environment["HDF5_FIXTURES_DIR"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hdf5")

    static let names = ProcessInfo.processInfo.environment["HDF5_FIXTURE_NAMES"].map { $0.split(separator: ",").map(String.init) }
        ?? ["default", "latest", "latest_many", "v2", "keras_weights", "keras_legacy"]

    static func path(_ name: String) -> String { directory.appendingPathComponent("\(name).h5").path }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name)))) }

    static func expected(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent("\(name).json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

/// Compares a decoded value with h5py's JSON record; returns a mismatch description or nil.
func mismatch(_ value: HDF5Value, _ expected: [String: Any]) -> String? {
    if let strings = expected["string"] as? String {
        return value.string == strings ? nil : "expected string \(strings), got \(value)"
    }
    if let strings = expected["strings"] as? [String] {
        return value.stringArray == strings ? nil : "expected strings \(strings), got \(value)"
    }
    if let strings = expected["floats"] as? [String] {
        let floats = strings.compactMap(Double.init)
        guard case .floats(_, let got) = value, got.count == floats.count else { return "expected floats, got \(value)" }
        for (a, b) in zip(got, floats) where !(a == b || (a.isNaN && b.isNaN)) { return "float \(a) != \(b)" }
        return nil
    }
    if let ints = expected["ints"] as? [Any] {
        let want = ints.map { "\($0)" }
        let got: [String]
        switch value {
        case .integers(_, let v): got = v.map { "\($0)" }
        case .unsignedIntegers(_, let v): got = v.map { "\($0)" }
        case .booleans(_, let v): got = v.map { $0 ? "1" : "0" }
        default: return "expected integers, got \(value)"
        }
        return got == want ? nil : "expected \(want), got \(got)"
    }
    return "unknown expectation \(expected)"
}

/// Reads everything reachable from the root (bounded), returning the number of objects visited.
/// Only ``HDF5Error`` may escape.
@discardableResult
func walkAll(_ file: HDF5File, budget: Int = 2_000) throws -> Int {
    var visited = 0
    func walk(_ group: HDF5Group, depth: Int) throws {
        guard depth < 12, visited < budget else { return }
        _ = try group.attributes
        for child in try group.children {
            visited += 1
            guard visited < budget else { return }
            switch child.kind {
            case .group:
                try walk(try group.group(child.name), depth: depth + 1)
            case .dataset:
                let dataset = try group.dataset(child.name)
                _ = try dataset.shape
                _ = try dataset.attributes
                _ = try dataset.read()
                _ = try? dataset.readFloats()
            default:
                break
            }
        }
    }
    try walk(file.root, depth: 0)
    return visited
}
