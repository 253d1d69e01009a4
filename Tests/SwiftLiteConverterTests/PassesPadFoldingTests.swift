import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// Builders for explicit padding followed by VALID convolutions (random weights, seeded).
extension Graph {
    /// PAD of height and width by (before, after) pairs; PADV2 with `value` when given.
    mutating func spatialPad(_ x: TensorID, height: (Int32, Int32), width: (Int32, Int32), channels: (Int32, Int32) = (0, 0), value: Float? = nil, name: String) -> TensorID {
        let table = addConstant(name: "\(name)/paddings", shape: [4, 2], int32s: [0, 0, height.0, height.1, width.0, width.1, channels.0, channels.1])
        let s = self[x].shape
        let shape = [s[0], s[1] < 0 ? -1 : s[1] + Int(height.0 + height.1), s[2] < 0 ? -1 : s[2] + Int(width.0 + width.1), s[3] + Int(channels.0 + channels.1)]
        if let value {
            let constant = addConstant(name: "\(name)/value", shape: [], floats: [value])
            return addOperator(.padv2, options: .padV2Options(PadV2Options()), inputs: [x, table, constant], output: name, shape: shape, origin: name)
        }
        return addOperator(.pad, options: .padOptions(PadOptions()), inputs: [x, table], output: name, shape: shape, origin: name)
    }

    /// A CONV_2D (or DEPTHWISE_CONV_2D with multiplier 2) with the given geometry; its output
    /// shape follows TFLite's size rule for `padding`.
    mutating func convLayer(
        _ x: TensorID, depthwise: Bool = false, out: Int = 4, kernel: Int, stride: Int = 1, dilation: Int = 1,
        padding: Padding = .valid, name: String, random: inout SeededRandom
    ) -> TensorID {
        let s = self[x].shape
        let effective = (kernel - 1) * dilation + 1
        func size(_ n: Int) -> Int { padding == .same ? (n + stride - 1) / stride : (n - effective) / stride + 1 }
        let channels = depthwise ? s[3] * 2 : out
        let bias = addConstant(name: "\(name)/bias", shape: [channels], floats: random.floats(channels))
        let shape = [s[0], size(s[1]), size(s[2]), channels]
        if depthwise {
            var o = DepthwiseConv2DOptions()
            (o.padding, o.strideH, o.strideW, o.depthMultiplier) = (padding, Int32(stride), Int32(stride), 2)
            (o.dilationHFactor, o.dilationWFactor) = (Int32(dilation), Int32(dilation))
            let w = addConstant(name: "\(name)/kernel", shape: [1, kernel, kernel, channels], floats: random.floats(kernel * kernel * channels))
            return addOperator(.depthwiseConv2d, options: .depthwiseConv2DOptions(o), inputs: [x, w, bias], output: name, shape: shape, origin: name)
        }
        var o = Conv2DOptions()
        (o.padding, o.strideH, o.strideW) = (padding, Int32(stride), Int32(stride))
        (o.dilationHFactor, o.dilationWFactor) = (Int32(dilation), Int32(dilation))
        let w = addConstant(name: "\(name)/kernel", shape: [out, kernel, kernel, s[3]], floats: random.floats(out * kernel * kernel * s[3]))
        return addOperator(.conv2d, options: .conv2DOptions(o), inputs: [x, w, bias], output: name, shape: shape, origin: name)
    }
}

