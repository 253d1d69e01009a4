import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// Quantized elementwise operators, activations and (de)quantization: small cases checkable by
/// hand, values recorded from the official runtime (ai-edge-litert 2.3.0, BUILTIN_REF) where the
/// arithmetic is intricate, and typed errors for parameters TFLite refuses or aborts on.
@Suite struct QuantizedElementwiseTests {
    typealias Spec = SingleOpModel.TensorSpec

    // MARK: Helpers

    static func int8(_ shape: [Int], _ scale: Float, _ zeroPoint: Int64) -> Spec {
        Spec.input(.int8, shape).quantized(scale: scale, zeroPoint: zeroPoint)
    }

    static func int16(_ shape: [Int], _ scale: Float) -> Spec {
        Spec.input(.int16, shape).quantized(scale: scale, zeroPoint: 0)
    }

    static func output(_ type: SwiftLiteSchema.TensorType, _ scale: Float, _ zeroPoint: Int64) -> Spec {
        Spec.output(type).quantized(scale: scale, zeroPoint: zeroPoint)
    }

    static func bytes(_ values: [Int8]) -> SingleOpModel.Feed { .bytes(values.map { UInt8(bitPattern: $0) }) }

    static func int16s(_ values: [Int16]) -> SingleOpModel.Feed { .bytes(SingleOpModel.bytes(of: values)) }

    /// Runs a one-operator model and returns output 0 as Int32 values.
    static func run(_ op: BuiltinOperator, _ inputs: [Spec], _ output: Spec, _ feeds: [SingleOpModel.Feed],
                    options: BuiltinOptions? = nil) throws -> [Int32] {
        let result = try SingleOpModel(op, inputs: inputs, outputs: [output], options: options).run(feeds)[0]
        switch result.dataType {
        case .int8: return result.values(as: Int8.self).map(Int32.init)
        case .uint8, .bool: return result.values(as: UInt8.self).map(Int32.init)
        case .int16: return result.values(as: Int16.self).map(Int32.init)
        case .int32: return result.values(as: Int32.self)
        default: return result.values(as: Float.self).map { Int32($0) }
        }
    }

    /// Expects `body` to fail while the interpreter allocates (prepare) or invokes.
    static func expectError(_ code: SwiftLiteError.Code, _ comment: String, _ op: BuiltinOperator, _ inputs: [Spec],
                            _ output: Spec, _ feeds: [SingleOpModel.Feed], options: BuiltinOptions? = nil) {
        expectSwiftLiteError(code, comment) {
            _ = try SingleOpModel(op, inputs: inputs, outputs: [output], options: options).run(feeds)
        }
    }

    // MARK: QUANTIZE / DEQUANTIZE

    @Test func quantizeRoundsHalfAwayAndClamps() throws {
        // round(x / 0.5) + 10: ties away from zero; NaN and infinities convert to int32's minimum
        // (x86-64), which clamps to -128, as in the official runtime.
        let x: [Float] = [0, 0.25, -0.25, 1.26, 100, -100, .nan, .infinity]
        let y = try Self.run(.quantize, [.input(.float32, [8])], Self.output(.int8, 0.5, 10), [.floats(x)])
        #expect(y == [10, 11, 9, 13, 127, -128, -128, -128])
    }

    @Test func quantizePerChannelUsesEachSlicesScale() throws {
        var output = Spec.output(.int8, [2, 2])
        output.quantization = (0.5, 0)
        let model = SingleOpModel(.quantize, inputs: [.input(.float32, [2, 2])], outputs: [output])
        var schema = model.schemaModel
        var parameters = SwiftLiteSchema.QuantizationParameters()
        parameters.scale = [0.5, 2]
        parameters.zeroPoint = [0, 1]
        parameters.quantizedDimension = 1
        schema.subgraphs?[0].tensors?[1].quantization = parameters
        let interpreter = try Interpreter(modelData: Data(try ModelWriter().serialize(schema)))
        try interpreter.allocateTensors()
        try interpreter.copy(SingleOpModel.Feed.floats([1, 4, -1, -4]).data, toInputAt: 0)
        try interpreter.invoke()
        #expect(try interpreter.output(at: 0).values(as: Int8.self) == [2, 3, -2, -1])
    }

