// libFuzzer target over the `.tflite` model loader (FlatBuffers + SwiftLiteSchema).
//
// Property checked for every input:
//   1. `ModelFile(bytes:)` either throws `ModelError` (typed throws: nothing else can escape)
//      or succeeds;
//   2. on success, `ModelSummary(file)` builds, and its JSON and text report render;
//   3. `makeEditableModel()` and `ModelWriter().serialize(_:)` succeed;
//   4. the serialized bytes load again, and the reloaded editable model `==` the first one.
//      Models containing NaN floats (quantization scales, options...) are not equal to
//      themselves; for those (found by reflection when `==` fails) the serialized bytes of the
//      first and second round trips are compared instead.
//   5. the model written with `ModelWriter(placement: .external)` (buffers after the FlatBuffer,
//      the layout of models over 2 GiB) loads again to the same model, up to the `offset`/`size`
//      fields of buffers that hold data.
// Any violation calls `fatalError`, which libFuzzer records as a crash. Traps inside the library
// (out-of-range index, arithmetic overflow, force-unwrap) and AddressSanitizer reports are
// crashes too.
//
// Built by Fuzz/build.sh; see Fuzz/README.md.

import FlatBuffers
import SwiftLiteSchema

#if canImport(Glibc)
import Glibc
#endif

/// Seed helper, run once by `run.sh`: with `SWIFTLITE_FUZZ_EXTERNAL_SEEDS=<dir>` in the environment,
/// the fuzzer binary writes each model named on its command line to `<dir>/external-<name>` in
/// the large-model layout (`ModelWriter(placement: .external)`: buffers after the FlatBuffer,
/// referenced by `offset`/`size`) and exits. Random mutation rarely adds those fields to a
/// Buffer table, so without such seeds the external-buffer paths of the loader go untested.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> CInt {
    guard let directory = getenv("SWIFTLITE_FUZZ_EXTERNAL_SEEDS").map({ String(cString: $0) }) else { return 0 }
    var written = 0
    for index in 1..<Int(argc.pointee) {
        guard let argument = argv.pointee[index] else { continue }
        let path = String(cString: argument)
        if path.hasPrefix("-") { continue }
        guard let bytes = readFile(path),
            let file = try? ModelFile(bytes: bytes),
            let external = try? ModelWriter(placement: .external).serialize(file.makeEditableModel())
        else {
            print("fuzz: skipping \(path) (not a loadable model)")
            continue
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if writeFile("\(directory)/external-\(name)", external) { written += 1 }
    }
    print("fuzz: wrote \(written) external-buffer seeds to \(directory)")
    exit(0)
}

func readFile(_ path: String) -> [UInt8]? {
    guard let handle = fopen(path, "rb") else { return nil }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
        if count <= 0 { break }
        bytes.append(contentsOf: chunk[..<count])
    }
    return bytes
}

func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
    guard let handle = fopen(path, "wb") else { return false }
    defer { fclose(handle) }
    return bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) } == bytes.count
}

/// Set SWIFTLITE_FUZZ_VERBOSE=1 to print each input's outcome (for checking seeds/reproducers).
let verbose = getenv("SWIFTLITE_FUZZ_VERBOSE") != nil

