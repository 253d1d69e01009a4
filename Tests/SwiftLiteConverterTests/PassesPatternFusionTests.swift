import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

extension Graph {
    /// A binary operator with a single-value float constant operand (first when `constantFirst`).
    mutating func withScalar(_ opcode: BuiltinOperator, _ x: TensorID, _ value: Float, constantFirst: Bool = false, activation: ActivationFunctionType = .none, name: String) -> TensorID {
        let c = addConstant(name: "\(name)/c", shape: [], floats: [value])
        let options: BuiltinOptions? = GraphOperator.defaultOptions(for: opcode)?.withFusedActivation(activation)
        return addOperator(opcode, options: options, inputs: constantFirst ? [c, x] : [x, c], output: name, shape: self[x].shape, origin: name)
    }

    mutating func product(_ a: TensorID, _ b: TensorID, name: String) -> TensorID {
        addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [a, b], output: name, shape: self[a].shape, origin: name)
    }
}

@Test func hardSwishIdiomsBecomeOneOperator() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 2, 5])
    // x * relu6(x + 3) * (1/6), ReLU6 fused into the ADD.
    let r1 = graph.withScalar(.add, x, 3, activation: .relu6, name: "r1")
    let a = graph.withScalar(.mul, graph.product(x, r1, name: "m1"), Float(1.0 / 6.0), name: "hs_a")
    // x * (relu6(3 + x) / 6), ReLU6 as its own operator, operands swapped.
    let s2 = graph.withScalar(.add, a, 3, constantFirst: true, name: "s2")
    let r2 = graph.addOperator(.relu6, inputs: [s2], output: "r2", shape: [-1, 2, 5], origin: "r2")
    let h2 = graph.withScalar(.div, r2, 6, name: "h2")
    let b = graph.product(h2, a, name: "hs_b")
    // (relu6(x + 3) * x) * (1/6) with the constant first.
    let r3 = graph.withScalar(.add, b, 3, activation: .relu6, name: "r3")
    let c = graph.withScalar(.mul, graph.product(r3, b, name: "m3"), Float(1.0 / 6.0), constantFirst: true, name: "hs_c")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "hs_c", tensor: c)]
    // Large inputs reach both clamps of the ReLU6.
    var optimized = graph
    #expect(HardSwishFusion.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.hardSwish, .hardSwish, .hardSwish])
    #expect(optimized.operators.map { optimized[$0.outputs[0]].name } == ["hs_a", "hs_b", "hs_c"])
    try PassHarness.expectEquivalent(graph, optimized)
    let inputs = [GraphRunner.Value(shape: [2, 2, 5], floats: (0..<20).map { Float($0) - 9.5 })]
    let want = try GraphRunner.run(graph, inputs: inputs)[0].floats
    let got = try GraphRunner.run(optimized, inputs: inputs)[0].floats
    for (g, w) in zip(got, want) { #expect(abs(g - w) <= 1e-5 * max(1, abs(w))) }
}

@Test func hardSwishFusionLeavesNearMisses() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    // Another offset.
    let r1 = graph.withScalar(.add, x, 2.5, activation: .relu6, name: "r1")
    let a = graph.withScalar(.mul, graph.product(x, r1, name: "m1"), Float(1.0 / 6.0), name: "a")
    // relu6 of another tensor's sum.
    let r2 = graph.withScalar(.add, a, 3, activation: .relu6, name: "r2")
    let b = graph.withScalar(.mul, graph.product(x, r2, name: "m2"), Float(1.0 / 6.0), name: "b")
    // The ReLU6 result is also read elsewhere (and is a model output).
    let r3 = graph.withScalar(.add, b, 3, activation: .relu6, name: "r3")
    let c = graph.withScalar(.mul, graph.product(b, r3, name: "m3"), Float(1.0 / 6.0), name: "c")
    // Plain ReLU instead of ReLU6.
    let r4 = graph.withScalar(.add, c, 3, activation: .relu, name: "r4")
    let d = graph.withScalar(.mul, graph.product(c, r4, name: "m4"), Float(1.0 / 6.0), name: "d")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [d, r3].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }
    var optimized = graph
    #expect(!HardSwishFusion.run(&optimized))
    #expect(optimized == graph)
}

