import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// Elementwise math, CAST and the tensor generators (ZEROS_LIKE, FILL, RANGE, RANK).
@Suite struct UnaryKernelTests {
    static func unary(_ op: BuiltinOperator, _ type: TensorType = .float32, shape: [Int], version: Int = 1,
                      output: TensorType? = nil) -> SingleOpModel {
        SingleOpModel(op, inputs: [.input(type, shape)], outputs: [.output(output ?? type)], version: version)
    }

    static let floatCases: [(BuiltinOperator, @Sendable (Float) -> Float)] = [
        (.abs, { fabsf($0) }), (.neg, { -$0 }), (.square, { $0 * $0 }), (.sqrt, { sqrtf($0) }),
        (.rsqrt, { 1 / sqrtf($0) }), (.exp, { expf($0) }), (.log, { logf($0) }), (.sin, { sinf($0) }),
        (.cos, { cosf($0) }), (.floor, { floorf($0) }), (.ceil, { ceilf($0) }),
    ]

    @Test(arguments: 0..<floatCases.count)
    func floatMathMatchesTheCLibrary(index: Int) throws {
        let (op, reference) = Self.floatCases[index]
        let x: [Float] = [0.25, 1.5, 2, 3.75, 0.5, 7, 1e-3, 9.5]
        let signed = op == .sqrt || op == .rsqrt || op == .log ? x : x.enumerated().map { $0.offset % 2 == 0 ? -$0.element : $0.element }
        let out = try Self.unary(op, shape: [2, 4]).run([.floats(signed)])[0]
        #expect(out.shape == [2, 4])
        #expect(out.dataType == .float32)
        #expect(out.floats == signed.map(reference), "\(op)")
    }

