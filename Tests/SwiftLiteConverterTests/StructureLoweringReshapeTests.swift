import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

@Suite struct StructureLoweringReshapeTests {
    @Test func flattenReshapesToDynamicBatchAndProduct() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3, 2])
        let out = b.layer("Flatten", "flat", [("data_format", .string("channels_last"))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.reshape])
        #expect(graph.int32Input(of: .reshape, 1) == [-1, 24])
        #expect(graph.output().shape == [-1, 24])
    }

    @Test func flattenChannelsFirstMovesChannelsLast() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3, 2])
        let out = b.layer("Flatten", "flat", [("data_format", .string("channels_first"))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.transpose, .reshape])
        #expect(graph.int32Input(of: .transpose, 1) == [0, 2, 3, 1])
    }

    @Test func flattenOfUnknownDimensionsReadsTheBatchAtRunTime() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [nil, 3])
        let out = b.layer("Flatten", "flat", args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.shape, .stridedSlice, .concatenation, .reshape])
        #expect(graph.int32Input(of: .concatenation, 1) == [-1])
        #expect(graph.output().shape == [-1, -1])
    }

    @Test func upSampling1DOfUnknownStepsResizes() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [nil, 3])
        let out = b.layer("UpSampling1D", "up", [("size", .int(3))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.expandDims, .shape, .stridedSlice, .mul, .resizeNearestNeighbor, .squeeze])
        #expect(graph.int32Input(of: .mul, 1) == [3, 1])
        #expect(graph.output().shape == [-1, -1, 3])
    }

    @Test func reshapeResolvesTheHoleFromTheInput() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3, 2])
        let out = b.layer("Reshape", "r", [("target_shape", ints(-1, 2))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.int32Input(of: .reshape, 1) == [-1, 12, 2])
        #expect(graph.output().shape == [-1, 12, 2])
    }

    @Test func reshapeWithTwoHolesIsRefused() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3, 2])
        let out = b.layer("Reshape", "r", [("target_shape", ints(-1, -1))], args: [tensor(x)])
        expectUnsupported("target_shape") { _ = try b.lower([out]) }
    }

    @Test func permuteTransposesAfterTheBatch() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3, 2])
        let out = b.layer("Permute", "p", [("dims", ints(3, 1, 2))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.int32Input(of: .transpose, 1) == [0, 3, 1, 2])
        #expect(graph.output().shape == [-1, 2, 4, 3])
    }

    @Test func repeatVectorExpandsAndTiles() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [6])
        let out = b.layer("RepeatVector", "rep", [("n", .int(3))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.expandDims, .tile])
        #expect(graph.int32Input(of: .tile, 1) == [1, 3, 1])
        #expect(graph.output().shape == [-1, 3, 6])
    }

    @Test func zeroPadding2DPadsTheSpatialAxes() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 6, 2])
        let last = b.layer("ZeroPadding2D", "pad", [("padding", .array([ints(1, 0), ints(2, 1)]))], args: [tensor(x)])
        let first = b.layer(
            "ZeroPadding2D", "pad_cf", [("padding", ints(1, 2)), ("data_format", .string("channels_first"))], args: [tensor(x)])
        let graph = try b.lower([last, first])
        #expect(graph.int32Input(of: .pad, 1) == [0, 0, 1, 0, 2, 1, 0, 0])
        #expect(graph.output(0).shape == [-1, 6, 9, 2])
        #expect(graph.output(1).shape == [-1, 5, 8, 6])
    }

    @Test func zeroPadding1DTakesAPair() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [6, 3])
        let out = b.layer("ZeroPadding1D", "pad", [("padding", ints(1, 2))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.int32Input(of: .pad, 1) == [0, 0, 1, 2, 0, 0])
        #expect(graph.output().shape == [-1, 9, 3])
    }

    @Test func cropping2DSlicesWithMasksForUncroppedEnds() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 6, 2])
        let out = b.layer("Cropping2D", "crop", [("cropping", .array([ints(1, 0), ints(2, 1)]))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.stridedSlice])
        #expect(graph.int32Input(of: .stridedSlice, 1) == [0, 1, 2, 0])
        #expect(graph.int32Input(of: .stridedSlice, 2) == [0, 0, -1, 0])
        guard case .stridedSliceOptions(let options) = graph.options(of: .stridedSlice) else {
            Issue.record("no strided slice options"); return
        }
        // batch and channels both ends; height's end (nothing cropped after)
        #expect(options.beginMask == 0b1001)
        #expect(options.endMask == 0b1011)
        #expect(graph.output().shape == [-1, 4, 3, 2])
    }

    @Test func croppingEverythingIsAnError() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 2])
        let out = b.layer("Cropping1D", "crop", [("cropping", ints(2, 1))], args: [tensor(x)])
        #expect(throws: ConversionError.self) { try b.lower([out]) }
    }

    @Test func upSampling2DNearestResizesToTheScaledSize() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4, 2])
        let out = b.layer("UpSampling2D", "up", [("size", ints(2, 3)), ("interpolation", .string("nearest"))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.resizeNearestNeighbor])
        #expect(graph.int32Input(of: .resizeNearestNeighbor, 1) == [6, 12])
        #expect(graph.output().shape == [-1, 6, 12, 2])
    }

    @Test func upSampling2DBilinearUsesHalfPixelCenters() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4, 2])
        let out = b.layer("UpSampling2D", "up", [("size", ints(2, 2)), ("interpolation", .string("bilinear"))], args: [tensor(x)])
        let graph = try b.lower([out])
        guard case .resizeBilinearOptions(let options) = graph.options(of: .resizeBilinear) else {
            Issue.record("no resize bilinear options"); return
        }
        #expect(options.halfPixelCenters && !options.alignCorners)
    }

    @Test func upSampling2DOfUnknownSizeComputesItAtRunTime() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [nil, nil, 2])
        let out = b.layer("UpSampling2D", "up", [("size", ints(2, 3))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.shape, .stridedSlice, .mul, .resizeNearestNeighbor])
        #expect(graph.output().shape == [-1, -1, -1, 2])
    }

    @Test func upSampling2DRefusesOtherInterpolations() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4, 2])
        let out = b.layer("UpSampling2D", "up", [("size", ints(2, 2)), ("interpolation", .string("bicubic"))], args: [tensor(x)])
        expectUnsupported("interpolation=bicubic") { _ = try b.lower([out]) }
    }

    @Test func upSampling1DRepeatsSteps() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3])
        let out = b.layer("UpSampling1D", "up", [("size", .int(2))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.expandDims, .tile, .reshape])
        #expect(graph.int32Input(of: .reshape, 1) == [-1, 8, 3])
    }

    @Test func trainingOnlyLayersEmitNothing() throws {
        var b = KerasGraphBuilder()
        var x = b.input("x", [4, 3])
        for name in ["Dropout", "SpatialDropout1D", "GaussianNoise", "GaussianDropout", "AlphaDropout", "ActivityRegularization", "Identity"] {
            x = b.layer(name, name.lowercased(), [("rate", .double(0.5))], args: [tensor(x)])
        }
        let graph = try b.lower([x])
        #expect(graph.operators.isEmpty)
        #expect(graph.outputs[0].tensor == graph.inputs[0].tensor)
    }
}
