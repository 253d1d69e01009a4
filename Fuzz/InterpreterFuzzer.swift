// libFuzzer target over the whole runtime: loader, interpreter, planner and reference kernels.
//
// For every input:
//   1. `Model(bytes:)` either throws `SwiftLiteError` or loads;
//   2. models whose declared tensors need more than `budgetBytes` in all are skipped (to keep
//      each run short and far below libFuzzer's RSS limit), and so are models whose windowed
//      operators (convolution, pooling, fully connected) would take more than `workBudget`
//      steps: slow but finite work, not a hang;
//   3. `Interpreter(model:, options:)` with reference kernels and tight runtime limits (small
//      allocations, few loop iterations) then `allocateTensors()`;
//   4. `invoke()` twice (the second time even when the first one threw): first on the zeroed
//      inputs `allocateTensors()` leaves, then on inputs filled with values derived from the
//      fuzz input (small integers and floats, 0/1 values, or raw bytes, chosen by the input's
//      hash), reading every output after each run.
// Any `SwiftLiteError` is an acceptable outcome (typed throws: nothing else can escape). Traps in
// the library (out-of-range index, arithmetic overflow, force unwrap, precondition),
// AddressSanitizer reports, runs over libFuzzer's `-timeout` and RSS over `-rss_limit_mb` are
// what the fuzzer reports.
//
// Built by Fuzz/build.sh; run by `Fuzz/run.sh --target interpreter`; see Fuzz/README.md.

import SwiftLite
import SwiftLiteSchema

#if canImport(Glibc)
import Glibc
#endif

/// Declared tensor bytes (every tensor of every subgraph, as the file states their shapes)
/// above which a model is skipped.
let budgetBytes = 64 << 20

/// Estimated inner-loop steps of one run (see `estimatedWork`) above which a model is skipped:
/// a legitimately expensive model (a pooling window of 30 000 cells) is not a hang.
let workBudget = 200_000_000

/// The runtime limits the fuzzed interpreters run under.
let fuzzLimits = RuntimeLimits(maxAllocationBytes: 64 << 20, maxLoopIterations: 10_000, maxSubgraphDepth: 32)

/// Set SWIFTLITE_FUZZ_VERBOSE=1 to print each input's outcome (for checking seeds/reproducers).
let verbose = getenv("SWIFTLITE_FUZZ_VERBOSE") != nil

