import Foundation

/// The Keras importer fixtures written by `Scripts/reference/generate_keras_import_fixtures.py`.
enum ImportFixtures {
    /// `Tests/Fixtures/keras-import`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/keras-import")

    /// The case folders saved by Keras 3 (each has a `.keras` archive).
    static let cases: [String] = casesWith("structure.json")

    /// The case folders saved by Keras 2 (some, such as layer names with `/`, exist only there).
    static let keras2Cases: [String] = casesWith("structure_k2.json")

    private static func casesWith(_ structure: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent(structure).path)
        }.sorted()
    }

    /// One saved model and the structure it must import to.
    struct Variant: CustomStringConvertible, Sendable {
        var caseName: String
        var model: String
        var structure: String
        var description: String { "\(caseName)/\(model)" }
        var modelPath: String { folder.appendingPathComponent(caseName).appendingPathComponent(model).path }
        var structurePath: String { folder.appendingPathComponent(caseName).appendingPathComponent(structure).path }
    }

    /// Every (case, file) pair present: `.keras`, Keras 3 `.h5`, Keras 2 `.h5`.
    static let variants: [Variant] = Set(cases + keras2Cases).sorted().flatMap { name in
        [("model.keras", "structure.json"), ("model.h5", "structure.json"), ("model_k2.h5", "structure_k2.json")]
            .map { Variant(caseName: name, model: $0.0, structure: $0.1) }
            .filter { FileManager.default.fileExists(atPath: $0.modelPath) }
    }

    /// The bytes of a fixture file.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// A weight checksum: shape, sum and sum of squares.
struct Checksum: CustomStringConvertible {
    var shape: [Int]
    var sum: Double
    var squares: Double

    init(shape: [Int], values: [Float]) {
        self.shape = shape
        sum = values.reduce(0) { $0 + Double($1) }
        squares = values.reduce(0) { $0 + Double($1) * Double($1) }
    }

    init?(json: Any) {
        guard let items = json as? [Any], items.count == 3, let shape = items[0] as? [Int],
              let sum = (items[1] as? NSNumber)?.doubleValue, let squares = (items[2] as? NSNumber)?.doubleValue
        else { return nil }
        self.shape = shape
        self.sum = sum
        self.squares = squares
    }

    func matches(_ other: Checksum) -> Bool {
        shape == other.shape && abs(sum - other.sum) <= 1e-4 * max(1, abs(other.sum))
            && abs(squares - other.squares) <= 1e-4 * max(1, other.squares)
    }

    var description: String { "\(shape) Σ=\(sum) Σ²=\(squares)" }
}

/// Builds ZIP archives in memory (stored members, optional ZIP64 records) for hostile-input tests.
struct TestZip {
    struct Member {
        var name: String
        var data: [UInt8]
    }

    var members: [Member] = []

    static func le(_ value: UInt64, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> UInt64(8 * $0)) }
    }

    /// The archive bytes; `crc` computes member checksums.
    func bytes(crc: ([UInt8]) -> UInt32) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for member in members {
            let offset = out.count
            let name = Array(member.name.utf8)
            let checksum = UInt64(crc(member.data))
            var local: [UInt8] = Self.le(0x0403_4B50, 4) + Self.le(20, 2) + Self.le(0, 2) + Self.le(0, 2) + Self.le(0, 4)
            local += Self.le(checksum, 4) + Self.le(UInt64(member.data.count), 4) + Self.le(UInt64(member.data.count), 4)
            local += Self.le(UInt64(name.count), 2) + Self.le(0, 2) + name
            out += local + member.data
            var header: [UInt8] = Self.le(0x0201_4B50, 4) + Self.le(20, 2) + Self.le(20, 2) + Self.le(0, 2) + Self.le(0, 2)
            header += Self.le(0, 4) + Self.le(checksum, 4) + Self.le(UInt64(member.data.count), 4)
            header += Self.le(UInt64(member.data.count), 4) + Self.le(UInt64(name.count), 2) + Self.le(0, 2) + Self.le(0, 2)
            header += Self.le(0, 2) + Self.le(0, 2) + Self.le(0, 4) + Self.le(UInt64(offset), 4) + name
            central += header
        }
        let directoryOffset = out.count
        out += central
        out += Self.le(0x0605_4B50, 4) + Self.le(0, 2) + Self.le(0, 2) + Self.le(UInt64(members.count), 2)
        out += Self.le(UInt64(members.count), 2) + Self.le(UInt64(central.count), 4) + Self.le(UInt64(directoryOffset), 4)
        out += Self.le(0, 2)
        return out
    }

    /// Offset of the first central directory header.
    static func centralOffset(_ bytes: [UInt8]) -> Int? {
        (0..<(bytes.count - 3)).first { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 1 && bytes[$0 + 3] == 2 }
    }

    /// Overwrites a little-endian field.
    static func patch(_ bytes: inout [UInt8], at offset: Int, _ value: UInt64, width: Int) {
        for (index, byte) in le(value, width).enumerated() { bytes[offset + index] = byte }
    }
}
