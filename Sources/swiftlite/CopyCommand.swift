import ArgumentParser
import SwiftLiteSchema

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `swiftlite copy IN.tflite -o OUT.tflite`: read, then write with SwiftLite's own writer.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Read a model and write it back with SwiftLite's writer (atomically).")

    @Argument(help: "The model to read.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the copy (never the input itself).")
    var output: String

    @Flag(help: "Store buffer data after the FlatBuffer (the layout TFLite uses for models over 2 GiB).")
    var externalBuffers = false

    func run() throws {
        if isSameFile(input, output) {
            throw CommandFailure("refusing to overwrite the input '\(input)'; choose another output path")
        }
        let file = try loadModel(input)
        let writer = ModelWriter(placement: externalBuffers ? .external : .automatic)
        do {
            try writer.write(file.makeEditableModel(), to: output)
        } catch {
            throw CommandFailure("\(output): \(error)")
        }
    }
}

/// Whether two paths name the same existing file (same device and inode).
func isSameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
}
