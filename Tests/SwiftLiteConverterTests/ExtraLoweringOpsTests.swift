import Foundation
import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

private typealias H = ExtraHarness

/// A Keras operation node (module `keras.src.ops.numpy`).
private func op(_ className: String, _ config: [(String, JSONValue)] = [], module: String = "keras.src.ops.numpy") -> KerasLayer {
    KerasLayer(id: "layer", name: "layer", className: className, module: module, config: .object([("name", .string("layer"))] + config), weights: .empty(.keras))
}

private let x0: KerasArgument = .tensor(KerasGraph.inputRef(0))

@Suite struct ExtraLoweringOpsTests {
    @Test func erfApproximationMatchesKnownValues() throws {
        let graph = try H.lower(op("Erf", module: "keras.src.ops.math"), inputs: [[nil, 6]])
        #expect(!graph.opcodes.contains(.gelu))
        let out = try H.run(graph, [([1, 6], [0, 0.5, -1, 2, -3, 0.1])])[0]
        // erf values to 10 digits (tables).
        H.expectClose(out, [0, 0.5204998778, -0.8427007929, 0.9953222650, -0.9999779095, 0.1124629160], tolerance: 3e-7)
    }

    @Test func cumsumAlongAnInnerAxis() throws {
        let graph = try H.lower(op("Cumsum", [("axis", .int(1))]), inputs: [[nil, 3, 2]])
        #expect(graph.opcodes == [.transpose, .fullyConnected, .transpose])
        H.expectClose(try H.run(graph, [([1, 3, 2], [1, 10, 2, 20, 3, 30])])[0], [1, 10, 3, 30, 6, 60])
        H.expectUnsupported("axis=None") { _ = try H.lower(op("Cumsum"), inputs: [[nil, 3]]) }
    }

    @Test func clipPicksRelu6OrMinMax() throws {
        let six = try H.lower(op("Clip", [("x_min", .double(0)), ("x_max", .double(6))]), inputs: [[nil, 3]])
        #expect(six.opcodes == [.relu6])
        let general = try H.lower(op("Clip", [("x_min", .double(-0.5)), ("x_max", .double(0.7))]), inputs: [[nil, 3]])
        #expect(general.opcodes == [.maximum, .minimum])
        H.expectClose(try H.run(general, [([1, 3], [-2, 0.1, 5])])[0], [-0.5, 0.1, 0.7])
    }

    @Test func whereWithAComparisonAndAConstant() throws {
        var builder = KerasGraphBuilder()
        let x = builder.input("x", [3])
        let y = builder.input("y", [3])
        let condition = builder.op("Greater", "greater", args: [tensor(x), tensor(y)])
        let chosen = builder.op("Where", "where", args: [tensor(condition), tensor(x), .value(.double(-1))])
        let graph = try builder.lower([chosen])
        #expect(graph.opcodes == [.greater, .selectV2])
        H.expectClose(try H.run(graph, [([1, 3], [1, 2, 3]), ([1, 3], [0, 5, 3])])[0], [1, -1, -1])
        H.expectUnsupported("one-argument", layer: "where") {
            var single = KerasGraphBuilder()
            let input = single.input("x", [3])
            let result = single.op("Where", "where", args: [tensor(input)])
            _ = try single.lower([result])
        }
    }

    @Test func takeWithNegativeAndScalarIndices() throws {
        let list = try H.lower(op("Take", [("axis", .int(1))]), inputs: [[nil, 3]], args: [x0, .value(.array([.int(-1), .int(0)]))])
        H.expectClose(try H.run(list, [([2, 3], [1, 2, 3, 4, 5, 6])])[0], [3, 1, 6, 4])
        let single = try H.lower(op("Take", [("axis", .int(-1))]), inputs: [[nil, 3]], args: [x0, .value(.int(1))])
        #expect(single.output().shape == [-1])
        H.expectClose(try H.run(single, [([2, 3], [1, 2, 3, 4, 5, 6])])[0], [2, 5])
    }

    @Test func splitAtIndicesUsesSplitV() throws {
        let graph = try H.lower(op("Split", [("indices_or_sections", ints(1, 4)), ("axis", .int(-1))]), inputs: [[nil, 6]], outputs: 3)
        #expect(graph.opcodes == [.splitV])
        let out = try H.run(graph, [([1, 6], [0, 1, 2, 3, 4, 5])])
        #expect(out == [[0], [1, 2, 3], [4, 5]])
    }

