import Foundation
import SwiftLite
import SwiftLiteSchema
import Testing

/// Quantized pooling, reductions, concatenation, resizing and padding: hand-checkable cases of
/// TFLite's integer arithmetic, quantization-parameter errors, and (when present) extra golden
/// cases recorded from the official runtime's reference kernels in `Tests/Fixtures/q3ops`
/// (generated outside the repository; the folder may be absent).
@Suite struct QuantizedPoolingReductionTests {
    static let extraGoldens = GoldenCase.load("q3ops")

    @Test(arguments: extraGoldens)
    func matchesTheOfficialReferenceKernels(golden: GoldenCase) {
        switch GoldenRunner.run(golden) {
        case .passed: break
        case .unsupported(let message): Issue.record("\(golden.name): unsupported: \(message)")
        case .failed(let message): Issue.record("\(golden.name) (\(golden.ops.joined(separator: ", "))): \(message)")
        }
    }

    // MARK: Pooling

    static func pool(_ op: BuiltinOperator, _ type: TensorType, shape: [Int], filter: (Int32, Int32), stride: (Int32, Int32),
                     activation: ActivationFunctionType = .none, input: (Float, Int64), output: (Float, Int64)? = nil) -> SingleOpModel {
        var o = Pool2DOptions()
        o.padding = .valid
        (o.filterHeight, o.filterWidth) = filter
        (o.strideH, o.strideW) = stride
        o.fusedActivationFunction = activation
        let out = output ?? input
        return SingleOpModel(op, inputs: [Q.tensor(type, shape, input)], outputs: [Q.tensor(type, [], out, output: true)],
                             options: .pool2DOptions(o), version: 2)
    }

    @Test func averagePoolRoundsHalfAwayFromZero() throws {
        // 1x2 windows: sums 3 -> 2, -3 -> -2, 1 -> 1 (0.5 away from zero), -1 -> -1.
        let model = Self.pool(.averagePool2d, .int8, shape: [1, 1, 8, 1], filter: (1, 2), stride: (1, 2), input: (0.5, 0))
        let out = try Q.run(model, [.int8s([1, 2, -1, -2, 0, 1, 0, -1])])
        #expect(out[0].values(as: Int8.self) == [2, -2, 1, -1])
        let unsigned = Self.pool(.averagePool2d, .uint8, shape: [1, 1, 4, 1], filter: (1, 2), stride: (1, 2), input: (0.5, 128))
        #expect(try Q.run(unsigned, [.bytes([1, 2, 254, 255])])[0].values(as: UInt8.self) == [2, 255])
        let wide = Self.pool(.averagePool2d, .int16, shape: [1, 2, 2, 1], filter: (2, 2), stride: (1, 1), input: (0.001, 0))
        #expect(try Q.run(wide, [.int16s([-30000, -30000, -30000, -29999])])[0].values(as: Int16.self) == [-30000])
    }

    @Test func maxPoolClampsToTheQuantizedActivationRange() throws {
        // RELU with zero point -10: nothing below -10; RELU6 with scale 0.5: nothing above -10 + 12.
        let relu = Self.pool(.maxPool2d, .int8, shape: [1, 1, 4, 1], filter: (1, 2), stride: (1, 2), activation: .relu,
                             input: (0.5, -10))
        #expect(try Q.run(relu, [.int8s([-128, -50, 3, 7])])[0].values(as: Int8.self) == [-10, 7])
        let relu6 = Self.pool(.maxPool2d, .int8, shape: [1, 1, 4, 1], filter: (1, 2), stride: (1, 2), activation: .relu6,
                              input: (0.5, -10))
        #expect(try Q.run(relu6, [.int8s([-128, -50, 3, 7])])[0].values(as: Int8.self) == [-10, 2])
    }

