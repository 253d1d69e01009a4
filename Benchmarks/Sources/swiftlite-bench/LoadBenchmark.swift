import ArgumentParser
import FlatBuffers
import SwiftLiteSchema

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `swiftlite-bench load MODEL`: how long mapping + verifying + validating a model takes, and how
/// many pages it touches (a zero-copy load touches few pages however large the weights are).
struct LoadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Time ModelFile(path:) (map, verify, validate).")

    @Argument(help: "The .tflite model.")
    var model: String

    @Option(help: "Timed iterations.")
    var iterations = 50

    @Option(help: "Untimed warm-up iterations.")
    var warmup = 3

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        for _ in 0..<warmup { _ = try ModelFile(path: model) }
        var times: [Double] = []
        var faults: [Int] = []
        var fileBytes = 0
        var mapped = false
        for _ in 0..<iterations {
            let faultsBefore = minorFaults()
            let start = now()
            let file = try ModelFile(path: model)
            let elapsed = now() - start
            faults.append(minorFaults() - faultsBefore)
            times.append(elapsed * 1000)
            fileBytes = file.storage.count
            mapped = file.storage.isMemoryMapped
        }
        times.sort()
        faults.sort()
        let mapOnly = try medianMilliseconds { _ = try ByteStorage(mappingFileAt: model) }
        let storage = try ByteStorage(mappingFileAt: model)
        let verifyOnly = try medianMilliseconds {
            var verifier = FlatBufferVerifier(buffer: FlatBuffer(storage: storage))
            try ModelView.verify(&verifier, at: try verifier.verifyRoot(identifier: "TFL3"))
        }
        let median = times[times.count / 2]
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let touched = faults[faults.count / 2]
        if json {
            print("""
                {"load_verify_ms_median": \(median), "load_verify_ms_min": \(times[0]), \
                "iterations": \(iterations), "file_bytes": \(fileBytes), "memory_mapped": \(mapped), \
                "minor_page_faults_median": \(touched), "page_size": \(pageSize), \
                "map_ms_median": \(mapOnly), "flatbuffer_verify_ms_median": \(verifyOnly)}
                """)
        } else {
            print("load+verify+validate: median \(format(median)) ms, min \(format(times[0])) ms over \(iterations) runs")
            print("  of which map \(format(mapOnly)) ms, FlatBuffer verification \(format(verifyOnly)) ms, the rest model validation")
            print("file \(fileBytes) bytes, memory-mapped: \(mapped), pages touched per load: \(touched) (\(touched * pageSize / 1024) KiB of \(fileBytes / 1024) KiB)")
        }
    }
}

extension LoadBenchmark {
    func medianMilliseconds(_ body: () throws -> Void) throws -> Double {
        var samples: [Double] = []
        for _ in 0..<iterations {
            let start = now()
            try body()
            samples.append((now() - start) * 1000)
        }
        samples.sort()
        return samples[samples.count / 2]
    }
}

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func minorFaults() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Int(usage.ru_minflt)
}

func format(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return "\(scaled)"
}
