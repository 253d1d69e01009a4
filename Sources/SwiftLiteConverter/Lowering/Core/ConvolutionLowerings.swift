import KerasModel
import SwiftLiteSchema

/// Lowerings of the convolution layers: Conv1D/2D (groups, dilation, causal padding),
/// DepthwiseConv1D/2D, SeparableConv1D/2D. One-dimensional layers run as their 2-D op on an
/// `[N, 1, W, C]` view (EXPAND_DIMS, op, SQUEEZE). Transposed convolutions live in
/// ``TransposedConvolutionLowerings``.
enum ConvolutionLowerings {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "Conv1D": ChannelsFirst.adapting(conv1D),
        "Conv2D": ChannelsFirst.adapting(conv2D),
        "DepthwiseConv1D": ChannelsFirst.adapting(depthwiseConv1D),
        "DepthwiseConv2D": ChannelsFirst.adapting(depthwiseConv2D),
        "SeparableConv1D": ChannelsFirst.adapting(separableConv1D),
        "SeparableConv2D": ChannelsFirst.adapting(separableConv2D),
        // Keras 2 aliases found in legacy files.
        "Convolution1D": ChannelsFirst.adapting(conv1D),
        "Convolution2D": ChannelsFirst.adapting(conv2D),
        "SeparableConvolution1D": ChannelsFirst.adapting(separableConv1D),
        "SeparableConvolution2D": ChannelsFirst.adapting(separableConv2D),
    ]

    /// The geometry options shared by the convolution layers, read from a config.
    struct Geometry {
        var kernel: [Int]
        var strides: [Int]
        var dilation: [Int]
        var padding: String

        init(_ layer: KerasLayer, rank: Int, kernelKey: String = "kernel_size") throws(ConversionError) {
            kernel = try layer.ints(kernelKey, count: rank)
            strides = try layer.ints("strides", count: rank, default: Array(repeating: 1, count: rank))
            dilation = try layer.ints("dilation_rate", count: rank, default: Array(repeating: 1, count: rank))
            padding = try layer.string("padding", default: "valid").lowercased()
            guard kernel.allSatisfy({ $0 > 0 }), strides.allSatisfy({ $0 > 0 }), dilation.allSatisfy({ $0 > 0 }) else {
                throw ConversionError(.invalidModel, "kernel size, strides and dilation must be positive", layer: layer)
            }
        }

        /// The view of a 1-D geometry as 2-D (height 1).
        var as2D: Geometry {
            var copy = self
            copy.kernel = [1] + kernel
            copy.strides = [1] + strides
            copy.dilation = [1] + dilation
            return copy
        }
    }

    // MARK: Conv

    static func conv2D(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try convolution(node, &context, rank: 2)
    }

    static func conv1D(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try convolution(node, &context, rank: 1)
    }

    /// Conv1D / Conv2D: CONV_2D with the kernel as OHWI `[out, kh, kw, in / groups]` (both runtimes
    /// run grouped filters), bias always present, then the activation.
    static func convolution(_ node: KerasNode, _ context: inout LoweringContext, rank: Int) throws(ConversionError) -> [TensorID] {
        var call = try Call(node, &context, rank: rank, allowsCausal: true)
        let layer = call.layer, inChannels = call.inChannels
        let filters = try layer.int("filters", default: -1)
        let groups = try layer.int("groups", default: 1)
        guard groups >= 1, inChannels % groups == 0, filters % groups == 0 else {
            throw ConversionError(.invalidModel, "groups \(groups) does not divide \(inChannels) input and \(filters) output channels", layer: layer)
        }
        let kernel = try layer.weight("vars/0", 0, shape: call.geometry.kernel + [inChannels / groups, filters])
        let bias = try layer.bias("vars/1", 1, shape: [filters])

        // One group per input channel (ConvNeXt's 7×7 blocks) is a depthwise convolution, and the
        // grouped kernel [kh, kw, 1, filters] is already in depthwise order [kh, kw, in, filters / in].
        if rank == 2, groups > 1, groups == inChannels {
            let depthKernel = KerasArray(shape: call.geometry.kernel + [inChannels, filters / groups], values: kernel.values)
            let result = try context.emitDepthwise(
                call.x, kernel: depthKernel, bias: bias, multiplier: filters / groups, geometry: call.geometry, layer: layer,
                output: call.output)
            return [try context.emitActivation(call.activation, input: result, layer: layer)]
        }
        if call.geometry.padding == "causal" {
            guard rank == 1 else { throw ConversionError(.unsupported, "causal padding needs a 1-D convolution", layer: layer) }
            let left = (call.geometry.kernel[0] - 1) * call.geometry.dilation[0]
            call.x = context.emitPad(call.x, paddings: [(0, 0), (left, 0), (0, 0)], name: "\(layer.name)/causal_pad", origin: layer.name)
            call.geometry.padding = "valid"
        }
        // Keras kernel [k..., in/g, out] → OHWI [out, kh, kw, in/g].
        let filterShape = (rank == 1 ? [1] : []) + kernel.shape
        let ohwi = WeightLayout.transpose(kernel.values, shape: filterShape, permutation: [3, 0, 1, 2])
        let weights = context.constant(
            key: "\(layer.id)/kernel:ohwi", name: "\(layer.name)/kernel",
            shape: [filters] + Array(filterShape[0..<3]), floats: ohwi)
        let biasTensor = context.constant(
            key: "\(layer.id)/bias", name: "\(layer.name)/bias", shape: [filters],
            floats: bias?.values ?? [Float](repeating: 0, count: filters))
        return try call.finish(&context, viewOutput: "\(layer.name)/conv2d") { context, x, geometry, output throws(ConversionError) in
            try context.emitConv2D(x, weights: weights, bias: biasTensor, geometry: geometry, layer: layer, output: output)
        }
    }

    // MARK: Depthwise

    static func depthwiseConv2D(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try depthwise(node, &context, rank: 2)
    }

    static func depthwiseConv1D(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try depthwise(node, &context, rank: 1)
    }

    /// DepthwiseConv1D / DepthwiseConv2D: DEPTHWISE_CONV_2D with the kernel `[k..., in, mult]` as
    /// `[1, kh, kw, in * mult]`.
    static func depthwise(_ node: KerasNode, _ context: inout LoweringContext, rank: Int) throws(ConversionError) -> [TensorID] {
        let call = try Call(node, &context, rank: rank, allowsCausal: false)
        let layer = call.layer, inChannels = call.inChannels
        let multiplier = try layer.int("depth_multiplier", default: 1)
        let kernel = try layer.weight("vars/0", 0, shape: call.geometry.kernel + [inChannels, multiplier])
        let bias = try layer.bias("vars/1", 1, shape: [inChannels * multiplier])
        return try call.finish(&context, viewOutput: "\(layer.name)/depthwise") { context, x, geometry, output throws(ConversionError) in
            try context.emitDepthwise(x, kernel: kernel, bias: bias, multiplier: multiplier, geometry: geometry, layer: layer, output: output)
        }
    }

    // MARK: Separable

    static func separableConv2D(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try separable(node, &context, rank: 2)
    }

    static func separableConv1D(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try separable(node, &context, rank: 1)
    }

    /// SeparableConv1D / SeparableConv2D: DEPTHWISE_CONV_2D (no bias) then a 1×1 CONV_2D with the
    /// layer's bias.
    static func separable(_ node: KerasNode, _ context: inout LoweringContext, rank: Int) throws(ConversionError) -> [TensorID] {
        let call = try Call(node, &context, rank: rank, allowsCausal: false)
        let layer = call.layer, inChannels = call.inChannels
        let multiplier = try layer.int("depth_multiplier", default: 1)
        let filters = try layer.int("filters", default: -1)
        let depthKernel = try layer.weight("vars/0", 0, shape: call.geometry.kernel + [inChannels, multiplier])
        let pointKernel = try layer.weight("vars/1", 1, shape: Array(repeating: 1, count: rank) + [inChannels * multiplier, filters])
        let bias = try layer.bias("vars/2", 2, shape: [filters])

        return try call.finish(&context, viewOutput: "\(layer.name)/pointwise") { context, x, geometry, output throws(ConversionError) in
            let depth = try context.emitDepthwise(
                x, kernel: depthKernel, bias: nil, multiplier: multiplier, geometry: geometry, layer: layer,
                output: "\(layer.name)/depthwise")
            let mid = inChannels * multiplier
            // Pointwise kernel [1..., mid, filters] → OHWI [filters, 1, 1, mid].
            let weights = context.constant(
                key: "\(layer.id)/pointwise:ohwi", name: "\(layer.name)/pointwise_kernel", shape: [filters, 1, 1, mid],
                floats: WeightLayout.transpose(pointKernel.values, shape: [mid, filters], permutation: [1, 0]))
            let biasTensor = context.constant(
                key: "\(layer.id)/bias", name: "\(layer.name)/bias", shape: [filters],
                floats: bias?.values ?? [Float](repeating: 0, count: filters))
            return try context.emitConv2D(depth, weights: weights, bias: biasTensor, geometry: .pointwise, layer: layer, output: output)
        }
    }

    // MARK: Shared

    /// What every convolution lowering reads first: the checked input and geometry, the input
    /// channels, the activation and the name of the pre-activation result.
    struct Call {
        let layer: KerasLayer
        let rank: Int
        var x: TensorID
        var geometry: Geometry
        let inChannels: Int
        let activation: KerasActivation
        let output: String

        /// Reads the call; `allowsCausal` is false for the layers that refuse causal padding.
        init(_ node: KerasNode, _ context: inout LoweringContext, rank: Int, allowsCausal: Bool) throws(ConversionError) {
            layer = node.layer
            self.rank = rank
            try layer.requireFloat32()
            try layer.requireChannelsLast()
            x = try context.singleInput(of: node)
            try expectRank(context.graph[x].shape, rank + 2, layer: layer)
            geometry = try Geometry(layer, rank: rank)
            if !allowsCausal { try requireNoCausal(geometry, layer: layer) }
            inChannels = try knownChannels(context.graph[x].shape, layer: layer)
            activation = try LoweringContext.activation(layer.config["activation"], layer: layer)
            output = CoreNaming.linearOutput(layer, activation: activation)
        }

        /// Emits `body(context, input, 2-D geometry, name)` on the 2-D view of the input, then the
        /// activation. A 1-D call runs on `[N, 1, W, C]` (EXPAND_DIMS; body's result named
        /// `viewOutput`, then SQUEEZE to the pre-activation name); a 2-D call on the input itself.
        func finish(
            _ context: inout LoweringContext, viewOutput: String,
            _ body: (inout LoweringContext, TensorID, Geometry, String) throws(ConversionError) -> TensorID
        ) throws(ConversionError) -> [TensorID] {
            let result: TensorID
            if rank == 1 {
                let expanded = context.emitExpandDims(x, axis: 1, name: "\(layer.name)/expand", origin: layer.name)
                let view = try body(&context, expanded, geometry.as2D, viewOutput)
                result = context.emitSqueeze(view, axes: [1], name: output, origin: layer.name)
            } else {
                result = try body(&context, x, geometry, output)
            }
            return [try context.emitActivation(activation, input: result, layer: layer)]
        }
    }

    // MARK: Checks

    static func expectRank(_ shape: [Int], _ rank: Int, layer: KerasLayer) throws(ConversionError) {
        guard shape.count == rank else {
            throw ConversionError(.invalidModel, "expected an input of rank \(rank), got shape \(shape)", layer: layer)
        }
    }

    static func knownChannels(_ shape: [Int], layer: KerasLayer) throws(ConversionError) -> Int {
        guard let channels = shape.last, channels > 0 else {
            throw ConversionError(.unsupported, "the channel dimension must be known, got shape \(shape)", layer: layer)
        }
        return channels
    }

    static func requireNoCausal(_ geometry: Geometry, layer: KerasLayer) throws(ConversionError) {
        if geometry.padding == "causal" {
            throw ConversionError(.unsupported, "causal padding is only supported by Conv1D", layer: layer)
        }
    }
}