    @Test func poolingRefusesRescaling() {
        expectSwiftLiteError(.unsupported, "different output scale") {
            let model = Self.pool(.maxPool2d, .int8, shape: [1, 2, 2, 1], filter: (2, 2), stride: (1, 1), input: (0.5, 0), output: (0.25, 0))
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.invalidModel, "int16 with a zero point") {
            let model = Self.pool(.maxPool2d, .int16, shape: [1, 2, 2, 1], filter: (2, 2), stride: (1, 1), input: (0.5, 3))
            try model.interpreter().allocateTensors()
        }
        expectSwiftLiteError(.invalidModel, "no quantization") {
            let model = SingleOpModel(.maxPool2d, inputs: [.input(.int8, [1, 2, 2, 1])], outputs: [.output(.int8)],
                                      options: Self.pool(.maxPool2d, .int8, shape: [1], filter: (2, 2), stride: (1, 1), input: (1, 0)).options)
            try model.interpreter().allocateTensors()
        }
    }

    // MARK: Reductions

    static func reduce(_ op: BuiltinOperator, _ type: TensorType, shape: [Int], axes: [Int32], input: (Float, Int64),
                       output: (Float, Int64), keepDims: Bool = false) -> SingleOpModel {
        var o = ReducerOptions()
        o.keepDims = keepDims
        return SingleOpModel(op, inputs: [Q.tensor(type, shape, input), .constant(int32: axes)],
                             outputs: [Q.tensor(type, [], output, output: true)], options: .reducerOptions(o), version: 2)
    }

    @Test func meanFoldsTheCountIntoTheMultiplierAndRoundsTwice() throws {
        // mean(1, 2) = 1.5 -> 2 and mean(-1, -2) = -1.5 -> -1: gemmlowp's rounding high multiply
        // breaks ties upward (values checked against the official runtime).
        let model = Self.reduce(.mean, .int8, shape: [2, 2], axes: [1], input: (0.5, 0), output: (0.5, 0))
        #expect(try Q.run(model, [.int8s([1, 2, -1, -2])])[0].values(as: Int8.self) == [2, -1])
        // Zero points and a rescale: real values 0.5 * (q + 3); mean over 3 values, output scale 0.25, zero point 10.
        let rescaled = Self.reduce(.mean, .int8, shape: [3], axes: [0], input: (0.5, -3), output: (0.25, 10))
        // q = -3, 1, 5 -> reals 0, 2, 4 -> mean 2 -> 2 / 0.25 + 10 = 18.
        #expect(try Q.run(rescaled, [.int8s([-3, 1, 5])])[0].values(as: Int8.self) == [18])
        // 765 - 4 * 100 = 365 over 4: the multiplier 1/4 is 2^30 · 2^-1, so 365 / 2 = 182.5 -> 183,
        // then 183 / 2 = 91.5 -> 92 (one rounding of 91.25 would give 91): 192, as the official runtime.
        let unsigned = Self.reduce(.mean, .uint8, shape: [4], axes: [0], input: (1, 100), output: (1, 100))
        #expect(try Q.run(unsigned, [.bytes([0, 255, 255, 255])])[0].values(as: UInt8.self) == [192])
    }

    @Test func sumRequantizesAndClamps() throws {
        let model = Self.reduce(.sum, .uint8, shape: [2, 3], axes: [1], input: (1, 0), output: (2, 0))
        #expect(try Q.run(model, [.bytes([10, 20, 30, 200, 200, 200])])[0].values(as: UInt8.self) == [30, 255])
        let signed = Self.reduce(.sum, .int8, shape: [2], axes: [0], input: (1, 0), output: (1, 0))
        #expect(try Q.run(signed, [.int8s([-1, 2])])[0].values(as: Int8.self) == [1])
        let wide = Self.reduce(.sum, .int16, shape: [3], axes: [0], input: (0.5, 0), output: (1, 0))
        #expect(try Q.run(wide, [.int16s([1000, -3000, 7])])[0].values(as: Int16.self) == [-997], "-996.5 rounds away from zero")
    }

    @Test func signedSumsFollowTheOptimizedKernelAndUnsignedTheReference() throws {
        // TFLite's reference SUM misreads int8/int16 (LiteRT issue #4079); SwiftLite computes
        // them as its optimized kernel does, in float: -3 · 0.5 = -1.5 rounds away to -2 (values
        // checked against the official runtime).
        let signed = Self.reduce(.sum, .int8, shape: [2], axes: [0], input: (1, 0), output: (2, 0))
        for reference in [false, true] {
            #expect(try Q.run(signed, [.int8s([-1, -2])], reference: reference)[0].values(as: Int8.self) == [-2])
        }
        // uint8 follows the reference kernel's integer rescale: 17 - 20 = -3 at scale 1/2 is -1
        // there (the gemmlowp high multiply breaks the tie upward), + 10.
        let unsigned = Self.reduce(.sum, .uint8, shape: [2], axes: [0], input: (1, 10), output: (2, 10))
        #expect(try Q.run(unsigned, [.bytes([9, 8])], reference: true)[0].values(as: UInt8.self) == [9])
    }

