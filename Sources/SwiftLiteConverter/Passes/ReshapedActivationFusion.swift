import SwiftLiteSchema

/// Fuses a RELU, RELU6 or RELU_N1_TO_1 that follows a RESHAPE, SQUEEZE or EXPAND_DIMS of a
/// layer's result into that layer, moving the clamp before the reshape (an elementwise clamp
/// commutes with any reshape). Conv1D is lowered as EXPAND_DIMS, CONV_2D, SQUEEZE, so its
/// activation comes after the SQUEEZE: `Conv1D(activation="relu")` becomes CONV_2D with a fused
/// ReLU and a SQUEEZE, as TF's converter writes it.
///
/// The same conditions as ``ActivationFusion`` hold for the layer (no fused activation yet, a
/// float32 result read only by the reshape); the reshape's result must be read only by the
/// activation, and neither may be a model output. The reshape then writes the activation's
/// output tensor, whose name is kept.
public enum ReshapedActivationFusion {
    /// The operators that only change a tensor's shape.
    static let reshapes: Set<BuiltinOperator> = [.reshape, .squeeze, .expandDims]

    /// Rewrites `graph`; returns true when an activation was fused.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        var changed = false
        while fuseOne(&graph) { changed = true }
        return changed
    }

    /// Fuses the first eligible activation; false when there is none.
    private static func fuseOne(_ graph: inout Graph) -> Bool {
        let producers = graph.producers()
        let reads = graph.readCounts()
        let modelOutputs = graph.outputTensorSet
        func isInternalFloat(_ id: TensorID) -> Bool {
            (reads[id] ?? 0) == 1 && !modelOutputs.contains(id) && !graph[id].isVariable && graph[id].type == .float32
                && (graph[id].quantization?.scale ?? []).isEmpty
        }
        for index in graph.operators.indices {
            let activation = graph.operators[index]
            guard let fused = ActivationFusion.fusible[activation.opcode], activation.inputs.count == 1,
                  let reshaped = activation.inputs[0], activation.outputs.count == 1,
                  let reshapeIndex = producers[reshaped], isInternalFloat(reshaped) else { continue }
            let reshape = graph.operators[reshapeIndex]
            let output = activation.outputs[0]
            guard reshapes.contains(reshape.opcode), reshape.outputs == [reshaped], let y = reshape.inputs.first ?? nil,
                  let hostIndex = producers[y], isInternalFloat(y), graph[output].shape == graph[reshaped].shape,
                  graph[output].type == .float32 else { continue }
            let host = graph.operators[hostIndex]
            guard ActivationFusion.hosts.contains(host.opcode), host.outputs == [y], host.fusedActivation == .none,
                  let options = (host.options ?? GraphOperator.defaultOptions(for: host.opcode))?.withFusedActivation(fused)
            else { continue }
            graph.operators[hostIndex].options = options
            graph.operators[reshapeIndex].outputs = [output]
            graph.removeOperators(at: [index])
            return true
        }
        return false
    }
}
