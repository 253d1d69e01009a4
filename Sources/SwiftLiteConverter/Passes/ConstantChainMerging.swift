import SwiftLiteSchema

/// Merges two constant steps of the same kind in a row into one: `(x * a) * b` becomes
/// `x * (a * b)`, and `(x ± a) ± b` becomes `x + (±a ± b)` (preprocessing layers and
/// Keras operator chains such as `x * 2 * 0.5` or `x + 1 - 3`). The results agree within float
/// rounding.
///
/// Each constant must be float32 and hold a single value, or both must have the same shape; the
/// merged constant must broadcast to the same result shape. The first step has no fused
/// activation, its result is read only by the second and is no model output; the second keeps
/// its output tensor and its fused activation. A SUB is merged only as `x - c` (never `c - x`).
public enum ConstantChainMerging {
    /// Rewrites `graph`; returns true when two steps were merged.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        var changed = false
        while mergeOne(&graph) { changed = true }
        return changed
    }

    /// A step `x op c` with its constant's values and shape (a SUB as the ADD of `-c`).
    struct Step {
        var x: TensorID
        var values: [Float]
        var shape: [Int]
        var multiplies: Bool
    }

    /// Merges the first eligible pair; false when there is none.
    private static func mergeOne(_ graph: inout Graph) -> Bool {
        let producers = graph.producers()
        let reads = graph.readCounts()
        let modelOutputs = graph.outputTensorSet
        for index in graph.operators.indices {
            let second = graph.operators[index]
            guard let outer = step(second, in: graph), let firstIndex = producers[outer.x] else { continue }
            let first = graph.operators[firstIndex]
            let middle = outer.x
            guard first.outputs == [middle], first.fusedActivation == .none, (reads[middle] ?? 0) == 1,
                  !modelOutputs.contains(middle), !graph[middle].isVariable,
                  let inner = step(first, in: graph), inner.multiplies == outer.multiplies,
                  let merged = combine(inner, outer),
                  LoweringContext.broadcastShape(graph[inner.x].shape, merged.shape) == graph[second.outputs[0]].shape
            else { continue }
            let output = second.outputs[0]
            let constant = graph.addConstant(name: "\(graph[output].name)/merged", shape: merged.shape, floats: merged.values)
            let activation = second.fusedActivation
            let options: BuiltinOptions? = outer.multiplies
                ? BuiltinOptions.mulOptions(MulOptions()).withFusedActivation(activation)
                : BuiltinOptions.addOptions(AddOptions()).withFusedActivation(activation)
            graph.operators[index].opcode = outer.multiplies ? .mul : .add
            graph.operators[index].options = options
            graph.operators[index].inputs = [inner.x, constant]
            return true
        }
        return false
    }

    /// The step `op` computes, when it is a float32 MUL, ADD or SUB (as `x - c`) of a tensor and
    /// a constant.
    static func step(_ op: GraphOperator, in graph: Graph) -> Step? {
        guard op.inputs.count == 2, op.outputs.count == 1, let a = op.inputs[0], let b = op.inputs[1],
              graph[op.outputs[0]].type == .float32, (graph[op.outputs[0]].quantization?.scale ?? []).isEmpty
        else { return nil }
        func make(_ x: TensorID, _ c: TensorID, negate: Bool) -> Step? {
            guard !graph[x].isConstant, graph[x].type == .float32, let values = graph.plainFloatConstant(c),
                  !values.isEmpty, values.count == graph[c].elementCount else { return nil }
            return Step(x: x, values: negate ? values.map { -$0 } : values, shape: graph[c].shape, multiplies: op.opcode == .mul)
        }
        switch op.opcode {
        case .mul, .add: return make(a, b, negate: false) ?? make(b, a, negate: false)
        case .sub: return make(a, b, negate: true)
        default: return nil
        }
    }

    /// The merged constant of `inner` then `outer`, or nil when their shapes do not combine
    /// simply (neither single-valued nor equal).
    static func combine(_ inner: Step, _ outer: Step) -> (values: [Float], shape: [Int])? {
        let apply: (Float, Float) -> Float = inner.multiplies ? { $0 * $1 } : { $0 + $1 }
        let (p, q) = (inner.values, outer.values)
        if p.count == 1, q.count == 1 {
            return ([apply(p[0], q[0])], inner.shape.count >= outer.shape.count ? inner.shape : outer.shape)
        }
        if p.count == 1 {
            let padding = [Int](repeating: 1, count: max(0, inner.shape.count - outer.shape.count))
            return (q.map { apply(p[0], $0) }, padding + outer.shape)
        }
        if q.count == 1 {
            let padding = [Int](repeating: 1, count: max(0, outer.shape.count - inner.shape.count))
            return (p.map { apply($0, q[0]) }, padding + inner.shape)
        }
        guard inner.shape == outer.shape else { return nil }
        return (zip(p, q).map { apply($0, $1) }, inner.shape)
    }
}
