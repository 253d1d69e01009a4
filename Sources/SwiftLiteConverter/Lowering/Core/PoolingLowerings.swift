import KerasModel
import SwiftLiteSchema

/// Lowerings of the pooling layers: Max/AveragePooling1D/2D (MAX_POOL_2D / AVERAGE_POOL_2D; TFLite's
/// SAME average excludes the padding from the count, as Keras/TF do) and the global poolings (MEAN /
/// REDUCE_MAX over the spatial axes, `keepdims` honoured).
enum PoolingLowerings {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "MaxPooling1D": ChannelsFirst.adapting({ node, context throws(ConversionError) in try pool(node, &context, rank: 1, opcode: .maxPool2d) }),
        "MaxPooling2D": ChannelsFirst.adapting({ node, context throws(ConversionError) in try pool(node, &context, rank: 2, opcode: .maxPool2d) }),
        "AveragePooling1D": ChannelsFirst.adapting({ node, context throws(ConversionError) in try pool(node, &context, rank: 1, opcode: .averagePool2d) }),
        "AveragePooling2D": ChannelsFirst.adapting({ node, context throws(ConversionError) in try pool(node, &context, rank: 2, opcode: .averagePool2d) }),
        "MaxPool1D": ChannelsFirst.adapting({ node, context throws(ConversionError) in try pool(node, &context, rank: 1, opcode: .maxPool2d) }),
        "MaxPool2D": ChannelsFirst.adapting({ node, context throws(ConversionError) in try pool(node, &context, rank: 2, opcode: .maxPool2d) }),
        "AvgPool1D": ChannelsFirst.adapting({ node, context throws(ConversionError) in try pool(node, &context, rank: 1, opcode: .averagePool2d) }),
        "AvgPool2D": ChannelsFirst.adapting({ node, context throws(ConversionError) in try pool(node, &context, rank: 2, opcode: .averagePool2d) }),
        "GlobalAveragePooling1D": { node, context throws(ConversionError) in try global(node, &context, rank: 1, opcode: .mean) },
        "GlobalAveragePooling2D": { node, context throws(ConversionError) in try global(node, &context, rank: 2, opcode: .mean) },
        "GlobalAveragePooling3D": { node, context throws(ConversionError) in try global(node, &context, rank: 3, opcode: .mean) },
        "GlobalMaxPooling1D": { node, context throws(ConversionError) in try global(node, &context, rank: 1, opcode: .reduceMax) },
        "GlobalMaxPooling2D": { node, context throws(ConversionError) in try global(node, &context, rank: 2, opcode: .reduceMax) },
        "GlobalMaxPooling3D": { node, context throws(ConversionError) in try global(node, &context, rank: 3, opcode: .reduceMax) },
        "GlobalAvgPool1D": { node, context throws(ConversionError) in try global(node, &context, rank: 1, opcode: .mean) },
        "GlobalAvgPool2D": { node, context throws(ConversionError) in try global(node, &context, rank: 2, opcode: .mean) },
        "GlobalMaxPool1D": { node, context throws(ConversionError) in try global(node, &context, rank: 1, opcode: .reduceMax) },
        "GlobalMaxPool2D": { node, context throws(ConversionError) in try global(node, &context, rank: 2, opcode: .reduceMax) },
    ]

    /// A 1-D or 2-D window pooling; 1-D runs on an `[N, 1, W, C]` view.
    static func pool(_ node: KerasNode, _ context: inout LoweringContext, rank: Int, opcode: BuiltinOperator) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireChannelsLast()
        let x = try context.singleInput(of: node)
        try ConvolutionLowerings.expectRank(context.graph[x].shape, rank + 2, layer: layer)
        let size = try layer.ints("pool_size", count: rank, default: Array(repeating: 2, count: rank))
        let strides = try layer.ints("strides", count: rank, default: size)
        let paddingText = try layer.string("padding", default: "valid")
        let padding = try SpatialMath.padding(paddingText, layer: layer)
        guard size.allSatisfy({ $0 > 0 }), strides.allSatisfy({ $0 > 0 }) else {
            throw ConversionError(.invalidModel, "pool size and strides must be positive", layer: layer)
        }
        let size2 = rank == 1 ? [1] + size : size
        let strides2 = rank == 1 ? [1] + strides : strides
        var options = Pool2DOptions()
        options.padding = padding
        options.filterHeight = Int32(size2[0])
        options.filterWidth = Int32(size2[1])
        options.strideH = Int32(strides2[0])
        options.strideW = Int32(strides2[1])
        let input = rank == 1 ? context.emitExpandDims(x, axis: 1, name: "\(layer.name)/expand", origin: layer.name) : x
        let inShape = context.graph[input].shape
        let same = padding == .same
        let shape = [
            inShape[0],
            SpatialMath.outputLength(inShape[1], window: size2[0], stride: strides2[0], same: same),
            SpatialMath.outputLength(inShape[2], window: size2[1], stride: strides2[1], same: same),
            inShape[3],
        ]
        let pooled = context.graph.addOperator(
            opcode, options: .pool2DOptions(options), inputs: [input], output: rank == 1 ? "\(layer.name)/pool" : layer.name,
            type: context.graph[x].type, shape: shape, origin: layer.name)
        return [rank == 1 ? context.emitSqueeze(pooled, axes: [1], name: layer.name, origin: layer.name) : pooled]
    }

    /// A global pooling over the spatial axes (either data format); a mask input is not supported.
    static func global(_ node: KerasNode, _ context: inout LoweringContext, rank: Int, opcode: BuiltinOperator) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let inputs = try context.inputTensors(of: node)
        guard inputs.count == 1 else {
            throw ConversionError(.unsupported, "global pooling with a mask is not supported", layer: layer)
        }
        let x = inputs[0]
        let inShape = context.graph[x].shape
        try ConvolutionLowerings.expectRank(inShape, rank + 2, layer: layer)
        let channelsFirst = try layer.string("data_format", default: "channels_last") == "channels_first"
        let keepDims = try layer.bool("keepdims", default: false)
        let axes = channelsFirst ? Array(2..<(rank + 2)) : Array(1...rank)
        let axesTensor = context.int32Constant(name: "\(layer.name)/axes", shape: [rank], values: axes.map { Int32($0) })
        var options = ReducerOptions()
        options.keepDims = keepDims
        let shape = inShape.enumerated().compactMap { axes.contains($0.offset) ? (keepDims ? 1 : nil) : $0.element }
        return [context.graph.addOperator(
            opcode, options: .reducerOptions(options), inputs: [x, axesTensor], output: layer.name,
            type: context.graph[x].type, shape: shape, origin: layer.name)]
    }
}
