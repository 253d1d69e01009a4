import ArgumentParser
import Foundation
import SwiftLite

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `swiftlite run MODEL --input K=FILE.npy ...`: runs a model on `.npy` inputs (CLI.md).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a model on .npy inputs and write its outputs as .npy files.")

    @Argument(help: "The .tflite model.")
    var model: String

    @Option(name: .customLong("input"), help: "K=FILE.npy, K being the input's position or tensor name (signature input name with --signature).")
    var inputs: [String] = []

    @Option(help: "Where to write output_K.npy files.")
    var outputDir: String?

    @Option(help: "Threads kernels may use.")
    var threads: Int = 1

    @Option(help: "A delegate to use: replay[:OP,OP,...] (a diagnostic delegate replaying built-in kernels).")
    var delegate: String?

    @Option(help: "Run this signature instead of the main subgraph.")
    var signature: String?

    @Flag(help: "Reference kernels only (TFLite's BUILTIN_REF).")
    var reference = false

    @Option(help: "Invoke N times on one interpreter, feeding slice k of each input (whose first axis is N); outputs are stacked.")
    var steps: Int?

    @Option(help: "Also print the K best classes of each output (for classifiers).")
    var topK: Int?

    @Option(help: "Keep every intermediate tensor and write each as DIR/tensor_<index>.npy (debugging).")
    var dumpTensors: String?

    func run() throws {
        let delegates = try DelegateOption.make(delegate)
        let options = Interpreter.Options(threadCount: threads, preserveAllTensors: dumpTensors != nil,
                                          useReferenceKernels: reference)
        let session: InferenceSession
        let interpreter: Interpreter
        do {
            interpreter = try Interpreter(modelPath: model, options: options, delegates: delegates)
            session = try InferenceSession(interpreter: interpreter, signature: signature)
            try interpreter.allocateTensors()
            for line in DelegateOption.describe(interpreter.delegation) { print(line) }
        } catch {
            throw CommandFailure("\(error)")
        }
        var arrays: [(String, NumpyArray)] = []
        for spec in inputs {
            guard let equals = spec.firstIndex(of: "=") else {
                throw CommandFailure("--input expects K=FILE.npy, got '\(spec)'")
            }
            let key = String(spec[..<equals])
            let path = String(spec[spec.index(after: equals)...])
            do {
                arrays.append((key, try NumpyArray(contentsOf: path)))
            } catch {
                throw CommandFailure("\(error)")
            }
        }
        if let outputDir {
            do {
                try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            } catch {
                throw CommandFailure("cannot create output directory '\(outputDir)': \(error.localizedDescription)")
            }
        }
        let outputs: [NumpyArray]
        do {
            outputs = try session.run(inputs: arrays, steps: steps)
        } catch {
            throw CommandFailure("\(error)")
        }
        for (index, array) in outputs.enumerated() {
            let name = session.outputNames[index]
            print("output \(index) `\(name)`: \(array.type)\(array.shape) \(OutputFormatting.preview(array))")
            if let topK, array.type == .float32 || array.type == .int8 || array.type == .uint8 {
                print("  top \(topK): " + OutputFormatting.topK(array, k: topK))
            }
            if let outputDir {
                try AtomicWrite.write(array.npyBytes, to: "\(outputDir)/output_\(index).npy")
            }
        }
        if let dumpTensors {
            try FileManager.default.createDirectory(atPath: dumpTensors, withIntermediateDirectories: true)
            var written = 0
            for index in 0..<interpreter.tensorCount {
                guard let tensor = try? interpreter.tensor(at: index), tensor.dataType.byteSize != nil,
                      tensor.data.count == tensor.shape.elementCount * (tensor.dataType.byteSize ?? 0) else { continue }
                let array = NumpyArray(type: tensor.dataType, shape: tensor.shape.dimensions, data: Array(tensor.data))
                try AtomicWrite.write(array.npyBytes, to: "\(dumpTensors)/tensor_\(index).npy")
                written += 1
            }
            print("wrote \(written) tensors to \(dumpTensors)")
        }
    }
}
