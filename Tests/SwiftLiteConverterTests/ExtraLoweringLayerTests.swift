import Foundation
import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

private typealias H = ExtraHarness

@Suite struct ExtraLoweringLayerTests {
    @Test func layerScaleMultipliesByGamma() throws {
        let layer = H.layer(
            "LayerScale", module: "keras.src.applications.convnext", config: [("init_values", .double(1e-6)), ("projection_dim", .int(3))],
            weights: [("vars/0", KerasArray(shape: [3], values: [2, -1, 0.5]))])
        let graph = try H.lower(layer, inputs: [[nil, 2, 3]])
        #expect(graph.opcodes == [.mul])
        H.expectClose(try H.run(graph, [([1, 2, 3], [1, 2, 3, 4, 5, 6])])[0], [2, -2, 1.5, 8, -5, 3])
    }

    @Test func convolutionWithOneGroupPerChannelIsDepthwise() throws {
        // kernel [1, 1, in/g = 1, filters 4], groups 2 (input channels 2): filters 0, 1 read channel
        // 0 and filters 2, 3 channel 1, which is a depthwise multiplier of 2.
        let kernel = KerasArray(shape: [1, 1, 1, 4], values: [2, -1, 0.5, 3])
        let bias = KerasArray(shape: [4], values: [0, 1, 0, -1])
        let layer = H.layer(
            "Conv2D", config: [("filters", .int(4)), ("kernel_size", ints(1, 1)), ("groups", .int(2))],
            weights: [("vars/0", kernel), ("vars/1", bias)])
        let graph = try H.lower(layer, inputs: [[nil, 1, 1, 2]])
        #expect(graph.opcodes == [.depthwiseConv2d])
        H.expectClose(try H.run(graph, [([1, 1, 1, 2], [3, 5])])[0], [6, -2, 2.5, 14])
    }

    @Test func einsumPlansOfAttentionProjections() {
        let split = EinsumDenseGeneral.plan(equation: "abc,cde->abde", inputRank: 3)
        #expect(split?.contracted == ["c"])
        #expect(split?.produced == ["d", "e"])
        #expect(split?.kernelPermutation == [0, 1, 2])
        let merge = EinsumDenseGeneral.plan(equation: "abcd,cde->abe", inputRank: 4)
        #expect(merge?.contracted == ["c", "d"])
        #expect(merge?.keptInputAxes == 2)
        #expect(EinsumDenseGeneral.plan(equation: "abc,ced->abde", inputRank: 3)?.kernelPermutation == [0, 2, 1])
        #expect(EinsumDenseGeneral.plan(equation: "...b,bcd->...cd", inputRank: 4)?.keptInputAxes == 3)
        // Contracting a non-trailing axis, or a kernel axis shared with the output's kept axes.
        #expect(EinsumDenseGeneral.plan(equation: "abc,bd->acd", inputRank: 3) == nil)
        #expect(EinsumDenseGeneral.plan(equation: "abc,acd->abd", inputRank: 3) == nil)
    }

    @Test func einsumDenseMergingTwoAxes() throws {
        // abcd,cde->abe with c = 2, d = 2, e = 1: out[a, b] = Σ_cd x[a, b, c, d] · w[c, d] + bias.
        let kernel = KerasArray(shape: [2, 2, 1], values: [1, 2, 3, 4])
        let layer = H.layer(
            "EinsumDense", config: [("equation", .string("abcd,cde->abe")), ("bias_axes", .string("e"))],
            weights: [("vars/0", kernel), ("vars/1", KerasArray(shape: [1], values: [0.5]))])
        let graph = try H.lower(layer, inputs: [[nil, 2, 2, 2]])
        #expect(graph.opcodes == [.reshape, .fullyConnected])
        let out = try H.run(graph, [([1, 2, 2, 2], [1, 0, 0, 1, 1, 1, 1, 1])])[0]
        H.expectClose(out, [1 + 4 + 0.5, 10 + 0.5])
        H.expectUnsupported("EinsumDense equation") {
            _ = try H.lower(H.layer("EinsumDense", config: [("equation", .string("abc,bd->acd"))], weights: [("vars/0", kernel)]), inputs: [[nil, 2, 2]])
        }
    }

    @Test func foreignLayerScaleIsRefused() {
        H.expectUnsupported("custom layer LayerScale") {
            let layer = H.layer("LayerScale", module: "my_models.blocks", weights: [("vars/0", KerasArray(shape: [3], values: [1, 1, 1]))])
            _ = try H.lower(layer, inputs: [[nil, 3]])
        }
    }

    /// Group normalization by hand: statistics over each group's channels and positions.
    private func groupNorm(_ x: [Float], positions: Int, channels: Int, groups: Int, epsilon: Float, channelsFirst: Bool) -> [Float] {
        let per = channels / groups
        var result = x
        for g in 0..<groups {
            var indices: [Int] = []
            for p in 0..<positions {
                for c in (g * per)..<((g + 1) * per) { indices.append(channelsFirst ? c * positions + p : p * channels + c) }
            }
            let mean = indices.map { x[$0] }.reduce(0, +) / Float(indices.count)
            let variance = indices.map { (x[$0] - mean) * (x[$0] - mean) }.reduce(0, +) / Float(indices.count)
            for i in indices { result[i] = (x[i] - mean) / (variance + epsilon).squareRoot() }
        }
        return result
    }

