// libFuzzer target over the Keras converter: importer (ZIP, JSON, HDF5, config graph, weights),
// lowering, graph passes, export and verification.
//
// Property checked for every input (a `.keras` archive or a legacy `.h5` file, mutated):
//   1. `KerasModelFile(bytes:)` either throws `KerasImportError` (typed throws) or succeeds;
//   2. on success, `Converter(source:).convert()` either throws `ConversionError` or returns bytes
//      that SwiftLite's loader accepts (`ModelFile(bytes:)`) — the converter never writes a model
//      its own runtime refuses.
// ZIP member checksums are not verified here, so that mutations inside `.keras` archives reach the
// JSON, HDF5 and graph code behind them. Traps in the library (out-of-range index, overflow, force-unwrap) and AddressSanitizer reports
// are crashes. Built by Fuzz/build.sh (`converter`); see Fuzz/README.md.

import KerasModel
import SwiftLiteConverter
import SwiftLiteSchema

@_cdecl("LLVMFuzzerTestOneInput")
public func converterFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = KerasImportLimits()
    limits.maxNodes = min(limits.maxNodes, 2_000)
    limits.archive.verifiesChecksums = false  // let mutated archive members reach the parsers
    guard let source = try? KerasModelFile(bytes: bytes, limits: limits) else { return 0 }
    guard let result = try? Converter(source: source).convert() else { return 0 }
    do {
        _ = try ModelFile(bytes: result.bytes)
    } catch {
        fatalError("the converter wrote a model SwiftLite's loader refuses: \(error)")
    }
    return 0
}
