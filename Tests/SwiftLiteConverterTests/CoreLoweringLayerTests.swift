import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

private typealias H = CoreLoweringHarness

@Test func denseTransposesTheKernelAndSplitsTheActivation() throws {
    // kernel [in 2, units 3]: rows are inputs.
    let kernel = KerasArray(shape: [2, 3], values: [1, 2, 3, 4, 5, 6])
    let bias = KerasArray(shape: [3], values: [0.5, -0.5, 1])
    let layer = H.layer("Dense", name: "fc", config: [("units", .int(3)), ("activation", .string("relu"))], weights: [kernel, bias])
    let graph = try H.lower(layer, input: [nil, 2])
    #expect(H.opcodes(graph) == [.fullyConnected, .relu])
    let fc = graph.operators[0]
    #expect(graph[fc.inputs[1]!].shape == [3, 2])
    #expect(graph[fc.inputs[1]!].floatValues == [1, 4, 2, 5, 3, 6])
    #expect(graph[fc.inputs[2]!].floatValues == [0.5, -0.5, 1])
    #expect(graph[fc.outputs[0]].name == "fc/linear")
    #expect(graph[graph.outputs[0].tensor].name == "fc")
    guard case .fullyConnectedOptions(let options)? = fc.options else { Issue.record("options"); return }
    #expect(!options.keepNumDims)
}

@Test func denseOnRank3KeepsDims() throws {
    let layer = H.layer("Dense", config: [("units", .int(4)), ("use_bias", .bool(false))], weights: [H.ramp([5, 4])])
    let graph = try H.lower(layer, input: [nil, 7, 5])
    #expect(H.opcodes(graph) == [.fullyConnected])
    #expect(H.outputShape(graph) == [-1, 7, 4])
    guard case .fullyConnectedOptions(let options)? = graph.operators[0].options else { Issue.record("options"); return }
    #expect(options.keepNumDims)
    #expect(graph[graph.operators[0].inputs[2]!].floatValues == [0, 0, 0, 0])
}

@Test func denseWithWrongKernelShapeIsInvalid() {
    let layer = H.layer("Dense", config: [("units", .int(4))], weights: [H.ramp([3, 4]), H.ramp([4])])
    #expect(throws: ConversionError.self) { try H.lower(layer, input: [nil, 5]) }
}

@Test func conv2DGroupedKeepsOneConvWithOHWIFilter() throws {
    // kernel [kh 1, kw 1, in/g 2, out 4], groups 2 (input channels 4).
    let kernel = H.ramp([1, 1, 2, 4])
    let layer = H.layer(
        "Conv2D", name: "conv",
        config: [("filters", .int(4)), ("kernel_size", .array([.int(1), .int(1)])), ("groups", .int(2)), ("padding", .string("same"))],
        weights: [kernel, H.ramp([4])])
    let graph = try H.lower(layer, input: [nil, 5, 5, 4])
    #expect(H.opcodes(graph) == [.conv2d])
    let filter = graph[graph.operators[0].inputs[1]!]
    #expect(filter.shape == [4, 1, 1, 2])
    // OHWI[o][0][0][i] = kernel[0][0][i][o] = 0.1 + (i * 4 + o) * 0.1
    let expected: [Float] = (0..<4).flatMap { o in (0..<2).map { i in 0.1 + Float(i * 4 + o) * 0.1 } }
    #expect(filter.floatValues == expected)
    #expect(H.outputShape(graph) == [-1, 5, 5, 4])
}

@Test func conv2DStridesAndDilationSetOptionsAndShape() throws {
    let layer = H.layer(
        "Conv2D",
        config: [("filters", .int(3)), ("kernel_size", .array([.int(3), .int(3)])), ("strides", .array([.int(2), .int(1)])),
                 ("dilation_rate", .array([.int(1), .int(2)])), ("padding", .string("valid"))],
        weights: [H.ramp([3, 3, 2, 3]), H.ramp([3])])
    let graph = try H.lower(layer, input: [nil, 9, 9, 2])
    guard case .conv2DOptions(let options)? = graph.operators[0].options else { Issue.record("options"); return }
    #expect(options.strideH == 2 && options.strideW == 1 && options.dilationHFactor == 1 && options.dilationWFactor == 2)
    #expect(options.padding == .valid)
    // H: (9 - 3) / 2 + 1 = 4; W: 9 - (3 - 1) * 2 = 5.
    #expect(H.outputShape(graph) == [-1, 4, 5, 3])
}

