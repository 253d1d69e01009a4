import Foundation

/// The Keras importer fixtures written by `Scripts/reference/generate_keras_import_fixtures.py`.
enum ImportFixtures {
    /// `Tests/Fixtures/keras-import`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/keras-import")

    /// The case folders.
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

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
    static let variants: [Variant] = cases.flatMap { name in
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