    @Test func productRescalesEveryStep() throws {
        // Unit scales: the per-step multiplier is 1 and products are exact.
        let model = Self.reduce(.reduceProd, .int8, shape: [2, 3], axes: [1], input: (1, 0), output: (1, 0))
        #expect(try Q.run(model, [.int8s([2, 3, 4, -1, 5, -6])])[0].values(as: Int8.self) == [24, 30])
        // Scale 0.5, zero point 1: reals (q - 1) / 2 = 1, 2, 3 -> 6 -> output scale 0.5: 12.
        let scaled = Self.reduce(.reduceProd, .int8, shape: [3], axes: [0], input: (0.5, 1), output: (0.5, 0))
        #expect(try Q.run(scaled, [.int8s([3, 5, 7])])[0].values(as: Int8.self) == [12])
        expectSwiftLiteError(.unsupported, "quantized uint8 product") {
            try Self.reduce(.reduceProd, .uint8, shape: [2], axes: [0], input: (1, 0), output: (1, 0)).interpreter().allocateTensors()
        }
    }

    @Test func maxAndMinNeedTheInputQuantization() throws {
        let model = Self.reduce(.reduceMax, .int8, shape: [2, 2], axes: [0], input: (0.5, -3), output: (0.5, -3))
        #expect(try Q.run(model, [.int8s([-128, 5, 7, -9])])[0].values(as: Int8.self) == [7, 5])
        expectSwiftLiteError(.unsupported, "rescaling maximum") {
            try Self.reduce(.reduceMax, .int8, shape: [2], axes: [0], input: (0.5, 0), output: (0.25, 0)).interpreter().allocateTensors()
        }
        expectSwiftLiteError(.invalidModel, "int16 zero point") {
            try Self.reduce(.reduceMin, .int16, shape: [2], axes: [0], input: (0.5, 2), output: (0.5, 2)).interpreter().allocateTensors()
        }
    }

    // MARK: Concatenation

    @Test func uint8ConcatenationRequantizesEachInput() throws {
        var o = ConcatenationOptions()
        o.axis = 0
        // Input 1 (scale 0.5, zero point 10): 30 -> 10.0 -> 10; 11 -> 0.5 -> rounds away to 1.
        let model = SingleOpModel(.concatenation, inputs: [Q.tensor(.uint8, [2], (1, 0)), Q.tensor(.uint8, [2], (0.5, 10))],
                                  outputs: [Q.tensor(.uint8, [], (1, 0), output: true)], options: .concatenationOptions(o))
        #expect(try Q.run(model, [.bytes([10, 20]), .bytes([30, 11])])[0].values(as: UInt8.self) == [10, 20, 10, 1])
        let signed = SingleOpModel(.concatenation, inputs: [Q.tensor(.int8, [2], (1, 0)), Q.tensor(.int8, [2], (0.5, 0))],
                                   outputs: [Q.tensor(.int8, [], (1, 0), output: true)], options: .concatenationOptions(o))
        expectSwiftLiteError(.unsupported, "int8 inputs quantized differently") { try signed.interpreter().allocateTensors() }
        let wide = SingleOpModel(.concatenation, inputs: [Q.tensor(.int16, [1], (1, 0)), Q.tensor(.int16, [1], (0.5, 0))],
                                 outputs: [Q.tensor(.int16, [], (1, 0), output: true)], options: .concatenationOptions(o))
        #expect(try Q.run(wide, [.int16s([300]), .int16s([-7])])[0].values(as: Int16.self) == [300, -7], "int16 is copied as TFLite does")
    }

    // MARK: Resize