@Test func conv1DCausalPadsLeftAndRunsAs2D() throws {
    let layer = H.layer(
        "Conv1D",
        config: [("filters", .int(2)), ("kernel_size", .array([.int(3)])), ("dilation_rate", .array([.int(2)])), ("padding", .string("causal"))],
        weights: [H.ramp([3, 4, 2]), H.ramp([2])])
    let graph = try H.lower(layer, input: [nil, 10, 4])
    #expect(H.opcodes(graph) == [.pad, .expandDims, .conv2d, .squeeze])
    #expect(graph[graph.operators[0].inputs[1]!].int32Values == [0, 0, 4, 0, 0, 0])
    #expect(graph[graph.operators[2].inputs[1]!].shape == [2, 1, 3, 4])
    #expect(H.outputShape(graph) == [-1, 10, 2])
}

@Test func depthwiseFlattensTheMultiplier() throws {
    let kernel = H.ramp([3, 3, 2, 2])
    let layer = H.layer(
        "DepthwiseConv2D", config: [("kernel_size", .array([.int(3), .int(3)])), ("depth_multiplier", .int(2)), ("padding", .string("same"))],
        weights: [kernel, H.ramp([4])])
    let graph = try H.lower(layer, input: [nil, 6, 6, 2])
    #expect(H.opcodes(graph) == [.depthwiseConv2d])
    let filter = graph[graph.operators[0].inputs[1]!]
    #expect(filter.shape == [1, 3, 3, 4])
    #expect(filter.floatValues == kernel.values)
    #expect(H.outputShape(graph) == [-1, 6, 6, 4])
}

@Test func separableIsDepthwiseThenPointwise() throws {
    let layer = H.layer(
        "SeparableConv1D", config: [("filters", .int(5)), ("kernel_size", .array([.int(3)]))],
        weights: [H.ramp([3, 4, 1]), H.ramp([1, 4, 5]), H.ramp([5])])
    let graph = try H.lower(layer, input: [nil, 8, 4])
    #expect(H.opcodes(graph) == [.expandDims, .depthwiseConv2d, .conv2d, .squeeze])
    #expect(graph[graph.operators[2].inputs[1]!].shape == [5, 1, 1, 4])
    #expect(H.outputShape(graph) == [-1, 6, 5])
}

@Test func conv2DTransposeBuildsTheOutputShapeAtRunTime() throws {
    let layer = H.layer(
        "Conv2DTranspose", config: [("filters", .int(3)), ("kernel_size", .array([.int(3), .int(3)])), ("strides", .array([.int(2), .int(2)])), ("padding", .string("same"))],
        weights: [H.ramp([3, 3, 3, 4]), H.ramp([3])])
    let graph = try H.lower(layer, input: [nil, 5, 5, 4])
    #expect(H.opcodes(graph) == [.shape, .stridedSlice, .pack, .transposeConv])
    #expect(H.outputShape(graph) == [-1, 10, 10, 3])
    let fixed = try H.lower(layer, input: [2, 5, 5, 4])
    #expect(H.opcodes(fixed) == [.transposeConv])
    #expect(fixed[fixed.operators[0].inputs[0]!].int32Values == [2, 10, 10, 3])
}

@Test(arguments: [
    ("valid", nil as Int?, 5, 3, 2, 11), ("same", nil, 5, 3, 2, 10), ("valid", 1, 5, 3, 2, 12), ("same", 1, 5, 3, 2, 10),
    ("valid", nil, 4, 1, 3, 12),
])
func transposedOutputLengthFollowsKeras(_ padding: String, _ outputPadding: Int?, _ input: Int, _ kernel: Int, _ stride: Int, _ expected: Int) {
    #expect(TransposedConvolutionLowerings.outputLength(input: input, kernel: kernel, stride: stride, padding: padding, outputPadding: outputPadding) == expected)
}

