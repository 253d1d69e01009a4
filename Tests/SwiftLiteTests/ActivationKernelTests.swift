import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// Activation functions, PRELU and LOG_SOFTMAX.
@Suite struct ActivationKernelTests {
    static let x: [Float] = [-7, -3.5, -1, -0.25, 0, 0.25, 0.5, 1, 2.5, 3, 6.5, 20]

    static func activation(_ op: BuiltinOperator, options: BuiltinOptions? = nil, version: Int = 1) throws -> [Float] {
        let model = SingleOpModel(op, inputs: [.input(.float32, [3, 4])], outputs: [.output(.float32)],
                                  options: options, version: version)
        let out = try model.run([.floats(x)])[0]
        #expect(out.shape == [3, 4])
        return out.floats
    }

    @Test func clampingActivations() throws {
        #expect(try Self.activation(.relu) == Self.x.map { max($0, 0) })
        #expect(try Self.activation(.relu6) == Self.x.map { min(max($0, 0), 6) })
        #expect(try Self.activation(.reluN1To1) == Self.x.map { min(max($0, -1), 1) })
        #expect(try Self.activation(.relu0To1) == Self.x.map { min(max($0, 0), 1) })
    }

    @Test func leakyReluUsesAlpha() throws {
        var options = LeakyReluOptions()
        options.alpha = 0.2
        #expect(try Self.activation(.leakyRelu, options: .leakyReluOptions(options)) == Self.x.map { $0 > 0 ? $0 : $0 * 0.2 })
        options.alpha = -1.5  // alpha may be negative
        #expect(try Self.activation(.leakyRelu, options: .leakyReluOptions(options), version: 2)
                == Self.x.map { $0 > 0 ? $0 : $0 * -1.5 })
    }

    @Test func smoothActivations() throws {
        #expect(try Self.activation(.elu) == Self.x.map { $0 < 0 ? expm1f($0) : $0 })
        #expect(try Self.activation(.tanh) == Self.x.map { tanhf($0) })
        let hardSwish = try Self.activation(.hardSwish)
        #expect(hardSwish == Self.x.map { $0 * min(max($0 + 3, 0), 6) / 6 })
        #expect(hardSwish[0] == 0 && hardSwish[11] == 20)
    }

    @Test func logisticUsesTFLiteCutoffs() throws {
        let x: [Float] = [-100, -30, -9.5, -9, -1, 0, 1, 16, 16.7, 100]
        let model = SingleOpModel(.logistic, inputs: [.input(.float32, [10])], outputs: [.output(.float32)])
        let out = try model.run([.floats(x)])[0].floats
        #expect(out[0] == expf(-100))  // below -9: exp(x), not 1 / (1 + exp(-x))
        #expect(out[2] == expf(-9.5))
        #expect(out[3] == 1 / (1 + expf(9)))
        #expect(out[5] == 0.5)
        #expect(out[7] == 1 / (1 + expf(-16)))
        #expect(out[8] == 1 && out[9] == 1)
    }

    @Test func geluExactAndApproximate() throws {
        let x: [Float] = [-6, -4, -1, -0.3, 0, 0.2, 1.7, 4]
        func run(_ approximate: Bool) throws -> [Float] {
            var options = GeluOptions()
            options.approximate = approximate
            let model = SingleOpModel(.gelu, inputs: [.input(.float32, [8])], outputs: [.output(.float32)],
                                      options: .geluOptions(options))
            return try model.run([.floats(x)])[0].floats
        }
        // Values from the official runtime (TFLite 2.x).
        let exact: [Float] = [0, -1.2671947e-04, -1.5865529e-01, -1.1462659e-01, 0, 1.1585194e-01, 1.6242388, 3.9998732]
        let approximate: [Float] = [0, -7.02142715e-05, -1.58807993e-01, -1.14629082e-01, 0, 1.15851425e-01, 1.62410581,
                                    3.99992990]
        #expect(close(try run(false), exact, rtol: 2e-5, atol: 2e-6))
        #expect(close(try run(true), approximate, rtol: 2e-5, atol: 2e-6))
    }

    @Test func nanPassesThroughClamps() throws {
        let model = SingleOpModel(.relu6, inputs: [.input(.float32, [1])], outputs: [.output(.float32)])
        #expect(try model.run([.floats([.nan])])[0].floats[0].isNaN)
    }

    @Test func refusesQuantizedAndIntegerInputs() throws {
        expectSwiftLiteError(.unsupported, "TFLite has no int16 RELU_N1_TO_1") {
            let model = SingleOpModel(.reluN1To1, inputs: [.input(.int16, [2]).quantized(scale: 0.1, zeroPoint: 0)],
                                      outputs: [.output(.int16).quantized(scale: 0.1, zeroPoint: 0)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.unsupported) {
            let model = SingleOpModel(.tanh, inputs: [.input(.int32, [2])], outputs: [.output(.int32)])
            try model.interpreter().allocateTensors()
        }
    }

    // MARK: PRELU

    @Test func preluBroadcastsAlphaPerChannel() throws {
        let model = SingleOpModel(.prelu, inputs: [.input(.float32, [1, 2, 2, 3]),
                                                   .constant(float: [0.1, 0.5, 2], shape: [1, 1, 3])],
                                  outputs: [.output(.float32)])
        let x: [Float] = [-1, -1, -1, 2, -2, 0, -3, 4, -5, 1, 1, -1]
        let out = try model.run([.floats(x)])[0]
        #expect(out.shape == [1, 2, 2, 3])
        let alpha: [Float] = [0.1, 0.5, 2]
        #expect(out.floats == x.enumerated().map { $0.element >= 0 ? $0.element : $0.element * alpha[$0.offset % 3] })
    }

    @Test func preluWithFullAlphaAndBadShapes() throws {
        let model = SingleOpModel(.prelu, inputs: [.input(.float32, [2, 2]), .input(.float32, [2, 2])],
                                  outputs: [.output(.float32)])
        #expect(try model.run([.floats([-1, 2, -3, 4]), .floats([2, 2, 0.5, 0.5])])[0].floats == [-2, 2, -1.5, 4])
        expectSwiftLiteError(.shapeMismatch, "alpha must not grow the input") {
            let model = SingleOpModel(.prelu, inputs: [.input(.float32, [2]), .input(.float32, [3, 2])],
                                      outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.shapeMismatch, "alpha does not broadcast") {
            let model = SingleOpModel(.prelu, inputs: [.input(.float32, [2, 3]), .constant(float: [1, 2])],
                                      outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
    }

    // MARK: LOG_SOFTMAX

    @Test func logSoftmaxAlongTheLastAxis() throws {
        let model = SingleOpModel(.logSoftmax, inputs: [.input(.float32, [2, 3])], outputs: [.output(.float32)])
        let x: [Float] = [1, 2, 3, -50, 0, 50]
        let out = try model.run([.floats(x)])[0].floats
        var expected: [Float] = []
        for row in 0..<2 {
            let values = Array(x[(row * 3)..<(row * 3 + 3)])
            let maximum = values.max() ?? 0
            var sum: Float = 0
            for v in values { sum += expf(v - maximum) }
            expected += values.map { $0 - maximum - logf(sum) }
        }
        #expect(out == expected)
        let rowSum = out.prefix(3).map { expf($0) }.reduce(0, +)
        #expect(abs(rowSum - 1) < 1e-6)
    }

    @Test func logSoftmaxRefusesAScalar() throws {
        expectSwiftLiteError(.shapeMismatch) {
            let model = SingleOpModel(.logSoftmax, inputs: [.input(.float32, [])], outputs: [.output(.float32)])
            try model.interpreter().allocateTensors()
        }
    }
}