    @Test func groupNormalizationChannelsLastWithGammaBeta() throws {
        let gamma = KerasArray(shape: [4], values: [1, 2, 0.5, -1])
        let beta = KerasArray(shape: [4], values: [0, 0.1, -0.2, 0.3])
        let layer = H.layer("GroupNormalization", config: [("groups", .int(2)), ("epsilon", .double(1e-3))], weights: [("vars/0", gamma), ("vars/1", beta)])
        let graph = try H.lower(layer, inputs: [[nil, 3, 4]])
        let x: [Float] = [0.3, -1, 2, 0.5, 1.5, 0.2, -0.7, 1, 0, 0.9, 1.1, -2]
        let normalized = groupNorm(x, positions: 3, channels: 4, groups: 2, epsilon: 1e-3, channelsFirst: false)
        let expected = normalized.enumerated().map { index, value in value * gamma.values[index % 4] + beta.values[index % 4] }
        H.expectClose(try H.run(graph, [([1, 3, 4], x)])[0], expected, tolerance: 1e-4)
        #expect(graph.output().shape == [-1, 3, 4])
    }

    @Test func groupNormalizationChannelsFirstWithoutParameters() throws {
        let layer = H.layer("GroupNormalization", config: [("groups", .int(2)), ("axis", .int(1)), ("center", .bool(false)), ("scale", .bool(false))])
        let graph = try H.lower(layer, inputs: [[nil, 4, 3]])
        let x: [Float] = [0.3, -1, 2, 0.5, 1.5, 0.2, -0.7, 1, 0, 0.9, 1.1, -2]
        let expected = groupNorm(x, positions: 3, channels: 4, groups: 2, epsilon: 1e-3, channelsFirst: true)
        H.expectClose(try H.run(graph, [([1, 4, 3], x)])[0], expected, tolerance: 1e-4)
    }

    @Test func groupNormalizationRefusals() {
        H.expectUnsupported("axis 2") {
            _ = try H.lower(H.layer("GroupNormalization", config: [("groups", .int(1)), ("axis", .int(2))]), inputs: [[nil, 2, 3, 4]])
        }
        H.expectUnsupported("known non-channel sizes") {
            _ = try H.lower(H.layer("GroupNormalization", config: [("groups", .int(2)), ("center", .bool(false)), ("scale", .bool(false))]), inputs: [[nil, nil, 4]])
        }
    }

    @Test func unitNormalizationCapsTheInverseNorm() throws {
        let graph = try H.lower(H.layer("UnitNormalization", config: [("axis", .int(-1))]), inputs: [[nil, 2]])
        #expect(!graph.opcodes.contains(.l2Normalization))
        H.expectClose(try H.run(graph, [([2, 2], [3, 4, 0, 0])])[0], [0.6, 0.8, 0, 0])
        let many = try H.lower(H.layer("UnitNormalization", config: [("axis", ints(1, 2))]), inputs: [[nil, 2, 2]])
        H.expectClose(try H.run(many, [([1, 2, 2], [1, 1, 1, 1])])[0], [0.5, 0.5, 0.5, 0.5])
    }

    @Test func centerCropSlicesOrResizes() throws {
        let crop = try H.lower(H.layer("CenterCrop", config: [("height", .int(2)), ("width", .int(1))]), inputs: [[nil, 4, 3, 1]])
        #expect(crop.opcodes == [.slice])
        #expect(crop.int32Input(of: .slice, 1) == [0, 1, 1, 0])
        H.expectClose(try H.run(crop, [([1, 4, 3, 1], (0..<12).map(Float.init))])[0], [4, 7])
        let larger = try H.lower(H.layer("CenterCrop", config: [("height", .int(6)), ("width", .int(6))]), inputs: [[nil, 4, 3, 1]])
        #expect(larger.opcodes.last == .resizeBilinear)
        #expect(larger.output().shape == [-1, 6, 6, 1])
        let first = try H.lower(H.layer("CenterCrop", config: [("height", .int(2)), ("width", .int(2)), ("data_format", .string("channels_first"))]), inputs: [[nil, 1, 4, 4]])
        #expect(first.output().shape == [-1, 1, 2, 2])
        H.expectClose(try H.run(first, [([1, 1, 4, 4], (0..<16).map(Float.init))])[0], [5, 6, 9, 10])
        H.expectUnsupported("known sizes") {
            _ = try H.lower(H.layer("CenterCrop", config: [("height", .int(2)), ("width", .int(2))]), inputs: [[nil, nil, nil, 3]])
        }
    }

    @Test(arguments: ImagePreprocessingLowerings.inferenceIdentities)
    func augmentationIsIdentityAtInference(_ className: String) throws {
        let graph = try H.lower(H.layer(className), inputs: [[nil, 4, 4, 3]])
        #expect(graph.operators.isEmpty)
        #expect(graph.outputs[0].tensor == graph.inputs[0].tensor)
    }

    @Test func autoContrastStretchesEachChannel() throws {
        let graph = try H.lower(H.layer("AutoContrast", config: [("value_range", .array([.int(0), .int(255)]))]), inputs: [[nil, 2, 1, 2]])
        // Channel 0 spans 10...60 and is stretched to 0...255; channel 1 is flat and kept.
        let out = try H.run(graph, [([1, 2, 1, 2], [10, 7, 60, 7])])[0]
        H.expectClose(out, [0, 7, 255, 7])
    }

    @Test func lambdaStaysUnsupported() {
        H.expectUnsupported("Lambda") { _ = try H.lower(H.layer("Lambda"), inputs: [[nil, 2]]) }
        H.expectUnsupported("Conv3D") { _ = try H.lower(H.layer("Conv3D"), inputs: [[nil, 2, 2, 2, 1]]) }
    }
}
