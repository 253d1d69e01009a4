import Foundation
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// Op versions and `min_runtime_version` re-derived from the TF-converted fixtures' own operators
/// must equal what TF 2.21's converter wrote into them.
struct ExportOpVersionTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The `.tflite` files whose operator codes TF 2.21's converter wrote as its versioning pass
    /// left them: the float, int8, hybrid and float16 fixtures. Left out: cases the generator
    /// patched after conversion (their manifest entry says so), 16x8 cases (the 16x8 quantizer
    /// sets versions itself and they are not re-derived) and uint8 cases (rewritten from int8 by
    /// the generator).
    static func tfConvertedModels() -> [URL] {
        ["ops", "models", "quantized-ops", "quantized-models"].flatMap { folder -> [URL] in
            let dir = fixtures.appendingPathComponent(folder)
            let patched = patchedCases(in: dir)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { name in
                guard name.hasSuffix(".tflite") else { return false }
                let stem = String(name.dropLast(".tflite".count))
                return !patched.contains(stem) && !stem.hasPrefix("int16x8_") && !stem.hasPrefix("uint8_")
            }.sorted().map { dir.appendingPathComponent($0) }
        }
    }

    /// Names of the manifest entries that mention a patch of the converted file.
    static func patchedCases(in dir: URL) -> Set<String> {
        guard let data = try? Data(contentsOf: dir.appendingPathComponent("manifest.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        var names = Set<String>()
        for case let entries as [[String: Any]] in root.values {
            for entry in entries {
                guard let name = entry["name"] as? String,
                      let text = try? JSONSerialization.data(withJSONObject: entry),
                      String(decoding: text, as: UTF8.self).lowercased().contains("patch") else { continue }
                names.insert(name)
            }
        }
        return names
    }

    /// The signature of every operator of `model`, with its operator-code index.
    static func signatures(of model: Model) -> [(code: Int, signature: OpSignature)] {
        let codes = model.operatorCodes ?? []
        let buffers = model.buffers ?? []
        var result: [(Int, OpSignature)] = []
        for subgraph in model.subgraphs ?? [] {
            let tensors = subgraph.tensors ?? []
            func spec(_ index: Int32) -> OpSignature.TensorSpec? {
                guard index >= 0, Int(index) < tensors.count else { return nil }
                let t = tensors[Int(index)]
                let shape = (t.shapeSignature ?? t.shape ?? []).map(Int.init)
                let buffer = Int(t.buffer)
                let constant = buffer != 0 && buffer < buffers.count && !(buffers[buffer].data ?? []).isEmpty
                return OpSignature.TensorSpec(type: t.type, shape: shape, isConstant: constant, quantization: t.quantization)
            }
            for op in subgraph.operators ?? [] {
                let code = Int(op.opcodeIndex)
                guard code < codes.count else { continue }
                let signature = OpSignature(
                    opcode: codes[code].resolvedBuiltinCode, options: op.builtinOptions,
                    inputs: (op.inputs ?? []).map(spec), outputs: (op.outputs ?? []).compactMap(spec))
                result.append((code, signature))
            }
        }
        return result
    }

    @Test func versionsMatchTFConverter() throws {
        let files = Self.tfConvertedModels()
        #expect(files.count > 100)
        var mismatches: [String] = []
        var checkedOps = Set<String>()
        for file in files {
            let model = try ModelFile(path: file.path).makeEditableModel()
            let codes = model.operatorCodes ?? []
            var derived = [Int32](repeating: 0, count: codes.count)
            for (code, signature) in Self.signatures(of: model) {
                let version = signature.opcode == .custom ? 1 : OpVersioning.version(of: signature)
                derived[code] = max(derived[code], version)
            }
            for (index, code) in codes.enumerated() where derived[index] > 0 {
                let name = code.resolvedBuiltinCode.name ?? "\(code.resolvedBuiltinCode.rawValue)"
                checkedOps.insert(name)
                if derived[index] != code.version {
                    mismatches.append("\(file.lastPathComponent): \(name) TF wrote v\(code.version), derived v\(derived[index])")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.joined(separator: "\n"))")
        #expect(checkedOps.count > 60, "only \(checkedOps.count) operators covered")
    }

    @Test func minRuntimeVersionMatchesTFConverter() throws {
        var mismatches: [String] = []
        var checked = 0
        for file in Self.tfConvertedModels() {
            let modelFile = try ModelFile(path: file.path)
            let model = modelFile.makeEditableModel()
            guard let entry = model.metadata?.first(where: { $0.name == RuntimeVersion.metadataName }),
                  let bytes = model.buffers?[Int(entry.buffer)].data else { continue }
            checked += 1
            let derived = RuntimeVersion.metadataBytes(RuntimeVersion.minimum(for: model.operatorCodes ?? []))
            if derived != bytes {
                mismatches.append("\(file.lastPathComponent): TF wrote \(String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)), derived \(String(decoding: derived.prefix { $0 != 0 }, as: UTF8.self))")
            }
        }
        #expect(checked > 100)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.joined(separator: "\n"))")
    }

    @Test func runtimeReleasesCompareNumerically() {
        #expect(RuntimeVersion.precedes("1.5.0", "1.14.0"))
        #expect(!RuntimeVersion.precedes("2.10.0", "2.9.0"))
        #expect(RuntimeVersion.precedes("", "1.5.0"))
        #expect(!RuntimeVersion.precedes("1.5.0", ""))
        #expect(!RuntimeVersion.precedes("2.3.0", "2.3.0"))
        #expect(RuntimeVersion.metadataBytes("1.14.0") == Array("1.14.0".utf8) + [UInt8](repeating: 0, count: 10))
    }

    @Test func versionsFollowWhatTheOperatorUses() {
        typealias Spec = OpSignature.TensorSpec
        let f = { (shape: [Int]) in Spec(type: .float32, shape: shape) }
        var fc = FullyConnectedOptions()
        #expect(OpVersioning.version(of: OpSignature(opcode: .fullyConnected, options: .fullyConnectedOptions(fc), inputs: [f([1, 4]), f([2, 4]), nil], outputs: [f([1, 2])])) == 1)
        #expect(OpVersioning.version(of: OpSignature(opcode: .fullyConnected, options: .fullyConnectedOptions(fc), inputs: [f([1, 4]), f([2, 4])], outputs: [f([1, 2])])) == 6)
        fc.keepNumDims = true
        #expect(OpVersioning.version(of: OpSignature(opcode: .fullyConnected, options: .fullyConnectedOptions(fc), inputs: [f([1, 3, 4]), f([2, 4]), nil], outputs: [f([1, 3, 2])])) == 5)
        var dw = DepthwiseConv2DOptions()
        dw.dilationHFactor = 2
        dw.dilationWFactor = 1
        #expect(OpVersioning.version(of: OpSignature(opcode: .depthwiseConv2d, options: .depthwiseConv2DOptions(dw), inputs: [f([1, 8, 8, 3]), f([1, 3, 3, 3]), f([3])], outputs: [f([1, 8, 8, 3])])) == 2)
        // Grouped convolution: the filter sees fewer input channels than the input has.
        #expect(OpVersioning.version(of: OpSignature(opcode: .conv2d, options: .conv2DOptions(Conv2DOptions()), inputs: [f([1, 8, 8, 4]), f([6, 3, 3, 2]), f([6])], outputs: [f([1, 8, 8, 6])])) == 6)
        #expect(OpVersioning.version(of: OpSignature(opcode: .sub, inputs: [f([1, 2, 3, 4, 5]), f([5])], outputs: [f([1, 2, 3, 4, 5])])) == 3)
        #expect(OpVersioning.version(of: OpSignature(opcode: .sub, inputs: [f([1, 2, 3, 4]), f([4])], outputs: [f([1, 2, 3, 4])])) == 1)
        #expect(OpVersioning.version(of: OpSignature(opcode: .transpose, inputs: [f([1, 2, 3, 4, 5]), Spec(type: .int32, shape: [5], isConstant: true)], outputs: [f([5, 4, 3, 2, 1])])) == 4)
        #expect(OpVersioning.version(of: OpSignature(opcode: .broadcastTo, inputs: [f([1, 4]), Spec(type: .int32, shape: [2])], outputs: [f([3, 4])])) == 2)
        #expect(OpVersioning.version(of: OpSignature(opcode: .cast, inputs: [Spec(type: .int32, shape: [2])], outputs: [f([2])])) == 1)
        #expect(OpVersioning.version(of: OpSignature(opcode: .cast, inputs: [Spec(type: .int8, shape: [2])], outputs: [f([2])])) == 3)
    }
}
