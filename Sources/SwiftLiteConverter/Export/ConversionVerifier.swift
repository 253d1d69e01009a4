import Foundation
import SwiftLite
import SwiftLiteSchema

/// Checks a converted model with SwiftLite's own runtime: the serialized bytes must load, every
/// operator must prepare, and every tensor's shape as the runtime computes it must agree with the
/// shape the converter recorded in its graph — same rank, same value in every known dimension
/// (a -1 in the graph is dynamic: the batch, or a length derived from dynamic inputs, and takes
/// any value). This runs with the inputs' dynamic dimensions at 1 and, when there are any, again
/// after resizing them to 2 (so `resizeInput` is known to work and no constant bakes in a batch
/// of 1).
public enum ConversionVerifier {
    /// The size given to the inputs' dynamic dimensions in the second check.
    public static let resizedBatch = 2

    /// Exports `graph` and verifies the result.
    public static func verify(_ graph: Graph) throws(ConversionError) {
        let exported = try TFLiteExporter.export(graph, description: "verification")
        let bytes: [UInt8]
        do {
            bytes = try ModelWriter().serialize(exported.model)
        } catch {
            throw ConversionError(.writeFailed, "\(error)")
        }
        try verify(bytes: bytes, graph: graph, tensorIndices: exported.indexOf)
    }

    /// Verifies `bytes`, the serialization of `graph`, where `tensorIndices` gives each graph
    /// tensor's index in the file's main subgraph.
    ///
    /// - Throws: ``ConversionError`` `.verificationFailed` naming the tensor and the layer whose
    ///   operator produced it, or the operator the runtime refused.
    public static func verify(bytes: [UInt8], graph: Graph, tensorIndices: [TensorID: Int32]) throws(ConversionError) {
        let interpreter: Interpreter
        do {
            interpreter = try Interpreter(modelData: Data(bytes))
        } catch {
            throw failure("SwiftLite cannot load the converted model: \(error)", error: error, graph: graph)
        }
        try check(interpreter, graph: graph, tensorIndices: tensorIndices, batch: 1)

        let dynamicInputs = graph.inputs.enumerated().filter { graph[$0.element.tensor].shape.contains { $0 < 0 } }
        guard !dynamicInputs.isEmpty else { return }
        do {
            for (position, endpoint) in dynamicInputs {
                let shape = graph[endpoint.tensor].shape.map { $0 < 0 ? resizedBatch : $0 }
                try interpreter.resizeInput(at: position, to: Tensor.Shape(shape))
            }
        } catch {
            throw ConversionError(.verificationFailed, "SwiftLite cannot resize the inputs' dynamic dimensions to \(resizedBatch): \(error)")
        }
        try check(interpreter, graph: graph, tensorIndices: tensorIndices, batch: resizedBatch)
    }

    /// Allocates and compares every mapped tensor's runtime shape with the graph's.
    private static func check(_ interpreter: Interpreter, graph: Graph, tensorIndices: [TensorID: Int32], batch: Int) throws(ConversionError) {
        do {
            try interpreter.allocateTensors()
        } catch {
            throw failure("SwiftLite cannot prepare the converted model with the inputs' dynamic dimensions at \(batch): \(error)", error: error, graph: graph)
        }
        let producers = graph.producers()
        for (id, fileIndex) in tensorIndices.sorted(by: { $0.key < $1.key }) {
            let expected = graph[id].shape
            let actual: [Int]
            do {
                actual = try interpreter.tensor(at: Int(fileIndex)).shape.dimensions
            } catch {
                throw ConversionError(.verificationFailed, "tensor `\(graph[id].name)` is missing from the converted model: \(error)")
            }
            guard !agrees(runtime: actual, graph: expected) else { continue }
            let op = producers[id].map { graph.operators[$0] }
            let origin = op.map { " (output of \($0.opcode.name ?? "operator \($0.opcode.rawValue)") from layer `\($0.origin)`)" } ?? ""
            throw ConversionError(
                .verificationFailed,
                "tensor `\(graph[id].name)`\(origin) has shape \(actual) in the runtime but \(expected) in the converter's graph (inputs' dynamic dimensions at \(batch))",
                layer: op?.origin)
        }
    }

    /// True when a runtime shape fits the graph's: same rank, equal known dimensions.
    static func agrees(runtime: [Int], graph: [Int]) -> Bool {
        runtime.count == graph.count && zip(runtime, graph).allSatisfy { $1 < 0 ? $0 >= 0 : $0 == $1 }
    }

    /// A verification error naming the operator the runtime's error points at, when it does.
    private static func failure(_ message: String, error: any Error, graph: Graph) -> ConversionError {
        if let runtime = error as? SwiftLiteError, (runtime.subgraph ?? 0) == 0, let node = runtime.node,
           node >= 0, node < graph.operators.count {
            return ConversionError(.verificationFailed, message, layer: graph.operators[node].origin)
        }
        return ConversionError(.verificationFailed, message)
    }
}
