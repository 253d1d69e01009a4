import Foundation
import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// The Keras 2 TFOpLambda / SlicingOpLambda lowerings on hand-built graphs (the numerics are checked
/// against tf-keras by the legacy_* fixtures in KerasFixtureTests).
@Suite struct LegacyTFOpLoweringTests {
    /// Adds a tf-keras TFOpLambda call of `function`, as the legacy .h5 importer yields it (no module;
    /// first argument positional, the rest keywords).
    @discardableResult
    static func tfOp(
        _ b: inout KerasGraphBuilder, _ function: String, _ name: String, _ first: KerasArgument,
        _ kwargs: [(String, KerasArgument)] = [], className: String = "TFOpLambda"
    ) -> KerasTensorRef {
        let layer = KerasLayer(
            id: name, name: name, className: className, module: nil,
            config: .object([
                ("name", .string(name)), ("trainable", .bool(true)), ("dtype", .string("float32")),
                ("function", .string(function)),
            ]), weights: .empty(.legacyH5))
        b.nodes.append(KerasNode(layer: layer, args: [first], kwargs: kwargs + [("name", .value(.null))], outputSpecs: [nil]))
        return KerasTensorRef(node: b.nodes.count - 1, output: 0)
    }

    @Test func constantFirstOperandBecomesAConstantOfTheTensorType() throws {
        // `2.0 * x` is saved as ["_CONSTANT_VALUE", -1, 2.0, {"y": x}].
        var b = KerasGraphBuilder()
        let x = b.input("x", [3])
        let y = Self.tfOp(&b, "math.multiply", "tf.math.multiply", .value(.double(2)), [("y", tensor(x))])
        let graph = try b.lower([y])
        #expect(graph.opcodes == [.mul])
        #expect(graph.floatInput(of: .mul, 0) == [2])
        #expect(graph.output().shape == [-1, 3])
        #expect(graph.output().name == "tf.math.multiply")
    }