@Test func padFoldingTurnsMatchingExplicitPaddingIntoSame() throws {
    var random = SeededRandom(seed: 11)
    var graph = Graph()
    let x = graph.addTensor(name: "image", shape: [-1, 8, 8, 3])
    // MobileNet's stride-2 block: ZeroPadding2D(((0, 1), (0, 1))) then a 3×3 depthwise, stride 2.
    var t = graph.spatialPad(x, height: (0, 1), width: (0, 1), name: "pad1")
    t = graph.convLayer(t, depthwise: true, kernel: 3, stride: 2, name: "dw", random: &random)  // 4×4×6
    // ResNetV2's ZeroPadding2D(1) then a 3×3 convolution, stride 1.
    t = graph.spatialPad(t, height: (1, 1), width: (1, 1), name: "pad2")
    t = graph.convLayer(t, out: 5, kernel: 3, name: "conv", random: &random)  // 4×4×5
    // EfficientNet's 5×5 stride-2 block (SAME adds 1 before, 2 after), as PADV2 with a zero.
    let wide = graph.spatialPad(t, height: (1, 2), width: (1, 2), value: 0, name: "pad3")
    let a = graph.convLayer(wide, out: 3, kernel: 5, stride: 2, name: "conv5", random: &random)  // 2×2×3
    // A dilated convolution (effective size 5) and a second reader of the same padding.
    let dilatedPad = graph.spatialPad(t, height: (2, 2), width: (2, 2), name: "pad4")
    let b = graph.convLayer(dilatedPad, out: 3, kernel: 3, dilation: 2, name: "dilated", random: &random)  // 4×4×3
    let c = graph.convLayer(dilatedPad, out: 2, kernel: 5, name: "plain5", random: &random)  // 4×4×2
    graph.inputs = [GraphEndpoint(name: "image", tensor: x)]
    graph.outputs = [a, b, c].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }

    var optimized = graph
    #expect(PadFolding.run(&optimized))
    DeadCodeElimination.run(&optimized)
    let histogram = PassHarness.histogram(optimized)
    #expect(histogram["PAD"] == nil && histogram["PADV2"] == nil)
    #expect(optimized.operators.count == 5)
    for op in optimized.operators {
        switch op.options {
        case .conv2DOptions(let o)?: #expect(o.padding == .same)
        case .depthwiseConv2DOptions(let o)?: #expect(o.padding == .same)
        default: Issue.record("unexpected operator \(op.opcode)")
        }
    }
    #expect(optimized.outputs.map { optimized[$0.tensor].name } == ["conv5", "dilated", "plain5"])
    #expect(!PadFolding.run(&optimized))
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func padFoldingHandlesOddSizesAndKeepsOutputSizes() throws {
    // 7 wide, 3×3 stride 2: SAME gives 4 outputs and pads one pixel on each side.
    var random = SeededRandom(seed: 12)
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 7, 7, 2])
    let p = graph.spatialPad(x, height: (1, 1), width: (1, 1), name: "pad")
    let y = graph.convLayer(p, out: 3, kernel: 3, stride: 2, name: "conv", random: &random)
    #expect(graph[y].shape == [-1, 4, 4, 3])
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "conv", tensor: y)]
    var optimized = graph
    #expect(PadFolding.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.conv2d])
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func padFoldingLeavesPaddingThatSameWouldNotAdd() throws {
    var random = SeededRandom(seed: 13)
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 8, 8, 3])
    var outputs: [TensorID] = []
    // Symmetric padding before a stride-2 convolution on an even size (SAME: 0 before, 1 after).
    outputs.append(graph.convLayer(graph.spatialPad(x, height: (1, 1), width: (1, 1), name: "sym"), kernel: 3, stride: 2, name: "c1", random: &random))
    // Before a pool: MAX_POOL would pad with -inf, not zeros.
    var pool = Pool2DOptions()
    (pool.padding, pool.strideH, pool.strideW, pool.filterHeight, pool.filterWidth) = (.valid, 2, 2, 3, 3)
    let padded = graph.spatialPad(x, height: (0, 1), width: (0, 1), name: "poolpad")
    outputs.append(graph.addOperator(.maxPool2d, options: .pool2DOptions(pool), inputs: [padded], output: "max", shape: [-1, 4, 4, 3], origin: "max"))
    // Read by a convolution and by something else.
    let shared = graph.spatialPad(x, height: (1, 1), width: (1, 1), name: "shared")
    outputs.append(graph.convLayer(shared, kernel: 3, name: "c2", random: &random))
    outputs.append(graph.addOperator(.neg, inputs: [shared], output: "neg", shape: graph[shared].shape, origin: "neg"))
    // Channel padding, a non-zero PADV2 value, an already-SAME convolution.
    outputs.append(graph.convLayer(graph.spatialPad(x, height: (1, 1), width: (1, 1), channels: (0, 1), name: "chan"), kernel: 3, name: "c3", random: &random))
    outputs.append(graph.convLayer(graph.spatialPad(x, height: (1, 1), width: (1, 1), value: 0.5, name: "half"), kernel: 3, name: "c4", random: &random))
    outputs.append(graph.convLayer(graph.spatialPad(x, height: (1, 1), width: (1, 1), name: "twice"), kernel: 3, padding: .same, name: "c5", random: &random))
    // The padded tensor is itself a model output.
    let visible = graph.spatialPad(x, height: (1, 1), width: (1, 1), name: "visible")
    outputs.append(visible)
    outputs.append(graph.convLayer(visible, kernel: 3, name: "c6", random: &random))
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = outputs.map { GraphEndpoint(name: graph[$0].name, tensor: $0) }
    var optimized = graph
    #expect(!PadFolding.run(&optimized))
    #expect(optimized == graph)
    // Unknown spatial sizes: SAME's padding is not known in advance.
    var dynamic = Graph()
    let d = dynamic.addTensor(name: "d", shape: [-1, -1, -1, 3])
    let dp = dynamic.spatialPad(d, height: (1, 1), width: (1, 1), name: "pad")
    let weights = dynamic.addConstant(name: "w", shape: [2, 3, 3, 3], floats: random.floats(54))
    var o = Conv2DOptions()
    (o.padding, o.strideH, o.strideW) = (.valid, 1, 1)
    let dy = dynamic.addOperator(.conv2d, options: .conv2DOptions(o), inputs: [dp, weights, nil], output: "conv", shape: [-1, -1, -1, 2], origin: "conv")
    dynamic.inputs = [GraphEndpoint(name: "d", tensor: d)]
    dynamic.outputs = [GraphEndpoint(name: "conv", tensor: dy)]
    var unchanged = dynamic
    #expect(!PadFolding.run(&unchanged))
}

@Test func samePaddingMatchesTFLiteRule() {
    // Hand-computed: n = 224, k = 3, s = 2 → 112 outputs, (111 * 2 + 3) - 224 = 1 pixel, after.
    #expect(PadFolding.samePadding(size: 224, kernel: 3, stride: 2, dilation: 1).map { [$0.before, $0.after, $0.outputSize] } == [0, 1, 112])
    // n = 56, k = 5, s = 2 → 28 outputs, 27 * 2 + 5 - 56 = 3: one before, two after.
    #expect(PadFolding.samePadding(size: 56, kernel: 5, stride: 2, dilation: 1).map { [$0.before, $0.after, $0.outputSize] } == [1, 2, 28])
    // n = 10, k = 3, d = 3 (effective 7), s = 1 → 6 before+after: three each.
    #expect(PadFolding.samePadding(size: 10, kernel: 3, stride: 1, dilation: 3).map { [$0.before, $0.after, $0.outputSize] } == [3, 3, 10])
    // A 1×1 kernel with stride 2 never pads.
    #expect(PadFolding.samePadding(size: 9, kernel: 1, stride: 2, dilation: 1).map { [$0.before, $0.after, $0.outputSize] } == [0, 0, 5])
    #expect(PadFolding.samePadding(size: 4, kernel: 0, stride: 1, dilation: 1) == nil)
}