extension ConvolutionLowerings.Geometry {
    /// A 1×1, stride 1 geometry (the pointwise half of a separable convolution).
    static var pointwise: Self {
        Self(kernel: [1, 1], strides: [1, 1], dilation: [1, 1], padding: "valid")
    }

    init(kernel: [Int], strides: [Int], dilation: [Int], padding: String) {
        self.kernel = kernel
        self.strides = strides
        self.dilation = dilation
        self.padding = padding
    }
}

extension LoweringContext {
    /// CONV_2D of an NHWC tensor with OHWI `weights` and `bias`.
    mutating func emitConv2D(
        _ x: TensorID, weights: TensorID, bias: TensorID, geometry g: ConvolutionLowerings.Geometry, layer: KerasLayer, output: String
    ) throws(ConversionError) -> TensorID {
        var options = Conv2DOptions()
        options.padding = try SpatialMath.padding(g.padding, layer: layer)
        options.strideH = Int32(g.strides[0])
        options.strideW = Int32(g.strides[1])
        options.dilationHFactor = Int32(g.dilation[0])
        options.dilationWFactor = Int32(g.dilation[1])
        let shape = convOutputShape(graph[x].shape, geometry: g, channels: graph[weights].shape[0])
        return graph.addOperator(
            .conv2d, options: .conv2DOptions(options), inputs: [x, weights, bias], output: output, type: graph[x].type,
            shape: shape, origin: layer.name)
    }

