import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// SUM, MEAN, REDUCE_*, ARG_MAX/ARG_MIN and ADD_N.
@Suite struct ReductionKernelTests {
    static func reduce(_ op: BuiltinOperator, _ type: TensorType = .float32, shape: [Int], axes: [Int32],
                       keepDims: Bool = false, runtimeAxes: Bool = false) -> SingleOpModel {
        var options = ReducerOptions()
        options.keepDims = keepDims
        let axis: SingleOpModel.TensorSpec = runtimeAxes ? .input(.int32, [axes.count]) : .constant(int32: axes)
        return SingleOpModel(op, inputs: [.input(type, shape), axis], outputs: [.output(type)],
                             options: .reducerOptions(options))
    }

    // [2, 3, 4] holding 0..<24
    static let cube: [Float] = (0..<24).map(Float.init)

    @Test func sumOverAxesWithAndWithoutKeepDims() throws {
        let out = try Self.reduce(.sum, shape: [2, 3, 4], axes: [1]).run([.floats(Self.cube)])[0]
        #expect(out.shape == [2, 4])
        #expect(out.floats == [12, 15, 18, 21, 48, 51, 54, 57])
        let kept = try Self.reduce(.sum, shape: [2, 3, 4], axes: [0, -1], keepDims: true).run([.floats(Self.cube)])[0]
        #expect(kept.shape == [1, 3, 1])
        #expect(kept.floats == [60, 92, 124])
    }

    @Test func negativeAndDuplicateAxes() throws {
        let out = try Self.reduce(.sum, shape: [2, 3, 4], axes: [2, -1, 0, 2]).run([.floats(Self.cube)])[0]
        #expect(out.shape == [3])
        #expect(out.floats == [60, 92, 124])
    }

    @Test func meanDividesTheSum() throws {
        let out = try Self.reduce(.mean, shape: [2, 3, 4], axes: [1, 2]).run([.floats(Self.cube)])[0]
        #expect(out.shape == [2])
        #expect(out.floats == [66 / 12, 210 / 12])
        let all = try Self.reduce(.mean, shape: [2, 3, 4], axes: [0, 1, 2]).run([.floats(Self.cube)])[0]
        #expect(all.shape == [])
        #expect(all.floats == [11.5])
    }

    @Test func integerMeanTruncatesTowardZero() throws {
        let out = try Self.reduce(.mean, .int32, shape: [2, 3], axes: [1]).run([.int32s([1, 2, 4, -1, -2, -4])])[0]
        #expect(out.int32s == [2, -2])
        let wide = try Self.reduce(.mean, .int32, shape: [2], axes: [0]).run([.int32s([.max, .max])])[0]
        #expect(wide.int32s == [.max])  // summed in int64, no overflow
        let int64 = try Self.reduce(.mean, .int64, shape: [3], axes: [0]).run([.int64s([10, 0, -1])])[0]
        #expect(int64.int64s == [3])
    }

    @Test func productMaximumMinimum() throws {
        let x: [Float] = [1, -2, 3, 0.5, 4, -1]
        #expect(try Self.reduce(.reduceProd, shape: [2, 3], axes: [1]).run([.floats(x)])[0].floats == [-6, -2])
        #expect(try Self.reduce(.reduceMax, shape: [2, 3], axes: [0]).run([.floats(x)])[0].floats == [1, 4, 3])
        #expect(try Self.reduce(.reduceMin, shape: [2, 3], axes: [-1]).run([.floats(x)])[0].floats == [-2, -1])
        let ints = try Self.reduce(.reduceProd, .int32, shape: [2], axes: [0]).run([.int32s([1 << 20, 1 << 12])])[0]
        #expect(ints.int32s == [0])  // wraps
        let max8 = try Self.reduce(.reduceMax, .int64, shape: [3], axes: [0]).run([.int64s([-5, 9, 2])])[0]
        #expect(max8.int64s == [9])
    }

