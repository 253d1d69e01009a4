import ArgumentParser
import SwiftLite
import SwiftLiteSchema

/// `swiftlite inspect MODEL [--json]`.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Describe a .tflite model: subgraphs, inputs, outputs, operators, signatures, metadata.")

    @Argument(help: "The .tflite model.")
    var model: String

    @Flag(help: "Print one JSON object (the contract in CLI.md) instead of the summary.")
    var json = false

    @Option(help: "Also show which nodes this delegate would take: replay[:OP,OP,...].")
    var delegate: String?

    func run() throws {
        let file = try loadModel(model)
        let summary = ModelSummary(file)
        print(json ? summary.json.serialized(indent: 2) : summary.report)
        if let delegate, !json {
            do {
                let interpreter = try Interpreter(model: try Model(file: file), delegates: try DelegateOption.make(delegate))
                try interpreter.allocateTensors()
                print("")
                let lines = DelegateOption.describe(interpreter.delegation)
                print(lines.isEmpty ? "delegate \(delegate): takes no nodes" : lines.joined(separator: "\n"))
            } catch let error as SwiftLiteError {
                throw CommandFailure("\(error)")
            }
        }
    }
}

/// Loads and validates a model, turning failures into a one-line message and exit code 1.
func loadModel(_ path: String) throws -> ModelFile {
    do {
        return try ModelFile(path: path)
    } catch {
        throw CommandFailure("\(path): \(error)")
    }
}

/// A failure reported as `error: message` on standard error, with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