    @Test func requantizeFlipsTheSignBitBetweenInt8AndUInt8() throws {
        let y = try Self.run(.quantize, [Self.int8([4], 0.05, -3)], Self.output(.uint8, 0.05, 125), [Self.bytes([-128, -3, 0, 127])])
        #expect(y == [0, 125, 128, 255])
        let z = try Self.run(.quantize, [Self.int8([3], 0.1, 0)], Self.output(.int8, 0.2, 5), [Self.bytes([10, -10, 127])])
        #expect(z == [10, 0, 69], "10 -> 5 + 5; -10 -> -5 + 5; 127 -> 63.5 rounds up, + 5")
    }

    @Test func dequantizeIsScaleTimesCenteredValue() throws {
        let result = try SingleOpModel(.dequantize, inputs: [Self.int8([3], 0.5, 10)], outputs: [.output(.float32)])
            .run([Self.bytes([10, 12, -128])])[0]
        #expect(result.floats == [0, 1, -69])
        let wide = try SingleOpModel(.dequantize, inputs: [Self.int16([2], 0.25)], outputs: [.output(.float32)])
            .run([Self.int16s([Int16(-32768), 3])])[0]
        #expect(wide.floats == [-8192, 0.75])
    }

    @Test func quantizeRefusesBadParameters() {
        Self.expectError(.invalidModel, "int16 to int16 needs zero points 0", .quantize,
                         [.input(.int16, [2]).quantized(scale: 0.5, zeroPoint: 3)], Self.output(.int16, 0.5, 0),
                         [Self.int16s([Int16(1), 2])])
        Self.expectError(.invalidModel, "no output quantization", .quantize, [.input(.float32, [2])], .output(.int8),
                         [.floats([1, 2])])
        Self.expectError(.invalidModel, "zero scale", .quantize, [.input(.float32, [2])], Self.output(.int8, 0, 0),
                         [.floats([1, 2])])
        Self.expectError(.unsupported, "float output", .quantize, [.input(.float32, [2])], .output(.float32),
                         [.floats([1, 2])])
    }

    // MARK: Arithmetic

    @Test func addRescalesBothInputsAndClampsTheActivation() throws {
        // 0.1 * [1, 2, -30] + 0.2 * [10, 20, 0] on scale 0.1: [21, 42, -30]; RELU clamps at zero point 0.
        let inputs = [Self.int8([3], 0.1, 0), Self.int8([3], 0.2, 0)]
        let feeds = [Self.bytes([1, 2, -30]), Self.bytes([10, 20, 0])]
        #expect(try Self.run(.add, inputs, Self.output(.int8, 0.1, 0), feeds) == [21, 42, -30])
        var options = AddOptions()
        options.fusedActivationFunction = .relu
        #expect(try Self.run(.add, inputs, Self.output(.int8, 0.1, 0), feeds, options: .addOptions(options)) == [21, 42, 0])
    }

    @Test func arithmeticBroadcastsAScalar() throws {
        let y = try Self.run(.mul, [Self.int8([2, 2], 0.1, 0), Self.int8([], 0.5, 0)], Self.output(.int8, 0.05, 0),
                             [Self.bytes([10, -10, 3, 0]), Self.bytes([4])])
        #expect(y == [40, -40, 12, 0], "2 * 1.0 = 2.0 on scale 0.05")
        let m = try Self.run(.maximum, [Self.int8([3], 0.1, 0), Self.int8([1], 0.1, 0)], Self.output(.int8, 0.1, 0),
                             [Self.bytes([-5, 5, 100]), Self.bytes([7])])
        #expect(m == [7, 7, 100])
    }

    @Test func subtractWithAnOutputMultiplierAboveOneMatchesTheOfficialRuntime() throws {
        // TFLite rescales the difference with its "smaller than one" multiply even here; the
        // official runtime's results (x86-64 shift semantics) are reproduced.
        let y = try Self.run(.sub, [Self.int8([4], 1, 0), Self.int8([4], 1, 3)], Self.output(.int8, 1e-7, 0),
                             [Self.bytes([-3, 0, 2, 1]), Self.bytes([3, 5, 0, 6])], options: .subOptions(SubOptions()))
        #expect(y == [-1, -1, 1, -1])
    }