@Test func inputScaleFoldsIntoConvolutionsAndDense() throws {
    var random = SeededRandom(seed: 31)
    var graph = Graph()
    let x = graph.addTensor(name: "image", shape: [-1, 6, 6, 3])
    // Rescaling(1/255) before a SAME strided convolution (EfficientNet's stem).
    let scaled = graph.withScalar(.mul, x, Float(1.0 / 255.0), name: "rescaling")
    let a = graph.convLayer(scaled, out: 4, kernel: 3, stride: 2, padding: .same, name: "stem", random: &random)
    // A per-channel scale read by a depthwise (multiplier 2) and a convolution.
    let channelScale = graph.addConstant(name: "s", shape: [1, 1, 1, 4], floats: [0.5, -2, 1.5, 3])
    let s = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [channelScale, a], output: "scaled2", shape: [-1, 3, 3, 4], origin: "s")
    let b = graph.convLayer(s, depthwise: true, kernel: 3, padding: .same, name: "dw", random: &random)
    let c = graph.convLayer(s, out: 2, kernel: 1, name: "pw", random: &random)
    // A per-feature scale before a dense layer.
    let m = graph.addOperator(.mean, options: .reducerOptions(ReducerOptions()), inputs: [b, graph.int32Const("axes", [1, 2])], output: "gap", shape: [-1, 8], origin: "gap")
    let featureScale = graph.addConstant(name: "f", shape: [8], floats: random.floats(8, 0.5, 2))
    let f = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [m, featureScale], output: "scaled3", shape: [-1, 8], origin: "f")
    let d = graph.dense(f, units: 3, bias: true, name: "fc", random: &random)
    graph.inputs = [GraphEndpoint(name: "image", tensor: x)]
    graph.outputs = [c, d].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }

    var optimized = graph
    #expect(InputScaleFolding.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(PassHarness.histogram(optimized)["MUL"] == nil)
    #expect(optimized.operators.count == 5)
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func inputScaleFoldingLeavesOtherReadersAndBroadcasts() throws {
    var random = SeededRandom(seed: 32)
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4, 4, 2])
    // Read by a convolution and by something else.
    let s1 = graph.withScalar(.mul, x, 0.5, name: "s1")
    let a = graph.convLayer(s1, out: 2, kernel: 1, name: "a", random: &random)
    let n = graph.addOperator(.neg, inputs: [s1], output: "n", shape: [-1, 4, 4, 2], origin: "n")
    // A per-row scale (not per channel).
    let rows = graph.addConstant(name: "rows", shape: [4, 1, 1], floats: [1, 2, 3, 4])
    let s2 = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [x, rows], output: "s2", shape: [-1, 4, 4, 2], origin: "s2")
    let b = graph.convLayer(s2, out: 2, kernel: 1, name: "b", random: &random)
    // A fused activation on the MUL.
    let s3 = graph.withScalar(.mul, x, 0.5, activation: .relu, name: "s3")
    let c = graph.convLayer(s3, out: 2, kernel: 1, name: "c", random: &random)
    // The scaled tensor is a model output.
    let s4 = graph.withScalar(.mul, x, 0.25, name: "s4")
    let d = graph.convLayer(s4, out: 2, kernel: 1, name: "d", random: &random)
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [a, n, b, c, s4, d].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }
    var optimized = graph
    #expect(!InputScaleFolding.run(&optimized))
    #expect(optimized == graph)
}

@Test func reductionsOverSizeOneAxesAreRemoved() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 1, 1, 4])
    var keep = ReducerOptions()
    keep.keepDims = true
    // Global average pooling (keepdims) of a 1×1 map: the identity.
    let m = graph.addOperator(.mean, options: .reducerOptions(keep), inputs: [x, graph.int32Const("axes", [1, 2])], output: "gap", shape: [-1, 1, 1, 4], origin: "gap")
    let e = graph.addOperator(.exp, inputs: [m], output: "e", shape: [-1, 1, 1, 4], origin: "e")
    // Over the batch (dynamic) or over channels: real reductions.
    let overBatch = graph.addOperator(.sum, options: .reducerOptions(keep), inputs: [e, graph.int32Const("b", [0])], output: "sum_b", shape: [1, 1, 1, 4], origin: "sum_b")
    let overChannels = graph.addOperator(.reduceMax, options: .reducerOptions(keep), inputs: [e, graph.int32Const("c", [-1])], output: "max_c", shape: [-1, 1, 1, 1], origin: "max_c")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [overBatch, overChannels].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }
    var optimized = graph
    #expect(IdentityRemoval.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.exp, .sum, .reduceMax])
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func activationAfterASqueezeFusesIntoTheConvolution() throws {
    // Conv1D(activation="relu") as lowered: EXPAND_DIMS, CONV_2D, SQUEEZE, RELU.
    var random = SeededRandom(seed: 41)
    var graph = Graph()
    let x = graph.addTensor(name: "sequence", shape: [-1, 9, 3])
    let expanded = graph.addOperator(.expandDims, options: .expandDimsOptions(ExpandDimsOptions()), inputs: [x, graph.addConstant(name: "axis", shape: [], int32s: [1])], output: "conv1d/expand", shape: [-1, 1, 9, 3], origin: "conv1d")
    let conv = graph.convLayer(expanded, out: 4, kernel: 1, name: "conv1d/conv2d", random: &random)
    var squeeze = SqueezeOptions()
    squeeze.squeezeDims = [1]
    let squeezed = graph.addOperator(.squeeze, options: .squeezeOptions(squeeze), inputs: [conv], output: "conv1d/linear", shape: [-1, 9, 4], origin: "conv1d")
    let y = graph.addOperator(.relu6, inputs: [squeezed], output: "conv1d", shape: [-1, 9, 4], origin: "conv1d")
    // A RESHAPE whose result is also read elsewhere: its activation stays.
    let dense = graph.dense(graph.addOperator(.reshape, inputs: [y, graph.int32Const("flat", [-1, 36])], output: "flat", shape: [-1, 36], origin: "flat"), units: 6, bias: true, name: "fc", random: &random)
    let reshaped = graph.addOperator(.reshape, inputs: [dense, graph.int32Const("rows", [-1, 2, 3])], output: "rows", shape: [-1, 2, 3], origin: "rows")
    let relu = graph.addOperator(.relu, inputs: [reshaped], output: "relu", shape: [-1, 2, 3], origin: "relu")
    let other = graph.addOperator(.neg, inputs: [reshaped], output: "neg", shape: [-1, 2, 3], origin: "neg")
    graph.inputs = [GraphEndpoint(name: "sequence", tensor: x)]
    graph.outputs = [relu, other].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }

    var optimized = graph
    #expect(ReshapedActivationFusion.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.expandDims, .conv2d, .squeeze, .reshape, .fullyConnected, .reshape, .relu, .neg])
    #expect(optimized.operators[1].fusedActivation == .relu6)
    #expect(optimized[optimized.operators[2].outputs[0]].name == "conv1d")
    #expect(!ReshapedActivationFusion.run(&optimized))
    // Inputs in [-2, 2] with random weights reach both ends of the ReLU6 only when scaled up.
    try PassHarness.expectEquivalent(graph, optimized)
    let inputs = [GraphRunner.Value(shape: [2, 9, 3], floats: (0..<54).map { Float($0 % 11) - 5 })]
    #expect(try GraphRunner.run(graph, inputs: inputs) == GraphRunner.run(optimized, inputs: inputs))
}

