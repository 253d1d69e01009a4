import SwiftLiteSchema

/// Makes operators that read constants with identical type, shape, quantization and contents
/// read the same tensor (the first one), so the file holds each such constant once.
public enum ConstantDeduplication {
    private struct Key: Hashable {
        var type: Int8
        var shape: [Int]
        var quantization: String
        var fingerprint: ByteFingerprint
    }

    /// Rewrites `graph`; returns true when some reads were redirected.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        let replacement = duplicates(in: graph)
        guard !replacement.isEmpty else { return false }
        var changed = false
        for index in graph.operators.indices {
            for slot in graph.operators[index].inputs.indices {
                if let id = graph.operators[index].inputs[slot], let first = replacement[id] {
                    graph.operators[index].inputs[slot] = first
                    changed = true
                }
            }
        }
        return changed
    }

    /// For each constant (no variable, no model endpoint) equal to an earlier one in type, shape,
    /// quantization and contents, that earlier constant.
    static func duplicates(in graph: Graph) -> [TensorID: TensorID] {
        var candidates: [Key: [TensorID]] = [:]
        var replacement: [TensorID: TensorID] = [:]
        let endpoints = graph.outputTensorSet.union(graph.inputTensorSet)
        for index in graph.tensors.indices {
            let id = TensorID(index)
            let tensor = graph[id]
            guard let data = tensor.data, !tensor.isVariable, !endpoints.contains(id) else { continue }
            let key = Key(
                type: tensor.type.rawValue, shape: tensor.shape, quantization: tensor.quantization.map { "\($0)" } ?? "",
                fingerprint: ByteFingerprint(data))
            let earlier = candidates[key, default: []]
            if let first = earlier.first(where: { ByteFingerprint.equal(graph[$0].data ?? [], data) }) {
                replacement[id] = first
            } else {
                candidates[key, default: []].append(id)
            }
        }
        return replacement
    }
}
