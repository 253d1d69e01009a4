import Foundation
import SwiftLite
import SwiftLiteSchema

/// Runs a ``Graph`` in SwiftLite's own interpreter (export, load, invoke): what constant folding
/// uses to evaluate operators exactly as the runtime will, and what tests use to compare a graph
/// before and after a rewrite.
public enum GraphRunner {
    /// A value in or out of a graph: raw little-endian bytes with their shape.
    public struct Value: Sendable, Equatable {
        /// The shape (no dynamic dimensions).
        public var shape: [Int]
        /// The bytes, row-major.
        public var bytes: [UInt8]

        /// Creates a value.
        public init(shape: [Int], bytes: [UInt8]) {
            self.shape = shape
            self.bytes = bytes
        }

        /// A float32 value.
        public init(shape: [Int], floats: [Float]) {
            self.shape = shape
            self.bytes = floats.withUnsafeBytes { Array($0) }
        }

        /// The contents read as float32.
        public var floats: [Float] {
            bytes.withUnsafeBytes { raw in
                (0..<(bytes.count / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
            }
        }
    }

    /// Runs `graph` on `inputs` (one per graph input, in order; their shapes resize dynamic
    /// inputs) and returns its outputs.
    ///
    /// - Throws: ``ConversionError`` `.verificationFailed` carrying the runtime's message when
    ///   SwiftLite rejects or fails to run the graph.
    public static func run(_ graph: Graph, inputs: [Value]) throws(ConversionError) -> [Value] {
        let bytes = try TFLiteExporter.serialize(graph)
        do {
            let interpreter = try Interpreter(modelData: Data(bytes))
            guard inputs.count == interpreter.inputTensorCount else {
                throw ConversionError(.invalidModel, "the graph has \(interpreter.inputTensorCount) inputs, \(inputs.count) given")
            }
            for (index, value) in inputs.enumerated() {
                let current = try interpreter.input(at: index).shape.dimensions
                if current != value.shape { try interpreter.resizeInput(at: index, to: Tensor.Shape(value.shape)) }
            }
            try interpreter.allocateTensors()
            for (index, value) in inputs.enumerated() {
                try interpreter.copy(Data(value.bytes), toInputAt: index)
            }
            try interpreter.invoke()
            return try (0..<interpreter.outputTensorCount).map { (index: Int) throws(SwiftLiteError) -> Value in
                let tensor = try interpreter.output(at: index)
                return Value(shape: tensor.shape.dimensions, bytes: Array(tensor.data))
            }
        } catch let error as ConversionError {
            throw error
        } catch {
            throw ConversionError(.verificationFailed, "SwiftLite could not run the graph: \(error)")
        }
    }
}