    @Test func divideMatchesTheOfficialRuntimeIncludingWideShifts() throws {
        let y = try Self.run(.div, [Self.int8([6], 0.05, 0), Self.int8([6], 0.05, -5)], Self.output(.int8, 1, 17),
                             [Self.bytes([1, -1, 2, 100, -128, 127]), Self.bytes([-4, -6, 10, 3, 127, -128])])
        #expect(y == [18, 18, 17, 30, 16, 16])
        Self.expectError(.runtimeFailure, "a denominator at its zero point", .div,
                         [Self.int8([2], 0.1, 0), Self.int8([2], 0.1, 3)], Self.output(.int8, 0.1, 0),
                         [Self.bytes([1, 2]), Self.bytes([5, 3])])
    }

    @Test func int16PowerOfTwoAddSaturates() throws {
        let y = try Self.run(.add, [Self.int16([3], 1.0 / 4096), Self.int16([3], 1.0 / 8192)], Self.output(.int16, 1.0 / 4096, 0),
                             [Self.int16s([Int16(30000), -100, 5]), Self.int16s([Int16(10000), 3, -3])], options: .addOptions(AddOptions()))
        #expect(y == [32767, -98, 3], "the second input is halved with rounding (1.5 -> 2, -1.5 -> -2)")
    }

    @Test func arithmeticRefusesMissingOrBadQuantization() {
        Self.expectError(.invalidModel, "no input quantization", .add, [.input(.int8, [2]), .input(.int8, [2])],
                         Self.output(.int8, 0.1, 0), [Self.bytes([1, 2]), Self.bytes([1, 2])])
        Self.expectError(.invalidModel, "zero point outside int8", .add, [Self.int8([2], 0.1, 300), Self.int8([2], 0.1, 0)],
                         Self.output(.int8, 0.1, 0), [Self.bytes([1, 2]), Self.bytes([1, 2])])
        Self.expectError(.unsupported, "no quantized POW", .pow, [Self.int8([2], 0.1, 0), Self.int8([2], 0.1, 0)],
                         Self.output(.int8, 0.1, 0), [Self.bytes([1, 2]), Self.bytes([1, 2])])
        Self.expectError(.invalidModel, "a SQUARED_DIFFERENCE output multiplier of 1 or more (TFLite aborts)", .squaredDifference,
                         [Self.int8([2], 1, 0), Self.int8([2], 1, 0)], Self.output(.int8, 1e-5, 0),
                         [Self.bytes([1, 2]), Self.bytes([1, 2])])
        Self.expectError(.shapeMismatch, "shapes that do not broadcast", .add, [Self.int8([2], 0.1, 0), Self.int8([3], 0.1, 0)],
                         Self.output(.int8, 0.1, 0), [Self.bytes([1, 2]), Self.bytes([1, 2, 3])])
    }

    // MARK: Comparisons

    @Test func comparisonsRescaleBothSides() throws {
        // [1.0, 1.6, 2.0, -0.5] < [1.5, 1.5, 2.0, -0.5]
        let inputs = [Self.int8([4], 0.1, 0), Self.int8([4], 0.5, 1)]
        let feeds = [Self.bytes([10, 16, 20, -5]), Self.bytes([4, 4, 5, 0])]
        #expect(try Self.run(.less, inputs, .output(.bool), feeds) == [1, 0, 0, 0])
        #expect(try Self.run(.equal, inputs, .output(.bool), feeds) == [0, 0, 1, 1])
        #expect(try Self.run(.greaterEqual, inputs, .output(.bool), feeds) == [0, 1, 1, 1])
    }

    // MARK: Activations

