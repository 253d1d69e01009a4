import SwiftLiteSchema

/// Folds a MUL by a constant that scales each input channel (a single value, or one per channel of
/// the last axis) into the weights of the CONV_2D, DEPTHWISE_CONV_2D and FULLY_CONNECTED layers
/// that read its result: `conv(x * s, W) = conv(x, W * s)`, with `W` scaled along its input-channel
/// axis. Zero padding is unaffected (a padded zero scales to zero either way). This removes the
/// `Rescaling(1/255)` before EfficientNet's stem convolution, as TF's converter does.
///
/// Every reader must be such a layer reading the result as its data input, with float32 constant
/// weights; the MUL has no fused activation, its result keeps its input's shape and is no model
/// output. Each layer gets its own scaled copy of its weights; the MUL becomes dead code.
public enum InputScaleFolding {
    /// Rewrites `graph`; returns true when a MUL was folded.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        let consumers = graph.consumers()
        let modelOutputs = graph.outputTensorSet
        var changed = false
        for index in graph.operators.indices {
            let mul = graph.operators[index]
            guard mul.opcode == .mul, mul.inputs.count == 2, mul.outputs.count == 1, mul.fusedActivation == .none,
                  let a = mul.inputs[0], let b = mul.inputs[1] else { continue }
            let output = mul.outputs[0]
            guard !modelOutputs.contains(output), !graph[output].isVariable, graph[output].type == .float32,
                  let readers = consumers[output], !readers.isEmpty else { continue }
            for (x, c) in [(a, b), (b, a)] {
                guard graph[x].type == .float32, !graph[x].isConstant, graph[x].shape == graph[output].shape,
                      let channels = graph[x].shape.last, channels > 0,
                      let scale = BatchNormFolding.channelVector(c, channels: channels, outputRank: graph[x].shape.count, in: graph)
                else { continue }
                var rescaled: [(reader: Int, slot: Int, weights: [Float])] = []
                for reader in Set(readers) {
                    guard let plan = scaledWeights(of: graph.operators[reader], readingScaled: output, scale: scale, in: graph) else {
                        rescaled = []
                        break
                    }
                    rescaled.append((reader, plan.slot, plan.weights))
                }
                guard !rescaled.isEmpty else { continue }
                for (reader, slot, weights) in rescaled {
                    guard let old = graph.operators[reader].inputs[slot] else { continue }
                    let tensor = GraphTensor(
                        name: graph[old].name, type: .float32, shape: graph[old].shape,
                        data: BatchNormFolding.littleEndianBytes(weights))
                    graph.operators[reader].inputs[slot] = graph.addTensor(tensor)
                    graph.operators[reader].inputs[0] = x
                }
                changed = true
                break
            }
        }
        return changed
    }

    /// The weight slot of `layer` and its weights scaled by `scale` along the input channels,
    /// when `layer` reads `input` only as its data input and can absorb the scale.
    static func scaledWeights(of layer: GraphOperator, readingScaled input: TensorID, scale: [Float], in graph: Graph) -> (slot: Int, weights: [Float])? {
        guard [.conv2d, .depthwiseConv2d, .fullyConnected].contains(layer.opcode), layer.inputs.count >= 2,
              layer.inputs[0] == input, !layer.inputs.dropFirst().contains(input),
              let weightID = layer.inputs[1], var weights = graph.plainFloatConstant(weightID) else { return nil }
        let shape = graph[weightID].shape
        let channels = scale.count
        let uniform = scale.allSatisfy { $0 == scale[0] }
        switch layer.opcode {
        case .conv2d, .fullyConnected:
            // Weights [O, ..., I]: the input channel is the fastest-varying index.
            guard let inner = shape.last, inner > 0, weights.count % inner == 0 else { return nil }
            if uniform {
                for i in weights.indices { weights[i] *= scale[0] }
            } else {
                guard inner == channels else { return nil }
                for i in weights.indices { weights[i] *= scale[i % channels] }
            }
        default:
            // Depthwise weights [1, H, W, C * multiplier]: output channel k reads input channel k / multiplier.
            guard shape.count == 4, let outputs = shape.last, outputs > 0, outputs % channels == 0 else { return nil }
            let multiplier = outputs / channels
            for i in weights.indices { weights[i] *= scale[(i % outputs) / multiplier] }
        }
        return (1, weights)
    }
}
