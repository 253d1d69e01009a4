import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// Comparisons, logical operators and SELECT / SELECT_V2.
@Suite struct ComparisonKernelTests {
    static let comparisons: [(BuiltinOperator, @Sendable (Float, Float) -> Bool)] = [
        (.less, { $0 < $1 }), (.lessEqual, { $0 <= $1 }), (.greater, { $0 > $1 }),
        (.greaterEqual, { $0 >= $1 }), (.equal, { $0 == $1 }), (.notEqual, { $0 != $1 }),
    ]

    @Test(arguments: 0..<comparisons.count)
    func floatComparisonBroadcasts(index: Int) throws {
        let (op, reference) = Self.comparisons[index]
        let model = SingleOpModel(op, inputs: [.input(.float32, [2, 3]), .input(.float32, [3])], outputs: [.output(.bool)])
        let a: [Float] = [1, 2, 3, -1, .nan, 0.5]
        let b: [Float] = [2, 2, 0]
        let out = try model.run([.floats(a), .floats(b)])[0]
        #expect(out.shape == [2, 3])
        #expect(out.dataType == .bool)
        #expect(out.bools == a.enumerated().map { reference($0.element, b[$0.offset % 3]) }, "\(op)")
    }

    @Test func integerComparisonsBroadcastBothWays() throws {
        let model = SingleOpModel(.greater, inputs: [.input(.int32, [2, 1, 3]), .input(.int32, [4, 1])],
                                  outputs: [.output(.bool)])
        let a: [Int32] = [0, 1, 2, 3, 4, 5]
        let b: [Int32] = [1, 2, 3, 4]
        let out = try model.run([.int32s(a), .int32s(b)])[0]
        #expect(out.shape == [2, 4, 3])
        var expected: [Bool] = []
        for i in 0..<2 { for j in 0..<4 { for k in 0..<3 { expected.append(a[i * 3 + k] > b[j]) } } }
        #expect(out.bools == expected)

        let int64 = SingleOpModel(.lessEqual, inputs: [.input(.int64, [3]), .constant(int64: [5], shape: [])],
                                  outputs: [.output(.bool)])
        #expect(try int64.run([.int64s([4, 5, 1 << 40])])[0].bools == [true, true, false])
    }

    @Test func boolEquality() throws {
        let model = SingleOpModel(.notEqual, inputs: [.input(.bool, [4]), .input(.bool, [4])], outputs: [.output(.bool)])
        let out = try model.run([.bools([true, true, false, false]), .bools([true, false, true, false])])[0]
        #expect(out.bools == [false, true, true, false])
        expectSwiftLiteError(.unsupported, "LESS on bool") {
            let model = SingleOpModel(.less, inputs: [.input(.bool, [2]), .input(.bool, [2])], outputs: [.output(.bool)])
            try model.interpreter().allocateTensors()
        }
    }

