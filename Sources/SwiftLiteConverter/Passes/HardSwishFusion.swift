import SwiftLiteSchema

/// Replaces the hard-swish idiom `x * relu6(x + 3) / 6` by one HARD_SWISH, as TF's converter
/// does. Keras 2's MobileNetV3 (and hand-written blocks) spell it with layers and operators:
/// `x * relu6(x + 3) * (1/6)` or `x * (relu6(x + 3) * (1/6))`, with the division as a MUL by
/// 1/6 or a DIV by 6, the ReLU6 as a RELU6 operator or fused into the ADD, and operands in either
/// order. HARD_SWISH computes `x * min(max(x + 3, 0), 6) / 6`: the same within float rounding.
///
/// The intermediate results must be read only inside the idiom and be no model outputs; the
/// last operator's output (and name) is kept.
public enum HardSwishFusion {
    /// Rewrites `graph`; returns true when an idiom was replaced.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        var changed = false
        while replaceOne(&graph) { changed = true }
        return changed
    }

    /// Replaces the first idiom found (the ones it read from become dead code); false when none.
    private static func replaceOne(_ graph: inout Graph) -> Bool {
        let producers = graph.producers()
        let reads = graph.readCounts()
        for index in graph.operators.indices {
            guard let x = match(finalOperator: index, in: graph, producers: producers, reads: reads) else { continue }
            graph.operators[index].opcode = .hardSwish
            graph.operators[index].options = nil
            graph.operators[index].inputs = [x]
            return true
        }
        return false
    }

    /// The `x` of the idiom ending at operator `index`, or nil when it is no hard swish.
    static func match(finalOperator index: Int, in graph: Graph, producers: [TensorID: Int], reads: [TensorID: Int]) -> TensorID? {
        let last = graph.operators[index]
        guard last.outputs.count == 1, last.fusedActivation == .none, graph[last.outputs[0]].type == .float32,
              !graph[last.outputs[0]].isVariable else { return nil }
        let output = last.outputs[0]
        let context = Context(graph: graph, producers: producers, reads: reads)
        // (x * r) / 6, with r = relu6(x + 3).
        if let product = context.dividedBySix(last) {
            if let (a, b) = context.operands(ofInternal: product, opcode: .mul) {
                for (x, r) in [(a, b), (b, a)] where context.relu6OfXPlusThree(r) == x && graph[x].shape == graph[output].shape {
                    return x
                }
            }
        }
        // x * (r / 6).
        if last.opcode == .mul, last.inputs.count == 2, let a = last.inputs[0], let b = last.inputs[1] {
            for (x, h) in [(a, b), (b, a)] {
                guard let hIndex = context.internalProducer(h), let r = context.dividedBySix(graph.operators[hIndex]),
                      context.relu6OfXPlusThree(r) == x, graph[x].shape == graph[output].shape else { continue }
                return x
            }
        }
        return nil
    }

    /// Pattern queries over one snapshot of the graph.
    struct Context {
        let graph: Graph
        let producers: [TensorID: Int]
        let reads: [TensorID: Int]

        /// The producer of `id` when `id` is an intermediate result read exactly once, of the
        /// producer's single output, float32, not a model output and not a variable.
        func internalProducer(_ id: TensorID) -> Int? {
            guard let index = producers[id], (reads[id] ?? 0) == 1, graph.operators[index].outputs == [id],
                  !graph.outputTensorSet.contains(id), !graph[id].isVariable, graph[id].type == .float32
            else { return nil }
            return index
        }

        /// The two inputs of the internal operator producing `id`, when it is `opcode` without a
        /// fused activation.
        func operands(ofInternal id: TensorID, opcode: BuiltinOperator) -> (TensorID, TensorID)? {
            guard let index = internalProducer(id) else { return nil }
            let op = graph.operators[index]
            guard op.opcode == opcode, op.fusedActivation == .none, op.inputs.count == 2,
                  let a = op.inputs[0], let b = op.inputs[1] else { return nil }
            return (a, b)
        }

        /// The operand `v` when `op` computes `v * (1/6)` or `v / 6` (a single-value constant)
        /// without a fused activation.
        func dividedBySix(_ op: GraphOperator) -> TensorID? {
            guard op.fusedActivation == .none, op.inputs.count == 2, let a = op.inputs[0], let b = op.inputs[1] else { return nil }
            switch op.opcode {
            case .mul:
                if isSingleValue(b, near: 1.0 / 6.0) { return a }
                if isSingleValue(a, near: 1.0 / 6.0) { return b }
                return nil
            case .div:
                return isSingleValue(b, near: 6) ? a : nil
            default:
                return nil
            }
        }

        /// The `x` when `r` is `relu6(x + 3)`: an ADD of 3 with a fused RELU6, or a RELU6 of
        /// such an ADD, each an internal result.
        func relu6OfXPlusThree(_ r: TensorID) -> TensorID? {
            guard let index = internalProducer(r) else { return nil }
            let op = graph.operators[index]
            if op.opcode == .add, op.fusedActivation == .relu6 { return plusThree(op) }
            if op.opcode == .relu6, op.inputs.count == 1, let sum = op.inputs[0], let addIndex = internalProducer(sum),
               graph.operators[addIndex].opcode == .add, graph.operators[addIndex].fusedActivation == .none {
                return plusThree(graph.operators[addIndex])
            }
            return nil
        }

        /// The `x` of an ADD computing `x + 3` whose result has `x`'s shape.
        func plusThree(_ op: GraphOperator) -> TensorID? {
            guard op.inputs.count == 2, let a = op.inputs[0], let b = op.inputs[1] else { return nil }
            for (x, c) in [(a, b), (b, a)] where isSingleValue(c, near: 3) && graph[x].type == .float32 {
                return x
            }
            return nil
        }

        /// True when `id` is a float32 constant with one element, equal to `value` as float32.
        func isSingleValue(_ id: TensorID, near value: Double) -> Bool {
            guard let values = graph.plainFloatConstant(id), values.count == 1 else { return false }
            return values[0] == Float(value)
        }
    }
}
