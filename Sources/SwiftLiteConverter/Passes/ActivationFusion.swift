import SwiftLiteSchema

/// Folds a RELU, RELU6 or RELU_N1_TO_1 into the `fused_activation_function` of the operator
/// before it, when that operator's kernels clamp their float output with it: CONV_2D,
/// DEPTHWISE_CONV_2D, FULLY_CONNECTED, TRANSPOSE_CONV, ADD, SUB, MUL, DIV, AVERAGE_POOL_2D and
/// MAX_POOL_2D.
///
/// Not fused: TANH (TFLite's kernels ignore a fused TANH: the output would be wrong), and any
/// activation after CONCATENATION (TFLite's kernel refuses a fused activation there). The
/// producer must have no activation yet, a float32 result read only by the activation, and that
/// result must not be a model output; it then writes the activation's output tensor, whose
/// name (usually the Keras activation layer's) is kept.
public enum ActivationFusion {
    /// The activations that fuse, with their fused form.
    static let fusible: [BuiltinOperator: ActivationFunctionType] = [
        .relu: .relu, .relu6: .relu6, .reluN1To1: .reluN1To1,
    ]

    /// The operators whose kernels apply a fused activation.
    static let hosts: Set<BuiltinOperator> = [
        .conv2d, .depthwiseConv2d, .fullyConnected, .transposeConv, .add, .sub, .mul, .div,
        .averagePool2d, .maxPool2d,
    ]

    /// Rewrites `graph`; returns true when something was fused.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        var changed = false
        var progress = true
        while progress {
            progress = false
            let producers = graph.producers()
            let reads = graph.readCounts()
            let modelOutputs = graph.outputTensorSet
            for index in graph.operators.indices {
                let activation = graph.operators[index]
                guard let fused = fusible[activation.opcode], activation.inputs.count == 1,
                      let x = activation.inputs[0], activation.outputs.count == 1,
                      let hostIndex = producers[x] else { continue }
                let host = graph.operators[hostIndex]
                let y = activation.outputs[0]
                guard hosts.contains(host.opcode), host.outputs == [x], host.fusedActivation == .none,
                      (reads[x] ?? 0) == 1, !modelOutputs.contains(x),
                      graph[x].type == .float32, graph[y].type == .float32, graph[x].shape == graph[y].shape,
                      graph[x].quantization == nil || (graph[x].quantization?.scale ?? []).isEmpty,
                      let options = (host.options ?? GraphOperator.defaultOptions(for: host.opcode))?.withFusedActivation(fused)
                else { continue }
                graph.operators[hostIndex].options = options
                graph.operators[hostIndex].outputs = [y]
                graph.removeOperators(at: [index])
                progress = true
                changed = true
                break
            }
        }
        return changed
    }

}
