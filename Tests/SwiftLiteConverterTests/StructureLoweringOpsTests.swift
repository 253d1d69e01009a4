import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

@Suite struct StructureLoweringOpsTests {
    @Test func maskingWithZeroIsTheIdentityWhenNoLayerUsesTheMask() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 3])
        let masked = b.layer("Masking", "mask", [("mask_value", .double(0))], args: [tensor(x)])
        let flat = b.layer("Flatten", "flat", args: [tensor(masked)])
        let graph = try b.lower([flat])
        #expect(graph.opcodes == [.reshape])
    }

    @Test func maskingWithAValueZeroesMaskedSteps() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 3])
        let masked = b.layer("Masking", "mask", [("mask_value", .double(0.5))], args: [tensor(x)])
        let graph = try b.lower([masked])
        #expect(graph.opcodes == [.notEqual, .reduceAny, .cast, .mul])
        #expect(graph.floatInput(of: .notEqual, 1) == [0.5])
        #expect(graph.int32Input(of: .reduceAny, 1) == [2])
    }

    @Test func maskingIsRefusedWhenALaterLayerUsesTheMask() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 3])
        let masked = b.layer("Masking", "mask", [("mask_value", .double(0))], args: [tensor(x)])
        let dropped = b.layer("Dropout", "drop", [("rate", .double(0.1))], args: [tensor(masked)])
        let pooled = b.layer("GlobalAveragePooling1D", "pool", args: [tensor(dropped)])
        expectUnsupported("`pool` (GlobalAveragePooling1D)") { _ = try b.lower([pooled]) }
    }

    @Test func maskPassedExplicitlyIsLeftToItsConsumer() throws {
        // Keras 3 records the mask a layer takes as a `mask` argument computed by operations.
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 3])
        let masked = b.layer("Masking", "mask", [("mask_value", .double(0))], args: [tensor(x)])
        let mask = b.op("NotEqual", "not_equal", args: [tensor(x), .value(.double(0))])
        let pooled = b.layer("GlobalAveragePooling1D", "pool", args: [tensor(masked)])
        b.nodes[b.nodes.count - 1].kwargs = [("mask", tensor(mask))]
        #expect(MaskPropagation.firstMaskUser(of: b.nodes[0].layer, in: KerasGraph(name: "t", inputs: b.inputs, nodes: b.nodes, outputs: [(name: "o", tensor: pooled)])) == nil)
    }

    @Test func multiplyReadsTheAttachedMask() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 3])
        let masked = b.layer("Masking", "mask", [("mask_value", .double(0))], args: [tensor(x)])
        let product = b.layer("Multiply", "mul", args: [tensors(masked, x)])
        expectUnsupported("`mul` (Multiply)") { _ = try b.lower([product]) }
    }

    @Test func maskDroppedByAnOperationDoesNotMatter() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 3])
        let masked = b.layer("Masking", "mask", [("mask_value", .double(0))], args: [tensor(x)])
        let plus = b.op("Add", "plus", args: [tensor(masked), .value(.double(1))])
        let reshaped = b.layer("Reshape", "r", [("target_shape", ints(15))], args: [tensor(plus)])
        #expect(try b.lower([reshaped]).opcodes == [.add, .reshape])
    }

    @Test func embeddingGathersRowsAndCastsFloatIndices() throws {
        var b = KerasGraphBuilder()
        let ids = b.input("ids", [4])
        let table = KerasArray(shape: [3, 2], values: [0, 1, 2, 3, 4, 5])
        let weights = KerasWeights(format: .keras, entries: [(name: "vars/0", array: table)])
        let out = b.layer("Embedding", "emb", [("input_dim", .int(3)), ("output_dim", .int(2))], args: [tensor(ids)], weights: weights)
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.cast, .gather])
        #expect(graph.floatInput(of: .gather, 0) == [0, 1, 2, 3, 4, 5])
        #expect(graph.output().shape == [-1, 4, 2])
        #expect(graph.output().name == "emb")
    }

    @Test func embeddingWithAMaskUsedByAnLSTMIsRefused() {
        var b = KerasGraphBuilder()
        let ids = b.input("ids", [4], dtype: "int32")
        let weights = KerasWeights(format: .keras, entries: [(name: "vars/0", array: KerasArray(shape: [3, 2], values: [0, 1, 2, 3, 4, 5]))])
        let emb = b.layer(
            "Embedding", "emb", [("input_dim", .int(3)), ("output_dim", .int(2)), ("mask_zero", .bool(true))],
            args: [tensor(ids)], weights: weights)
        let lstm = b.layer("LSTM", "lstm", args: [tensor(emb)])
        expectUnsupported("LSTM") { _ = try b.lower([lstm]) }
    }

    @Test func embeddingOfTheWrongShapeIsAnError() {
        var b = KerasGraphBuilder()
        let ids = b.input("ids", [4], dtype: "int32")
        let weights = KerasWeights(format: .keras, entries: [(name: "vars/0", array: KerasArray(shape: [2, 2], values: [0, 1, 2, 3]))])
        let emb = b.layer("Embedding", "emb", [("input_dim", .int(3)), ("output_dim", .int(2))], args: [tensor(ids)], weights: weights)
        #expect(throws: ConversionError.self) { try b.lower([emb]) }
    }

    @Test func operationWithANumberBroadcastsAScalar() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4])
        let out = b.op("Subtract", "sub", args: [.value(.double(2)), tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.sub])
        #expect(graph.floatInput(of: .sub, 0) == [2])
        #expect(graph[graph.operators[0].inputs[0]!].shape == [])
    }

    @Test func operationWithANumpyConstantKeepsItsShape() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3])
        let numpy: JSONValue = .object([
            ("class_name", .string("__numpy__")),
            ("config", .object([("value", .array([.array([.double(1), .double(2), .double(3)])])), ("dtype", .string("float32"))])),
        ])
        let out = b.op("Multiply", "mul", args: [tensor(x), .value(numpy)])
        let graph = try b.lower([out])
        #expect(graph.floatInput(of: .mul, 1) == [1, 2, 3])
        #expect(graph[graph.operators[0].inputs[1]!].shape == [1, 3])
    }

    @Test func intTensorWithAFloatNumberIsRefused() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3], dtype: "int32")
        let out = b.op("Add", "add", args: [tensor(x), .value(.double(0.5))])
        expectUnsupported("float constant") { _ = try b.lower([out]) }
    }

    @Test func meanWithoutAxisReducesEverything() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4])
        let out = b.op("Mean", "mean", [("axis", .null), ("keepdims", .bool(false))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.int32Input(of: .mean, 1) == [0, 1, 2])
        #expect(graph.output().shape == [])
    }

    @Test func maxWithKeepdimsKeepsTheAxis() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4])
        let out = b.op("Max", "max", [("axis", .int(-1)), ("keepdims", .bool(true)), ("initial", .null)], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.reduceMax])
        #expect(graph.output().shape == [-1, 3, 1])
    }

    @Test func maxWithAnInitialValueIsRefused() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4])
        let out = b.op("Max", "max", [("axis", .int(-1)), ("initial", .double(0))], args: [tensor(x)])
        expectUnsupported("initial") { _ = try b.lower([out]) }
    }

    @Test func reshapeOperationKeepsTheSavedShape() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4])
        let out = b.op("Reshape", "r", [("newshape", ints(-1, 12))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.int32Input(of: .reshape, 1) == [-1, 12])
        #expect(graph.output().shape == [-1, 12])
    }

    @Test func legacyReshapeOperationIsRecognizedByItsConfig() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4])
        let out = b.op("Reshape", "r", [("newshape", ints(-1, 12))], args: [tensor(x)], module: nil)
        #expect(try b.lower([out]).int32Input(of: .reshape, 1) == [-1, 12])
    }

    @Test func expandDimsWithSeveralAxesInsertsInOrder() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3])
        let out = b.op("ExpandDims", "e", [("axis", ints(1, -1))], args: [tensor(x)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.expandDims, .expandDims])
        #expect(graph.output().shape == [-1, 1, 3, 1])
    }

    @Test func squeezeWithoutAxisDropsKnownOnes() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [1, 3, 1])
        let out = b.op("Squeeze", "s", [("axis", .null)], args: [tensor(x)])
        let graph = try b.lower([out])
        guard case .squeezeOptions(let options) = graph.options(of: .squeeze) else {
            Issue.record("no squeeze options"); return
        }
        #expect(options.squeezeDims == [1, 3])
        #expect(graph.output().shape == [-1, 3])
    }

    @Test func transposeWithoutAxesReverses() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4])
        let out = b.op("Transpose", "t", [("axes", .null)], args: [tensor(x)])
        #expect(try b.lower([out]).int32Input(of: .transpose, 1) == [2, 1, 0])
    }

    @Test func matmulOfRankThreeOperands() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4]), y = b.input("y", [4, 2])
        let out = b.op("Matmul", "mm", args: [tensor(x), tensor(y)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.batchMatmul])
        #expect(graph.output().shape == [-1, 3, 2])
    }

    @Test func softmaxOnAnInnerAxisTransposesAroundIt() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4])
        let out = b.op("Softmax", "sm", [("axis", .int(1))], args: [tensor(x)], module: "keras.src.ops.nn")
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.transpose, .softmax, .transpose])
        #expect(graph.int32Input(of: .transpose, 1) == [0, 2, 1])
        #expect(graph.output().shape == [-1, 3, 4])
    }

    @Test func approximateGeluKeepsItsOption() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3])
        let out = b.op("Gelu", "g", [("approximate", .bool(true))], args: [tensor(x)], module: "keras.src.ops.nn")
        let graph = try b.lower([out])
        guard case .geluOptions(let options) = graph.options(of: .gelu) else {
            Issue.record("no gelu options"); return
        }
        #expect(options.approximate)
    }

    @Test func castToIntegers() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3])
        let out = b.op("Cast", "c", [("dtype", .string("int32"))], args: [tensor(x)], module: "keras.src.ops.core")
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.cast])
        #expect(graph.output().type == .int32)
    }
}

