import ArgumentParser

/// SwiftLite's benchmarks; `compare_*.py` scripts beside this package run them next to the
/// official runtime.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swiftlite-bench", abstract: "SwiftLite benchmarks.",
        subcommands: [LoadBenchmark.self, AllocationBenchmark.self])
}