func log(_ message: @autoclosure () -> String) {
    if verbose { print("fuzz: " + message()) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    checkModel(bytes)
    return 0
}

@inline(never)
func checkModel(_ bytes: [UInt8]) {
    // 1. Load. Typed throws: only ModelError can come out.
    let file: ModelFile
    do {
        file = try ModelFile(bytes: bytes)
    } catch {
        let _: ModelError = error
        let message = error.description  // the message must render too
        log("rejected (\(error.code)): \(message)")
        return
    }

    // 2. Summary renders.
    let summary = ModelSummary(file)
    let json = summary.json.serialized()
    let report = summary.report
    if json.isEmpty { fatalError("fuzz: ModelSummary.json.serialized() is empty") }
    if report.isEmpty { fatalError("fuzz: ModelSummary.report is empty") }

    // 3. Editable copy and serialization.
    let first = file.makeEditableModel()
    let written: [UInt8]
    do {
        written = try ModelWriter().serialize(first)
    } catch {
        fatalError("fuzz: serialize of a loaded model failed: \(error)")
    }

    // 4. Reload and compare.
    let reloaded: ModelFile
    do {
        reloaded = try ModelFile(bytes: written)
    } catch {
        fatalError("fuzz: the serialized model does not load again: \(error)")
    }
    let second = reloaded.makeEditableModel()
    log("loaded: \(bytes.count) bytes, \(first.subgraphs?.count ?? 0) subgraphs; rewritten as \(written.count) bytes")
    if first != second {
        // `==` is false for models holding NaN floats (quantization scales, min/max, options),
        // even when the round trip is exact. (Note `first == first` cannot detect that: Array's
        // `==` short-circuits on shared storage.) For those, compare the bytes of the first and
        // second round trips instead.
        guard containsNaN(first) else {
            fatalError("fuzz: round trip changed the model\n\(describeDifference(first, second))")
        }
        let rewritten: [UInt8]
        do {
            rewritten = try ModelWriter().serialize(second)
        } catch {
            fatalError("fuzz: serialize of the reloaded (NaN-containing) model failed: \(error)")
        }
        if rewritten != written {
            let firstDifference = zip(written, rewritten).enumerated()
                .first { $0.element.0 != $0.element.1 }?.offset ?? min(written.count, rewritten.count)
            fatalError(
                "fuzz: round trip of a NaN-containing model is not stable: \(written.count) bytes "
                    + "then \(rewritten.count) bytes, first difference at byte \(firstDifference)\n"
                    + describeDifference(first, second))
        }
    }

    // 5. The large-model layout: the same model written with every buffer after the FlatBuffer
    //    (`offset`/`size`, as for models over 2 GiB) loads back to the same model. The writer
    //    rewrites the `offset`/`size` bookkeeping of buffers that hold data, so those two fields
    //    are compared only for buffers without data.
    let external: [UInt8]
    do {
        external = try ModelWriter(placement: .external).serialize(first)
    } catch {
        fatalError("fuzz: serialize with external buffers failed: \(error)")
    }
    let externalFile: ModelFile
    do {
        externalFile = try ModelFile(bytes: external)
    } catch {
        fatalError("fuzz: the model written with external buffers does not load again: \(error)")
    }
    let expected = normalizingBufferPlacement(first)
    let third = normalizingBufferPlacement(externalFile.makeEditableModel())
    if expected != third {
        guard containsNaN(expected) else {
            fatalError(
                "fuzz: round trip through external buffers changed the model\n"
                    + describeDifference(expected, third))
        }
        let a = try? ModelWriter().serialize(expected), b = try? ModelWriter().serialize(third)
        if a == nil || a != b {
            fatalError(
                "fuzz: round trip of a NaN-containing model through external buffers is not stable\n"
                    + describeDifference(expected, third))
        }
    }
}

/// `model` with `offset`/`size` cleared on every buffer that holds data (the writer decides
/// those again).
func normalizingBufferPlacement(_ model: Model) -> Model {
    var model = model
    if var buffers = model.buffers {
        for index in buffers.indices where buffers[index].data != nil {
            buffers[index].offset = 0
            buffers[index].size = 0
        }
        model.buffers = buffers
    }
    return model
}

/// Whether any Float/Double anywhere in `value` is NaN (reflection; only used on the slow path).
func containsNaN(_ value: Any) -> Bool {
    if let float = value as? Float { return float.isNaN }
    if let double = value as? Double { return double.isNaN }
    let mirror = Mirror(reflecting: value)
    for child in mirror.children where containsNaN(child.value) { return true }
    return false
}

/// Names the top-level fields that differ, to make crash reports readable.
func describeDifference(_ a: Model, _ b: Model) -> String {
    var lines: [String] = []
    if a.version != b.version { lines.append("version: \(a.version) vs \(b.version)") }
    if a.operatorCodes != b.operatorCodes { lines.append("operatorCodes differ: \(String(describing: a.operatorCodes)) vs \(String(describing: b.operatorCodes))") }
    if a.subgraphs != b.subgraphs {
        let sa = a.subgraphs ?? [], sb = b.subgraphs ?? []
        lines.append("subgraphs differ (counts \(sa.count) vs \(sb.count))")
        for (index, (x, y)) in zip(sa, sb).enumerated() where x != y {
            if x.tensors != y.tensors {
                for (t, (tx, ty)) in zip(x.tensors ?? [], y.tensors ?? []).enumerated() where tx != ty {
                    lines.append("  subgraph \(index) tensor \(t): \(tx) vs \(ty)")
                }
                if (x.tensors?.count ?? -1) != (y.tensors?.count ?? -1) || (x.tensors == nil) != (y.tensors == nil) {
                    lines.append("  subgraph \(index) tensors: \(String(describing: x.tensors?.count)) vs \(String(describing: y.tensors?.count))")
                }
            }
            if x.operators != y.operators {
                for (o, (ox, oy)) in zip(x.operators ?? [], y.operators ?? []).enumerated() where ox != oy {
                    lines.append("  subgraph \(index) operator \(o): \(ox) vs \(oy)")
                }
                if (x.operators == nil) != (y.operators == nil) || x.operators?.count != y.operators?.count {
                    lines.append("  subgraph \(index) operators: \(String(describing: x.operators?.count)) vs \(String(describing: y.operators?.count))")
                }
            }
            if x.inputs != y.inputs { lines.append("  subgraph \(index) inputs: \(String(describing: x.inputs)) vs \(String(describing: y.inputs))") }
            if x.outputs != y.outputs { lines.append("  subgraph \(index) outputs: \(String(describing: x.outputs)) vs \(String(describing: y.outputs))") }
            if x.name != y.name { lines.append("  subgraph \(index) name: \(String(describing: x.name)) vs \(String(describing: y.name))") }
        }
    }
    if a.description != b.description { lines.append("description: \(String(describing: a.description)) vs \(String(describing: b.description))") }
    if a.buffers != b.buffers {
        let ba = a.buffers ?? [], bb = b.buffers ?? []
        lines.append("buffers differ (counts \(ba.count) vs \(bb.count), nil \(a.buffers == nil) vs \(b.buffers == nil))")
        for (index, (x, y)) in zip(ba, bb).enumerated() where x != y {
            lines.append("  buffer \(index): data \(String(describing: x.data?.count)) vs \(String(describing: y.data?.count)), offset \(x.offset) vs \(y.offset), size \(x.size) vs \(y.size)")
        }
    }
    if a.metadataBuffer != b.metadataBuffer { lines.append("metadataBuffer: \(String(describing: a.metadataBuffer)) vs \(String(describing: b.metadataBuffer))") }
    if a.metadata != b.metadata { lines.append("metadata: \(String(describing: a.metadata)) vs \(String(describing: b.metadata))") }
    if a.signatureDefs != b.signatureDefs { lines.append("signatureDefs: \(String(describing: a.signatureDefs)) vs \(String(describing: b.signatureDefs))") }
    if a.externalBufferGroups != b.externalBufferGroups { lines.append("externalBufferGroups: \(String(describing: a.externalBufferGroups)) vs \(String(describing: b.externalBufferGroups))") }
    if a.externalBuffers != b.externalBuffers { lines.append("externalBuffers: \(String(describing: a.externalBuffers)) vs \(String(describing: b.externalBuffers))") }
    if lines.isEmpty { lines.append("(no top-level field differs?)") }
    return lines.joined(separator: "\n")
}