    static func resize(_ type: TensorType, width: Int, to size: Int32, quantization: (Float, Int64)) -> SingleOpModel {
        SingleOpModel(.resizeBilinear, inputs: [Q.tensor(type, [1, 1, width, 1], quantization), .constant(int32: [1, size])],
                      outputs: [Q.tensor(type, [], quantization, output: true)], options: .resizeBilinearOptions(ResizeBilinearOptions()))
    }

    @Test func integerBilinearUsesTenFractionalBits() throws {
        let model = Self.resize(.int8, width: 2, to: 4, quantization: (0.5, 0))
        #expect(try Q.run(model, [.int8s([0, 100])])[0].values(as: Int8.self) == [0, 50, 100, 100])
        // -0.5 rounds away from zero.
        #expect(try Q.run(model, [.int8s([0, -1])])[0].values(as: Int8.self) == [0, -1, -1, -1])
        let wide = Self.resize(.int16, width: 2, to: 4, quantization: (0.5, 0))
        #expect(try Q.run(wide, [.int16s([-1000, 3001])])[0].values(as: Int16.self) == [-1000, 1001, 3001, 3001])
        // uint8 goes through float32 and adds 0.5 before truncating.
        let unsigned = Self.resize(.uint8, width: 2, to: 4, quantization: (0.5, 3))
        #expect(try Q.run(unsigned, [.bytes([0, 101])])[0].values(as: UInt8.self) == [0, 51, 101, 101])
    }

    // MARK: Padding and copies

    @Test func padUsesTheOutputZeroPoint() throws {
        var paddings = SingleOpModel.TensorSpec.constant(int32: [1, 1], shape: [1, 2])
        paddings.shape = [1, 2]
        let model = SingleOpModel(.pad, inputs: [Q.tensor(.int8, [2], (0.5, -5)), paddings],
                                  outputs: [Q.tensor(.int8, [], (0.5, -7), output: true)])
        let out = try Q.run(model, [.int8s([1, 2])])
        #expect(out[0].values(as: Int8.self) == [-7, 1, 2, -7])
        #expect(out[0].quantizationParameters?.zeroPoint == -7, "the output keeps the model's quantization")
        var constant = SingleOpModel.TensorSpec.constant(.int8, [], bytes: [UInt8(bitPattern: -9)])
        constant.quantization = (0.25, -5)
        let padv2 = SingleOpModel(.padv2, inputs: [Q.tensor(.int8, [2], (0.5, -5)), paddings, constant],
                                  outputs: [Q.tensor(.int8, [], (0.5, -5), output: true)])
        expectSwiftLiteError(.unsupported, "constant quantized unlike the output") { try padv2.interpreter().allocateTensors() }
        constant.quantization = (0.5, -5)
        let matching = SingleOpModel(.padv2, inputs: [Q.tensor(.int8, [2], (0.5, -5)), paddings, constant],
                                     outputs: [Q.tensor(.int8, [], (0.5, -5), output: true)])
        #expect(try Q.run(matching, [.int8s([1, 2])])[0].values(as: Int8.self) == [-9, 1, 2, -9])
    }

    @Test func spaceToBatchPadsWithTheZeroPoint() throws {
        let model = SingleOpModel(.spaceToBatchNd, inputs: [Q.tensor(.uint8, [1, 1, 1, 1], (0.5, 77)), .constant(int32: [1, 2]),
                                                            .constant(int32: [0, 0, 0, 1], shape: [2, 2])],
                                  outputs: [Q.tensor(.uint8, [], (0.5, 77), output: true)])
        #expect(try Q.run(model, [.bytes([5])])[0].values(as: UInt8.self) == [5, 77])
        let mismatched = SingleOpModel(.spaceToBatchNd, inputs: [Q.tensor(.uint8, [1, 1, 1, 1], (0.5, 77)), .constant(int32: [1, 2]),
                                                                 .constant(int32: [0, 0, 0, 1], shape: [2, 2])],
                                       outputs: [Q.tensor(.uint8, [], (0.5, 78), output: true)])
        expectSwiftLiteError(.unsupported, "output zero point differs") { try mismatched.interpreter().allocateTensors() }
    }