    @Test func reluFamilyRequantizesAndClamps() throws {
        let input = Self.int8([5], 0.1, -10)
        let feeds = [Self.bytes([-128, -10, 0, 50, 127])]
        #expect(try Self.run(.relu, [input], Self.output(.int8, 0.1, -10), feeds) == [-10, -10, 0, 50, 127])
        #expect(try Self.run(.relu6, [input], Self.output(.int8, 0.1, -10), feeds) == [-10, -10, 0, 50, 50])
        #expect(try Self.run(.reluN1To1, [input], Self.output(.int8, 0.1, -10), feeds) == [-20, -10, 0, 0, 0])
        var options = LeakyReluOptions()
        options.alpha = 0.5
        #expect(try Self.run(.leakyRelu, [Self.int8([2], 0.1, 0)], Self.output(.int8, 0.1, 0), [Self.bytes([-10, 10])],
                             options: .leakyReluOptions(options)) == [-5, 10])
    }

    @Test func tableActivationsMatchTheOfficialRuntime() throws {
        #expect(try Self.run(.hardSwish, [Self.int8([7], 0.05, 0)], Self.output(.int8, 0.03, -10),
                             [Self.bytes([0, 20, 60, 127, -20, -60, -128])]) == [-10, 12, 90, 127, -21, -10, -10])
        #expect(try Self.run(.logistic, [Self.int8([1], 0.1, 0)], Self.output(.int8, 1.0 / 256, -128), [Self.bytes([0])]) == [0])
        #expect(try Self.run(.rsqrt, [Self.int8([5], 0.05, -128)], Self.output(.int8, 0.03, -128),
                             [Self.bytes([-128, -127, -100, 0, 127])]) == [127, 21, -100, -115, -119])
        #expect(try Self.run(.exp, [Self.int8([4], 0.5, 0)], Self.output(.int8, 0.01, 0),
                             [Self.bytes([0, -10, 127, 10])]) == [100, 1, 127, 127], "overflowing exponentials saturate")
    }

    @Test func int16LogisticAndTanhMatchTheOfficialRuntime() throws {
        #expect(try Self.run(.logistic, [Self.int16([6], 1.0 / 4096)], Self.output(.int16, 1.0 / 32768, 0),
                             [Self.int16s([Int16(0), 4096, -4096, 32767, -32768, 100])])
                == [16384, 23956, 8812, 32757, 11, 16584])
        #expect(try Self.run(.tanh, [Self.int16([6], 0.0007)], Self.output(.int16, 1.0 / 32768, 0),
                             [Self.int16s([Int16(0), 1000, -1000, 32767, -32768, 100])])
                == [0, 19804, -19804, 32767, -32767, 2289])
    }

    @Test func softmaxAndLogSoftmaxMatchTheOfficialRuntime() throws {
        var options = SoftmaxOptions()
        options.beta = 1
        #expect(try Self.run(.softmax, [Self.int8([1, 4], 0.1, 0)], Self.output(.int8, 1.0 / 256, -128),
                             [Self.bytes([3, 3, 3, 3])], options: .softmaxOptions(options)) == [-64, -64, -64, -64])
        #expect(try Self.run(.softmax, [Self.int16([1, 5], 1e-3)], Self.output(.int16, 1.0 / 32768, 0),
                             [Self.int16s([Int16(0), 1000, 2000, -3000, 2000])], options: .softmaxOptions(options))
                == [1767, 4803, 13055, 88, 13055])
        #expect(try Self.run(.logSoftmax, [Self.int8([1, 4], 0.1, 0)], Self.output(.int8, 16.0 / 256, 127),
                             [Self.bytes([0, 10, 20, -100])]) == [88, 104, 120, -72])
    }

    @Test func activationsRefuseParametersTFLiteRejects() {
        Self.expectError(.invalidModel, "LOGISTIC output scale must be 1/256", .logistic, [Self.int8([2], 0.1, 0)],
                         Self.output(.int8, 0.01, -128), [Self.bytes([1, 2])])
        Self.expectError(.invalidModel, "int8 SOFTMAX output zero point must be -128", .softmax, [Self.int8([2], 0.1, 0)],
                         Self.output(.int8, 1.0 / 256, 0), [Self.bytes([1, 2])], options: .softmaxOptions(SoftmaxOptions()))
        Self.expectError(.invalidModel, "LOG_SOFTMAX output scale must be 16/256", .logSoftmax, [Self.int8([2], 0.1, 0)],
                         Self.output(.int8, 0.1, 127), [Self.bytes([1, 2])])
        Self.expectError(.typeMismatch, "the output must keep the input's type", .relu, [Self.int8([2], 0.1, 0)],
                         Self.output(.uint8, 0.1, 0), [Self.bytes([1, 2])])
        Self.expectError(.invalidModel, "HARD_SWISH output scale below input scale / 128", .hardSwish, [Self.int8([2], 1, 0)],
                         Self.output(.int8, 0.001, 0), [Self.bytes([1, 2])])
        Self.expectError(.unsupported, "TFLite has no int16 HARD_SWISH", .hardSwish, [Self.int16([2], 0.1)],
                         Self.output(.int16, 0.1, 0), [Self.int16s([Int16(1), 2])])
        Self.expectError(.runtimeFailure, "SQRT of a negative value", .sqrt, [Self.int8([2], 0.1, 0)],
                         Self.output(.int8, 0.1, 0), [Self.bytes([1, -2])])
    }
}