    @Test func comparisonErrors() throws {
        expectSwiftLiteError(.typeMismatch) {
            let model = SingleOpModel(.equal, inputs: [.input(.float32, [2]), .input(.int32, [2])], outputs: [.output(.bool)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.shapeMismatch) {
            let model = SingleOpModel(.equal, inputs: [.input(.float32, [2]), .input(.float32, [3])], outputs: [.output(.bool)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.invalidModel, "quantized uint8 with scale exactly 1 (TFLite aborts)") {
            let model = SingleOpModel(.less, inputs: [.input(.uint8, [2]).quantized(scale: 1, zeroPoint: 0),
                                                      .input(.uint8, [2]).quantized(scale: 1, zeroPoint: 0)],
                                      outputs: [.output(.bool)])
            try model.interpreter().allocateTensors()
        }
    }

    // MARK: Logical

    @Test func logicalOperators() throws {
        let a: [Bool] = [true, false, true, false, true, false]
        let b: [Bool] = [true, false, true]
        let and = SingleOpModel(.logicalAnd, inputs: [.input(.bool, [2, 3]), .input(.bool, [3])], outputs: [.output(.bool)])
        #expect(try and.run([.bools(a), .bools(b)])[0].bools == a.enumerated().map { $0.element && b[$0.offset % 3] })
        let or = SingleOpModel(.logicalOr, inputs: [.input(.bool, [2, 1]), .input(.bool, [3])], outputs: [.output(.bool)])
        let orOut = try or.run([.bools([true, false]), .bools(b)])[0]
        #expect(orOut.shape == [2, 3])
        #expect(orOut.bools == [true, true, true, true, false, true])
        let not = SingleOpModel(.logicalNot, inputs: [.input(.bool, [3])], outputs: [.output(.bool)])
        #expect(try not.run([.bools(b)])[0].bools == [false, true, false])
        expectSwiftLiteError(.unsupported) {
            let model = SingleOpModel(.logicalAnd, inputs: [.input(.float32, [2]), .input(.float32, [2])],
                                      outputs: [.output(.bool)])
            try model.interpreter().allocateTensors()
        }
    }

    // MARK: SELECT

    @Test func selectElementwiseAndByRows() throws {
        let same = SingleOpModel(.select, inputs: [.input(.bool, [2, 2]), .input(.float32, [2, 2]), .input(.float32, [2, 2])],
                                 outputs: [.output(.float32)])
        #expect(try same.run([.bools([true, false, false, true]), .floats([1, 2, 3, 4]), .floats([5, 6, 7, 8])])[0].floats
                == [1, 6, 7, 4])
        let rows = SingleOpModel(.select, inputs: [.input(.bool, [3]), .input(.int32, [3, 2]), .input(.int32, [3, 2])],
                                 outputs: [.output(.int32)])
        let out = try rows.run([.bools([false, true, false]), .int32s([1, 2, 3, 4, 5, 6]), .int32s([-1, -2, -3, -4, -5, -6])])[0]
        #expect(out.shape == [3, 2])
        #expect(out.int32s == [-1, -2, 3, 4, -5, -6])
        let scalar = SingleOpModel(.select, inputs: [.input(.bool, []), .input(.float32, [2]), .input(.float32, [2])],
                                   outputs: [.output(.float32)])
        #expect(try scalar.run([.bools([true]), .floats([1, 2]), .floats([3, 4])])[0].floats == [1, 2])
    }

    @Test func selectRefusesGeneralBroadcasting() throws {
        expectSwiftLiteError(.shapeMismatch, "SELECT v1 with a [2] condition on [3,2]") {
            let model = SingleOpModel(.select, inputs: [.input(.bool, [2]), .input(.float32, [3, 2]), .input(.float32, [3, 2])],
                                      outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.typeMismatch) {
            let model = SingleOpModel(.selectV2, inputs: [.input(.bool, [2]), .input(.float32, [2]), .input(.int32, [2])],
                                      outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.unsupported, "condition must be bool") {
            let model = SingleOpModel(.selectV2, inputs: [.input(.int32, [2]), .input(.float32, [2]), .input(.float32, [2])],
                                      outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
    }

    @Test func selectV2BroadcastsAllThree() throws {
        let model = SingleOpModel(.selectV2, inputs: [.input(.bool, [2, 3]), .input(.float32, [3]), .input(.float32, [2, 1])],
                                  outputs: [.output(.float32)])
        let out = try model.run([.bools([true, false, true, false, true, false]), .floats([1, 2, 3]), .floats([-1, -2])])[0]
        #expect(out.shape == [2, 3])
        #expect(out.floats == [1, -1, 3, -2, 2, -2])
        let int64 = SingleOpModel(.selectV2, inputs: [.input(.bool, [2, 1]), .input(.int64, [1, 2]), .constant(int64: [0], shape: [])],
                                  outputs: [.output(.int64)], version: 2)
        #expect(try int64.run([.bools([true, false]), .int64s([7, 8])])[0].int64s == [7, 8, 0, 0])
    }
}