func note(_ message: @autoclosure () -> String) {
    if verbose {
        print("fuzz: " + message())
        fflush(nil)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    runModel(bytes)
    return 0
}

@inline(never)
func runModel(_ bytes: [UInt8]) {
    let model: SwiftLite.Model
    do {
        model = try SwiftLite.Model(bytes: bytes)
    } catch {
        let _: SwiftLiteError = error
        note("rejected by the loader: \(error)")
        return
    }
    guard let declared = declaredByteCount(model.file), declared <= budgetBytes else {
        note("skipped: the declared tensors need more than \(budgetBytes) bytes")
        return
    }
    var options = Interpreter.Options(useReferenceKernels: true)
    options.limits = fuzzLimits
    let interpreter: Interpreter
    do {
        interpreter = try Interpreter(model: model, options: options)
        try interpreter.allocateTensors()
    } catch {
        let _: SwiftLiteError = error
        note("allocateTensors failed: \(error)")
        return
    }
    guard let work = estimatedWork(model.file, interpreter), work <= workBudget else {
        note("skipped: convolution or pooling windows need more than \(workBudget) steps")
        return
    }
    if verbose {
        for index in 0..<interpreter.tensorCount {
            if let tensor = try? interpreter.tensor(at: index) {
                note("tensor \(index) `\(tensor.name)`: \(tensor.dataType)\(tensor.shape) \(tensor.data.count) bytes")
            }
        }
    }
    var seed = fnv1a(bytes)
    for round in 0..<2 {
        if round == 1 {
            let mode = FillMode(rawValue: Int(seed % 3)) ?? .small
            fillInputs(interpreter, mode: mode, seed: &seed)
        }
        do {
            try interpreter.invoke()
            var outputBytes = 0
            for index in 0..<interpreter.outputTensorCount {
                outputBytes += try interpreter.output(at: index).data.count
            }
            note("run \(round): \(interpreter.outputTensorCount) outputs, \(outputBytes) bytes")
        } catch {
            // Still run again: an interpreter must stay usable after a failed invoke.
            let _: SwiftLiteError = error
            note("run \(round) failed: \(error)")
        }
    }
}

/// How the second run's inputs are filled.
enum FillMode: Int {
    /// Integers in -1...3 (valid indices, axes and sizes are likely), floats in [-2, 2).
    case small
    /// Random bytes (NaNs, huge integers).
    case raw
    /// Integers that are 0 or 1, floats 0 or 1.
    case binary
}

/// Fills every input with deterministic pseudo-random values drawn from `seed`.
func fillInputs(_ interpreter: Interpreter, mode: FillMode, seed: inout UInt64) {
    for index in 0..<interpreter.inputTensorCount {
        guard let type = try? interpreter.input(at: index).dataType else { continue }
        _ = try? interpreter.withUnsafeMutableInputBytes(at: index) { raw in
            fill(raw, type: type, mode: mode, seed: &seed)
        }
    }
}

func fill(_ raw: UnsafeMutableRawBufferPointer, type: ElementType, mode: FillMode, seed: inout UInt64) {
    if mode == .raw || type == .string {
        for offset in raw.indices { raw[offset] = UInt8(truncatingIfNeeded: next(&seed)) }
        return
    }
    func value() -> Int {
        mode == .small ? Int(next(&seed) % 5) - 1 : Int(next(&seed) % 2)
    }
    switch type {
    case .float32:
        let buffer = raw.bindMemory(to: Float.self)
        for i in buffer.indices { buffer[i] = mode == .small ? Float(Int(next(&seed) % 400) - 200) / 100 : Float(value()) }
    case .float64:
        let buffer = raw.bindMemory(to: Double.self)
        for i in buffer.indices { buffer[i] = Double(value()) }
    case .int32:
        let buffer = raw.bindMemory(to: Int32.self)
        for i in buffer.indices { buffer[i] = Int32(value()) }
    case .int64:
        let buffer = raw.bindMemory(to: Int64.self)
        for i in buffer.indices { buffer[i] = Int64(value()) }
    case .int16:
        let buffer = raw.bindMemory(to: Int16.self)
        for i in buffer.indices { buffer[i] = Int16(value()) }
    case .bool:
        for offset in raw.indices { raw[offset] = UInt8(next(&seed) % 2) }
    default:  // int8, uint8, half floats, ...: bytes
        for offset in raw.indices { raw[offset] = UInt8(truncatingIfNeeded: value()) }
    }
}

/// SplitMix64.
func next(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return hash
}

/// Bytes of every tensor of every subgraph at its declared shape (nil when that overflows).
func declaredByteCount(_ file: ModelFile) -> Int? {
    var total = 0
    for subgraph in file.model.subgraphs.map(Array.init) ?? [] {
        for tensor in subgraph.tensors.map(Array.init) ?? [] {
            var elements = 1
            for dimension in tensor.shape.map(Array.init) ?? [] {
                let (product, overflow) = elements.multipliedReportingOverflow(by: max(1, Int(dimension)))
                guard !overflow else { return nil }
                elements = product
            }
            let (bytes, overflow) = elements.multipliedReportingOverflow(by: 16)
            guard !overflow else { return nil }
            let (sum, overflowed) = total.addingReportingOverflow(bytes)
            guard !overflowed else { return nil }
            total = sum
        }
    }
    return total
}

/// A rough count of the inner-loop steps of one run: for pooling, convolution and fully connected
/// nodes, output elements times the window (or dot product) each one reads; other nodes are
/// linear and ignored. Shapes of the main subgraph are those `allocateTensors()` settled, other
/// subgraphs' as declared. nil when the count overflows.
func estimatedWork(_ file: ModelFile, _ interpreter: Interpreter) -> Int? {
    let codes: [OperatorCodeView] = file.model.operatorCodes.map(Array.init) ?? []
    var total = 0
    let subgraphs: [SubGraphView] = file.model.subgraphs.map(Array.init) ?? []
    for (graphIndex, subgraph) in subgraphs.enumerated() {
        let tensors: [TensorView] = subgraph.tensors.map(Array.init) ?? []
        func shape(_ index: Int32) -> [Int] {
            guard index >= 0, Int(index) < tensors.count else { return [] }
            if graphIndex == 0, let tensor = try? interpreter.tensor(at: Int(index)) { return tensor.shape.dimensions }
            let declared: [Int32] = tensors[Int(index)].shape.map(Array.init) ?? []
            return declared.map(Int.init)
        }
        func elements(_ dimensions: [Int]) -> Int? {
            var count = 1
            for dimension in dimensions {
                let (product, overflow) = count.multipliedReportingOverflow(by: max(dimension, 0))
                guard !overflow else { return nil }
                count = product
            }
            return count
        }
        let operators: [OperatorView] = subgraph.operators.map(Array.init) ?? []
        for op in operators {
            let inputs: [Int32] = op.inputs.map(Array.init) ?? []
            let outputs: [Int32] = op.outputs.map(Array.init) ?? []
            guard let output = outputs.first, Int(op.opcodeIndex) < codes.count else { continue }
            let opcode = codes[Int(op.opcodeIndex)].resolvedBuiltinCode
            var window = 0
            switch opcode {
            case .averagePool2d, .maxPool2d, .l2Pool2d:
                if case .pool2DOptions(let options) = op.builtinOptions {
                    window = max(Int(options.filterWidth), 1) * max(Int(options.filterHeight), 1)
                }
            case .conv2d, .depthwiseConv2d, .fullyConnected, .conv3d, .conv3dTranspose, .transposeConv, .batchMatmul:
                // Per output element: the filter's elements over its output channels, bounded by
                // the filter size (the largest input other than the data).
                let sizes = inputs.dropFirst().compactMap { elements(shape($0)) }
                window = sizes.max() ?? 0
            default:
                continue
            }
            guard let count = elements(shape(output)) else { return nil }
            let (work, overflow) = count.multipliedReportingOverflow(by: window)
            guard !overflow else { return nil }
            let (sum, overflowed) = total.addingReportingOverflow(work)
            guard !overflowed else { return nil }
            total = sum
        }
    }
    return total
}
