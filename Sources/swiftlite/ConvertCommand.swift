import ArgumentParser
import SwiftLiteConverter
import SwiftLiteSchema

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `swiftlite convert MODEL.keras -o OUT.tflite`: convert a Keras model without TensorFlow.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a Keras model (.keras or legacy .h5) to a .tflite model (written atomically).")

    @Argument(help: "The Keras model: a .keras archive or a legacy .h5 file.")
    var source: String

    @Option(name: .shortAndLong, help: "Where to write the .tflite model (never the source itself).")
    var output: String

    @Flag(help: "Skip the graph optimization passes (BatchNorm folding, activation fusion, ...).")
    var noOptimize = false

    @Flag(help: "Print the operator histogram and timing as one JSON object.")
    var json = false

    func run() throws {
        if isSameFile(source, output) {
            throw CommandFailure("refusing to overwrite the source '\(source)'; choose another output path")
        }
        var options = Converter.Options()
        options.optimize = !noOptimize
        let start = monotonicSeconds()
        let result: ConversionResult
        do {
            result = try Converter(kerasModelAt: source, options: options).convert()
            try result.write(to: output)
        } catch {
            throw CommandFailure("\(source): \(error)")
        }
        let seconds = monotonicSeconds() - start
        let histogram = result.operatorHistogram.sorted { $0.key < $1.key }
        if json {
            let report: JSONValue = .object([
                ("output", .string(output)), ("bytes", .int(result.bytes.count)),
                ("operators", .int(result.graph.operators.count)), ("seconds", .double(seconds)),
                ("histogram", .object(histogram.map { ($0.key, .int($0.value)) })),
            ])
            print(report.serialized())
        } else {
            print("wrote \(output): \(result.bytes.count) bytes, \(result.graph.operators.count) operators in \(String(format: "%.3f", seconds)) s")
            for (name, count) in histogram { print("  \(name) ×\(count)") }
        }
    }
}

/// Seconds on a monotonic clock.
private func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