@Test func constantChainsMergeIntoOneStep() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 2, 3])
    // (x * 2) * [0.5, 1, 3]: one MUL by [1, 2, 6].
    let perChannel = graph.addConstant(name: "pc", shape: [3], floats: [0.5, 1, 3])
    let m1 = graph.withScalar(.mul, x, 2, name: "m1")
    let m2 = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [perChannel, m1], output: "m2", shape: [-1, 2, 3], origin: "m2")
    // ((m2 + 1) - 3) + [1, 2, 3] with a fused ReLU on the last: one ADD with the ReLU.
    let a1 = graph.withScalar(.add, m2, 1, name: "a1")
    let a2 = graph.withScalar(.sub, a1, 3, name: "a2")
    let rowOffsets = graph.addConstant(name: "ro", shape: [2, 3], floats: [1, 2, 3, 4, 5, 6])
    var relu = AddOptions()
    relu.fusedActivationFunction = .relu
    let a3 = graph.addOperator(.add, options: .addOptions(relu), inputs: [a2, rowOffsets], output: "a3", shape: [-1, 2, 3], origin: "a3")
    // c - x is not x - c: kept.
    let s = graph.withScalar(.sub, a3, 1, constantFirst: true, name: "s")
    let t = graph.withScalar(.sub, s, 1, name: "t")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [GraphEndpoint(name: "t", tensor: t)]

    var optimized = graph
    #expect(ConstantChainMerging.run(&optimized))
    DeadCodeElimination.run(&optimized)
    #expect(optimized.operators.map(\.opcode) == [.mul, .add, .sub, .sub])
    #expect(optimized.operators[0].inputs[1].flatMap { optimized[$0].floatValues } == [1, 2, 6])
    #expect(optimized.operators[1].inputs[1].flatMap { optimized[$0].floatValues } == [-1, 0, 1, 2, 3, 4])
    #expect(optimized.operators[1].fusedActivation == .relu)
    #expect(optimized[optimized.outputs[0].tensor].name == "t")
    try PassHarness.expectEquivalent(graph, optimized)
}

@Test func constantChainMergingLeavesSharedAndActivatedSteps() throws {
    var graph = Graph()
    let x = graph.addTensor(name: "x", shape: [-1, 4])
    // The first result is read twice.
    let a = graph.withScalar(.mul, x, 2, name: "a")
    let b = graph.withScalar(.mul, a, 3, name: "b")
    let c = graph.addOperator(.neg, inputs: [a], output: "c", shape: [-1, 4], origin: "c")
    // A fused activation between the steps.
    let d = graph.withScalar(.add, x, 1, activation: .relu, name: "d")
    let e = graph.withScalar(.add, d, 1, name: "e")
    // Different kinds; constants of different shapes with several values.
    let f = graph.withScalar(.mul, graph.withScalar(.add, x, 1, name: "f0"), 2, name: "f")
    let rows = graph.addConstant(name: "rows", shape: [2, 1], floats: [1, 2])
    let g0 = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [x, rows], output: "g0", shape: [2, -1, 4], origin: "g0")
    let cols = graph.addConstant(name: "cols", shape: [4], floats: [1, 2, 3, 4])
    let g = graph.addOperator(.mul, options: .mulOptions(MulOptions()), inputs: [g0, cols], output: "g", shape: [2, -1, 4], origin: "g")
    graph.inputs = [GraphEndpoint(name: "x", tensor: x)]
    graph.outputs = [b, c, e, f, g].map { GraphEndpoint(name: graph[$0].name, tensor: $0) }
    var optimized = graph
    #expect(!ConstantChainMerging.run(&optimized))
    #expect(optimized == graph)
}
