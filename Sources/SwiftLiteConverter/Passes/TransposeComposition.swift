import SwiftLiteSchema

/// Makes a TRANSPOSE of a TRANSPOSE read the first one's input directly, with the composed
/// permutation: `transpose(transpose(x, p1), p2) = transpose(x, q)` with `q[i] = p1[p2[i]]`.
/// Channels-first layers are lowered as TRANSPOSE to channels-last, the layer, and TRANSPOSE back,
/// so consecutive layers produce such pairs, whose composition is the identity: identity removal
/// then drops the second TRANSPOSE and dead-code elimination the first (when nothing else reads
/// it). The second TRANSPOSE keeps its output tensor (and name).
public enum TransposeComposition {
    /// Rewrites `graph`; returns true when a TRANSPOSE was rewired.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        let producers = graph.producers()
        var changed = false
        for index in graph.operators.indices {
            let outer = graph.operators[index]
            guard outer.opcode == .transpose, outer.inputs.count == 2, outer.outputs.count == 1,
                  let middle = outer.inputs[0], let outerPerm = graph.constantInts(outer.inputs[1]),
                  let innerIndex = producers[middle], innerIndex < index else { continue }
            let inner = graph.operators[innerIndex]
            guard inner.opcode == .transpose, inner.inputs.count == 2, inner.outputs == [middle],
                  let x = inner.inputs[0], let innerPerm = graph.constantInts(inner.inputs[1]),
                  innerPerm.count == outerPerm.count, isPermutation(innerPerm), isPermutation(outerPerm),
                  graph[x].type == graph[outer.outputs[0]].type,
                  graph[x].quantization == graph[outer.outputs[0]].quantization else { continue }
            let composed = outerPerm.map { innerPerm[$0] }
            let xShape = graph[x].shape
            guard xShape.count == composed.count, composed.map({ xShape[$0] }) == graph[outer.outputs[0]].shape else { continue }
            let permTensor = graph.addConstant(
                name: "\(graph[outer.outputs[0]].name)/perm", shape: [composed.count], int32s: composed.map { Int32($0) })
            graph.operators[index].inputs = [x, permTensor]
            changed = true
        }
        return changed
    }

    /// True when `values` holds each of `0..<values.count` once.
    static func isPermutation(_ values: [Int]) -> Bool {
        values.sorted() == Array(0..<values.count)
    }
}
