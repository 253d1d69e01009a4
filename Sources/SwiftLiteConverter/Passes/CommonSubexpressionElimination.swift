import SwiftLiteSchema

/// Merges operators that compute the same thing: same opcode (and custom code), equal options,
/// and the same inputs (the same tensors, or constants equal in type, shape, quantization and
/// contents). The first one stays; readers of the later one's outputs read the first one's.
/// Keras models do this often: NASNet applies the same ReLU and pooling to one tensor in several
/// branches, channels-first layers each transpose the same model input, TRANSPOSE_CONV layers
/// each take the SHAPE of the same tensor.
///
/// Left alone: operators with state, control flow or randomness (variable reads and writes,
/// WHILE, IF, CALL_ONCE, random ops, custom ops), operators reading or writing a variable tensor
/// (the recurrent state of fused sequence ops, and the ops resetting it), and a duplicate whose
/// output and the kept operator's output are both model outputs (both names stay). When only the
/// duplicate's output is a model output, the kept operator writes that tensor instead of its own
/// (so model outputs keep their tensors and names).
public enum CommonSubexpressionElimination {
    /// Operators never merged: their result depends on more than their inputs, or they act.
    static let excluded: Set<BuiltinOperator> = [
        .assignVariable, .readVariable, .varHandle, .while, .if, .callOnce, .randomStandardNormal,
        .randomUniform, .multinomial, .stablehloRngBitGenerator, .custom,
    ]

    /// What two mergeable operators share, for finding candidates.
    private struct Key: Hashable {
        var opcode: BuiltinOperator
        var customCode: String?
        var inputs: [Int]
        var outputCount: Int
    }

    /// Rewrites `graph`; returns true when an operator was merged away.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        let sameConstant = ConstantDeduplication.duplicates(in: graph)
        var replacement: [TensorID: TensorID] = [:]
        var seen: [Key: [Int]] = [:]
        var removed = Set<Int>()
        for index in graph.operators.indices {
            // Reads of merged tensors go to the kept ones first, so chains merge in one sweep.
            for slot in graph.operators[index].inputs.indices {
                if let id = graph.operators[index].inputs[slot], let kept = replacement[id] {
                    graph.operators[index].inputs[slot] = kept
                }
            }
            let op = graph.operators[index]
            guard isMergeable(op, in: graph) else { continue }
            let key = Key(
                opcode: op.opcode, customCode: op.customCode,
                inputs: op.inputs.map { id in id.map { (sameConstant[$0] ?? $0).index } ?? -1 },
                outputCount: op.outputs.count)
            let candidates = seen[key, default: []]
            guard let keptIndex = candidates.first(where: { canMerge(op, into: graph.operators[$0], in: graph) }) else {
                seen[key, default: []].append(index)
                continue
            }
            let kept = graph.operators[keptIndex]
            for (slot, (mine, theirs)) in zip(op.outputs, kept.outputs).enumerated() {
                if graph.outputTensorSet.contains(mine) {
                    // The kept operator writes the model output tensor itself (the endpoint and
                    // its name stay); its former output's readers read that tensor.
                    graph.operators[keptIndex].outputs[slot] = mine
                    graph.replaceUses(of: theirs, with: mine)
                    for (key, value) in replacement where value == theirs { replacement[key] = mine }
                } else {
                    replacement[mine] = theirs
                }
            }
            removed.insert(index)
        }
        graph.removeOperators(at: removed)
        return !removed.isEmpty
    }

    /// True when `op` may be merged with an equal operator.
    static func isMergeable(_ op: GraphOperator, in graph: Graph) -> Bool {
        guard !excluded.contains(op.opcode), !op.outputs.isEmpty else { return false }
        for case let id? in op.inputs where graph[id].isVariable { return false }
        for id in op.outputs where graph[id].isVariable { return false }
        return true
    }

    /// True when `op`, found after `kept` with the same key, computes the same outputs and
    /// merging loses no model output name.
    static func canMerge(_ op: GraphOperator, into kept: GraphOperator, in graph: Graph) -> Bool {
        guard op.options == kept.options, op.customCode == kept.customCode,
              op.outputs.count == kept.outputs.count else { return false }
        let modelOutputs = graph.outputTensorSet
        for (mine, theirs) in zip(op.outputs, kept.outputs) {
            guard mine != theirs, graph[mine].type == graph[theirs].type, graph[mine].shape == graph[theirs].shape,
                  graph[mine].quantization == graph[theirs].quantization,
                  !(modelOutputs.contains(mine) && modelOutputs.contains(theirs)) else { return false }
        }
        return true
    }
}
