import Foundation
import SwiftLite
import SwiftLiteSchema

/// Checks a converted model with SwiftLite's own runtime: the serialized bytes must load, every
/// operator must prepare, and every tensor's shape as the runtime computes it must equal the
/// shape the converter recorded in its graph — at batch 1 and, when the model has a dynamic
/// batch, again after resizing the batch to 2 (so `resizeInput` is known to work).
public enum ConversionVerifier {
    /// The batch size of the second check, for models with a dynamic batch.
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
            throw ConversionError(.verificationFailed, "SwiftLite cannot resize the inputs to batch \(resizedBatch): \(error)")
        }
        try check(interpreter, graph: graph, tensorIndices: tensorIndices, batch: resizedBatch)
    }

    /// Allocates and compares every mapped tensor's runtime shape with the graph's (dynamic
    /// dimensions read as `batch`).
    private static func check(_ interpreter: Interpreter, graph: Graph, tensorIndices: [TensorID: Int32], batch: Int) throws(ConversionError) {
        do {
            try interpreter.allocateTensors()
        } catch {
            throw failure("SwiftLite cannot prepare the converted model at batch \(batch): \(error)", error: error, graph: graph)
        }
        let producers = graph.producers()
        // With unknown dimensions besides the batch (an input such as [-1, -1, 4]), a -1 in the graph
        // need not be the batch, so it matches any size.
        let onlyBatchDynamic = graph.inputs.allSatisfy { !graph[$0.tensor].shape.dropFirst().contains { $0 < 0 } }
        for (id, fileIndex) in tensorIndices.sorted(by: { $0.key < $1.key }) {
            var expected = graph[id].shape.map { $0 < 0 ? batch : $0 }
            let actual: [Int]
            do {
                actual = try interpreter.tensor(at: Int(fileIndex)).shape.dimensions
            } catch {
                throw ConversionError(.verificationFailed, "tensor `\(graph[id].name)` is missing from the converted model: \(error)")
            }
            if !onlyBatchDynamic, actual.count == expected.count {
                for (axis, dim) in graph[id].shape.enumerated() where dim < 0 { expected[axis] = actual[axis] }
            }
            guard actual != expected else { continue }
            let op = producers[id].map { graph.operators[$0] }
            let origin = op.map { " (output of \($0.opcode.name ?? "operator \($0.opcode.rawValue)") from layer `\($0.origin)`)" } ?? ""
            throw ConversionError(
                .verificationFailed,
                "tensor `\(graph[id].name)`\(origin) has shape \(actual) in the runtime but \(expected) in the converter's graph at batch \(batch)",
                layer: op?.origin)
        }
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
