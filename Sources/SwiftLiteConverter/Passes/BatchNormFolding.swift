import SwiftLiteSchema

/// Folds a per-channel affine step — MUL by a constant scale and/or ADD (or SUB) of a constant
/// offset, both per last-axis channel, which is how BatchNormalization is lowered — into the
/// weights and bias of the CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED or TRANSPOSE_CONV before
/// it: `(x * W + b) * s + t = x * (W * s) + (b * s + t)`, with W scaled per output channel. A zero
/// bias is created when the layer has none.
///
/// Applies only when the layer has no fused activation, its result is read only by the affine
/// step and is no model output, and weights and bias are float32 constants. The layer then
/// writes the affine step's output tensor (so its name, the BatchNormalization layer's, stays).
public enum BatchNormFolding {
    /// Rewrites `graph`; returns true when something was folded.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        var changed = false
        while foldOne(&graph) { changed = true }
        return changed
    }

    /// The layers whose weights can absorb a per-channel affine step.
    static let foldableProducers: Set<BuiltinOperator> = [.conv2d, .depthwiseConv2d, .fullyConnected, .transposeConv]

    /// Folds the first foldable MUL/ADD/SUB found; returns false when there is none.
    private static func foldOne(_ graph: inout Graph) -> Bool {
        let producers = graph.producers()
        let reads = graph.readCounts()
        let modelOutputs = graph.outputTensorSet
        for index in graph.operators.indices {
            let step = graph.operators[index]
            guard [.mul, .add, .sub].contains(step.opcode), step.inputs.count == 2, step.outputs.count == 1,
                  step.fusedActivation == .none else { continue }
            // The activation operand and the constant operand (SUB only as x - c).
            let candidates: [(TensorID?, TensorID?)] =
                step.opcode == .sub ? [(step.inputs[0], step.inputs[1])] : [(step.inputs[0], step.inputs[1]), (step.inputs[1], step.inputs[0])]
            for case let (x?, c?) in candidates {
                guard let layerIndex = producers[x], foldableProducers.contains(graph.operators[layerIndex].opcode),
                      graph.operators[layerIndex].fusedActivation == .none, graph.operators[layerIndex].outputs == [x],
                      (reads[x] ?? 0) == 1, !modelOutputs.contains(x),
                      graph[x].type == .float32, graph[x].shape == graph[step.outputs[0]].shape,
                      let channels = graph[x].shape.last, channels > 0,
                      let vector = channelVector(c, channels: channels, outputRank: graph[x].shape.count, in: graph)
                else { continue }
                let scale: [Float]
                let offset: [Float]
                switch step.opcode {
                case .mul: (scale, offset) = (vector, [Float](repeating: 0, count: channels))
                case .add: (scale, offset) = ([Float](repeating: 1, count: channels), vector)
                default: (scale, offset) = ([Float](repeating: 1, count: channels), vector.map { -$0 })
                }
                guard apply(scale: scale, offset: offset, toLayer: layerIndex, in: &graph) else { continue }
                graph.operators[layerIndex].outputs = [step.outputs[0]]
                graph.removeOperators(at: [index])
                return true
            }
        }
        return false
    }

    /// The per-channel values of constant `id` when it broadcasts along the last axis only
    /// (shape `[C]`, `[1, ..., 1, C]` or a single value), expanded to `channels` values.
    static func channelVector(_ id: TensorID, channels: Int, outputRank: Int, in graph: Graph) -> [Float]? {
        guard let values = graph.plainFloatConstant(id) else { return nil }
        let shape = graph[id].shape
        guard shape.count <= outputRank, shape.dropLast().allSatisfy({ $0 == 1 }) else { return nil }
        if values.count == channels, shape.last == channels { return values }
        if values.count == 1 { return [Float](repeating: values[0], count: channels) }
        return nil
    }

    /// Replaces the layer's weights and bias by scaled copies; false when they are not
    /// float32 constants of the expected layout.
    private static func apply(scale: [Float], offset: [Float], toLayer index: Int, in graph: inout Graph) -> Bool {
        let layer = graph.operators[index]
        let channels = scale.count
        let (weightSlot, biasSlot): (Int, Int) = layer.opcode == .transposeConv ? (1, 3) : (1, 2)
        guard layer.inputs.count > weightSlot, let weightID = layer.inputs[weightSlot],
              var weights = graph.plainFloatConstant(weightID) else { return false }
        let weightShape = graph[weightID].shape
        // Output channels are the first weight dimension, except for depthwise (the last).
        let channelAxisIsLast = layer.opcode == .depthwiseConv2d
        guard let channelDim = channelAxisIsLast ? weightShape.last : weightShape.first, channelDim == channels,
              weights.count % channels == 0 else { return false }
        var bias = [Float](repeating: 0, count: channels)
        let existingBias = layer.inputs.count > biasSlot ? layer.inputs[biasSlot] : nil
        if let existingBias {
            guard let values = graph.plainFloatConstant(existingBias), values.count == channels else { return false }
            bias = values
        }
        weights.withUnsafeMutableBufferPointer { w in
            scale.withUnsafeBufferPointer { s in
                if channelAxisIsLast {
                    var i = 0
                    while i < w.count {
                        for c in 0..<channels { w[i + c] *= s[c] }
                        i += channels
                    }
                } else {
                    let block = w.count / channels
                    for c in 0..<channels {
                        let factor = s[c]
                        for i in (c * block)..<((c + 1) * block) { w[i] *= factor }
                    }
                }
            }
        }
        for c in 0..<channels { bias[c] = bias[c] * scale[c] + offset[c] }

        let newWeights = graph.addTensor(GraphTensor(name: graph[weightID].name, type: .float32, shape: weightShape, data: littleEndianBytes(weights)))
        let biasName = existingBias.map { graph[$0].name } ?? "\(graph[graph.operators[index].outputs[0]].name)/bias"
        let newBias = graph.addTensor(GraphTensor(name: biasName, type: .float32, shape: [channels], data: littleEndianBytes(bias)))
        graph.operators[index].inputs[weightSlot] = newWeights
        if biasSlot < graph.operators[index].inputs.count {
            graph.operators[index].inputs[biasSlot] = newBias
        } else {
            while graph.operators[index].inputs.count < biasSlot { graph.operators[index].inputs.append(nil) }
            graph.operators[index].inputs.append(newBias)
        }
        return true
    }

    /// The little-endian bytes of `values` (one copy on little-endian hosts).
    static func littleEndianBytes(_ values: [Float]) -> [UInt8] {
        if 1.littleEndian == 1 { return values.withUnsafeBytes { Array($0) } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 4)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }
}