    @Test func roundsHalfToEven() throws {
        let x: [Float] = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 2.4, -2.6, 1e10, .infinity, .nan]
        let out = try Self.unary(.round, shape: [12]).run([.floats(x)])[0].floats
        #expect(Array(out[0..<11]) == [-2, -2, 0, 0, 2, 2, 4, 2, -3, 1e10, .infinity])
        #expect(out[11].isNaN)
    }

    @Test func signOfFloatsAndIntegers() throws {
        let floats = try Self.unary(.sign, shape: [5]).run([.floats([-2.5, 0, -0.0, 3, .nan])])[0].floats
        #expect(Array(floats[0..<4]) == [-1, 0, 0, 1])
        #expect(floats[4].isNaN)
        let ints = try Self.unary(.sign, .int32, shape: [3], version: 2).run([.int32s([-7, 0, 9])])[0].int32s
        #expect(ints == [-1, 0, 1])
    }

    @Test func integerAbsAndNegateWrapAtTheMinimum() throws {
        let abs = try Self.unary(.abs, .int32, shape: [4]).run([.int32s([-3, 4, 0, .min])])[0].int32s
        #expect(abs == [3, 4, 0, .min])
        let neg = try Self.unary(.neg, .int64, shape: [3]).run([.int64s([5, -6, .min])])[0].int64s
        #expect(neg == [-5, 6, .min])
    }

    @Test func refusesUnsupportedTypes() throws {
        expectSwiftLiteError(.unsupported, "SQRT int32") {
            try Self.unary(.sqrt, .int32, shape: [2]).interpreter().allocateTensors()
        }
        expectSwiftLiteError(.unsupported, "quantized SQUARE int8") {
            let model = SingleOpModel(.square, inputs: [.input(.int8, [2]).quantized(scale: 0.5, zeroPoint: 1)],
                                      outputs: [.output(.int8).quantized(scale: 0.5, zeroPoint: 1)])
            try model.interpreter().allocateTensors()
        }
    }

    @Test func zeroSizeInputGivesZeroSizeOutput() throws {
        let out = try Self.unary(.exp, shape: [3, 0]).run([.floats([])])[0]
        #expect(out.shape == [3, 0])
        #expect(out.data.isEmpty)
    }

    // MARK: CAST

    @Test func castFloatToIntegersTruncatesAndSaturates() throws {
        let x: [Float] = [2.7, -2.7, 3e9, -3e9, .nan, .infinity, -0.5, 255.9]
        let int32 = try Self.unary(.cast, shape: [8], output: .int32).run([.floats(x)])[0].int32s
        #expect(int32 == [2, -2, .max, .min, .max, .max, 0, 255])
        let uint8 = try Self.unary(.cast, shape: [8], output: .uint8).run([.floats(x)])[0].values(as: UInt8.self)
        #expect(uint8 == [2, 0, 255, 0, 255, 255, 0, 255])
        let int64 = try Self.unary(.cast, shape: [8], output: .int64).run([.floats(x)])[0].int64s
        #expect(int64 == [2, -2, 3_000_000_000, -3_000_000_000, .max, .max, 0, 255])
    }

    @Test func castBetweenIntegersWraps() throws {
        let x: [Int32] = [300, -1, 70000, -70000]
        let uint8 = try Self.unary(.cast, .int32, shape: [4], output: .uint8).run([.int32s(x)])[0].values(as: UInt8.self)
        #expect(uint8 == [44, 255, 112, 144])
        let int16 = try Self.unary(.cast, .int32, shape: [4], output: .int16).run([.int32s(x)])[0].values(as: Int16.self)
        #expect(int16 == [300, -1, 4464, -4464])
        let int64 = try Self.unary(.cast, .int32, shape: [4], output: .int64).run([.int32s(x)])[0].int64s
        #expect(int64 == [300, -1, 70000, -70000])
    }

    @Test func castToAndFromBool() throws {
        let toBool = try Self.unary(.cast, shape: [5], output: .bool).run([.floats([0, -0.0, 0.5, -2, .nan])])[0].bools
        #expect(toBool == [false, false, true, true, true])
        let fromBool = try Self.unary(.cast, .bool, shape: [3], output: .float32).run([.bools([true, false, true])])[0]
        #expect(fromBool.floats == [1, 0, 1])
        let intToBool = try Self.unary(.cast, .int32, shape: [3], output: .bool).run([.int32s([0, -2, 5])])[0].bools
        #expect(intToBool == [false, true, true])
    }

    @Test func castToHalfPrecisionRoundsThroughFloat32() throws {
        let x: Int32 = 70000
        let half = try Self.unary(.cast, .int32, shape: [2], output: .float16).run([.int32s([x, 2049])])[0]
        let bits = half.values(as: UInt16.self)
        #expect(bits == [0x7C00, 0x6800])  // +inf, 2048 (2049 rounds to even)
        let bf16 = try Self.unary(.cast, shape: [2], output: .bfloat16).run([.floats([1.00390625, -3])])[0]
        #expect(bf16.values(as: UInt16.self) == [0x3F80, 0xC040])  // 1 + 2^-8 ties to 1.0
    }

    // MARK: Generators

    @Test func zerosLikeKeepsShapeAndType() throws {
        let out = try Self.unary(.zerosLike, .int64, shape: [2, 2]).run([.int64s([1, 2, 3, 4])])[0]
        #expect(out.shape == [2, 2])
        #expect(out.int64s == [0, 0, 0, 0])
    }

    @Test func fillWithConstantAndRuntimeDims() throws {
        let constant = SingleOpModel(.fill, inputs: [.constant(int32: [2, 3]), .input(.float32, [])],
                                     outputs: [.output(.float32)])
        let out = try constant.run([.floats([1.5])])[0]
        #expect(out.shape == [2, 3])
        #expect(out.floats == Array(repeating: 1.5, count: 6))

        let runtime = SingleOpModel(.fill, inputs: [.input(.int64, [3]), .constant(int32: [7], shape: [])],
                                    outputs: [.output(.int32)])
        let dynamic = try runtime.run([.int64s([1, 2, 2])])[0]
        #expect(dynamic.shape == [1, 2, 2])
        #expect(dynamic.int32s == [7, 7, 7, 7])

        let bools = SingleOpModel(.fill, inputs: [.constant(int32: [3]), .constant(bool: [true], shape: [])],
                                  outputs: [.output(.bool)])
        let folded = try bools.interpreter()
        try folded.allocateTensors()
        try folded.invoke()
        #expect(try folded.output(at: 0).bools == [true, true, true])
    }

    @Test func fillRejectsNegativeDimensions() throws {
        expectSwiftLiteError(.invalidArgument) {
            let model = SingleOpModel(.fill, inputs: [.constant(int32: [2, -1]), .input(.float32, [])],
                                      outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.runtimeFailure) {
            let model = SingleOpModel(.fill, inputs: [.input(.int32, [2]), .input(.float32, [])],
                                      outputs: [.output(.float32)])
            _ = try model.run([.int32s([2, -1]), .floats([0])])
        }
        expectSwiftLiteError(.shapeMismatch, "value must be a scalar") {
            let model = SingleOpModel(.fill, inputs: [.constant(int32: [2]), .input(.float32, [1])],
                                      outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
    }

    @Test func rangeCountsUpAndDown() throws {
        let ints = SingleOpModel(.range, inputs: [.input(.int32, []), .input(.int32, []), .input(.int32, [])],
                                 outputs: [.output(.int32)])
        #expect(try ints.run([.int32s([3]), .int32s([18]), .int32s([4])])[0].int32s == [3, 7, 11, 15])
        #expect(try ints.run([.int32s([5]), .int32s([-1]), .int32s([-2])])[0].int32s == [5, 3, 1])
        #expect(try ints.run([.int32s([4]), .int32s([4]), .int32s([1])])[0].shape == [0])

        let floats = SingleOpModel(.range, inputs: [.constant(float: [0.5], shape: []), .constant(float: [2], shape: []),
                                                    .constant(float: [0.4], shape: [])],
                                   outputs: [.output(.float32)])
        let interpreter = try floats.interpreter()
        try interpreter.allocateTensors()
        try interpreter.invoke()
        let out = try interpreter.output(at: 0).floats
        // Accumulated by repeated addition in float32, as TFLite does.
        var value: Float = 0.5
        var expected: [Float] = []
        for _ in 0..<4 { expected.append(value); value += 0.4 }
        #expect(out == expected)
    }

    @Test func rangeRejectsABadDelta() throws {
        expectSwiftLiteError(.invalidArgument, "zero delta") {
            let model = SingleOpModel(.range, inputs: [.constant(int32: [0], shape: []), .constant(int32: [5], shape: []),
                                                       .constant(int32: [0], shape: [])],
                                      outputs: [.output(.int32)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.runtimeFailure, "delta pointing away") {
            let model = SingleOpModel(.range, inputs: [.input(.int32, []), .input(.int32, []), .input(.int32, [])],
                                      outputs: [.output(.int32)])
            _ = try model.run([.int32s([0]), .int32s([5]), .int32s([-1])])
        }
    }

    @Test func rankIsKnownBeforeInvoke() throws {
        let model = SingleOpModel(.rank, inputs: [.input(.float32, [2, 3, 4])], outputs: [.output(.int32)])
        let interpreter = try model.interpreter()
        try interpreter.allocateTensors()
        let out = try interpreter.output(at: 0)
        #expect(out.shape == [])
        #expect(out.int32s == [3])
    }
}
