import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

@Suite struct StructureLoweringMergeTests {
    @Test func addOfThreeInputsExpandsLowerRankAfterBatch() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 4]), y = b.input("y", [4]), z = b.input("z", [1, 4])
        let out = b.layer("Add", "add", args: [tensors(x, y, z)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.expandDims, .add, .add])
        #expect(graph.int32Input(of: .expandDims, 1) == [1])
        #expect(graph.output().shape == [-1, 3, 4])
        #expect(graph.output().name == "add")
    }

    @Test func averageDividesTheSumByTheInputCount() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4]), y = b.input("y", [4]), z = b.input("z", [4])
        let out = b.layer("Average", "avg", args: [tensors(x, y, z)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.add, .add, .div])
        #expect(graph.floatInput(of: .div, 1) == [3])
    }

    @Test func subtractNeedsTwoInputs() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4])
        let out = b.layer("Subtract", "sub", args: [tensors(x, x, x)])
        #expect(throws: ConversionError.self) { try b.lower([out]) }
    }

    @Test func maximumAndMinimumUseTheirOps() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [4]), y = b.input("y", [4])
        let mx = b.layer("Maximum", "mx", args: [tensors(x, y)])
        let mn = b.layer("Minimum", "mn", args: [tensors(mx, y)])
        #expect(try b.lower([mn]).opcodes == [.maximum, .minimum])
    }

    @Test func legacyOperationCallNamedAddTakesANumber() throws {
        // Legacy .h5: `x + 3.0` is class Add without a module and without `trainable`.
        var b = KerasGraphBuilder()
        let x = b.input("x", [4])
        let out = b.op("Add", "add", args: [tensor(x), .value(.double(3))], module: nil)
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.add])
        #expect(graph.floatInput(of: .add, 1) == [3])
        #expect(graph.output().shape == [-1, 4])
    }

    @Test func concatenateNormalizesNegativeAxes() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [2, 3]), y = b.input("y", [5, 3])
        let out = b.layer("Concatenate", "cat", [("axis", .int(-2))], args: [tensors(x, y)])
        let graph = try b.lower([out])
        guard case .concatenationOptions(let options) = graph.options(of: .concatenation) else {
            Issue.record("no concatenation options"); return
        }
        #expect(options.axis == 1)
        #expect(graph.output().shape == [-1, 7, 3])
    }

    @Test func dotOfVectorsIsMultiplyAndSum() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5]), y = b.input("y", [5])
        let out = b.layer("Dot", "dot", [("axes", .int(1))], args: [tensors(x, y)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.mul, .sum])
        #expect(graph.output().shape == [-1, 1])
    }

    @Test func dotOverTheLastAxesUsesAdjY() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 5]), y = b.input("y", [4, 5])
        let out = b.layer("Dot", "dot", [("axes", ints(2, 2))], args: [tensors(x, y)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.batchMatmul])
        guard case .batchMatMulOptions(let options) = graph.options(of: .batchMatmul) else {
            Issue.record("no batch matmul options"); return
        }
        #expect(!options.adjX && options.adjY)
        #expect(graph.output().shape == [-1, 3, 4])
    }

    @Test func dotOverTheFirstAxesUsesAdjX() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 5]), y = b.input("y", [3, 4])
        let out = b.layer("Dot", "dot", [("axes", ints(1, 1))], args: [tensors(x, y)])
        let graph = try b.lower([out])
        guard case .batchMatMulOptions(let options) = graph.options(of: .batchMatmul) else {
            Issue.record("no batch matmul options"); return
        }
        #expect(options.adjX && !options.adjY)
        #expect(graph.output().shape == [-1, 5, 4])
    }

    @Test func dotOfRankThreeAndTwoSqueezesTheLastAxis() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 5]), y = b.input("y", [5])
        let out = b.layer("Dot", "dot", [("axes", .int(-1))], args: [tensors(x, y)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.expandDims, .batchMatmul, .squeeze])
        #expect(graph.output().shape == [-1, 3])
    }

    @Test func dotOfRankFourSquashesAndRestores() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [2, 3, 5]), y = b.input("y", [4, 5])
        let out = b.layer("Dot", "dot", [("axes", ints(3, 2))], args: [tensors(x, y)])
        let graph = try b.lower([out])
        #expect(graph.opcodes == [.reshape, .batchMatmul, .reshape])
        #expect(graph.int32Input(of: .reshape, 1) == [-1, 6, 5])
        #expect(graph.output().shape == [-1, 2, 3, 4])
    }

    @Test func normalizedDotUsesL2NormalizationOnTheLastAxis() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5]), y = b.input("y", [5])
        let out = b.layer("Dot", "cos", [("axes", .int(1)), ("normalize", .bool(true))], args: [tensors(x, y)])
        #expect(try b.lower([out]).opcodes == [.l2Normalization, .l2Normalization, .mul, .sum])
    }

    @Test func normalizedDotOnAMiddleAxisUsesExplicitOps() throws {
        var b = KerasGraphBuilder()
        let x = b.input("x", [3, 5]), y = b.input("y", [3, 4])
        let out = b.layer("Dot", "cos", [("axes", ints(1, 1)), ("normalize", .bool(true))], args: [tensors(x, y)])
        let graph = try b.lower([out])
        #expect(graph.opcodes.filter { $0 == .rsqrt }.count == 2)
        #expect(graph.int32Input(of: .sum, 1) == [1])
        #expect(graph.floatInput(of: .minimum, 1) == [1e7])
    }

    @Test func dotOverTheBatchAxisIsRefused() {
        var b = KerasGraphBuilder()
        let x = b.input("x", [5]), y = b.input("y", [5])
        let out = b.layer("Dot", "dot", [("axes", .int(0))], args: [tensors(x, y)])
        expectUnsupported("axes") { _ = try b.lower([out]) }
    }
}
