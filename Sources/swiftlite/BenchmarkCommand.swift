import ArgumentParser
import SwiftLite

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `swiftlite benchmark MODEL`: load, init, first inference, warm-up and steady-state latency,
/// like TFLite's `benchmark_model` (CLI.md).
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark", abstract: "Measure load time, init time and inference latency.")

    @Argument(help: "The .tflite model.")
    var model: String

    @Option(help: "Threads kernels may use.")
    var threads: Int = 1

    @Option(help: "Timed runs.")
    var runs: Int = 50

    @Option(help: "Untimed warm-up runs after the first inference.")
    var warmup: Int = 5

    @Option(help: "A delegate: replay[:OP,OP,...].")
    var delegate: String?

    @Flag(help: "Reference kernels only.")
    var reference = false

    @Flag(help: "Print one JSON object.")
    var json = false

    @Flag(help: "Add a per-operator time table.")
    var profile = false

    func run() throws {
        guard runs > 0, warmup >= 0 else { throw CommandFailure("runs must be positive and warmup non-negative") }
        let delegates = try DelegateOption.make(delegate)
        do {
            var start = monotonic()
            let loaded = try Model(path: model)
            let loadMs = (monotonic() - start) * 1000
            start = monotonic()
            let interpreter = try Interpreter(
                model: loaded, options: .init(threadCount: threads, useReferenceKernels: reference), delegates: delegates)
            try interpreter.allocateTensors()
            let initMs = (monotonic() - start) * 1000
            try fillInputs(interpreter)
            start = monotonic()
            try interpreter.invoke()
            let firstMs = (monotonic() - start) * 1000
            for _ in 0..<warmup { try interpreter.invoke() }
            interpreter.isProfiling = profile
            var samples: [Double] = []
            samples.reserveCapacity(runs)
            for _ in 0..<runs {
                let begin = monotonic()
                try interpreter.invoke()
                samples.append((monotonic() - begin) * 1000)
            }
            let stats = LatencyStatistics(samples)
            let peak = peakResidentMegabytes()
            if json {
                print("""
                    {"load_ms": \(stats.format(loadMs)), "init_ms": \(stats.format(initMs)), "first_inference_ms": \(stats.format(firstMs)), \
                    "latency_ms": {"mean": \(stats.format(stats.mean)), "median": \(stats.format(stats.median)), "p90": \(stats.format(stats.p90)), \
                    "min": \(stats.format(stats.min)), "max": \(stats.format(stats.max)), "std": \(stats.format(stats.std))}, \
                    "runs": \(runs), "threads": \(threads), "peak_rss_mb": \(stats.format(peak)), "arena_bytes": \(interpreter.arenaByteCount)}
                    """)
            } else {
                print("model: \(model)")
                print("load: \(stats.format(loadMs)) ms, init: \(stats.format(initMs)) ms, first inference: \(stats.format(firstMs)) ms")
                print("latency over \(runs) runs (\(threads) thread\(threads == 1 ? "" : "s")): median \(stats.format(stats.median)) ms, mean \(stats.format(stats.mean)), p90 \(stats.format(stats.p90)), min \(stats.format(stats.min)), max \(stats.format(stats.max)), std \(stats.format(stats.std))")
                print("arena: \(interpreter.arenaByteCount) bytes, peak RSS: \(stats.format(peak)) MB")
                for line in DelegateOption.describe(interpreter.delegation) { print(line) }
            }
            if profile {
                let total = interpreter.profile.entries.reduce(0) { $0 + $1.seconds }
                print("per operator (over \(runs) runs):")
                for row in interpreter.profile.byOperator {
                    let share = total > 0 ? row.seconds / total * 100 : 0
                    print("  \(row.opName.padding(28)) \(row.nodes) nodes  \(stats.format(row.seconds * 1000 / Double(runs))) ms/run  \(stats.format(share))%")
                }
            }
        } catch let error as SwiftLiteError {
            throw CommandFailure("\(error)")
        }
    }

    /// Deterministic pseudo-random inputs (values in [0, 1) for floats, small integers otherwise).
    private func fillInputs(_ interpreter: Interpreter) throws {
        var state: UInt64 = 0x9E3779B97F4A7C15
        for index in 0..<interpreter.inputTensorCount {
            try interpreter.withUnsafeMutableInputBytes(at: index) { raw in
                let input = try interpreter.input(at: index)
                switch input.dataType {
                case .float32:
                    let floats = raw.bindMemory(to: Float.self)
                    for i in floats.indices {
                        state = state &* 6364136223846793005 &+ 1
                        floats[i] = Float(state >> 40) / Float(1 << 24)
                    }
                default:
                    for i in raw.indices {
                        state = state &* 6364136223846793005 &+ 1
                        raw[i] = UInt8(truncatingIfNeeded: state >> 60)
                    }
                }
            }
        }
    }
}

/// Summary statistics of latency samples.
struct LatencyStatistics {
    let mean, median, p90, min, max, std: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        let count = Double(sorted.count)
        let average = sorted.reduce(0, +) / count
        mean = average
        median = sorted[sorted.count / 2]
        p90 = sorted[Swift.min(sorted.count - 1, Int(Double(sorted.count) * 0.9))]
        min = sorted.first ?? 0
        max = sorted.last ?? 0
        std = (sorted.reduce(0) { $0 + ($1 - average) * ($1 - average) } / count).squareRoot()
    }

    func format(_ value: Double) -> String {
        "\((value * 1000).rounded() / 1000)"
    }
}

func monotonic() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
    #endif
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