@Test func poolingShapesAndOptions() throws {
    let avg = try H.lower(H.layer("AveragePooling2D", config: [("pool_size", .array([.int(3), .int(3)])), ("strides", .array([.int(2), .int(2)])), ("padding", .string("same"))]), input: [nil, 7, 7, 4])
    #expect(H.opcodes(avg) == [.averagePool2d])
    #expect(H.outputShape(avg) == [-1, 4, 4, 4])
    let max1 = try H.lower(H.layer("MaxPooling1D", config: [("pool_size", .array([.int(2)])), ("strides", .null)]), input: [nil, 9, 3])
    #expect(H.opcodes(max1) == [.expandDims, .maxPool2d, .squeeze])
    #expect(H.outputShape(max1) == [-1, 4, 3])
    let gap = try H.lower(H.layer("GlobalAveragePooling2D", config: [("keepdims", .bool(true))]), input: [nil, 7, 7, 4])
    #expect(H.opcodes(gap) == [.mean])
    #expect(H.outputShape(gap) == [-1, 1, 1, 4])
    let gmp = try H.lower(H.layer("GlobalMaxPooling1D"), input: [nil, 7, 4])
    #expect(H.opcodes(gmp) == [.reduceMax])
    #expect(H.outputShape(gmp) == [-1, 4])
}

@Test func batchNormalizationFoldsStatisticsIntoScaleAndOffset() throws {
    let gamma = KerasArray(shape: [2], values: [2, 0.5])
    let beta = KerasArray(shape: [2], values: [1, -1])
    let mean = KerasArray(shape: [2], values: [3, -2])
    let variance = KerasArray(shape: [2], values: [3.999, 0.999])
    let layer = H.layer("BatchNormalization", name: "bn", config: [("epsilon", .double(0.001))], weights: [gamma, beta, mean, variance])
    let graph = try H.lower(layer, input: [nil, 4, 2])
    #expect(H.opcodes(graph) == [.mul, .add])
    let scale = graph[graph.operators[0].inputs[1]!].floatValues ?? []
    let offset = graph[graph.operators[1].inputs[1]!].floatValues ?? []
    // scale = gamma / sqrt(var + eps) = [2/2, 0.5/1]; offset = beta - mean * scale = [1 - 3, -1 + 1].
    #expect(scale.count == 2 && abs(scale[0] - 1) < 1e-6 && abs(scale[1] - 0.5) < 1e-6)
    #expect(offset.count == 2 && abs(offset[0] + 2) < 1e-6 && abs(offset[1]) < 1e-6)
    #expect(graph[graph.outputs[0].tensor].name == "bn")
}

@Test func batchNormalizationWithoutScaleShiftsWeightIndices() throws {
    let beta = KerasArray(shape: [1], values: [1])
    let mean = KerasArray(shape: [1], values: [2])
    let variance = KerasArray(shape: [1], values: [0.25])
    let layer = H.layer("BatchNormalization", config: [("scale", .bool(false)), ("epsilon", .double(0))], weights: [beta, mean, variance])
    let graph = try H.lower(layer, input: [nil, 1])
    #expect(graph[graph.operators[0].inputs[1]!].floatValues == [2])
    #expect(graph[graph.operators[1].inputs[1]!].floatValues == [-3])
}

@Test func layerNormalizationOps() throws {
    let layer = H.layer("LayerNormalization", config: [("axis", .array([.int(-1)]))], weights: [H.ramp([4]), H.ramp([4])])
    let graph = try H.lower(layer, input: [nil, 3, 4])
    #expect(H.opcodes(graph) == [.mean, .squaredDifference, .mean, .add, .rsqrt, .sub, .mul, .mul, .add])
    let rms = try H.lower(H.layer("LayerNormalization", config: [("rms_scaling", .bool(true))], weights: [H.ramp([4])]), input: [nil, 3, 4])
    #expect(H.opcodes(rms) == [.mean, .squaredDifference, .mean, .add, .rsqrt, .mul, .mul])
    let multi = try H.lower(H.layer("LayerNormalization", config: [("axis", .array([.int(1), .int(3)]))], weights: [H.ramp([2, 4]), H.ramp([2, 4])]), input: [nil, 2, 3, 4])
    #expect(multi[multi.operators[7].inputs[1]!].shape == [2, 1, 4])
}

