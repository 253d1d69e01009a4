import Foundation
import Testing
@testable import SwiftLite
import SwiftLiteKernels
import SwiftLiteSchema

/// Hand-checkable cases and error cases for DEPTHWISE_CONV_2D, TRANSPOSE_CONV, BATCH_MATMUL,
/// L2_NORMALIZATION, LOCAL_RESPONSE_NORMALIZATION, DENSIFY and float16 DEQUANTIZE.
@Suite struct ConvolutionExtraKernelTests {
    // MARK: DEPTHWISE_CONV_2D

    static func depthwiseOptions(_ padding: SwiftLiteSchema.Padding, stride: (Int32, Int32) = (1, 1),
                                 dilation: (Int32, Int32) = (1, 1),
                                 activation: ActivationFunctionType = .none) -> BuiltinOptions {
        var o = DepthwiseConv2DOptions()
        o.padding = padding
        (o.strideH, o.strideW) = stride
        (o.dilationHFactor, o.dilationWFactor) = dilation
        o.fusedActivationFunction = activation
        return .depthwiseConv2DOptions(o)
    }

    @Test func depthwiseMultiplierTwoByHand() throws {
        // Input 2x2, channels c0 = [1 2; 3 4], c1 = [5 6; 7 8]; output channels are
        // (c0, m0), (c0, m1), (c1, m0), (c1, m1).
        var model = ExtraOpModel(.depthwiseConv2d, version: 2, options: Self.depthwiseOptions(.valid, activation: .relu6))
        model.addInput([1, 2, 2, 2])
        model.addConstant([1, 0, 0, 1,   1, 0, 0, 0,   0, 1, 0, 0,   0, 0, 1, 1], shape: [1, 2, 2, 4])
        model.addConstant([0.5, -1, 0, 1], shape: [4])
        model.addOutput()
        let result = try model.run([[1, 5, 2, 6, 3, 7, 4, 8]])[0]
        #expect(result.shape == [1, 1, 1, 4])
        // (1 + 2) + 0.5, 3 - 1, 8 -> relu6 6, (5 + 8) + 1 -> 6.
        #expect(result.values == [3.5, 2, 6, 6])
    }

    @Test func depthwiseSameStridedDilatedMatchesDirectSum() throws {
        let (h, w, c, m) = (7, 6, 3, 2)
        let input = ExtraOpModel.randomFloats(2 * h * w * c, seed: 1)
        let filter = ExtraOpModel.randomFloats(3 * 2 * c * m, seed: 2)
        var model = ExtraOpModel(.depthwiseConv2d, options: Self.depthwiseOptions(.same, stride: (2, 2), dilation: (1, 2)))
        model.addInput([2, h, w, c])
        model.addConstant(filter, shape: [1, 3, 2, c * m])
        model.operatorInputs = [0, 1, -1]
        model.addOutput()
        let result = try model.run([input])[0]
        #expect(result.shape == [2, 4, 3, c * m])
        // SAME: output ceil(7/2) x ceil(6/2); effective filter 3x3; total padding 2 rows (top 1)
        // and 1 column (left 0, the extra one goes after).
        var expected: [Float] = []
        for b in 0..<2 {
            for oy in 0..<4 {
                for ox in 0..<3 {
                    for oc in 0..<(c * m) {
                        var total: Float = 0
                        for ky in 0..<3 {
                            for kx in 0..<2 {
                                let (y, x) = (oy * 2 - 1 + ky, ox * 2 + kx * 2)
                                guard y >= 0, y < h, x >= 0, x < w else { continue }
                                total += input[((b * h + y) * w + x) * c + oc / m] * filter[(ky * 2 + kx) * c * m + oc]
                            }
                        }
                        expected.append(total)
                    }
                }
            }
        }
        #expect(ExtraOpModel.close(result.values, expected))
    }

