import ArgumentParser

/// The `swiftlite` command line; each subcommand is a thin wrapper over a library API.
@main
struct SwiftLiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swiftlite",
        abstract: "TensorFlow Lite, rebuilt in Swift: convert, inspect, run and benchmark .tflite models.",
        subcommands: [InspectCommand.self, RunCommand.self, BenchmarkCommand.self, EvaluateCommand.self, CopyCommand.self, ConvertCommand.self, OpsCommand.self])
}