    @Test func maximumFollowsTFLiteInitialValues() throws {
        // Along one axis of a larger tensor the fold starts at -FLT_MAX and skips NaN.
        let x: [Float] = [-.infinity, -.infinity, .nan, 1]
        let rows = try Self.reduce(.reduceMax, shape: [2, 2], axes: [1]).run([.floats(x)])[0].floats
        #expect(rows == [-.greatestFiniteMagnitude, 1])
        // Over every axis it starts from the first element.
        let all = try Self.reduce(.reduceMax, shape: [2], axes: [0]).run([.floats([-.infinity, -.infinity])])[0].floats
        #expect(all == [-.infinity])
    }

    @Test func anyAndAll() throws {
        let x: [Bool] = [true, false, false, false, true, true]
        #expect(try Self.reduce(.reduceAny, .bool, shape: [3, 2], axes: [1]).run([.bools(x)])[0].bools == [true, false, true])
        #expect(try Self.reduce(.reduceAll, .bool, shape: [3, 2], axes: [1]).run([.bools(x)])[0].bools == [false, false, true])
        #expect(try Self.reduce(.reduceAll, .bool, shape: [3, 2], axes: [0, 1]).run([.bools(x)])[0].bools == [false])
    }

    @Test func runtimeAxesMakeTheOutputDynamic() throws {
        let model = Self.reduce(.sum, shape: [2, 3, 4], axes: [0, 0], keepDims: true, runtimeAxes: true)
        let out = try model.run([.floats(Self.cube), .int32s([2, 0])])[0]
        #expect(out.shape == [1, 3, 1])
        #expect(out.floats == [60, 92, 124])
        expectSwiftLiteError(.runtimeFailure, "runtime axis out of range") {
            _ = try model.run([.floats(Self.cube), .int32s([3, 0])])
        }
    }

    @Test func scalarAndEmptyInputs() throws {
        let scalar = try Self.reduce(.sum, shape: [], axes: [0]).run([.floats([4.5])])[0]
        #expect(scalar.shape == [])
        #expect(scalar.floats == [4.5])
        let emptyMean = try Self.reduce(.mean, shape: [3, 0], axes: [1]).run([.floats([])])[0]
        #expect(emptyMean.shape == [3])
        #expect(emptyMean.floats.allSatisfy { $0.isNaN })
        let emptySum = try Self.reduce(.sum, shape: [3, 0], axes: [1]).run([.floats([])])[0]
        #expect(emptySum.floats == [0, 0, 0])
        let emptyMax = try Self.reduce(.reduceMax, shape: [0, 2], axes: [0]).run([.floats([])])[0]
        #expect(emptyMax.floats == [-.greatestFiniteMagnitude, -.greatestFiniteMagnitude])
    }

