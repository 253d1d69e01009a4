import KerasModel
import SwiftLiteSchema

/// Lowerings of Conv1DTranspose / Conv2DTranspose to TRANSPOSE_CONV (with its bias input).
///
/// The output shape input is a constant when the batch is known; with a dynamic batch it is built
/// at run time as TF's converter does (SHAPE → STRIDED_SLICE of the batch → PACK with the constant
/// spatial sizes and channels), so `resizeInput` works in both runtimes.
enum TransposedConvolutionLowerings {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "Conv1DTranspose": ChannelsFirst.adapting(conv1DTranspose),
        "Conv2DTranspose": ChannelsFirst.adapting(conv2DTranspose),
        "Convolution2DTranspose": ChannelsFirst.adapting(conv2DTranspose),
    ]

    static func conv2DTranspose(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try transposed(node, &context, rank: 2)
    }

    static func conv1DTranspose(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try transposed(node, &context, rank: 1)
    }

    /// The output length Keras computes for a transposed convolution along one axis.
    static func outputLength(input: Int, kernel: Int, stride: Int, padding: String, outputPadding: Int?) -> Int {
        if padding == "valid" {
            let extra = outputPadding ?? (max(kernel, stride) - kernel)
            return (input - 1) * stride + kernel + extra
        }
        guard let outputPadding else { return input * stride }
        return (input - 1) * stride + kernel % 2 + outputPadding
    }

    static func transposed(_ node: KerasNode, _ context: inout LoweringContext, rank: Int) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        try layer.requireChannelsLast()
        let x = try context.singleInput(of: node)
        let inputShape = context.graph[x].shape
        try ConvolutionLowerings.expectRank(inputShape, rank + 2, layer: layer)
        let geometry = try ConvolutionLowerings.Geometry(layer, rank: rank)
        guard geometry.dilation.allSatisfy({ $0 == 1 }) else {
            throw ConversionError(.unsupported, "dilation_rate \(geometry.dilation) is not supported for transposed convolutions (TRANSPOSE_CONV has no dilation)", layer: layer)
        }
        guard geometry.padding == "same" || geometry.padding == "valid" else {
            throw ConversionError(.unsupported, "padding `\(geometry.padding)` is not supported", layer: layer)
        }
        let inChannels = try ConvolutionLowerings.knownChannels(inputShape, layer: layer)
        let filters = try layer.int("filters", default: -1)
        var outputPadding: [Int?] = Array(repeating: nil, count: rank)
        if layer.config["output_padding"] != nil {
            outputPadding = try layer.ints("output_padding", count: rank).map { Optional($0) }
        }
        let spatial = Array(inputShape[1...rank])
        guard spatial.allSatisfy({ $0 > 0 }) else {
            throw ConversionError(.unsupported, "transposed convolution needs known spatial dimensions, got \(inputShape)", layer: layer)
        }
        let outSpatial = (0..<rank).map {
            outputLength(input: spatial[$0], kernel: geometry.kernel[$0], stride: geometry.strides[$0], padding: geometry.padding, outputPadding: outputPadding[$0])
        }
        let kernel = try layer.weight("vars/0", 0, shape: geometry.kernel + [filters, inChannels])
        let bias = try layer.bias("vars/1", 1, shape: [filters])
        let activation = try LoweringContext.activation(layer.config["activation"], layer: layer)
        let output = CoreNaming.linearOutput(layer, activation: activation)

        // Keras kernel [kh, kw, out, in] → TFLite [out, kh, kw, in].
        let kernel4 = (rank == 1 ? [1] : []) + kernel.shape
        let weights = context.constant(
            key: "\(layer.id)/kernel:transpose_conv", name: "\(layer.name)/kernel", shape: [filters, kernel4[0], kernel4[1], inChannels],
            floats: WeightLayout.transpose(kernel.values, shape: kernel4, permutation: [2, 0, 1, 3]))
        let biasTensor = context.constant(
            key: "\(layer.id)/bias", name: "\(layer.name)/bias", shape: [filters],
            floats: bias?.values ?? [Float](repeating: 0, count: filters))
        let geometry2D = rank == 1 ? geometry.as2D : geometry
        let outSpatial2D = (rank == 1 ? [1] : []) + outSpatial
        let input = rank == 1 ? context.emitExpandDims(x, axis: 1, name: "\(layer.name)/expand", origin: layer.name) : x
        let outputShape = context.emitOutputShape(
            batchOf: input, rest: outSpatial2D + [filters], name: "\(layer.name)/output_shape", origin: layer.name)

        var options = TransposeConvOptions()
        options.padding = try SpatialMath.padding(geometry2D.padding, layer: layer)
        options.strideH = Int32(geometry2D.strides[0])
        options.strideW = Int32(geometry2D.strides[1])
        let shape = [inputShape[0]] + outSpatial2D + [filters]
        let conv = context.graph.addOperator(
            .transposeConv, options: .transposeConvOptions(options), inputs: [outputShape, weights, input, biasTensor],
            output: rank == 1 ? "\(layer.name)/transpose_conv" : output, type: context.graph[x].type, shape: shape,
            origin: layer.name)
        let result = rank == 1 ? context.emitSqueeze(conv, axes: [1], name: output, origin: layer.name) : conv
        return [try context.emitActivation(activation, input: result, layer: layer)]
    }
}

extension LoweringContext {
    /// An int32 shape vector `[batch of x] + rest`: a constant when `x`'s batch is known, otherwise
    /// SHAPE(x) → STRIDED_SLICE (element 0 as a scalar) → PACK with the constant `rest`.
    mutating func emitOutputShape(batchOf x: TensorID, rest: [Int], name: String, origin: String) -> TensorID {
        let batch = graph[x].shape[0]
        if batch > 0 {
            return int32Constant(name: name, shape: [rest.count + 1], values: ([batch] + rest).map { Int32($0) })
        }
        let rank = graph[x].shape.count
        var shapeOptions = ShapeOptions()
        shapeOptions.outType = .int32
        let shape = graph.addOperator(
            .shape, options: .shapeOptions(shapeOptions), inputs: [x], output: "\(name)/shape", type: .int32,
            shape: [rank], origin: origin)
        let begin = int32Constant(name: "\(name)/begin", shape: [1], values: [0])
        let end = int32Constant(name: "\(name)/end", shape: [1], values: [1])
        let strides = int32Constant(name: "\(name)/strides", shape: [1], values: [1])
        var sliceOptions = StridedSliceOptions()
        sliceOptions.shrinkAxisMask = 1
        let batchScalar = graph.addOperator(
            .stridedSlice, options: .stridedSliceOptions(sliceOptions), inputs: [shape, begin, end, strides],
            output: "\(name)/batch", type: .int32, shape: [], origin: origin)
        let parts = [batchScalar] + rest.map { int32Constant(name: "\(name)/dim", shape: [], values: [Int32($0)]) }
        var packOptions = PackOptions()
        packOptions.valuesCount = Int32(parts.count)
        packOptions.axis = 0
        return graph.addOperator(
            .pack, options: .packOptions(packOptions), inputs: parts, output: name, type: .int32, shape: [parts.count],
            origin: origin)
    }
}
