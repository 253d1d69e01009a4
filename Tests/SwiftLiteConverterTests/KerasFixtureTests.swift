import Foundation
import SwiftLite
import SwiftLiteConverter
import Testing

/// A Keras conversion fixture made by Scripts/reference/generate_keras_fixtures.py: a model in one or
/// both Keras formats, inputs, and Keras's own predictions.
struct KerasFixture: CustomStringConvertible, Sendable {
    let directory: URL
    let name: String
    let formats: [String]
    let inputCount: Int
    let outputCount: Int
    let atol: Double
    let rtol: Double

    var description: String { name }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/keras")

    /// Every fixture folder, sorted by name.
    static func all() -> [KerasFixture] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let directory = root.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: directory.appendingPathComponent("case.json")),
                  let meta = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return nil }
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return KerasFixture(
                directory: directory, name: name, formats: meta["formats"] as? [String] ?? ["keras"],
                inputCount: files.filter { $0.hasPrefix("input_") }.count,
                outputCount: files.filter { $0.hasPrefix("expected_") }.count,
                atol: meta["atol"] as? Double ?? 1e-4, rtol: meta["rtol"] as? Double ?? 1e-3)
        }
    }

    func modelPath(_ format: String) -> String { directory.appendingPathComponent("model.\(format)").path }
    func input(_ k: Int) throws -> NumpyArray { try NumpyArray(contentsOf: directory.appendingPathComponent("input_\(k).npy").path) }
    func expected(_ k: Int) throws -> NumpyArray { try NumpyArray(contentsOf: directory.appendingPathComponent("expected_\(k).npy").path) }
}

/// One (fixture, format) pair.
struct KerasFixtureFormat: CustomStringConvertible, Sendable {
    let fixture: KerasFixture
    let format: String
    var description: String { "\(fixture.name).\(format)" }

    static func all() -> [KerasFixtureFormat] {
        KerasFixture.all().flatMap { fixture in fixture.formats.map { KerasFixtureFormat(fixture: fixture, format: $0) } }
    }
}

/// Converts every Keras fixture in each saved format, runs the result in SwiftLite with the fixture's
/// batch (resizing the dynamic batch dimension), and compares with Keras's predictions.
@Test(arguments: KerasFixtureFormat.all())
func convertedKerasModelMatchesKeras(_ item: KerasFixtureFormat) throws {
    let fixture = item.fixture
    let result = try Converter(kerasModelAt: fixture.modelPath(item.format)).convert()
    let interpreter = try Interpreter(modelData: Data(result.bytes))
    let inputs = try (0..<fixture.inputCount).map { try fixture.input($0) }
    for (k, input) in inputs.enumerated() {
        try interpreter.resizeInput(at: k, to: Tensor.Shape(input.shape))
    }
    try interpreter.allocateTensors()
    for (k, input) in inputs.enumerated() {
        _ = try interpreter.copy(Data(input.data), toInputAt: k)
    }
    try interpreter.invoke()
    #expect(interpreter.outputTensorCount == fixture.outputCount)
    for k in 0..<fixture.outputCount {
        let expected = try fixture.expected(k)
        let output = try interpreter.output(at: k)
        #expect(output.shape.dimensions == expected.shape, "output \(k) shape")
        let actual = output.values(as: Float.self)
        let reference = expected.values(as: Float.self)
        guard actual.count == reference.count else { continue }
        var worst = 0.0
        for (a, r) in zip(actual, reference) {
            let excess = abs(Double(a) - Double(r)) - (fixture.atol + fixture.rtol * abs(Double(r)))
            worst = max(worst, excess)
        }
        #expect(worst <= 0, "output \(k): error exceeds atol \(fixture.atol) + rtol \(fixture.rtol) by \(worst)")
    }
}