    @Test func depthwiseRejectsBadShapesAndTypes() throws {
        var wrongFilter = ExtraOpModel(.depthwiseConv2d, options: Self.depthwiseOptions(.valid))
        wrongFilter.addInput([1, 3, 3, 2])
        wrongFilter.addConstant([Float](repeating: 1, count: 16), shape: [2, 2, 2, 2])
        wrongFilter.addOutput()
        #expect(throws: SwiftLiteError.self) { try wrongFilter.interpreter() }

        var notMultiple = ExtraOpModel(.depthwiseConv2d, options: Self.depthwiseOptions(.valid))
        notMultiple.addInput([1, 3, 3, 2])
        notMultiple.addConstant([Float](repeating: 1, count: 12), shape: [1, 2, 2, 3])
        notMultiple.addOutput()
        let error = try #require(throws: SwiftLiteError.self) { try notMultiple.interpreter() }
        #expect(error.code == .shapeMismatch)

        // int8 tensors without quantization parameters cannot be run by the quantized kernel.
        var quantized = ExtraOpModel(.depthwiseConv2d, options: Self.depthwiseOptions(.valid))
        quantized.addInput([1, 3, 3, 2], type: .int8)
        quantized.addConstant(bytes: [UInt8](repeating: 1, count: 8), type: .int8, shape: [1, 2, 2, 2])
        quantized.addOutput(type: .int8)
        let unquantized = try #require(throws: SwiftLiteError.self) { try quantized.interpreter() }
        #expect(unquantized.code == .invalidModel)
    }

    // MARK: TRANSPOSE_CONV

    static func transposeOptions(_ padding: SwiftLiteSchema.Padding, stride: Int32, activation: ActivationFunctionType = .none) -> BuiltinOptions {
        var o = TransposeConvOptions()
        o.padding = padding
        o.strideH = stride
        o.strideW = stride
        o.fusedActivationFunction = activation
        return .transposeConvOptions(o)
    }