@Suite struct StructureLoweringLegacyOpsTests {
    @Test func legacyOperationWithoutModuleFindsItsOpsLowering() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4])
        let out = b.op("Mean", "mean", [("axis", .int(1)), ("keepdims", .bool(false))], args: [tensor(x)], module: nil)
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.mean])
        #expect(graph.output().shape == [-1, 4])
    }

    @Test func legacyLayerWithoutTrainableStaysALayer() throws {
        // Keras 3 writes SpatialDropout configs without `trainable` (but with `dtype`).
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3])
        let layer = KerasLayer(
            id: "sd", name: "sd", className: "SpatialDropout1D", module: nil,
            config: .object([("rate", .double(0.3)), ("name", .string("sd")), ("dtype", .string("float32"))]), weights: .empty(.legacyH5))
        b.nodes.append(KerasNode(layer: layer, args: [tensor(x)], kwargs: [], outputSpecs: [nil]))
        let graph = try b.lower([KerasTensorRef(node: 0, output: 0)])
        #expect(graph.operators.isEmpty)
    }
}

@Suite struct StructureLoweringIndexingTests {
    static func slice(_ start: Int?, _ stop: Int?, _ step: Int? = nil) -> JSONValue {
        func bound(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
        return .object([("class_name", .string("__slice__")), ("config", .object([("start", bound(start)), ("stop", bound(stop)), ("step", bound(step))]))])
    }

    @Test func integerIndexShrinksTheAxis() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3])
        let out = b.op("GetItem", "item", args: [tensor(x), .value(.array([Self.slice(nil, nil), .int(-1)]))])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.stridedSlice])
        guard case .stridedSliceOptions(let options) = graph.options(of: .stridedSlice) else {
            Issue.record("no strided slice options"); return
        }
        #expect(options.shrinkAxisMask == 0b010)
        #expect(options.beginMask & 1 == 1 && options.endMask & 1 == 1)
        #expect(graph.int32Input(of: .stridedSlice, 1) == [0, -1, 0])
        #expect(graph.output().shape == [-1, 3])
    }

    @Test func slicesWithStepsAndNewAxes() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5, 3])
        let key: JSONValue = .array([Self.slice(nil, nil), .null, Self.slice(1, -1, 2)])
        let out = b.op("GetItem", "item", args: [tensor(x), .value(key)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.stridedSlice, .expandDims])
        #expect(graph.int32Input(of: .stridedSlice, 3) == [1, 2, 1])
        // rows 1 and 3 of 5
        #expect(graph.output().shape == [-1, 1, 2, 3])
    }

    @Test func pythonSliceLengths() {
        #expect(KerasIndexingLowering.sliceLength(start: nil, stop: nil, step: -1, size: 4) == 4)
        #expect(KerasIndexingLowering.sliceLength(start: -2, stop: nil, step: 1, size: 4) == 2)
        #expect(KerasIndexingLowering.sliceLength(start: 1, stop: -1, step: 1, size: 5) == 3)
        #expect(KerasIndexingLowering.sliceLength(start: 10, stop: nil, step: 1, size: 4) == 0)
        #expect(KerasIndexingLowering.sliceLength(start: nil, stop: 0, step: -2, size: 5) == 2)
    }

    @Test func tensorIndexIsRefused() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4]), i = b.input("i", [1], dtype: "int32")
        let out = b.op("GetItem", "item", args: [tensor(x), tensor(i)])
        expectUnsupported("constant index") { _ = try b.lower([out]) }
    }
}