    @Test func copiesKeepTheModelsOutputQuantization() throws {
        // TRANSPOSE copies the bytes and leaves the output's own parameters, as TFLite does.
        let model = SingleOpModel(.transpose, inputs: [Q.tensor(.int8, [1, 2], (0.5, 1)), .constant(int32: [1, 0])],
                                  outputs: [Q.tensor(.int8, [], (0.25, 2), output: true)])
        let out = try Q.run(model, [.int8s([3, -4])])
        #expect(out[0].values(as: Int8.self) == [3, -4])
        #expect(out[0].quantizationParameters?.scale == 0.25)
        // An unquantized output takes the input's parameters.
        let inherit = SingleOpModel(.transpose, inputs: [Q.tensor(.int8, [1, 2], (0.5, 1)), .constant(int32: [1, 0])],
                                    outputs: [.output(.int8)])
        #expect(try Q.run(inherit, [.int8s([3, -4])])[0].quantizationParameters?.scale == 0.5)
    }

    @Test func l2NormalizationHasAFixedOutputScale() throws {
        // (3, 4) / 5 = (0.6, 0.8) at scale 1/128: 76.8 -> 77, 102.4 -> 102.
        let model = SingleOpModel(.l2Normalization, inputs: [Q.tensor(.int8, [1, 2], (0.1, 0))],
                                  outputs: [Q.tensor(.int8, [], (1.0 / 128, 0), output: true)],
                                  options: .l2NormOptions(L2NormOptions()), version: 2)
        #expect(try Q.run(model, [.int8s([3, 4])])[0].values(as: Int8.self) == [77, 102])
        let unsigned = SingleOpModel(.l2Normalization, inputs: [Q.tensor(.uint8, [1, 2], (0.1, 100))],
                                     outputs: [Q.tensor(.uint8, [], (1.0 / 128, 128), output: true)],
                                     options: .l2NormOptions(L2NormOptions()))
        #expect(try Q.run(unsigned, [.bytes([97, 104])])[0].values(as: UInt8.self) == [128 - 77, 128 + 102])
        let wrongScale = SingleOpModel(.l2Normalization, inputs: [Q.tensor(.int8, [1, 2], (0.1, 0))],
                                       outputs: [Q.tensor(.int8, [], (1.0 / 64, 0), output: true)],
                                       options: .l2NormOptions(L2NormOptions()), version: 2)
        expectSwiftLiteError(.invalidModel, "output scale 1/64") { try wrongScale.interpreter().allocateTensors() }
    }

    @Test func argMaxReadsQuantizedIntegers() throws {
        var o = ArgMaxOptions()
        o.outputType = .int32
        let model = SingleOpModel(.argMax, inputs: [Q.tensor(.int8, [2, 3], (0.5, 0)), .constant(int32: [1])],
                                  outputs: [.output(.int32)], options: .argMaxOptions(o), version: 2)
        #expect(try Q.run(model, [.int8s([-128, -3, -3, 5, 127, 127])])[0].int32s == [1, 1])
    }
}

/// Helpers for single-operator quantized models.
enum Q {
    /// A quantized runtime input (or, with `output`, an output) of `type` and `shape`.
    static func tensor(_ type: TensorType, _ shape: [Int], _ quantization: (Float, Int64), output: Bool = false)
        -> SingleOpModel.TensorSpec
    {
        (output ? SingleOpModel.TensorSpec.output(type, shape) : .input(type, shape))
            .quantized(scale: quantization.0, zeroPoint: quantization.1)
    }

    /// Runs `model` on `feeds` (with the reference resolver when `reference`) and returns the outputs.
    static func run(_ model: SingleOpModel, _ feeds: [SingleOpModel.Feed], reference: Bool = false) throws -> [SwiftLite.Tensor] {
        let interpreter = try Interpreter(modelData: Data(try model.serialize()), options: .init(useReferenceKernels: reference))
        try interpreter.allocateTensors()
        for (index, feed) in feeds.enumerated() { try interpreter.copy(feed.data, toInputAt: index) }
        try interpreter.invoke()
        return try (0..<interpreter.outputTensorCount).map { try interpreter.output(at: $0) }
    }
}

extension SingleOpModel.Feed {
    /// int8 values.
    static func int8s(_ values: [Int8]) -> Self { .bytes(values.map { UInt8(bitPattern: $0) }) }
    /// int16 values.
    static func int16s(_ values: [Int16]) -> Self { .bytes(SingleOpModel.bytes(of: values)) }
}