    @Test func transposeConvScattersByHand() throws {
        // A 2x2 input [1 2; 3 4] through a 3x3 filter of ones, stride 2, VALID -> 5x5: each input
        // value covers a 3x3 block; the blocks overlap on the middle row and column.
        var model = ExtraOpModel(.transposeConv, options: Self.transposeOptions(.valid, stride: 2))
        model.addConstant(int32: [1, 5, 5, 1], shape: [4])
        model.addConstant([Float](repeating: 1, count: 9), shape: [1, 3, 3, 1])
        model.addInput([1, 2, 2, 1])
        model.operatorInputs = [0, 1, 2]
        model.addOutput()
        let result = try model.run([[1, 2, 3, 4]])[0]
        #expect(result.shape == [1, 5, 5, 1])
        #expect(result.values == [
            1, 1, 3, 2, 2,
            1, 1, 3, 2, 2,
            4, 4, 10, 6, 6,
            3, 3, 7, 4, 4,
            3, 3, 7, 4, 4,
        ])
    }

    @Test func transposeConvSameWithBiasAndActivation() throws {
        // 1x1 input 2 through 3x3 weights 1..9, stride 2 SAME -> 2x2 output (padding 0 top/left,
        // one row and column cut at the end), bias -5, RELU.
        var model = ExtraOpModel(.transposeConv, version: 4, options: Self.transposeOptions(.same, stride: 2, activation: .relu))
        model.addConstant(int32: [1, 2, 2, 1], shape: [4])
        model.addConstant((1...9).map(Float.init), shape: [1, 3, 3, 1])
        model.addInput([1, 1, 1, 1])
        model.addConstant([-5], shape: [1])
        model.operatorInputs = [0, 1, 2, 3]
        model.addOutput()
        let result = try model.run([[2]])[0]
        #expect(result.values == [0, 0, 3, 5])  // 2*[1 2; 4 5] - 5 -> [-3 -1; 3 5] -> relu
    }

    @Test func transposeConvDynamicOutputShape() throws {
        var model = ExtraOpModel(.transposeConv, options: Self.transposeOptions(.valid, stride: 1))
        let shape = model.addInput([4], type: .int32)
        let weights = model.addConstant([1, 1, 1, 1], shape: [1, 2, 2, 1])
        let input = model.addInput([1, 2, 2, 1])
        model.operatorInputs = [shape, weights, input]
        model.addOutput()
        let interpreter = try model.interpreter()
        try interpreter.copy([Int32(1), 3, 3, 1], toInputAt: 0)
        try interpreter.copy([Float(1), 2, 3, 4], toInputAt: 1)
        try interpreter.invoke()
        let output = try interpreter.output(at: 0)
        #expect(output.shape.dimensions == [1, 3, 3, 1])
        #expect(output.values(as: Float.self) == [1, 3, 2, 4, 10, 6, 3, 7, 4])
        // An output shape that does not correspond to the input is a typed error.
        try interpreter.copy([Int32(1), 5, 5, 1], toInputAt: 0)
        let error = try #require(throws: SwiftLiteError.self) { try interpreter.invoke() }
        #expect(error.code == .shapeMismatch)
    }

    @Test func transposeConvRejectsMismatchedChannels() throws {
        var model = ExtraOpModel(.transposeConv, options: Self.transposeOptions(.valid, stride: 1))
        model.addConstant(int32: [1, 3, 3, 1], shape: [4])
        model.addConstant([Float](repeating: 1, count: 8), shape: [1, 2, 2, 2])
        model.addInput([1, 2, 2, 1])
        model.addOutput()
        let error = try #require(throws: SwiftLiteError.self) { try model.interpreter() }
        #expect(error.code == .shapeMismatch)
    }

    // MARK: BATCH_MATMUL

    static func matmulOptions(adjX: Bool = false, adjY: Bool = false) -> BuiltinOptions {
        var o = BatchMatMulOptions()
        o.adjX = adjX
        o.adjY = adjY
        return .batchMatMulOptions(o)
    }

    @Test func matmulByHand() throws {
        var model = ExtraOpModel(.batchMatmul, options: Self.matmulOptions())
        model.addInput([2, 3])
        model.addInput([3, 2])
        model.addOutput()
        let result = try model.run([[1, 2, 3, 4, 5, 6], [1, 0, 0, 1, 1, 1]])[0]
        #expect(result.shape == [2, 2])
        #expect(result.values == [4, 5, 10, 11])
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func matmulAdjointsAndBroadcastMatchDirectProduct(adjX: Bool, adjY: Bool) throws {
        // lhs batch [2, 1], rhs batch [3]: the output batch is [2, 3].
        let (m, k, n) = (3, 4, 2)
        let lhs = ExtraOpModel.randomFloats(2 * m * k, seed: 7)
        let rhs = ExtraOpModel.randomFloats(3 * k * n, seed: 8)
        var model = ExtraOpModel(.batchMatmul, options: Self.matmulOptions(adjX: adjX, adjY: adjY))
        model.addInput(adjX ? [2, 1, k, m] : [2, 1, m, k])
        model.addInput(adjY ? [3, n, k] : [3, k, n])
        model.addOutput()
        let result = try model.run([lhs, rhs])[0]
        #expect(result.shape == [2, 3, m, n])
        var expected: [Float] = []
        for a in 0..<2 {
            for b in 0..<3 {
                for i in 0..<m {
                    for j in 0..<n {
                        var total: Float = 0
                        for d in 0..<k {
                            let l = lhs[a * m * k + (adjX ? d * m + i : i * k + d)]
                            let r = rhs[b * k * n + (adjY ? j * k + d : d * n + j)]
                            total += l * r
                        }
                        expected.append(total)
                    }
                }
            }
        }
        #expect(ExtraOpModel.close(result.values, expected))
    }

    @Test func matmulRejectsBadShapes() throws {
        var inner = ExtraOpModel(.batchMatmul, options: Self.matmulOptions())
        inner.addInput([2, 3])
        inner.addInput([4, 2])
        inner.addOutput()
        #expect((try? inner.interpreter()) == nil)
        var batch = ExtraOpModel(.batchMatmul, options: Self.matmulOptions())
        batch.addInput([2, 2, 3])
        batch.addInput([3, 3, 2])
        batch.addOutput()
        let error = try #require(throws: SwiftLiteError.self) { try batch.interpreter() }
        #expect(error.code == .shapeMismatch)
        var rank = ExtraOpModel(.batchMatmul, options: Self.matmulOptions())
        rank.addInput([1, 1, 1, 1, 1, 2, 3])
        rank.addInput([3, 2])
        rank.addOutput()
        #expect(throws: SwiftLiteError.self) { try rank.interpreter() }
    }

    // MARK: L2_NORMALIZATION, LOCAL_RESPONSE_NORMALIZATION

    @Test func l2NormalizesTheLastAxis() throws {
        var model = ExtraOpModel(.l2Normalization, options: .l2NormOptions(L2NormOptions()))
        model.addInput([3, 2])
        model.addOutput()
        let result = try model.run([[3, 4, 0, 0, -6, 8]])[0]
        #expect(result.shape == [3, 2])
        #expect(ExtraOpModel.close(result.values, [0.6, 0.8, 0, 0, -0.6, 0.8]))
    }

    @Test func l2RefusesAFusedActivation() throws {
        var options = L2NormOptions()
        options.fusedActivationFunction = .relu
        var model = ExtraOpModel(.l2Normalization, options: .l2NormOptions(options))
        model.addInput([3, 2])
        model.addOutput()
        let error = try #require(throws: SwiftLiteError.self) { try model.interpreter() }
        #expect(error.code == .unsupported)
    }

    static func lrnModel() -> ExtraOpModel {
        var options = LocalResponseNormalizationOptions()
        (options.radius, options.bias, options.alpha, options.beta) = (1, 1, 1, 1)
        var model = ExtraOpModel(.localResponseNormalization, options: .localResponseNormalizationOptions(options))
        model.addInput([1, 1, 1, 6])
        model.addOutput()
        return model
    }

    @Test func lrnSumsTheSymmetricWindow() throws {
        // x / (1 + sum of squares over c-1...c+1), as TensorFlow and TFLite's default kernel.
        let result = try Self.lrnModel().run([[1, 2, 3, 4, 5, 6]])[0]
        let expected: [Float] = [1.0 / 6, 2.0 / 15, 3.0 / 30, 4.0 / 51, 5.0 / 78, 6.0 / 62]
        #expect(ExtraOpModel.close(result.values, expected))
    }

    @Test func lrnReferenceOverrideMatchesTheReferenceKernel() throws {
        // TFLite's BUILTIN_REF kernel stops its window at c + radius - 1 (values recorded from
        // ai-edge-litert 2.3.0 with OpResolverType.BUILTIN_REF).
        var resolver = OpResolver.builtin
        for registration in ConvolutionExtraRegistrations.referenceOverrides { resolver.add(registration) }
        let interpreter = try Interpreter(modelData: Data(try Self.lrnModel().serialized()), resolver: resolver)
        try interpreter.allocateTensors()
        let result = try ExtraOpModel.invoke(interpreter, [[1, 2, 3, 4, 5, 6]])[0]
        #expect(ExtraOpModel.close(result.values, [0.5, 0.33333334, 0.21428573, 0.15384616, 0.11904762, 0.09677419]))
    }

    // MARK: DENSIFY

    /// TFLite's block-sparse example (4x8, 2x2 blocks stored column-major inside each block).
    static let blockSparse = SparsityDescription(
        traversalOrder: [0, 1, 3, 2], blockMap: [0, 1],
        levels: [
            .init(isSparse: false, denseSize: 2, segments: [], indices: []),
            .init(isSparse: true, denseSize: 0, segments: [0, 3, 4], indices: [0, 1, 2, 1]),
            .init(isSparse: false, denseSize: 2, segments: [], indices: []),
            .init(isSparse: false, denseSize: 2, segments: [], indices: []),
        ])
    static let blockStored: [Float] = [1, 1, 0, 0, 2, 2, 3, 3, 0, 0, 4, 4, 5, 0, 0, 0]
    static let blockDense: [Float] = [1, 0, 2, 3, 0, 4, 0, 0, 1, 0, 2, 3, 0, 4, 0, 0,
                                      0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]

    static func schemaSparsity(_ description: SparsityDescription) -> SparsityParameters {
        var parameters = SparsityParameters()
        parameters.traversalOrder = description.traversalOrder.map(Int32.init)
        parameters.blockMap = description.blockMap.map(Int32.init)
        parameters.dimMetadata = description.levels.map { level in
            var metadata = DimensionMetadata()
            metadata.format = level.isSparse ? .sparseCsr : .dense
            metadata.denseSize = Int32(level.denseSize)
            if level.isSparse {
                var segments = Int32Vector()
                segments.values = level.segments.map(Int32.init)
                var indices = Int32Vector()
                indices.values = level.indices.map(Int32.init)
                metadata.arraySegments = .int32Vector(segments)
                metadata.arrayIndices = .int32Vector(indices)
            }
            return metadata
        }
        return parameters
    }

    @Test func expansionOfTFLiteExamples() throws {
        let block = try SparseExpansion(shape: [4, 8], sparsity: Self.blockSparse, storedCount: 16)
        var dense = [Float](repeating: -1, count: 32)
        Self.blockStored.withUnsafeBytes { source in
            dense.withUnsafeMutableBytes { destination in
                block.expand(from: source.baseAddress!, to: destination.baseAddress!, elementSize: 4)
            }
        }
        #expect(dense == Self.blockDense)

        // Column-major CSR of both levels: 3x4 [6 0 9 8; 0 0 0 0; 5 0 0 7].
        let csr = SparsityDescription(traversalOrder: [1, 0], blockMap: [], levels: [
            .init(isSparse: true, denseSize: 0, segments: [0, 3], indices: [0, 2, 3]),
            .init(isSparse: true, denseSize: 0, segments: [0, 2, 3, 5], indices: [0, 2, 0, 0, 2]),
        ])
        let columns = try SparseExpansion(shape: [3, 4], sparsity: csr, storedCount: 5)
        // Stored values 6, 5, 9, 8, 7 land at (0,0), (2,0), (0,2), (0,3), (2,3).
        #expect(columns.destinations == [0, 8, 2, 3, 11])
    }

    @Test func expansionRefusesMalformedDescriptions() {
        let outside = SparsityDescription(traversalOrder: [0, 1], blockMap: [], levels: [
            .init(isSparse: false, denseSize: 2, segments: [], indices: []),
            .init(isSparse: true, denseSize: 0, segments: [0, 1, 2], indices: [0, 9]),
        ])
        #expect(throws: SparseExpansion.ExpansionError.self) { try SparseExpansion(shape: [2, 3], sparsity: outside, storedCount: 2) }
        let tooFew = SparsityDescription(traversalOrder: [0, 1], blockMap: [], levels: [
            .init(isSparse: false, denseSize: 2, segments: [], indices: []),
            .init(isSparse: false, denseSize: 3, segments: [], indices: []),
        ])
        #expect(throws: SparseExpansion.ExpansionError.self) { try SparseExpansion(shape: [2, 3], sparsity: tooFew, storedCount: 5) }
        let badSegments = SparsityDescription(traversalOrder: [0, 1], blockMap: [], levels: [
            .init(isSparse: false, denseSize: 2, segments: [], indices: []),
            .init(isSparse: true, denseSize: 0, segments: [0, 5, 1], indices: [0]),
        ])
        #expect(throws: SparseExpansion.ExpansionError.self) { try SparseExpansion(shape: [2, 3], sparsity: badSegments, storedCount: 1) }
        let notPermutation = SparsityDescription(traversalOrder: [0, 0], blockMap: [], levels: tooFew.levels)
        #expect(throws: SparseExpansion.ExpansionError.self) { try SparseExpansion(shape: [2, 3], sparsity: notPermutation, storedCount: 6) }
    }

    @Test func densifyExpandsFloat32Float16AndInt8() throws {
        let sparsity = Self.schemaSparsity(Self.blockSparse)
        var float32 = ExtraOpModel(.densify)
        float32.addConstant(Self.blockStored, shape: [4, 8], sparsity: sparsity)
        float32.addOutput()
        let dense = try float32.run([])[0]
        #expect(dense.shape == [4, 8])
        #expect(dense.values == Self.blockDense)

        var half = ExtraOpModel(.densify)
        half.addConstant(bytes: ExtraOpModel.bytes(Self.blockStored.map(HalfFloat.bits(from:))), type: .float16,
                         shape: [4, 8], sparsity: sparsity)
        half.addOutput(type: .float16)
        let halfOutput = try half.interpreter().output(at: 0)
        #expect(halfOutput.dataType == .float16)
        #expect(halfOutput.values(as: UInt16.self).map(HalfFloat.float(fromBits:)) == Self.blockDense)

        var int8 = ExtraOpModel(.densify)
        int8.addConstant(bytes: Self.blockStored.map { UInt8(bitPattern: Int8($0)) }, type: .int8, shape: [4, 8], sparsity: sparsity)
        int8.addOutput(type: .int8)
        #expect(try int8.interpreter().output(at: 0).values(as: Int8.self).map(Float.init) == Self.blockDense)
    }

    @Test func densifyNeedsASparseConstant() throws {
        var model = ExtraOpModel(.densify)
        model.addInput([2, 2])
        model.addOutput()
        let error = try #require(throws: SwiftLiteError.self) { try model.interpreter() }
        #expect(error.code == .invalidArgument)
    }

    // MARK: DEQUANTIZE (float16)

    @Test func halfFloatBitsRoundTripExactly() {
        var mismatches: [UInt16] = []
        for bits in 0...UInt16.max {
            let value = HalfFloat.float(fromBits: bits)
            let back = HalfFloat.bits(from: value)
            if value.isNaN ? !HalfFloat.float(fromBits: back).isNaN : back != bits { mismatches.append(bits) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func halfFloatKnownValuesAndRounding() {
        #expect(HalfFloat.float(fromBits: 0x3C00) == 1)
        #expect(HalfFloat.float(fromBits: 0xC000) == -2)
        #expect(HalfFloat.float(fromBits: 0x7BFF) == 65504)
        #expect(HalfFloat.float(fromBits: 0x0001) == 0x1p-24)
        #expect(HalfFloat.float(fromBits: 0x7C00) == .infinity)
        #expect(HalfFloat.float(fromBits: 0x8000).sign == .minus)
        #expect(HalfFloat.bits(from: 65520) == 0x7C00)  // rounds up to infinity
        #expect(HalfFloat.bits(from: 65519) == 0x7BFF)
        #expect(HalfFloat.bits(from: 1 + 0x1p-11) == 0x3C00)  // tie to even (down)
        #expect(HalfFloat.bits(from: 1 + 3 * 0x1p-11) == 0x3C02)  // tie to even (up)
        #expect(HalfFloat.bits(from: 0x1p-25) == 0)  // tie to even at the smallest subnormal
        #expect(HalfFloat.bits(from: 0x1.8p-25) == 1)
        #expect(HalfFloat.bits(from: 1e-10) == 0)
    }

    @Test func dequantizesFloat16Inputs() throws {
        var model = ExtraOpModel(.dequantize, version: 3)
        model.addInput([5], type: .float16)
        model.addOutput()
        let interpreter = try model.interpreter()
        let bits: [UInt16] = [0x3C00, 0xC000, 0x3800, 0x7BFF, 0x0001]
        try interpreter.copy(bits, toInputAt: 0)
        try interpreter.invoke()
        #expect(try interpreter.output(at: 0).values(as: Float.self) == [1, -2, 0.5, 65504, 0x1p-24])
    }

    @Test func dequantizesFloat16ConstantsOnceAtPrepare() throws {
        var model = ExtraOpModel(.dequantize, version: 3)
        model.addConstant(bytes: ExtraOpModel.bytes([UInt16(0x4200), 0xBC00]), type: .float16, shape: [2])
        model.addOutput()
        let interpreter = try model.interpreter()
        #expect(try interpreter.output(at: 0).values(as: Float.self) == [3, -1])
    }

    @Test func dequantizeRefusesIntegerInputsWithoutQuantization() throws {
        var model = ExtraOpModel(.dequantize, version: 2)
        model.addInput([3], type: .int8)
        model.addOutput()
        let error = try #require(throws: SwiftLiteError.self) { try model.interpreter() }
        #expect(error.code == .invalidModel)
    }
}
