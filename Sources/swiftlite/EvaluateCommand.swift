import ArgumentParser
import SwiftLite

/// `swiftlite evaluate MODEL --data INPUTS.npy [--labels LABELS.npy] [--reference OUTPUTS.npy]`.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Run a whole data set and print top-1/top-5 accuracy or error statistics.")

    @Argument(help: "The .tflite model (one input).")
    var model: String

    @Option(help: "Inputs, first axis = samples.")
    var data: String

    @Option(help: "Integer labels, one per sample.")
    var labels: String?

    @Option(help: "Reference outputs to compare the first output with.")
    var reference: String?

    @Option(help: "Samples per invocation when the model's batch dimension is resizable.")
    var batchSize = 32

    @Option(help: "Threads kernels may use.")
    var threads = 1

    @Flag(help: "Reference kernels only.")
    var referenceKernels = false

    func run() throws {
        guard labels != nil || reference != nil else {
            throw CommandFailure("give --labels LABELS.npy or --reference OUTPUTS.npy")
        }
        do {
            let interpreter = try Interpreter(modelPath: model, options: .init(threadCount: threads, useReferenceKernels: referenceKernels))
            let evaluation = try DatasetEvaluation(interpreter: interpreter, batchSize: batchSize)
            let inputs = try NumpyArray(contentsOf: data)
            if let labels {
                let result = try evaluation.accuracy(data: inputs, labels: try NumpyArray(contentsOf: labels))
                print("samples: \(result.samples), top-1: \(percent(result.top1)), top-5: \(percent(result.top5))")
            }
            if let reference {
                let result = try evaluation.errors(data: inputs, reference: try NumpyArray(contentsOf: reference))
                print("elements: \(result.elements), max |error|: \(result.maxAbsolute), mean |error|: \(result.meanAbsolute), RMS: \(result.rootMeanSquare), exactly equal: \(result.exactlyEqual)")
            }
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    private func percent(_ value: Double) -> String {
        "\((value * 10000).rounded() / 100)%"
    }
}
