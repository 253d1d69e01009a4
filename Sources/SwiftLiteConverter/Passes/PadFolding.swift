import SwiftLiteSchema

/// Folds a zero PAD of the height and width of an NHWC tensor into the CONV_2D and
/// DEPTHWISE_CONV_2D layers that read it, when each of them uses VALID padding and the explicit
/// padding is exactly what SAME padding would add for that layer: the layers then read the PAD's
/// input with SAME padding, and the PAD becomes dead code. This is how Keras writes strided
/// convolutions that must match other frameworks (`ZeroPadding2D(((0, 1), (0, 1)))` before a
/// stride-2 VALID convolution in MobileNet and EfficientNet, `ZeroPadding2D(1)` before a 3×3
/// stride-1 convolution in ResNetV2).
///
/// TFLite's SAME padding for an input of size `n`, stride `s` and effective kernel size
/// `k' = (k - 1) * d + 1` adds `total = max((ceil(n / s) - 1) * s + k' - n, 0)` pixels: `total / 2`
/// (rounded down) before and the rest after. Only a PAD (or PADV2 with a constant zero) whose
/// batch and channel padding is zero, whose input height and width are known, whose every reader
/// is such a layer, and whose result is no model output is folded. Pools are left alone (MAX_POOL
/// treats its padding as -inf and AVERAGE_POOL leaves it out of the count, unlike explicit zeros).
public enum PadFolding {
    /// Rewrites `graph`; returns true when a PAD was folded.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        let consumers = graph.consumers()
        let modelOutputs = graph.outputTensorSet
        var changed = false
        for index in graph.operators.indices {
            let pad = graph.operators[index]
            guard pad.opcode == .pad || pad.opcode == .padv2, pad.outputs.count == 1,
                  pad.inputs.count >= 2, let x = pad.inputs[0], let output = pad.outputs.first,
                  !modelOutputs.contains(output), !graph[output].isVariable,
                  let readers = consumers[output], !readers.isEmpty,
                  let amounts = spatialPadding(pad, in: graph) else { continue }
            let inputShape = graph[x].shape
            guard inputShape.count == 4, inputShape[1] > 0, inputShape[2] > 0 else { continue }
            var rewritten: [(Int, BuiltinOptions)] = []
            for reader in Set(readers) {
                let layer = graph.operators[reader]
                // The PAD's result must be the layer's data input only (never its weights).
                guard layer.inputs.first == output, !layer.inputs.dropFirst().contains(output),
                      let options = sameOptions(for: layer, inputShape: inputShape, padding: amounts, in: graph)
                else { rewritten = []; break }
                rewritten.append((reader, options))
            }
            guard !rewritten.isEmpty else { continue }
            for (reader, options) in rewritten {
                graph.operators[reader].options = options
                graph.operators[reader].inputs[0] = x
            }
            changed = true
        }
        return changed
    }

    /// The (before, after) padding of height and width when `pad` adds zeros on those axes only.
    static func spatialPadding(_ pad: GraphOperator, in graph: Graph) -> (height: (Int, Int), width: (Int, Int))? {
        guard let table = graph.constantInts(pad.inputs[1]), table.count == 8, table.allSatisfy({ $0 >= 0 }),
              table[0] == 0, table[1] == 0, table[6] == 0, table[7] == 0 else { return nil }
        if pad.opcode == .padv2 {
            // The padding value must be an explicit float zero (or the default, omitted).
            if pad.inputs.count > 2, let value = pad.inputs[2] {
                guard graph[value].type == .float32, graph.isConstant(value, allEqualTo: 0),
                      graph[value].elementCount == 1 else { return nil }
            }
        }
        guard let x = pad.inputs[0], graph[x].quantization == nil || (graph[x].quantization?.scale ?? []).isEmpty
        else { return nil }
        return ((table[2], table[3]), (table[4], table[5]))
    }

    /// The options of `layer` switched to SAME padding, when it is a VALID CONV_2D or
    /// DEPTHWISE_CONV_2D whose SAME padding on `inputShape` equals `padding`.
    static func sameOptions(
        for layer: GraphOperator, inputShape: [Int], padding: (height: (Int, Int), width: (Int, Int)), in graph: Graph
    ) -> BuiltinOptions? {
        guard layer.inputs.count >= 2, let weights = layer.inputs[1], graph[weights].shape.count == 4 else { return nil }
        let kernel = (graph[weights].shape[1], graph[weights].shape[2])
        let stride: (Int, Int)
        let dilation: (Int, Int)
        let result: BuiltinOptions
        switch (layer.opcode, layer.options) {
        case (.conv2d, .conv2DOptions(var o)?):
            guard o.padding == .valid else { return nil }
            (stride, dilation) = ((Int(o.strideH), Int(o.strideW)), (Int(o.dilationHFactor), Int(o.dilationWFactor)))
            o.padding = .same
            result = .conv2DOptions(o)
        case (.depthwiseConv2d, .depthwiseConv2DOptions(var o)?):
            guard o.padding == .valid else { return nil }
            (stride, dilation) = ((Int(o.strideH), Int(o.strideW)), (Int(o.dilationHFactor), Int(o.dilationWFactor)))
            o.padding = .same
            result = .depthwiseConv2DOptions(o)
        default:
            return nil
        }
        guard let output = layer.outputs.first, graph[output].shape.count == 4,
              let height = samePadding(size: inputShape[1], kernel: kernel.0, stride: stride.0, dilation: dilation.0),
              let width = samePadding(size: inputShape[2], kernel: kernel.1, stride: stride.1, dilation: dilation.1),
              height.before == padding.height.0, height.after == padding.height.1,
              width.before == padding.width.0, width.after == padding.width.1,
              graph[output].shape[1] == height.outputSize, graph[output].shape[2] == width.outputSize
        else { return nil }
        return result
    }

    /// TFLite's SAME padding along one axis and the output size it gives; nil for invalid
    /// parameters.
    static func samePadding(size: Int, kernel: Int, stride: Int, dilation: Int) -> (before: Int, after: Int, outputSize: Int)? {
        guard size > 0, kernel > 0, stride > 0, dilation > 0 else { return nil }
        let effective = (kernel - 1) * dilation + 1
        let outputSize = (size + stride - 1) / stride
        let total = max((outputSize - 1) * stride + effective - size, 0)
        return (total / 2, total - total / 2, outputSize)
    }
}

extension Graph {
    /// The contents of an int32 or int64 constant as `Int`s, or nil when `id` is neither.
    func constantInts(_ id: TensorID?) -> [Int]? {
        guard let id, id.index < tensors.count, !self[id].isVariable, let data = self[id].data else { return nil }
        switch self[id].type {
        case .int32:
            return self[id].int32Values.map { $0.map(Int.init) }
        case .int64:
            return data.withUnsafeBytes { raw in
                (0..<(data.count / 8)).map { Int(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self))) }
            }
        default:
            return nil
        }
    }
}
