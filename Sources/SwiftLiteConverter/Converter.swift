import KerasModel
import SwiftLiteSchema

/// Converts a Keras model (`.keras` or legacy `.h5`) to a `.tflite` model, with no TensorFlow:
/// import → lower each layer to TFLite ops → optimize the graph → export → verify.
///
/// ```swift
/// let converter = try Converter(kerasModelAt: "model.keras")
/// let result = try converter.convert()
/// try result.write(to: "model.tflite")
/// ```
public struct Converter: Sendable {
    /// Conversion settings.
    public struct Options: Sendable {
        /// Run the graph optimization passes (BatchNorm folding, activation fusion, ...).
        public var optimize = true
        /// Load the result in SwiftLite's interpreter and check every tensor's shape before returning.
        public var verify = true

        /// The defaults.
        public init() {}
    }

    /// The imported Keras model.
    public let source: KerasModelFile
    /// The settings.
    public let options: Options

    /// Reads the Keras model at `path`.
    public init(kerasModelAt path: String, options: Options = Options()) throws(ConversionError) {
        do {
            source = try KerasModelFile(path: path)
        } catch {
            throw ConversionError(.importFailed, error.description)
        }
        self.options = options
    }

    /// Converts an already imported model.
    public init(source: KerasModelFile, options: Options = Options()) {
        self.source = source
        self.options = options
    }

    /// Runs the conversion and returns the serialized model.
    public func convert() throws(ConversionError) -> ConversionResult {
        var graph = try GraphLowering.lower(source.graph)
        if options.optimize { try GraphOptimizer.optimize(&graph) }
        let exported = try TFLiteExporter.export(graph, description: "SwiftLite converter (Keras \(source.kerasVersion ?? "unknown"))")
        let bytes: [UInt8]
        do {
            bytes = try ModelWriter().serialize(exported.model)
        } catch {
            throw ConversionError(.writeFailed, "\(error)")
        }
        if options.verify {
            try ConversionVerifier.verify(bytes: bytes, graph: graph, tensorIndices: exported.indexOf)
        }
        return ConversionResult(bytes: bytes, graph: graph)
    }
}

/// The outcome of a conversion: the `.tflite` bytes and the graph they encode.
public struct ConversionResult: Sendable {
    /// The serialized `.tflite` model.
    public let bytes: [UInt8]
    /// The optimized graph that was written.
    public let graph: Graph

    /// Writes the model to `path` atomically (temporary file, then rename); nothing is left on error.
    public func write(to path: String) throws(ConversionError) {
        do {
            try AtomicFileWriter.write(bytes, to: path)
        } catch {
            throw ConversionError(.writeFailed, "\(error)")
        }
    }

    /// Operator counts by opcode name, for reports.
    public var operatorHistogram: [String: Int] {
        var counts: [String: Int] = [:]
        for op in graph.operators { counts["\(op.opcode)", default: 0] += 1 }
        return counts
    }
}
