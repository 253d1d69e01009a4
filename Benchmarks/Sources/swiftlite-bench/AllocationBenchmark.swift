import ArgumentParser
import MallocInterposerSwift
import SwiftLite

/// `swiftlite-bench allocations MODEL`: counts heap allocations during `invoke()` after
/// `allocateTensors()` (expected: zero for models whose shapes are all known at prepare).
///
/// Run under the interposer: `LD_PRELOAD=<bin>/libMallocInterposerSwift.so swiftlite-bench allocations MODEL`
/// (`Benchmarks/check_allocations.sh` does this).
struct AllocationBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocations", abstract: "Count heap allocations per invoke().")

    @Argument(help: "The .tflite model.")
    var model: String

    @Option(help: "Invocations to count over.")
    var invocations = 10

    @Flag(help: "Reference kernels only.")
    var reference = false

    func run() throws {
        MallocInterposerSwift.initialize()
        let interpreter = try Interpreter(modelPath: model, options: .init(useReferenceKernels: reference))
        try interpreter.allocateTensors()
        try interpreter.invoke()  // the first invoke may size dynamic tensors
        MallocInterposerSwift.hook()
        for _ in 0..<invocations { try interpreter.invoke() }
        MallocInterposerSwift.unhook()
        let stats = MallocInterposerSwift.getStatistics()
        // Control: an allocation we know happens must be counted, or the interposer is not loaded.
        MallocInterposerSwift.hook()
        let probe = [Int](repeating: invocations, count: 4096)
        MallocInterposerSwift.unhook()
        guard MallocInterposerSwift.getStatistics().mallocCount > stats.mallocCount, probe.count == 4096 else {
            throw ValidationError("the malloc interposer is not active; run with LD_PRELOAD (see check_allocations.sh)")
        }
        print("{\"model\": \"\(model)\", \"invocations\": \(invocations), \"mallocs\": \(stats.mallocCount), \"malloc_bytes\": \(stats.mallocBytesCount)}")
    }
}
