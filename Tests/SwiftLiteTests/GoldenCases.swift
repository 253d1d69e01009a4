import Foundation
import SwiftLite

/// Golden cases recorded from the official runtime's reference kernels (BUILTIN_REF) by
/// Scripts/reference/generate_op_fixtures.py and generate_model_fixtures.py.
struct GoldenCase: CustomStringConvertible, Sendable {
    let directory: URL
    let name: String
    let ops: [String]
    let inputs: Int
    let outputs: Int
    let rtol: Double
    let atol: Double
    /// For detectors: output `count` holds n, and only the first n rows of `masked` outputs are
    /// defined (the rest are zeroed in the goldens).
    let definedRows: (count: Int, masked: [Int])?

    var description: String { name }
    var model: URL { directory.appendingPathComponent("\(name).tflite") }

    func input(_ k: Int) throws -> NumpyArray {
        try NumpyArray(contentsOf: directory.appendingPathComponent("\(name).input_\(k).npy").path)
    }

    func output(_ k: Int) throws -> NumpyArray {
        try NumpyArray(contentsOf: directory.appendingPathComponent("\(name).output_\(k).npy").path)
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The cases of `Tests/Fixtures/<folder>/manifest.json` (or of the folder named by the
    /// environment variable `SWIFTLITE_FIXTURES_<FOLDER>`).
    static func load(_ folder: String) -> [GoldenCase] {
        let override = ProcessInfo.processInfo.environment["SWIFTLITE_FIXTURES_\(folder.uppercased())"]
        let directory = override.map { URL(fileURLWithPath: $0) }
            ?? repository.appendingPathComponent("Tests/Fixtures/\(folder)")
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("manifest.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = (object["cases"] ?? object["models"]) as? [[String: Any]]
        else { return [] }
        return cases.compactMap { entry in
            guard let name = entry["name"] as? String else { return nil }
            return GoldenCase(
                directory: directory, name: name, ops: entry["ops"] as? [String] ?? [],
                inputs: entry["inputs"] as? Int ?? 1, outputs: entry["outputs"] as? Int ?? 1,
                rtol: entry["rtol"] as? Double ?? 1e-5, atol: entry["atol"] as? Double ?? 1e-6,
                definedRows: (entry["defined_rows"] as? [String: Any]).flatMap { rows in
                    guard let count = rows["count_output"] as? Int, let masked = rows["outputs"] as? [Int] else { return nil }
                    return (count, masked)
                })
        }
    }
}

/// The result of running one golden case.
enum GoldenOutcome {
    case passed(maxError: Double)
    case unsupported(String)
    case failed(String)
}

enum GoldenRunner {
    /// Runs `golden` with reference kernels and compares every output.
    static func run(_ golden: GoldenCase, reference: Bool = true) -> GoldenOutcome {
        do {
            let interpreter = try Interpreter(modelPath: golden.model.path, options: .init(useReferenceKernels: reference))
            let session = try InferenceSession(interpreter: interpreter)
            let inputs = try (0..<golden.inputs).map { ("\($0)", try golden.input($0)) }
            var outputs = try session.run(inputs: inputs)
            if let rows = golden.definedRows, rows.count < outputs.count {
                let n = Int(outputs[rows.count].values(as: Float.self).first ?? 0)
                for k in rows.masked where k < outputs.count { outputs[k] = zeroRows(outputs[k], from: n) }
            }
            guard outputs.count == golden.outputs else {
                return .failed("\(outputs.count) outputs, expected \(golden.outputs)")
            }
            var worst = 0.0
            for k in 0..<golden.outputs {
                let expected = try golden.output(k)
                let actual = outputs[k]
                guard actual.type == expected.type else {
                    return .failed("output \(k) is \(actual.type), expected \(expected.type)")
                }
                guard actual.shape == expected.shape else {
                    return .failed("output \(k) has shape \(actual.shape), expected \(expected.shape)")
                }
                switch compare(actual, expected, rtol: golden.rtol, atol: golden.atol) {
                case .success(let error): worst = max(worst, error)
                case .failure(let message): return .failed("output \(k): \(message)")
                }
            }
            return .passed(maxError: worst)
        } catch let error as SwiftLiteError where error.code == .unsupported {
            return .unsupported(error.description)
        } catch {
            return .failed("\(error)")
        }
    }

    /// `array` (shape [1, rows, ...]) with rows `from...` set to zero.
    static func zeroRows(_ array: NumpyArray, from first: Int) -> NumpyArray {
        guard array.shape.count >= 2, let size = array.type.byteSize else { return array }
        let rowBytes = array.shape.dropFirst(2).reduce(1, *) * size
        var copy = array
        let start = max(0, first) * rowBytes
        if start < copy.data.count {
            for index in start..<copy.data.count { copy.data[index] = 0 }
        }
        return copy
    }

    struct Mismatch: Error { let message: String }

    static func compare(_ actual: NumpyArray, _ expected: NumpyArray, rtol: Double, atol: Double) -> Result<Double, Mismatch> {
        func values(_ array: NumpyArray) -> [Double] {
            switch array.type {
            case .float32: array.values(as: Float.self).map(Double.init)
            case .float64: array.values(as: Double.self)
            case .int32: array.values(as: Int32.self).map(Double.init)
            case .int64: array.values(as: Int64.self).map(Double.init)
            case .int8: array.values(as: Int8.self).map(Double.init)
            case .uint8, .bool: array.values(as: UInt8.self).map(Double.init)
            case .int16: array.values(as: Int16.self).map(Double.init)
            default: array.data.map(Double.init)
            }
        }
        let a = values(actual)
        let b = values(expected)
        guard a.count == b.count else { return .failure(Mismatch(message: "\(a.count) values, expected \(b.count)")) }
        let exact = !actual.type.isFloatingPoint
        var worst = 0.0
        for i in a.indices {
            if a[i].isNaN && b[i].isNaN { continue }
            let error = abs(a[i] - b[i])
            if exact ? error != 0 : !(error <= atol + rtol * abs(b[i])) {
                return .failure(Mismatch(message: "element \(i) is \(a[i]), expected \(b[i]) (|error| \(error), atol \(atol), rtol \(rtol))"))
            }
            worst = max(worst, error)
        }
        return .success(worst)
    }
}
