import KerasModel
import SwiftLiteSchema

/// Emitters for the TFLite ops the sequence and attention lowerings share (fully connected, slicing
/// along time, reversing, unpacking and packing steps, splitting gates, batched matmul, softmax,
/// cell activations). Shapes use -1 for the dynamic batch.
enum SequenceEmit {
    /// FULLY_CONNECTED with `weights [outputs, in]` and an optional bias. With `keepNumDims` the
    /// leading dimensions are kept (`[..., in] -> [..., outputs]`), otherwise they are flattened.
    static func fullyConnected(
        _ context: inout LoweringContext, _ x: TensorID, weights: TensorID, bias: TensorID?, outputs: Int,
        keepNumDims: Bool, activation: ActivationFunctionType = .none, name: String, origin: String
    ) -> TensorID {
        var options = FullyConnectedOptions()
        options.keepNumDims = keepNumDims
        options.fusedActivationFunction = activation
        let input = context.graph[x].shape
        let leading = Array(input.dropLast())
        let shape: [Int]
        if keepNumDims {
            shape = leading + [outputs]
        } else {
            shape = [leading.contains(where: { $0 < 0 }) ? -1 : leading.reduce(1, *), outputs]
        }
        return context.graph.addOperator(
            .fullyConnected, options: .fullyConnectedOptions(options), inputs: [x, weights, bias], output: name,
            shape: shape, origin: origin)
    }

    /// One time step `x[:, index, ...]` (the time axis removed); a negative index counts from the end.
    static func timeStep(_ context: inout LoweringContext, _ x: TensorID, index: Int, name: String, origin: String) -> TensorID {
        let shape = context.graph[x].shape
        let rank = shape.count
        var begin = [Int32](repeating: 0, count: rank)
        begin[1] = Int32(index)
        let end = [Int32](repeating: 0, count: rank)
        let strides = [Int32](repeating: 1, count: rank)
        var options = StridedSliceOptions()
        let allButTime = Int32((1 << rank) - 1) & ~2
        options.beginMask = allButTime
        options.endMask = allButTime
        options.shrinkAxisMask = 2
        let inputs = [
            context.int32Constant(name: "\(name)/begin", shape: [rank], values: begin),
            context.int32Constant(name: "\(name)/end", shape: [rank], values: end),
            context.int32Constant(name: "\(name)/strides", shape: [rank], values: strides),
        ]
        var outShape = shape
        outShape.remove(at: 1)
        return context.graph.addOperator(
            .stridedSlice, options: .stridedSliceOptions(options), inputs: [x] + inputs, output: name,
            type: context.graph[x].type, shape: outShape, origin: origin)
    }

    /// `x[:, 0, :1]` of a `[batch, time, features]` sequence: a `[batch, 1]` tensor used to give other
    /// tensors the batch size.
    static func batchProbe(_ context: inout LoweringContext, _ x: TensorID, name: String, origin: String) -> TensorID {
        var options = StridedSliceOptions()
        options.beginMask = 1
        options.endMask = 1
        options.shrinkAxisMask = 2
        let inputs = [
            context.int32Constant(name: "\(name)/begin", shape: [3], values: [0, 0, 0]),
            context.int32Constant(name: "\(name)/end", shape: [3], values: [0, 1, 1]),
            context.int32Constant(name: "\(name)/strides", shape: [3], values: [1, 1, 1]),
        ]
        let batch = context.graph[x].shape[0]
        return context.graph.addOperator(
            .stridedSlice, options: .stridedSliceOptions(options), inputs: [x] + inputs, output: name,
            shape: [batch, 1], origin: origin)
    }

    /// REVERSE_V2 along `axis`.
    static func reverse(_ context: inout LoweringContext, _ x: TensorID, axis: Int, name: String, origin: String) -> TensorID {
        let axes = context.int32Constant(name: "\(name)/axis", shape: [1], values: [Int32(axis)])
        return context.graph.addOperator(
            .reverseV2, options: .reverseV2Options(ReverseV2Options()), inputs: [x, axes], output: name,
            type: context.graph[x].type, shape: context.graph[x].shape, origin: origin)
    }