    /// DEPTHWISE_CONV_2D of an NHWC tensor with a Keras depthwise kernel `[k..., in, mult]` (used
    /// as `[1, kh, kw, in * mult]`: channel `c * mult + m`, the order TFLite expects) and `bias` or
    /// zeros. `geometry` is 2-D.
    mutating func emitDepthwise(
        _ x: TensorID, kernel: KerasArray, bias: KerasArray?, multiplier: Int, geometry g: ConvolutionLowerings.Geometry,
        layer: KerasLayer, output: String
    ) throws(ConversionError) -> TensorID {
        let channels = kernel.shape[kernel.shape.count - 2] * multiplier
        let weights = constant(
            key: "\(layer.id)/depthwise:1hwc", name: "\(layer.name)/depthwise_kernel", shape: [1, g.kernel[0], g.kernel[1], channels],
            floats: kernel.values)
        let biasTensor = constant(
            key: "\(layer.id)/depthwise:bias", name: "\(layer.name)/depthwise_bias", shape: [channels],
            floats: bias?.values ?? [Float](repeating: 0, count: channels))
        var options = DepthwiseConv2DOptions()
        options.padding = try SpatialMath.padding(g.padding, layer: layer)
        options.strideH = Int32(g.strides[0])
        options.strideW = Int32(g.strides[1])
        options.dilationHFactor = Int32(g.dilation[0])
        options.dilationWFactor = Int32(g.dilation[1])
        options.depthMultiplier = Int32(multiplier)
        let shape = convOutputShape(graph[x].shape, geometry: g, channels: channels)
        return graph.addOperator(
            .depthwiseConv2d, options: .depthwiseConv2DOptions(options), inputs: [x, weights, biasTensor],
            output: output, type: graph[x].type, shape: shape, origin: layer.name)
    }

    /// The NHWC output shape of a 2-D window op.
    func convOutputShape(_ input: [Int], geometry g: ConvolutionLowerings.Geometry, channels: Int) -> [Int] {
        let same = g.padding == "same"
        let h = SpatialMath.outputLength(input[1], window: g.kernel[0], stride: g.strides[0], dilation: g.dilation[0], same: same)
        let w = SpatialMath.outputLength(input[2], window: g.kernel[1], stride: g.strides[1], dilation: g.dilation[1], same: same)
        return [input[0], h, w, channels]
    }
}
