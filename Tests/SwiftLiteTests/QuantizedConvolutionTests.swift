import Foundation
import SwiftLite
import SwiftLiteCore
@testable import SwiftLiteKernels
import SwiftLiteSchema
import Testing

/// A one-operator quantized model: a ``SingleOpModel`` whose tensors may also carry per-axis
/// quantization (scales along one dimension), for the weighted-op kernel tests.
struct QuantizedOpModel {
    var base: SingleOpModel
    /// Per-axis quantization by tensor index (operator inputs first, then outputs).
    var perAxis: [Int: (scales: [Float], axis: Int32)] = [:]
    /// Sparsity by tensor index.
    var sparsity: [Int: SparsityParameters] = [:]

    init(_ op: BuiltinOperator, inputs: [SingleOpModel.TensorSpec], outputs: [SingleOpModel.TensorSpec],
         options: BuiltinOptions?, version: Int = 1) {
        base = SingleOpModel(op, inputs: inputs, outputs: outputs, options: options, version: version)
    }

    /// Gives tensor `index` one scale per slice along `axis` (zero points 0).
    func perChannel(_ index: Int, scales: [Float], axis: Int32) -> QuantizedOpModel {
        var copy = self
        copy.perAxis[index] = (scales, axis)
        return copy
    }

    func serialize() throws -> Data {
        var model = base.schemaModel
        for (index, q) in perAxis {
            var parameters = SwiftLiteSchema.QuantizationParameters()
            parameters.scale = q.scales
            parameters.zeroPoint = [Int64](repeating: 0, count: q.scales.count)
            parameters.quantizedDimension = q.axis
            model.subgraphs![0].tensors![index].quantization = parameters
        }
        for (index, s) in sparsity { model.subgraphs![0].tensors![index].sparsity = s }
        return Data(try ModelWriter().serialize(model))
    }

    /// Allocates, feeds the runtime inputs in order, invokes and returns the outputs.
    func run(_ feeds: [SingleOpModel.Feed]) throws -> [SwiftLite.Tensor] {
        let interpreter = try Interpreter(modelData: try serialize())
        try interpreter.allocateTensors()
        for (index, feed) in feeds.enumerated() { try interpreter.copy(feed.data, toInputAt: index) }
        try interpreter.invoke()
        return try (0..<interpreter.outputTensorCount).map { try interpreter.output(at: $0) }
    }
}

private typealias Spec = SingleOpModel.TensorSpec

private func int8s(_ values: [Int8], _ shape: [Int]) -> Spec { .constant(.int8, shape, bytes: SingleOpModel.bytes(of: values)) }
private func uint8s(_ values: [UInt8], _ shape: [Int]) -> Spec { .constant(.uint8, shape, bytes: values) }
private func int32s(_ values: [Int32]) -> Spec { .constant(.int32, [values.count], bytes: SingleOpModel.bytes(of: values)) }
private func int64s(_ values: [Int64]) -> Spec { .constant(.int64, [values.count], bytes: SingleOpModel.bytes(of: values)) }
private func feed(_ values: [Int8]) -> SingleOpModel.Feed { .bytes(SingleOpModel.bytes(of: values)) }
private func feed(_ values: [Int16]) -> SingleOpModel.Feed { .bytes(SingleOpModel.bytes(of: values)) }

private func convOptions(_ padding: SwiftLiteSchema.Padding = .valid, stride: Int32 = 1,
                         activation: ActivationFunctionType = .none) -> BuiltinOptions {
    var o = Conv2DOptions()
    o.padding = padding
    o.strideW = stride
    o.strideH = stride
    o.dilationWFactor = 1
    o.dilationHFactor = 1
    o.fusedActivationFunction = activation
    return .conv2DOptions(o)
}

private func depthwiseOptions(multiplier: Int32, activation: ActivationFunctionType = .none) -> BuiltinOptions {
    var o = DepthwiseConv2DOptions()
    o.padding = .valid
    o.strideW = 1
    o.strideH = 1
    o.depthMultiplier = multiplier
    o.fusedActivationFunction = activation
    return .depthwiseConv2DOptions(o)
}