    @Test func integerConstantOperandIsFloatForAFloatTensor() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [2])
        let y = Self.tfOp(&b, "__operators__.add", "tf.__operators__.add", tensor(x), [("y", .value(.array([.int(1), .int(2)])))])
        let graph = try b.lower([y])
        #expect(graph.opcodes == [.add])
        #expect(graph.floatInput(of: .add, 1) == [1, 2])
    }

    @Test func squareByPowIsAProduct() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [2])
        let square = Self.tfOp(&b, "math.pow", "tf.math.pow", tensor(x), [("y", .value(.int(2)))])
        let general = Self.tfOp(&b, "math.pow", "tf.math.pow_1", tensor(x), [("y", .value(.double(1.5)))])
        let graph = try b.lower([square, general])
        #expect(graph.opcodes == [.mul, .pow])
    }

    @Test func reductionReadsAxisAndKeepdims() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 6])
        let mean = Self.tfOp(&b, "math.reduce_mean", "tf.math.reduce_mean", tensor(x), [("axis", .value(.int(-1))), ("keepdims", .value(.bool(true)))])
        let total = Self.tfOp(&b, "math.reduce_sum", "tf.math.reduce_sum", tensor(x))
        let graph = try b.lower([mean, total])
        #expect(graph.opcodes == [.mean, .sum])
        #expect(graph.int32Input(of: .mean, 1) == [2])
        #expect(graph.output(0).shape == [-1, 4, 1])
        #expect(graph.int32Input(of: .sum, 1) == [0, 1, 2])   // axis=None: every axis, batch included
        #expect(graph.output(1).shape == [])
    }

    @Test func splitBySizesInfersTheHoleAndHasOneOutputPerPart() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 6])
        let parts = Self.tfOp(&b, "split", "tf.split", tensor(x), [("num_or_size_splits", .value(ints(1, -1, 2))), ("axis", .value(.int(1)))])
        let last = KerasTensorRef(node: parts.node, output: 2)
        let graph = try b.lower([parts, last])
        #expect(graph.opcodes == [.splitV])
        #expect(graph.int32Input(of: .splitV, 1) == [1, 1, 2])
        #expect(graph.int32Input(of: .splitV, 2) == [1])
        #expect(graph.operators[0].outputs.count == 3)
        #expect(graph.output(0).shape == [-1, 1, 6])
        #expect(graph.output(1).shape == [-1, 2, 6])
    }

    @Test func equalSplitUsesSplit() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 6])
        let parts = Self.tfOp(&b, "split", "tf.split", tensor(x), [("num_or_size_splits", .value(.int(3))), ("axis", .value(.int(-1)))])
        let graph = try b.lower([KerasTensorRef(node: parts.node, output: 1)])
        #expect(graph.opcodes == [.split])
        #expect(graph.output().shape == [-1, 4, 2])
        expectUnsupported("equal parts") {
            var c = KerasGraphBuilder()
            let y = c.input("y", [4, 6])
            Self.tfOp(&c, "split", "tf.split", tensor(y), [("num_or_size_splits", .value(.int(4))), ("axis", .value(.int(-1)))])
            _ = try c.lower([KerasTensorRef(node: 0, output: 0)])
        }
    }

    @Test func clipByValueUsesRelu6ForItsBounds() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3])
        let six = Self.tfOp(&b, "clip_by_value", "tf.clip_by_value", tensor(x), [("clip_value_min", .value(.double(0))), ("clip_value_max", .value(.double(6)))])
        let other = Self.tfOp(&b, "clip_by_value", "tf.clip_by_value_1", tensor(x), [("clip_value_min", .value(.double(-1.5))), ("clip_value_max", .value(.double(2)))])
        let graph = try b.lower([six, other])
        #expect(graph.opcodes == [.relu6, .minimum, .maximum])
        #expect(graph.floatInput(of: .minimum, 1) == [2])
        #expect(graph.floatInput(of: .maximum, 1) == [-1.5])
    }

    @Test func concatAndStackTakeAListFirstArgument() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [2, 3])
        let y = b.input("y", [2, 3])
        let joined = Self.tfOp(&b, "concat", "tf.concat", tensors(x, y), [("axis", .value(.int(-1)))])
        let stacked = Self.tfOp(&b, "stack", "tf.stack", tensors(x, y), [("axis", .value(.int(1)))])
        let graph = try b.lower([joined, stacked])
        #expect(graph.opcodes == [.concatenation, .pack])
        #expect(graph.output(0).shape == [-1, 2, 6])
        #expect(graph.output(1).shape == [-1, 2, 2, 3])
    }

    @Test func matmulTransposeFlagsBecomeAdjoints() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 3])
        let gram = Self.tfOp(&b, "linalg.matmul", "tf.linalg.matmul", tensor(x), [("b", tensor(x)), ("transpose_b", .value(.bool(true)))])
        let graph = try b.lower([gram])
        guard case .batchMatMulOptions(let options)? = graph.options(of: .batchMatmul) else {
            Issue.record("no BATCH_MATMUL options")
            return
        }
        #expect(!options.adjX && options.adjY)
        #expect(graph.output().shape == [-1, 4, 4])
    }

    @Test func slicingOpLambdaReadsKeras2SliceSpecs() throws {
        // x[:, 1:5:2, None, ..., 0] saved by tf-keras: bare slice dicts, null for None, `...`.
        var b = KerasGraphBuilder()
        let x = b.input("x", [6, 5, 4])
        func slice(_ start: Int?, _ stop: Int?, _ step: Int?) -> JSONValue {
            .object([("start", start.map { .int($0) } ?? .null), ("stop", stop.map { .int($0) } ?? .null), ("step", step.map { .int($0) } ?? .null)])
        }
        let spec: JSONValue = .array([slice(nil, nil, nil), slice(1, 5, 2), .null, .object([("class_name", .string("__ellipsis__"))]), .int(0)])
        let y = Self.tfOp(&b, "__operators__.getitem", "tf.__operators__.getitem", tensor(x), [("slice_spec", .value(spec))], className: "SlicingOpLambda")
        let graph = try b.lower([y])
        #expect(graph.opcodes == [.stridedSlice, .expandDims])
        #expect(graph.int32Input(of: .stridedSlice, 1) == [0, 1, 0, 0])
        #expect(graph.int32Input(of: .stridedSlice, 3) == [1, 2, 1, 1])
        guard case .stridedSliceOptions(let options)? = graph.options(of: .stridedSlice) else {
            Issue.record("no STRIDED_SLICE options")
            return
        }
        #expect(options.shrinkAxisMask == 0b1000)
        #expect(options.beginMask == 0b0101 && options.endMask == 0b0101)
        #expect(graph.output().shape == [-1, 2, 1, 5])
    }

    @Test func bareNoneIndexIsANewAxis() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3])
        let y = Self.tfOp(&b, "__operators__.getitem", "tf.__operators__.getitem", tensor(x), [("slice_spec", .value(.null))], className: "SlicingOpLambda")
        let graph = try b.lower([y])
        #expect(graph.opcodes == [.expandDims])
        #expect(graph.output().shape == [1, -1, 3])
    }

    @Test func reshapeToAShapeComputedByTheModelPacksItAtRunTime() throws {
        // tf.reshape(x, [tf.shape(x)[0], -1, 3])
        var b = KerasGraphBuilder()
        let x = b.input("x", [4, 6])
        let size = Self.tfOp(&b, "shape", "tf.shape", tensor(x))
        let batch = Self.tfOp(&b, "__operators__.getitem", "tf.__operators__.getitem", tensor(size), [("slice_spec", .value(.int(0)))], className: "SlicingOpLambda")
        let y = Self.tfOp(&b, "reshape", "tf.reshape", tensor(x), [("shape", .list([tensor(batch), .value(.int(-1)), .value(.int(3))]))])
        let graph = try b.lower([y])
        #expect(graph.opcodes == [.shape, .stridedSlice, .pack, .reshape])
        #expect(graph.output().shape == [-1, -1, 3])
        expectUnsupported("int32 scalar") {
            var c = KerasGraphBuilder()
            let z = c.input("z", [4, 6])
            let whole = Self.tfOp(&c, "shape", "tf.shape", tensor(z))
            let bad = Self.tfOp(&c, "reshape", "tf.reshape", tensor(z), [("shape", .list([tensor(whole), .value(.int(3))]))])
            _ = try c.lower([bad])
        }
    }

    @Test func padModes() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4])
        let rows: JSONValue = .array([ints(0, 0), ints(1, 2)])
        let zeros = Self.tfOp(&b, "pad", "tf.pad", tensor(x), [("paddings", .value(rows))])
        let filled = Self.tfOp(&b, "pad", "tf.pad_1", tensor(x), [("paddings", .value(rows)), ("constant_values", .value(.double(0.5)))])
        let mirrored = Self.tfOp(&b, "pad", "tf.pad_2", tensor(x), [("paddings", .value(rows)), ("mode", .value(.string("SYMMETRIC")))])
        let graph = try b.lower([zeros, filled, mirrored])
        #expect(graph.opcodes == [.pad, .padv2, .mirrorPad])
        #expect(graph.floatInput(of: .padv2, 2) == [0.5])
        #expect(graph.output(2).shape == [-1, 7])
    }

    @Test func unknownFunctionIsNamed() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3])
        let y = Self.tfOp(&b, "math.erf", "tf.math.erf", tensor(x))
        do {
            _ = try b.lower([y])
            Issue.record("tf.math.erf converted")
        } catch {
            #expect(error.kind == .unsupported)
            #expect(error.message.contains("unsupported TF function tf.math.erf"), "\(error.message)")
            #expect(error.layer == "tf.math.erf")
        }
    }

    @Test func unknownArgumentsAndTensorOptionsAreRefused() {
        expectUnsupported("argument `beta`") {
            var b = KerasGraphBuilder()
            let x = b.input("x", [3])
            let y = Self.tfOp(&b, "nn.relu", "tf.nn.relu", tensor(x), [("beta", .value(.int(2)))])
            _ = try b.lower([y])
        }
        expectUnsupported("`shape`") {
            var b = KerasGraphBuilder()
            let x = b.input("x", [4])
            let shape = b.input("s", [2], dtype: "int32")
            let y = Self.tfOp(&b, "reshape", "tf.reshape", tensor(x), [("shape", tensor(shape))])
            _ = try b.lower([y])
        }
        expectUnsupported("indices of true elements") {
            var b = KerasGraphBuilder()
            let x = b.input("x", [4], dtype: "bool")
            let y = Self.tfOp(&b, "where", "tf.where", tensor(x))
            _ = try b.lower([y])
        }
    }

    /// The error converting the model at `path` fails with, `nil` when it converts.
    static func conversionError(_ path: String) -> ConversionError? {
        do {
            _ = try Converter(kerasModelAt: path).convert()
            return nil
        } catch {
            return error
        }
    }

    @Test func unsupportedFunctionInASavedModelNamesLayerAndFunction() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/keras-errors/legacy_unsupported_tf_function")
        for file in ["model.h5", "model.keras"] {
            let error = try #require(Self.conversionError(folder.appendingPathComponent(file).path), "\(file) converted")
            #expect(error.kind == .unsupported, "\(file)")
            #expect(error.message.contains("unsupported TF function tf.math.erf"), "\(file): \(error.message)")
            #expect(error.layer == "tf.math.erf", "\(file)")
        }
    }
}