    /// UNPACK along `axis` into its `count` slices.
    static func unpack(_ context: inout LoweringContext, _ x: TensorID, axis: Int, count: Int, name: String, origin: String) -> [TensorID] {
        var shape = context.graph[x].shape
        shape.remove(at: axis)
        var options = UnpackOptions()
        options.num = Int32(count)
        options.axis = Int32(axis)
        let type = context.graph[x].type
        return context.graph.addOperator(
            .unpack, options: .unpackOptions(options), inputs: [x],
            outputs: (0..<count).map { ("\(name)_\($0)", type, shape) }, origin: origin)
    }

    /// PACK along `axis`.
    static func pack(_ context: inout LoweringContext, _ xs: [TensorID], axis: Int, name: String, origin: String) -> TensorID {
        var shape = context.graph[xs[0]].shape
        shape.insert(xs.count, at: axis)
        var options = PackOptions()
        options.valuesCount = Int32(xs.count)
        options.axis = Int32(axis)
        return context.graph.addOperator(
            .pack, options: .packOptions(options), inputs: xs, output: name, type: context.graph[xs[0]].type,
            shape: shape, origin: origin)
    }

    /// SPLIT of the last axis into `count` equal parts.
    static func splitLast(_ context: inout LoweringContext, _ x: TensorID, count: Int, name: String, origin: String) -> [TensorID] {
        var shape = context.graph[x].shape
        let axis = shape.count - 1
        shape[axis] /= count
        var options = SplitOptions()
        options.numSplits = Int32(count)
        let axisTensor = context.int32Constant(name: "\(name)/axis", shape: [], values: [Int32(axis)])
        let type = context.graph[x].type
        return context.graph.addOperator(
            .split, options: .splitOptions(options), inputs: [axisTensor, x],
            outputs: (0..<count).map { ("\(name)_\($0)", type, shape) }, origin: origin)
    }

    /// BATCH_MATMUL of `a [..., m, k]` by `b [..., k, n]` (`b [..., n, k]` with `adjointB`).
    static func batchMatMul(
        _ context: inout LoweringContext, _ a: TensorID, _ b: TensorID, adjointB: Bool, name: String, origin: String
    ) -> TensorID {
        var options = BatchMatMulOptions()
        options.adjY = adjointB
        let left = context.graph[a].shape, right = context.graph[b].shape
        let columns = adjointB ? right[right.count - 2] : right[right.count - 1]
        let shape = Array(left.dropLast()) + [columns]
        return context.graph.addOperator(
            .batchMatmul, options: .batchMatMulOptions(options), inputs: [a, b], output: name, shape: shape,
            origin: origin)
    }

    /// SOFTMAX over the last axis.
    static func softmax(_ context: inout LoweringContext, _ x: TensorID, name: String, origin: String) -> TensorID {
        var options = SoftmaxOptions()
        options.beta = 1
        return context.unary(.softmax, x, options: .softmaxOptions(options), name: name, origin: origin)
    }

    /// A recurrent cell's activation (`activation` / `recurrent_activation`) applied to `x`.
    static func activation(
        _ context: inout LoweringContext, _ function: String, _ x: TensorID, layer: KerasLayer, name: String
    ) throws(ConversionError) -> TensorID {
        switch function {
        case "linear": return x
        case "tanh": return context.unary(.tanh, x, name: name, origin: layer.name)
        case "sigmoid": return context.unary(.logistic, x, name: name, origin: layer.name)
        case "relu": return context.unary(.relu, x, name: name, origin: layer.name)
        case "relu6": return context.unary(.relu6, x, name: name, origin: layer.name)
        default:
            throw ConversionError(.unsupported, "unsupported activation `\(function)` in a recurrent cell", layer: layer)
        }
    }

    /// The fused-activation value TFLite's sequence ops accept for a Keras activation, if any
    /// (`linear` is excluded: TFLite's LSTM does not copy the cell state through a NONE activation).
    static func fusedSequenceActivation(_ function: String) -> ActivationFunctionType? {
        switch function {
        case "tanh": .tanh
        case "relu": .relu
        case "relu6": .relu6
        default: nil
        }
    }
}