private func fullyConnectedOptions(_ activation: ActivationFunctionType = .none, asymmetric: Bool = false) -> BuiltinOptions {
    var o = FullyConnectedOptions()
    o.fusedActivationFunction = activation
    o.asymmetricQuantizeInputs = asymmetric
    return .fullyConnectedOptions(o)
}

/// The integer and hybrid paths of CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED, TRANSPOSE_CONV and
/// BATCH_MATMUL on cases small enough to check by hand (the bit-exact comparison with the
/// official runtime is the quantized golden suite's job), and their parameter validation.
@Suite struct QuantizedConvolutionTests {
    // MARK: Integer arithmetic

    /// One pixel, two channels, per-channel filter: out = ((3−1)·2 + (5−1)·4 + 4) × 0.125 = 3 and
    /// ((3−1)·1 + (5−1)·(−2) − 2) × 0.25 = −2.
    @Test func int8ConvolutionPerChannel() throws {
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.int8, [1, 1, 1, 2]).quantized(scale: 0.5, zeroPoint: 1),
                     int8s([2, 4, 1, -2], [2, 1, 1, 2]),
                     int32s([4, -2])],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: convOptions(), version: 3)
            .perChannel(1, scales: [0.25, 0.5], axis: 0)
            .perChannel(2, scales: [0.125, 0.25], axis: 0)
        let output = try model.run([feed([3, 5] as [Int8])])[0]
        #expect(output.values(as: Int8.self) == [3, -2])
        #expect(output.shape.dimensions == [1, 1, 1, 2])
    }

    /// The official runtime rescales convolution accumulators with double rounding: −6 × 0.25 is
    /// −1.5, which the high multiply leaves at −3 × 0.5 and the rounding shift takes to −2 (one
    /// rounding would give −1).
    @Test func convolutionRescalesWithDoubleRounding() throws {
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.int8, [1, 1, 4, 1]).quantized(scale: 1, zeroPoint: 0),
                     int8s([1], [1, 1, 1, 1]).quantized(scale: 0.25, zeroPoint: 0),
                     int32s([0]).quantized(scale: 0.25, zeroPoint: 0)],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: convOptions(), version: 3)
        let output = try model.run([feed([-6, -2, 6, 2] as [Int8])])[0]
        #expect(output.values(as: Int8.self) == [-2, -1, 2, 1])
    }

    /// uint8: both zero points apply, and relu clamps at the output zero point.
    @Test func uint8ConvolutionWithFilterZeroPointAndRelu() throws {
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.uint8, [1, 1, 2, 2]).quantized(scale: 1, zeroPoint: 10),
                     uint8s([130, 126], [1, 1, 1, 2]).quantized(scale: 1, zeroPoint: 128),
                     int32s([1]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.uint8).quantized(scale: 1, zeroPoint: 100)],
            options: convOptions(activation: .relu), version: 1)
        // Pixel 0: (12−10)·2 + (13−10)·(−2) + 1 = −1 → 99, clamped to 100. Pixel 1: (20−10)·2 + (11−10)·(−2) + 1 = 19 → 119.
        let output = try model.run([.bytes([12, 13, 20, 11])])[0]
        #expect(output.values(as: UInt8.self) == [100, 119])
    }

    /// 16x8: a 64-bit bias beyond 32 bits passes through the 64-bit accumulator.
    @Test func int16ConvolutionWithWideBias() throws {
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.int16, [1, 1, 1, 1]).quantized(scale: 1, zeroPoint: 0),
                     int8s([3], [1, 1, 1, 1]).quantized(scale: 1.0 / 1024, zeroPoint: 0),
                     int64s([Int64(1) << 33]).quantized(scale: 1.0 / 1024, zeroPoint: 0)],
            outputs: [Spec.output(.int16).quantized(scale: 1_048_576, zeroPoint: 0)],
            options: convOptions(), version: 4)
        // (2^33 + 3·1000) / 1024 / 2^20 = 8.0028… → 8.
        let output = try model.run([feed([1000] as [Int16])])[0]
        #expect(output.values(as: Int16.self) == [8])
    }

    /// int4 filters are stored two per byte, low nibble first.
    @Test func int4FilterIsUnpacked() throws {
        // Values 3 and −2: nibbles 0x3 and 0xE, packed into 0xE3.
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.int8, [1, 1, 1, 2]).quantized(scale: 1, zeroPoint: 0),
                     Spec.constant(.int4, [1, 1, 1, 2], bytes: [0xE3]).quantized(scale: 1, zeroPoint: 0),
                     int32s([0]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: convOptions(), version: 7)
        let output = try model.run([feed([5, 4] as [Int8])])[0]
        #expect(output.values(as: Int8.self) == [7])
    }

    /// Depth multiplier 2: output channels 0, 1 read input channel 0; 2, 3 read channel 1.
    @Test func int8DepthwiseWithMultiplier() throws {
        let model = QuantizedOpModel(
            .depthwiseConv2d,
            inputs: [Spec.input(.int8, [1, 1, 1, 2]).quantized(scale: 1, zeroPoint: -1),
                     int8s([1, 2, 3, -1], [1, 1, 1, 4]).quantized(scale: 1, zeroPoint: 0),
                     int32s([0, 0, 0, 10])],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: depthwiseOptions(multiplier: 2), version: 3)
        let output = try model.run([feed([2, 4] as [Int8])])[0]
        #expect(output.values(as: Int8.self) == [3, 6, 15, 5])
    }

    /// The 16x8 depthwise kernel indexes channels with the option's multiplier, which must
    /// therefore match the shapes.
    @Test func int16DepthwiseRejectsAMismatchedMultiplierOption() throws {
        let model = QuantizedOpModel(
            .depthwiseConv2d,
            inputs: [Spec.input(.int16, [1, 1, 1, 2]).quantized(scale: 1, zeroPoint: 0),
                     int8s([1, 2, 3, 4], [1, 1, 1, 4]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.int16).quantized(scale: 1, zeroPoint: 0)],
            options: depthwiseOptions(multiplier: 1), version: 5)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([feed([1, 2] as [Int16])]) }
    }

    /// The reference FULLY_CONNECTED rescales in double precision, ties away from zero: −7 × 0.5
    /// gives −4 (the fixed-point multiply would give −3).
    @Test func fullyConnectedRoundsInDoublePrecision() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.int8, [4, 1]).quantized(scale: 1, zeroPoint: 0),
                     int8s([1], [1, 1]).quantized(scale: 0.5, zeroPoint: 0)],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: fullyConnectedOptions(), version: 4)
        let output = try model.run([feed([-7, -5, 7, 3] as [Int8])])[0]
        #expect(output.values(as: Int8.self) == [-4, -3, 4, 2])
    }

    /// Per-tensor int8 weights apply their zero point; relu clamps at the output zero point.
    @Test func int8FullyConnectedWithWeightZeroPoint() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.int8, [1, 3]).quantized(scale: 1, zeroPoint: 0),
                     int8s([3, 4, 5, 0, 1, 2], [2, 3]).quantized(scale: 1, zeroPoint: 2),
                     int32s([0, 1])],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: -5)],
            options: fullyConnectedOptions(.relu), version: 4)
        // Unit 0: 1·1 + 2·2 + 3·3 = 14 → 9. Unit 1: −2·1 − 1·2 + 0·3 + 1 = −3 → −8, clamped to −5.
        let output = try model.run([feed([1, 2, 3] as [Int8])])[0]
        #expect(output.values(as: Int8.self) == [9, -5])
    }

    /// uint8 input and weights into int16 output.
    @Test func uint8FullyConnectedIntoInt16() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.uint8, [1, 2]).quantized(scale: 0.5, zeroPoint: 128),
                     uint8s([138, 108], [1, 2]).quantized(scale: 0.25, zeroPoint: 128),
                     int32s([100])],
            outputs: [Spec.output(.int16).quantized(scale: 0.125, zeroPoint: 0)],
            options: fullyConnectedOptions(), version: 3)
        // (10·100 + (−20)·(−28) + 100) × 0.5 × 0.25 / 0.125 = 1660.
        let output = try model.run([.bytes([228, 100])])[0]
        #expect(output.values(as: Int16.self) == [1660])
    }

    /// Hybrid FULLY_CONNECTED, symmetric: [1, −2, 0.5] quantizes with scale 2/127 to
    /// [64, −127, 32]; the output is the integer dot product times the input and weight scales.
    @Test func hybridFullyConnectedSymmetric() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.float32, [1, 3]),
                     int8s([1, 1, 1, 2, 0, -1], [2, 3]).quantized(scale: 0.1, zeroPoint: 0),
                     Spec.constant(float: [0.5, -0.25])],
            outputs: [Spec.output(.float32)],
            options: fullyConnectedOptions(), version: 9)
        let output = try model.run([.floats([1, -2, 0.5])])[0].floats
        let rowScale = Float(2) / 127 * 0.1
        #expect(output == [0.5 + Float(64 - 127 + 32) * rowScale, -0.25 + Float(128 - 32) * rowScale])
    }

    /// Hybrid FULLY_CONNECTED, asymmetric, per-unit scales: close to the float product.
    @Test func hybridFullyConnectedAsymmetricApproximatesFloat() throws {
        let weights: [Int8] = [10, -20, 30, 40, 5, -6, 7, 8]
        let scales: [Float] = [0.01, 0.02]
        let x: [Float] = [0.3, 1.7, -0.2, 0.9]
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.float32, [1, 4]), int8s(weights, [2, 4])],
            outputs: [Spec.output(.float32)],
            options: fullyConnectedOptions(asymmetric: true), version: 9)
            .perChannel(1, scales: scales, axis: 0)
        let output = try model.run([.floats(x)])[0].floats
        for unit in 0..<2 {
            let exact = (0..<4).reduce(Float(0)) { $0 + x[$1] * Float(weights[unit * 4 + $1]) * scales[unit] }
            #expect(abs(output[unit] - exact) < 0.01)
        }
    }

    /// Hybrid CONV_2D (per-channel scales take the asymmetric path) stays within a quantization
    /// step of the float convolution.
    @Test func hybridConvolutionApproximatesFloat() throws {
        let weights: [Int8] = [12, -7, 100, -128 + 1, 3, 60, -40, 25]
        let scales: [Float] = [0.02, 0.005]
        let x: [Float] = [0.5, -1.25, 2, 0.75, -0.5, 1]
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.float32, [1, 1, 3, 2]), int8s(weights, [2, 1, 2, 2]),
                     Spec.constant(float: [0.1, -0.1])],
            outputs: [Spec.output(.float32)],
            options: convOptions(), version: 2)
            .perChannel(1, scales: scales, axis: 0)
        let output = try model.run([.floats(x)])[0]
        #expect(output.shape.dimensions == [1, 1, 2, 2])
        let values = output.floats
        for position in 0..<2 {
            for oc in 0..<2 {
                var exact: Float = oc == 0 ? 0.1 : -0.1
                for tap in 0..<4 { exact += x[position * 2 + tap] * Float(weights[oc * 4 + tap]) * scales[oc] }
                #expect(abs(values[position * 2 + oc] - exact) < 0.05)
            }
        }
    }

    /// int8 × int8 into int32: the raw sum of products (zero points are ignored, as in TFLite).
    @Test func batchMatMulIntoInt32() throws {
        var o = BatchMatMulOptions()
        o.adjX = false
        let model = QuantizedOpModel(
            .batchMatmul,
            inputs: [Spec.input(.int8, [2, 2]).quantized(scale: 1, zeroPoint: 3),
                     int8s([1, 2, 3, 4], [2, 2]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.int32)],
            options: .batchMatMulOptions(o), version: 4)
        let output = try model.run([feed([1, -1, 2, 0] as [Int8])])[0]
        #expect(output.int32s == [-2, -2, 2, 4])
    }

    /// int8 × int8 into int8, both zero points applied.
    @Test func batchMatMulInt8() throws {
        let model = QuantizedOpModel(
            .batchMatmul,
            inputs: [Spec.input(.int8, [1, 2]).quantized(scale: 0.5, zeroPoint: 1),
                     Spec.input(.int8, [2, 1]).quantized(scale: 0.5, zeroPoint: -1)],
            outputs: [Spec.output(.int8).quantized(scale: 0.25, zeroPoint: 2)],
            options: .batchMatMulOptions(BatchMatMulOptions()), version: 4)
        // (3−1)·(1+1) + (0−1)·(4+1) = −1 → −1 × 0.25 / 0.25 + 2 = 1.
        let output = try model.run([feed([3, 0] as [Int8]), feed([1, 4] as [Int8])])[0]
        #expect(output.values(as: Int8.self) == [1])
    }

    /// TRANSPOSE_CONV int8, stride 2: a 1x1 input spreads over a 2x2 output window.
    @Test func int8TransposeConvolution() throws {
        var o = TransposeConvOptions()
        o.padding = .valid
        o.strideW = 2
        o.strideH = 2
        let model = QuantizedOpModel(
            .transposeConv,
            inputs: [int32s([1, 2, 2, 1]),
                     int8s([1, 2, 3, 4], [1, 2, 2, 1]).quantized(scale: 0.5, zeroPoint: 0),
                     Spec.input(.int8, [1, 1, 1, 1]).quantized(scale: 1, zeroPoint: -2),
                     int32s([2]).quantized(scale: 0.5, zeroPoint: 0)],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: .transposeConvOptions(o), version: 3)
        // (2+2) × [1, 2, 3, 4] + 2 = [6, 10, 14, 18], × 0.5.
        let output = try model.run([feed([2] as [Int8])])[0]
        #expect(output.values(as: Int8.self) == [3, 5, 7, 9])
    }

    /// Sums far beyond float32's exact integers stay exact, and 32-bit accumulators wrap as
    /// TFLite's do: 66050 products of −255 × 255 sum to −4 294 901 250, which wraps to 66046
    /// before the double-precision rescale by 1/4 (a float32 running sum would be off by tens of
    /// thousands).
    @Test func longSumsStayExactAndWrap() throws {
        let depth = 66_050
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.uint8, [1, depth]).quantized(scale: 1.0 / 256, zeroPoint: 255),
                     uint8s([UInt8](repeating: 255, count: depth), [1, depth]).quantized(scale: 1.0 / 256, zeroPoint: 0)],
            outputs: [Spec.output(.int16).quantized(scale: 1.0 / 16384, zeroPoint: 0)],
            options: fullyConnectedOptions(), version: 3)
        let output = try model.run([.bytes([UInt8](repeating: 0, count: depth))])[0].values(as: Int16.self)
        let wrapped = Int32(truncatingIfNeeded: Int64(depth) * -255 * 255)
        #expect(wrapped == 66046)
        #expect(output == [16512])
    }

    /// The kernels' inlined double-rounding rescale agrees with Core's.
    @Test func inlinedRescaleMatchesCore() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let multiplier = QuantizedMultiplier(Double.random(in: 1e-7...40, using: &generator))
            let x = Int32.random(in: -(1 << 24)...(1 << 24), using: &generator)
            let inlined = QuantizedOutputStage.multiplyDoubleRounding(x, Int64(multiplier.significand), multiplier.shift)
            #expect(inlined == FixedPoint.multiplyDoubleRounding(x, by: multiplier))
        }
        for x in [Int32.min, Int32.max, -1, 0, 1] {
            let multiplier = QuantizedMultiplier(0.37)
            #expect(QuantizedOutputStage.multiplyDoubleRounding(x, Int64(multiplier.significand), multiplier.shift)
                    == FixedPoint.multiplyDoubleRounding(x, by: multiplier))
        }
    }

    // MARK: Validation

    @Test func perChannelScalesMustMatchTheOutputChannels() throws {
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.int8, [1, 1, 1, 2]).quantized(scale: 1, zeroPoint: 0),
                     int8s([1, 2, 3, 4], [2, 1, 1, 2]), int32s([0, 0])],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: convOptions(), version: 3)
            .perChannel(1, scales: [0.5, 0.5, 0.5], axis: 0)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([feed([1, 1] as [Int8])]) }
    }

    @Test func zeroInputScaleIsAnInvalidModel() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.int8, [1, 2]).quantized(scale: 0, zeroPoint: 0),
                     int8s([1, 2], [1, 2]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: fullyConnectedOptions(), version: 4)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([feed([1, 1] as [Int8])]) }
    }

    @Test func int16ActivationsNeedZeroPointZero() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.int16, [1, 2]).quantized(scale: 1, zeroPoint: 3),
                     int8s([1, 2], [1, 2]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.int16).quantized(scale: 1, zeroPoint: 0)],
            options: fullyConnectedOptions(), version: 7)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([feed([1, 1] as [Int16])]) }
    }

    @Test func biasScaleMustMatchInputTimesFilterScale() throws {
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.int8, [1, 1, 1, 1]).quantized(scale: 0.5, zeroPoint: 0),
                     int8s([1], [1, 1, 1, 1]).quantized(scale: 0.5, zeroPoint: 0),
                     int32s([0]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.int8).quantized(scale: 0.01, zeroPoint: 0)],
            options: convOptions(), version: 3)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([feed([1] as [Int8])]) }
    }

    @Test func outputTypeMustMatchTheInput() throws {
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.int8, [1, 1, 1, 1]).quantized(scale: 1, zeroPoint: 0),
                     int8s([1], [1, 1, 1, 1]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.uint8).quantized(scale: 1, zeroPoint: 0)],
            options: convOptions(), version: 3)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([feed([1] as [Int8])]) }
    }

    @Test func int8ConvolutionNeedsAnInt32Bias() throws {
        let model = QuantizedOpModel(
            .conv2d,
            inputs: [Spec.input(.int8, [1, 1, 1, 1]).quantized(scale: 1, zeroPoint: 0),
                     int8s([1], [1, 1, 1, 1]).quantized(scale: 1, zeroPoint: 0), int64s([0])],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: convOptions(), version: 3)
        expectSwiftLiteError(.unsupported) { _ = try model.run([feed([1] as [Int8])]) }
    }

    @Test func int8FiltersMustBeSymmetric() throws {
        let model = QuantizedOpModel(
            .depthwiseConv2d,
            inputs: [Spec.input(.int8, [1, 1, 1, 1]).quantized(scale: 1, zeroPoint: 0),
                     int8s([1], [1, 1, 1, 1]).quantized(scale: 1, zeroPoint: 4)],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: depthwiseOptions(multiplier: 1), version: 3)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([feed([1] as [Int8])]) }
    }

    @Test func quantizedFullyConnectedRefusesTanh() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.int8, [1, 1]).quantized(scale: 1, zeroPoint: 0),
                     int8s([1], [1, 1]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: fullyConnectedOptions(.tanh), version: 4)
        expectSwiftLiteError(.unsupported) { _ = try model.run([feed([1] as [Int8])]) }
    }

    @Test func uint8WeightsNeedPerTensorQuantization() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.uint8, [1, 1]).quantized(scale: 1, zeroPoint: 0),
                     uint8s([1, 2], [2, 1])],
            outputs: [Spec.output(.uint8).quantized(scale: 1, zeroPoint: 0)],
            options: fullyConnectedOptions(), version: 1)
            .perChannel(1, scales: [1, 1], axis: 0)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([.bytes([1])]) }
    }

    @Test func hybridNeedsInt8Weights() throws {
        let model = QuantizedOpModel(
            .fullyConnected,
            inputs: [Spec.input(.float32, [1, 1]), uint8s([1], [1, 1]).quantized(scale: 1, zeroPoint: 0)],
            outputs: [Spec.output(.float32)],
            options: fullyConnectedOptions(), version: 1)
        expectSwiftLiteError(.unsupported) { _ = try model.run([.floats([1])]) }
    }

    @Test func quantizedBatchMatMulNeedsPerTensorOperands() throws {
        let model = QuantizedOpModel(
            .batchMatmul,
            inputs: [Spec.input(.int8, [1, 2]).quantized(scale: 1, zeroPoint: 0), int8s([1, 2, 3, 4], [2, 2])],
            outputs: [Spec.output(.int8).quantized(scale: 1, zeroPoint: 0)],
            options: .batchMatMulOptions(BatchMatMulOptions()), version: 4)
            .perChannel(1, scales: [1, 2], axis: 1)
        expectSwiftLiteError(.invalidModel) { _ = try model.run([feed([1, 1] as [Int8])]) }
    }
}