@Test func rescalingAndNormalization() throws {
    let rescale = try H.lower(H.layer("Rescaling", config: [("scale", .double(0.5)), ("offset", .double(0))]), input: [nil, 3])
    #expect(H.opcodes(rescale) == [.mul])
    let numpyScale: JSONValue = .object([("class_name", .string("__numpy__")), ("config", .object([("value", .array([.double(1), .double(2), .double(3)]))]))])
    let perChannel = try H.lower(H.layer("Rescaling", config: [("scale", numpyScale), ("offset", .double(1))]), input: [nil, 2, 3])
    #expect(H.opcodes(perChannel) == [.mul, .add])
    #expect(perChannel[perChannel.operators[0].inputs[1]!].shape == [3])
    let norm = try H.lower(
        H.layer("Normalization", config: [("axis", .array([.int(-1)])), ("mean", .array([.double(1), .double(2)])), ("variance", .array([.double(4), .double(16)]))]),
        input: [nil, 2])
    #expect(H.opcodes(norm) == [.sub, .mul])
    #expect(norm[norm.operators[1].inputs[1]!].floatValues == [0.5, 0.25])  // 1 / sqrt([4, 16])
    let adapted = try H.lower(
        H.layer("Normalization", config: [("axis", .array([.int(1), .int(3)]))], weights: [H.ramp([4, 3]), H.ramp([4, 3]), KerasArray(shape: [], values: [10])]),
        input: [nil, 4, 5, 3])
    #expect(adapted[adapted.operators[0].inputs[1]!].shape == [4, 1, 3])
}

@Test func resizingUsesHalfPixelCentres() throws {
    let graph = try H.lower(H.layer("Resizing", config: [("height", .int(5)), ("width", .int(9))]), input: [nil, 7, 7, 3])
    #expect(H.opcodes(graph) == [.resizeBilinear])
    guard case .resizeBilinearOptions(let options)? = graph.operators[0].options else { Issue.record("options"); return }
    #expect(options.halfPixelCenters && !options.alignCorners)
    #expect(H.outputShape(graph) == [-1, 5, 9, 3])
    let cropped = try H.lower(H.layer("Resizing", config: [("height", .int(4)), ("width", .int(8)), ("crop_to_aspect_ratio", .bool(true))]), input: [nil, 8, 8, 3])
    #expect(H.opcodes(cropped) == [.slice, .resizeBilinear])
    #expect(cropped[cropped.operators[0].inputs[1]!].int32Values == [0, 2, 0, 0])
    #expect(throws: ConversionError.self) {
        try H.lower(H.layer("Resizing", config: [("height", .int(4)), ("width", .int(4)), ("interpolation", .string("bicubic"))]), input: [nil, 8, 8, 3])
    }
}

@Test func channelsFirstLayersRunChannelsLastBetweenTransposes() throws {
    let layer = H.layer(
        "MaxPooling2D", name: "pool",
        config: [("pool_size", .array([.int(2), .int(2)])), ("data_format", .string("channels_first"))])
    let graph = try H.lower(layer, input: [nil, 3, 8, 6])
    #expect(H.opcodes(graph) == [.transpose, .maxPool2d, .transpose])
    #expect(graph[graph.operators[0].inputs[1]!].int32Values == [0, 2, 3, 1])
    #expect(graph[graph.operators[1].outputs[0]].shape == [-1, 4, 3, 3])
    #expect(graph[graph.operators[2].inputs[1]!].int32Values == [0, 3, 1, 2])
    #expect(H.outputShape(graph) == [-1, 3, 4, 3])
    #expect(graph[graph.outputs[0].tensor].name == "pool")
}