    @Test func reflectAndConstantPadding() throws {
        let reflect = try H.lower(op("Pad", [("pad_width", .array([ints(0, 0), ints(2, 1)])), ("mode", .string("reflect"))]), inputs: [[nil, 3]])
        #expect(reflect.opcodes == [.mirrorPad])
        H.expectClose(try H.run(reflect, [([1, 3], [1, 2, 3])])[0], [3, 2, 1, 2, 3, 2])
        let constant = try H.lower(
            op("Pad", [("pad_width", .array([ints(0, 0), ints(1, 0)])), ("mode", .string("constant"))]), inputs: [[nil, 2]],
            args: [x0], kwargs: [("constant_values", .value(.double(7)))])
        #expect(constant.opcodes == [.padv2])
        H.expectClose(try H.run(constant, [([1, 2], [1, 2])])[0], [7, 1, 2])
        H.expectUnsupported("longer than the padding") {
            _ = try H.lower(op("Pad", [("pad_width", .array([ints(0, 0), ints(3, 0)])), ("mode", .string("reflect"))]), inputs: [[nil, 3]])
        }
    }

    @Test func repeatGathersRepeatedIndices() throws {
        let graph = try H.lower(op("Repeat", [("repeats", ints(2, 0, 1)), ("axis", .int(1))]), inputs: [[nil, 3]])
        H.expectClose(try H.run(graph, [([1, 3], [5, 6, 7])])[0], [5, 5, 7])
    }

    @Test func moveaxisAndSwapaxesKeepTheBatch() throws {
        let graph = try H.lower(op("Moveaxis", [("source", .int(1)), ("destination", .int(-1))]), inputs: [[nil, 2, 3, 4]])
        #expect(graph.int32Input(of: .transpose, 1) == [0, 2, 3, 1])
        H.expectUnsupported("batch axis") {
            _ = try H.lower(op("Swapaxes", [("axis1", .int(0)), ("axis2", .int(1))]), inputs: [[nil, 2]])
        }
    }

    @Test func normsAndReductions() throws {
        let l1 = try H.lower(op("Norm", [("ord", .int(1)), ("axis", .int(-1)), ("keepdims", .bool(false))], module: "keras.src.ops.linalg"), inputs: [[nil, 3]])
        H.expectClose(try H.run(l1, [([1, 3], [1, -2, 3])])[0], [6])
        let l2 = try H.lower(op("Norm", [("axis", .int(-1))], module: "keras.src.ops.linalg"), inputs: [[nil, 2]])
        H.expectClose(try H.run(l2, [([1, 2], [3, -4])])[0], [5])
        H.expectUnsupported("ord=0") {
            _ = try H.lower(op("Norm", [("ord", .int(0)), ("axis", .int(-1))], module: "keras.src.ops.linalg"), inputs: [[nil, 3]])
        }
        let lse = try H.lower(op("Logsumexp", [("axis", .int(-1))], module: "keras.src.ops.math"), inputs: [[nil, 2]])
        H.expectClose(try H.run(lse, [([1, 2], [1000, 1000])])[0], [1000 + Float(log(2.0))])
        let variance = try H.lower(op("Var", [("axis", .int(-1))]), inputs: [[nil, 4]])
        H.expectClose(try H.run(variance, [([1, 4], [1, 2, 3, 4])])[0], [1.25])
        H.expectUnsupported("batch") { _ = try H.lower(op("Var"), inputs: [[nil, 4]]) }
    }

    @Test func argmaxGivesInt32Indices() throws {
        let graph = try H.lower(op("Argmax", [("axis", .int(-1)), ("keepdims", .bool(true))]), inputs: [[nil, 3]])
        #expect(graph.output().type == .int32)
        #expect(graph.output().shape == [-1, 1])
        H.expectUnsupported("axis=None") { _ = try H.lower(op("Argmax"), inputs: [[nil, 3]]) }
    }

    @Test func triuMasksBelowTheDiagonal() throws {
        let graph = try H.lower(op("Triu", [("k", .int(0))]), inputs: [[nil, 2, 2]])
        H.expectClose(try H.run(graph, [([1, 2, 2], [1, 2, 3, 4])])[0], [1, 2, 0, 4])
    }

    @Test func onesLikeAndMathShortcuts() throws {
        let ones = try H.lower(op("OnesLike"), inputs: [[nil, 2]])
        H.expectClose(try H.run(ones, [([1, 2], [5, -5])])[0], [1, 1])
        let reciprocal = try H.lower(op("Reciprocal"), inputs: [[nil, 2]])
        H.expectClose(try H.run(reciprocal, [([1, 2], [4, -0.5])])[0], [0.25, -2])
        let log2 = try H.lower(op("Log2"), inputs: [[nil, 2]])
        H.expectClose(try H.run(log2, [([1, 2], [8, 0.5])])[0], [3, -1])
        H.expectUnsupported("decimals") { _ = try H.lower(op("Round", [("decimals", .int(2))]), inputs: [[nil, 2]]) }
        H.expectUnsupported("threshold") { _ = try H.lower(op("SoftShrink", [("threshold", .double(0.2))], module: "keras.src.ops.nn"), inputs: [[nil, 2]]) }
    }
}
