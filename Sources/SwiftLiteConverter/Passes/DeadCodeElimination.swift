import SwiftLiteSchema

/// Removes operators none of whose outputs reaches a model output (operators with side effects,
/// such as variable assignment, stay), then drops the tensors nothing references any more and
/// renumbers the rest in their original order.
public enum DeadCodeElimination {
    /// Operators kept even when their outputs are unused.
    static let sideEffects: Set<BuiltinOperator> = [.assignVariable, .callOnce, .varHandle, .custom]

    /// Rewrites `graph`; returns true when an operator or tensor was removed.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        var live = graph.outputTensorSet
        var dead = Set<Int>()
        for index in graph.operators.indices.reversed() {
            let op = graph.operators[index]
            if sideEffects.contains(op.opcode) || op.outputs.contains(where: live.contains) {
                for case let input? in op.inputs { live.insert(input) }
            } else {
                dead.insert(index)
            }
        }
        graph.removeOperators(at: dead)
        let compacted = compact(graph)
        let removedTensors = compacted.tensors.count != graph.tensors.count
        graph = compacted
        return !dead.isEmpty || removedTensors
    }

    /// `graph` with only the tensors an operator or endpoint references, renumbered in order.
    static func compact(_ graph: Graph) -> Graph {
        var used = Set<TensorID>()
        for endpoint in graph.inputs + graph.outputs { used.insert(endpoint.tensor) }
        for op in graph.operators {
            for case let id? in op.inputs { used.insert(id) }
            used.formUnion(op.outputs)
        }
        var result = Graph()
        var map: [TensorID: TensorID] = [:]
        for id in used.sorted() where id.index >= 0 && id.index < graph.tensors.count {
            map[id] = result.addTensor(graph[id])
        }
        // A dangling id (which the exporter reports) is kept as is rather than hidden.
        func remap(_ id: TensorID) -> TensorID { map[id] ?? id }
        for var op in graph.operators {
            op.inputs = op.inputs.map { $0.map(remap) }
            op.outputs = op.outputs.map(remap)
            result.addOperator(op)
        }
        result.inputs = graph.inputs.map { GraphEndpoint(name: $0.name, tensor: remap($0.tensor)) }
        result.outputs = graph.outputs.map { GraphEndpoint(name: $0.name, tensor: remap($0.tensor)) }
        result.subgraphs = graph.subgraphs
        return result
    }
}