    @Test func reductionErrors() throws {
        expectSwiftLiteError(.invalidArgument, "axis 3 of rank 3") {
            try Self.reduce(.sum, shape: [2, 3, 4], axes: [3]).interpreter().allocateTensors()
        }
        expectSwiftLiteError(.invalidArgument, "axis -4 of rank 3") {
            try Self.reduce(.mean, shape: [2, 3, 4], axes: [-4]).interpreter().allocateTensors()
        }
        expectSwiftLiteError(.unsupported, "REDUCE_ANY on float") {
            try Self.reduce(.reduceAny, shape: [2], axes: [0]).interpreter().allocateTensors()
        }
        expectSwiftLiteError(.invalidModel, "unquantized int8 MEAN") {
            let model = SingleOpModel(.mean, inputs: [.input(.int8, [2]), .constant(int32: [0])], outputs: [.output(.int8)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.unsupported, "float axis") {
            let model = SingleOpModel(.sum, inputs: [.input(.float32, [2]), .constant(float: [0])], outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
    }

    // MARK: ARG_MAX / ARG_MIN

    static func arg(_ op: BuiltinOperator, shape: [Int], axis: Int32, output: TensorType) -> SingleOpModel {
        let options: BuiltinOptions
        if op == .argMax {
            var o = ArgMaxOptions()
            o.outputType = output
            options = .argMaxOptions(o)
        } else {
            var o = ArgMinOptions()
            o.outputType = output
            options = .argMinOptions(o)
        }
        return SingleOpModel(op, inputs: [.input(.float32, shape), .constant(int32: [axis])], outputs: [.output(output)],
                             options: options)
    }

    @Test func argMaxAndArgMinPickTheFirstOnTies() throws {
        let x: [Float] = [1, 5, 5, 0, 2, 2, -1, 7]
        let max = try Self.arg(.argMax, shape: [2, 4], axis: -1, output: .int32).run([.floats(x)])[0]
        #expect(max.shape == [2])
        #expect(max.dataType == .int32)
        #expect(max.int32s == [1, 3])
        let min = try Self.arg(.argMin, shape: [2, 4], axis: 0, output: .int64).run([.floats(x)])[0]
        #expect(min.shape == [4])
        #expect(min.int64s == [0, 1, 1, 0])
        let ties = try Self.arg(.argMin, shape: [4], axis: 0, output: .int32).run([.floats([3, 1, 1, 1])])[0]
        #expect(ties.int32s == [1])
    }

    @Test func argMaxOnAMiddleAxisAndNaN() throws {
        let x: [Float] = (0..<12).map { Float(($0 * 7) % 12) }  // [2, 3, 2]
        let out = try Self.arg(.argMax, shape: [2, 3, 2], axis: 1, output: .int32).run([.floats(x)])[0]
        #expect(out.shape == [2, 2])
        var expected: [Int32] = []
        for o in 0..<2 {
            for i in 0..<2 {
                let column = (0..<3).map { x[o * 6 + $0 * 2 + i] }
                expected.append(Int32(column.firstIndex(of: column.max() ?? 0) ?? 0))
            }
        }
        #expect(out.int32s == expected)
        // A NaN is never chosen later on, and in first position is never replaced (the official
        // runtime's behaviour).
        let nan = try Self.arg(.argMax, shape: [2, 3], axis: 1, output: .int32).run([.floats([1, .nan, 3, .nan, 5, 9])])[0]
        #expect(nan.int32s == [2, 0])
    }

    @Test func argMaxErrors() throws {
        expectSwiftLiteError(.invalidArgument, "axis out of range") {
            try Self.arg(.argMax, shape: [2, 3], axis: 2, output: .int32).interpreter().allocateTensors()
        }
        expectSwiftLiteError(.invalidArgument, "empty axis") {
            try Self.arg(.argMax, shape: [2, 0], axis: 1, output: .int32).interpreter().allocateTensors()
        }
        expectSwiftLiteError(.unsupported, "float output type") {
            try Self.arg(.argMin, shape: [2], axis: 0, output: .float32).interpreter().allocateTensors()
        }
    }

    // MARK: ADD_N

    @Test func addNSumsInOrder() throws {
        let model = SingleOpModel(.addN, inputs: [.input(.float32, [2, 2]), .input(.float32, [2, 2]), .input(.float32, [2, 2])],
                                  outputs: [.output(.float32)])
        let out = try model.run([.floats([1, 2, 3, 4]), .floats([10, 20, 30, 40]), .floats([0.5, 0.5, 0.5, 0.5])])[0]
        #expect(out.shape == [2, 2])
        #expect(out.floats == [11.5, 22.5, 33.5, 44.5])
        let ints = SingleOpModel(.addN, inputs: [.input(.int32, [2]), .constant(int32: [.max, 1])], outputs: [.output(.int32)])
        #expect(try ints.run([.int32s([1, 2])])[0].int32s == [.min, 3])
        expectSwiftLiteError(.shapeMismatch) {
            let model = SingleOpModel(.addN, inputs: [.input(.float32, [2]), .input(.float32, [1])], outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.invalidArgument) {
            let model = SingleOpModel(.addN, inputs: [.input(.float32, [2])], outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
    }
}
