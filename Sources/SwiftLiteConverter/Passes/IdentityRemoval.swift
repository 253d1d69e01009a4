import SwiftLiteSchema

/// Removes operators whose result equals one of their inputs: RESHAPE or SQUEEZE to the same
/// shape, CAST to the same type, TRANSPOSE by the identity permutation, CONCATENATION of a single
/// tensor, ADD/SUB of a zero constant, MUL/DIV by a constant one (when no broadcasting enlarges
/// the result and no activation is fused), a reduction keeping dimensions over axes of size one
/// (static, not the dynamic batch). A RESHAPE of a RESHAPE reads the first one's input directly
/// (the first one is then dead code unless something else reads it).
public enum IdentityRemoval {
    /// Rewrites `graph`; returns true when something changed.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        var changed = false
        while true {
            let producers = graph.producers()
            let reads = graph.readCounts()
            var progress = false
            for index in graph.operators.indices {
                let op = graph.operators[index]
                if op.opcode == .reshape, let source = op.inputs.first ?? nil, let first = producers[source],
                   graph.operators[first].opcode == .reshape, let original = graph.operators[first].inputs.first ?? nil {
                    graph.operators[index].inputs[0] = original
                    progress = true
                    break
                }
                guard let (input, output) = identityPair(op, in: graph) else { continue }
                if graph.bypass(operator: index, output: output, input: input, producers: producers, reads: reads) {
                    graph.removeOperators(at: [index])
                    progress = true
                    break
                }
            }
            guard progress else { return changed }
            changed = true
        }
    }

    /// The (input, output) of `op` when its output always equals that input.
    static func identityPair(_ op: GraphOperator, in graph: Graph) -> (TensorID, TensorID)? {
        guard op.outputs.count == 1, let first = op.inputs.first ?? nil else { return nil }
        let output = op.outputs[0]
        func same(_ input: TensorID) -> Bool {
            graph[input].type == graph[output].type && graph[input].shape == graph[output].shape
                && graph[input].quantization == graph[output].quantization
        }
        switch op.opcode {
        case .reshape, .squeeze:
            return same(first) ? (first, output) : nil
        case .cast:
            return same(first) ? (first, output) : nil
        case .transpose:
            guard op.inputs.count == 2, let perm = graph.constantInt32(op.inputs[1]),
                  perm == (0..<perm.count).map(Int32.init), same(first) else { return nil }
            return (first, output)
        case .mean, .sum, .reduceMax, .reduceMin, .reduceProd, .reduceAny, .reduceAll:
            // A reduction (keeping dimensions) over axes of size one.
            guard op.inputs.count == 2, let axes = graph.constantInts(op.inputs[1]), !axes.isEmpty, same(first) else { return nil }
            let shape = graph[first].shape
            let rank = shape.count
            guard axes.allSatisfy({ $0 >= -rank && $0 < rank && shape[($0 + rank) % max(rank, 1)] == 1 }) else { return nil }
            return (first, output)
        case .concatenation:
            guard op.inputs.count == 1, op.fusedActivation == .none, same(first) else { return nil }
            return (first, output)
        case .add, .sub, .mul, .div:
            guard op.inputs.count == 2, op.fusedActivation == .none, let second = op.inputs[1] else { return nil }
            let neutral: Float = (op.opcode == .add || op.opcode == .sub) ? 0 : 1
            if graph.isConstant(second, allEqualTo: neutral), same(first) { return (first, output) }
            let commutative = op.opcode == .add || op.opcode == .mul
            if commutative, graph.isConstant(first, allEqualTo: neutral), same(second) { return (second, output) }
            return nil
        default:
            return nil
        }
    }
}

extension Graph {
    /// The int32 constant contents of `id`, or nil when it is not an int32 constant.
    func constantInt32(_ id: TensorID?) -> [Int32]? {
        guard let id, id.index < tensors.count else { return nil }
        return self[id].int32Values
    }
}
