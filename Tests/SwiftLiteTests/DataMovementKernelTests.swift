import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// Hand-checkable cases for the data-movement kernels: shapes, element order, negative axes,
/// operands computed at run time (dynamic outputs), byte-copied types, and typed errors.
@Suite struct DataMovementKernelTests {
    /// 0, 1, 2, ... as floats.
    static func iota(_ count: Int) -> [Float] { (0..<count).map(Float.init) }

    // MARK: SQUEEZE / EXPAND_DIMS

    @Test func squeezeRemovesListedOrAllUnitDimensions() throws {
        var options = SqueezeOptions()
        options.squeezeDims = [-1]
        let listed = try OneOpModel.output(.squeeze, options: .squeezeOptions(options),
                                           inputs: [.floats(Self.iota(6), [1, 6, 1])])
        #expect(listed.dims == [1, 6])
        #expect(listed.floats == Self.iota(6))
        let all = try OneOpModel.output(.squeeze, options: .squeezeOptions(SqueezeOptions()),
                                        inputs: [.floats(Self.iota(6), [1, 6, 1])])
        #expect(all.dims == [6])
    }

    @Test func squeezeRefusesANonUnitDimension() {
        var options = SqueezeOptions()
        options.squeezeDims = [1]
        let error = OneOpModel.failure(.squeeze, options: .squeezeOptions(options), inputs: [.floats(Self.iota(6), [1, 6])])
        #expect(error?.code == .shapeMismatch)
        options.squeezeDims = [5]
        #expect(OneOpModel.failure(.squeeze, options: .squeezeOptions(options), inputs: [.floats(Self.iota(6), [1, 6])])?.code == .invalidArgument)
    }

    @Test(arguments: [(Int32(0), [1, 2, 3]), (Int32(1), [2, 1, 3]), (Int32(2), [2, 3, 1]), (Int32(-1), [2, 3, 1]), (Int32(-3), [1, 2, 3])] as [(Int32, [Int])])
    func expandDimsInsertsAUnitDimension(axis: Int32, shape: [Int]) throws {
        for constant in [true, false] {
            let out = try OneOpModel.output(.expandDims, inputs: [.floats(Self.iota(6), [2, 3]), .scalar(axis, constant: constant)])
            #expect(out.dims == shape)
            #expect(out.floats == Self.iota(6))
        }
    }

    @Test func expandDimsRefusesAnAxisOutOfRange() {
        #expect(OneOpModel.failure(.expandDims, inputs: [.floats(Self.iota(6), [2, 3]), .scalar(3)])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.expandDims, inputs: [.floats(Self.iota(6), [2, 3]), .scalar(-4, constant: false)])?.code == .invalidArgument)
    }

    // MARK: TRANSPOSE

    @Test func transposeSwapsAxes() throws {
        let out = try OneOpModel.output(.transpose, inputs: [.floats(Self.iota(6), [2, 3]), .int32s([1, 0])])
        #expect(out.dims == [3, 2])
        #expect(out.floats == [0, 3, 1, 4, 2, 5])
    }

    @Test func transposeSixDimensionsWithNegativeAndRuntimePerm() throws {
        let shape = [2, 1, 3, 2, 1, 2]
        let count = shape.reduce(1, *)
        let perm: [Int32] = [5, 3, -6, 2, 4, 1]  // -6 = 0
        let out = try OneOpModel.output(.transpose, inputs: [.floats(Self.iota(count), shape), .int32s(perm, constant: false)])
        let resolved = [5, 3, 0, 2, 4, 1]
        #expect(out.dims == resolved.map { shape[$0] })
        // Check every element against the index arithmetic.
        var strides = [Int](repeating: 1, count: 6)
        for axis in stride(from: 4, through: 0, by: -1) { strides[axis] = strides[axis + 1] * shape[axis + 1] }
        let outShape = out.dims
        var expected: [Float] = []
        var index = [Int](repeating: 0, count: 6)
        for _ in 0..<count {
            expected.append(Float(zip(index, resolved).map { $0 * strides[$1] }.reduce(0, +)))
            var axis = 5
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < outShape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        #expect(out.floats == expected)
    }

    @Test func transposeCopiesInt8AndInt64() throws {
        let bytes = try OneOpModel.output(.transpose, inputs: [.int8s([1, 2, 3, 4, 5, 6], [3, 2]), .int64s([1, 0])])
        #expect(bytes.values(as: Int8.self) == [1, 3, 5, 2, 4, 6])
        let wide = try OneOpModel.output(.transpose, inputs: [.int64s([1, 2, 3, 4], [2, 2], constant: false), .int32s([1, 0])])
        #expect(wide.int64s == [1, 3, 2, 4])
    }

    @Test func transposeRefusesABadPerm() {
        let input = TestOperand.floats(Self.iota(6), [2, 3])
        #expect(OneOpModel.failure(.transpose, inputs: [input, .int32s([0, 0])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.transpose, inputs: [input, .int32s([0, 2])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.transpose, inputs: [input, .int32s([0, 1, 2])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.transpose, inputs: [input, .int32s([1, 5], constant: false)])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.transpose, inputs: [input, .floats([1, 0], constant: true)])?.code == .unsupported)
    }

    // MARK: CONCATENATION

    static func concat(axis: Int32, _ activation: ActivationFunctionType = .none) -> BuiltinOptions {
        var options = ConcatenationOptions()
        options.axis = axis
        options.fusedActivationFunction = activation
        return .concatenationOptions(options)
    }

    @Test func concatenationJoinsAlongAnAxis() throws {
        let a = TestOperand.floats([1, 2, 3, 4], [2, 2])
        let b = TestOperand.floats([5, 6], [2, 1])
        let last = try OneOpModel.output(.concatenation, options: Self.concat(axis: -1), inputs: [a, b])
        #expect(last.dims == [2, 3])
        #expect(last.floats == [1, 2, 5, 3, 4, 6])
        let first = try OneOpModel.output(.concatenation, options: Self.concat(axis: 0),
                                          inputs: [a, .floats([7, 8], [1, 2], constant: true)])
        #expect(first.dims == [3, 2])
        #expect(first.floats == [1, 2, 3, 4, 7, 8])
    }

    @Test func concatenationAppliesAFusedActivationToFloats() throws {
        let out = try OneOpModel.output(.concatenation, options: Self.concat(axis: 0, .relu6),
                                        inputs: [.floats([-1, 3], [2]), .floats([7, 0.5], [2])])
        #expect(out.floats == [0, 3, 6, 0.5])
    }

    @Test func concatenationCopiesBoolsAndFloat16() throws {
        let flags = try OneOpModel.output(.concatenation, options: Self.concat(axis: 0),
                                          inputs: [.bools([true, false]), .bools([false, true, true])])
        #expect(flags.values(as: UInt8.self) == [1, 0, 0, 1, 1])
        let halves = try OneOpModel.output(.concatenation, options: Self.concat(axis: 1),
                                           inputs: [.halfBits([0x3C00, 0x4000], [2, 1]), .halfBits([0x4200, 0x4400], [2, 1])])
        #expect(halves.values(as: UInt16.self) == [0x3C00, 0x4200, 0x4000, 0x4400])
    }

    @Test func concatenationRefusesMismatchedInputs() {
        let a = TestOperand.floats([1, 2, 3, 4], [2, 2])
        #expect(OneOpModel.failure(.concatenation, options: Self.concat(axis: 1), inputs: [a, .floats([1, 2, 3], [3, 1])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.concatenation, options: Self.concat(axis: 2), inputs: [a, a])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.concatenation, options: Self.concat(axis: 0), inputs: [a, .int32s([1, 2, 3, 4], [2, 2], constant: false)])?.code == .typeMismatch)
        #expect(OneOpModel.failure(.concatenation, options: Self.concat(axis: 0, .relu),
                                   inputs: [.int32s([1], constant: false), .int32s([2], constant: false)])?.code == .unsupported)
    }

    // MARK: UNPACK / SPLIT / SPLIT_V

    @Test func unpackSplitsIntoSlices() throws {
        var options = UnpackOptions()
        options.num = 3
        options.axis = -1
        let outs = try OneOpModel.run(.unpack, options: .unpackOptions(options), inputs: [.floats(Self.iota(6), [2, 3])], outputs: 3)
        #expect(outs.map(\.dims) == [[2], [2], [2]])
        #expect(outs.map(\.floats) == [[0, 3], [1, 4], [2, 5]])
        options.num = 2
        #expect(OneOpModel.failure(.unpack, options: .unpackOptions(options), inputs: [.floats(Self.iota(6), [2, 3])], outputs: 2)?.code == .shapeMismatch)
    }

    @Test func splitCutsEqualParts() throws {
        var options = SplitOptions()
        options.numSplits = 2
        for constant in [true, false] {
            let outs = try OneOpModel.run(.split, options: .splitOptions(options),
                                          inputs: [.scalar(-1, constant: constant), .floats(Self.iota(8), [2, 4])], outputs: 2)
            #expect(outs.map(\.dims) == [[2, 2], [2, 2]])
            #expect(outs.map(\.floats) == [[0, 1, 4, 5], [2, 3, 6, 7]])
        }
        options.numSplits = 3
        #expect(OneOpModel.failure(.split, options: .splitOptions(options),
                                   inputs: [.scalar(1), .floats(Self.iota(8), [2, 4])], outputs: 3)?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.split, options: .splitOptions(options),
                                   inputs: [.scalar(2, constant: false), .floats(Self.iota(6), [2, 3])], outputs: 3)?.code == .invalidArgument)
    }

    @Test func splitVInfersOneSize() throws {
        var options = SplitVOptions()
        options.numSplits = 3
        for constant in [true, false] {
            let outs = try OneOpModel.run(.splitV, options: .splitVOptions(options),
                                          inputs: [.int16s([1, 2, 3, 4, 5, 6]), .int64s([1, -1, 2], constant: constant), .scalar(0)],
                                          outputs: 3)
            #expect(outs.map(\.dims) == [[1], [3], [2]])
            #expect(outs.map { $0.values(as: Int16.self) } == [[1], [2, 3, 4], [5, 6]])
        }
        #expect(OneOpModel.failure(.splitV, options: .splitVOptions(options),
                                   inputs: [.floats(Self.iota(6)), .int32s([-1, -1, 2]), .scalar(0)], outputs: 3)?.code == .invalidArgument)
        #expect(OneOpModel.failure(.splitV, options: .splitVOptions(options),
                                   inputs: [.floats(Self.iota(6)), .int32s([1, 1, 2]), .scalar(0)], outputs: 3)?.code == .shapeMismatch)
    }

    // MARK: SLICE

    @Test func sliceTakesABlock() throws {
        let input = TestOperand.floats(Self.iota(12), [3, 4])
        for constant in [true, false] {
            let narrow = try OneOpModel.output(.slice, inputs: [input, .int32s([1, 1], constant: constant), .int32s([2, -1], constant: constant)])
            #expect(narrow.dims == [2, 3])
            #expect(narrow.floats == [5, 6, 7, 9, 10, 11])
            let wide = try OneOpModel.output(.slice, inputs: [input, .int64s([0, 2], constant: constant), .int64s([-1, 1], constant: constant)])
            #expect(wide.dims == [3, 1])
            #expect(wide.floats == [2, 6, 10])
        }
    }

    @Test func sliceRefusesOutOfRangeBlocks() {
        let input = TestOperand.floats(Self.iota(12), [3, 4])
        #expect(OneOpModel.failure(.slice, inputs: [input, .int32s([2, 0]), .int32s([2, 1])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.slice, inputs: [input, .int32s([-1, 0]), .int32s([1, 1])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.slice, inputs: [input, .int32s([0, 0], constant: false), .int32s([1, 5], constant: false)])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.slice, inputs: [input, .int32s([0]), .int32s([1])])?.code == .shapeMismatch)
    }

    // MARK: PAD / PADV2 / MIRROR_PAD

    @Test func padSurroundsWithZeros() throws {
        for constant in [true, false] {
            let out = try OneOpModel.output(.pad, inputs: [.floats([1, 2, 3, 4], [2, 2]), .int32s([1, 0, 0, 2], [2, 2], constant: constant)])
            #expect(out.dims == [3, 4])
            #expect(out.floats == [0, 0, 0, 0, 1, 2, 0, 0, 3, 4, 0, 0])
        }
    }

    @Test func padV2UsesTheConstantValue() throws {
        let out = try OneOpModel.output(.padv2, inputs: [.int32s([7, 8], [2], constant: false), .int64s([2, 1], [1, 2]), .int32s([-1], [])])
        #expect(out.int32s == [-1, -1, 7, 8, -1])
    }

    @Test func padUsesTheZeroPointOfQuantizedTensors() throws {
        let input = TestOperand.uint8s([10, 20]).quantized(scale: 0.5, zeroPoint: 128)
        let out = try OneOpModel.output(.pad, inputs: [input, .int32s([1, 1], [1, 2])])
        #expect(out.values(as: UInt8.self) == [128, 10, 20, 128])
    }

    @Test func padRefusesNegativePaddings() {
        #expect(OneOpModel.failure(.pad, inputs: [.floats([1, 2]), .int32s([-1, 0], [1, 2])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.pad, inputs: [.floats([1, 2]), .int32s([1, 0, 0, 0], [2, 2])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.padv2, inputs: [.floats([1, 2]), .int32s([1, 0], [1, 2]), .int32s([0], [])])?.code == .typeMismatch)
    }

    static func mirror(_ mode: MirrorPadMode) -> BuiltinOptions {
        var options = MirrorPadOptions()
        options.mode = mode
        return .mirrorPadOptions(options)
    }

    @Test func mirrorPadReflectsAndRepeatsEdges() throws {
        let input = TestOperand.floats([1, 2, 3])
        let reflect = try OneOpModel.output(.mirrorPad, options: Self.mirror(.reflect), inputs: [input, .int32s([2, 2], [1, 2])])
        #expect(reflect.floats == [3, 2, 1, 2, 3, 2, 1])
        let symmetric = try OneOpModel.output(.mirrorPad, options: Self.mirror(.symmetric),
                                              inputs: [input, .int64s([3, 1], [1, 2], constant: false)])
        #expect(symmetric.floats == [3, 2, 1, 1, 2, 3, 3])
        #expect(OneOpModel.failure(.mirrorPad, options: Self.mirror(.reflect), inputs: [input, .int32s([3, 0], [1, 2])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.mirrorPad, options: Self.mirror(.symmetric), inputs: [input, .int32s([0, 4], [1, 2])])?.code == .invalidArgument)
    }

    // MARK: TILE / BROADCAST_TO

    @Test func tileRepeatsAlongEachDimension() throws {
        for constant in [true, false] {
            let out = try OneOpModel.output(.tile, inputs: [.floats([1, 2, 3, 4], [2, 2]), .int32s([2, 1], constant: constant)])
            #expect(out.dims == [4, 2])
            #expect(out.floats == [1, 2, 3, 4, 1, 2, 3, 4])
        }
        let empty = try OneOpModel.output(.tile, inputs: [.floats([1, 2]), .int64s([0])])
        #expect(empty.dims == [0])
        #expect(OneOpModel.failure(.tile, inputs: [.floats([1, 2]), .int32s([-1])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.tile, inputs: [.floats([1, 2]), .int32s([1, 1])])?.code == .shapeMismatch)
    }

    @Test func broadcastToRepeatsUnitDimensions() throws {
        for constant in [true, false] {
            let out = try OneOpModel.output(.broadcastTo, version: 2, inputs: [.floats([1, 2], [2, 1]), .int64s([2, 2, 3], constant: constant)])
            #expect(out.dims == [2, 2, 3])
            #expect(out.floats == [1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2])
        }
        #expect(OneOpModel.failure(.broadcastTo, version: 2, inputs: [.floats([1, 2], [2, 1]), .int32s([3, 3])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.broadcastTo, version: 2, inputs: [.floats([1, 2], [2, 1]), .int32s([2])])?.code == .shapeMismatch)
        // Version 1 was the TF-era placeholder TFLite never registered.
        #expect(OneOpModel.failure(.broadcastTo, version: 1, inputs: [.floats([1]), .int32s([2])])?.code == .unsupported)
    }

    @Test func absurdShapesFromOperandsAreTypedErrors() {
        let input = TestOperand.floats([1, 2])
        #expect(OneOpModel.failure(.tile, inputs: [input, .int64s([Int64.max])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.broadcastTo, version: 2, inputs: [input, .int64s([1 << 40, 2], constant: false)])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.pad, inputs: [input, .int64s([0, Int64.max], [1, 2])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.slice, inputs: [input, .int64s([1]), .int64s([Int64.max])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.broadcastTo, version: 2, inputs: [input, .int32s([Int32.max, Int32.max, Int32.max, 2])])?.code == .invalidArgument)
    }

    // MARK: REVERSE_V2

    @Test func reverseFlipsListedAxes() throws {
        let input = TestOperand.floats(Self.iota(6), [2, 3])
        let last = try OneOpModel.output(.reverseV2, inputs: [input, .int32s([-1])])
        #expect(last.floats == [2, 1, 0, 5, 4, 3])
        let both = try OneOpModel.output(.reverseV2, inputs: [input, .int32s([0, 1], constant: false)])
        #expect(both.floats == [5, 4, 3, 2, 1, 0])
        let outer = try OneOpModel.output(.reverseV2, inputs: [.floats(Self.iota(8), [2, 2, 2]), .int32s([0, 2])])
        #expect(outer.floats == [5, 4, 7, 6, 1, 0, 3, 2])
        #expect(OneOpModel.failure(.reverseV2, inputs: [input, .int32s([1, 1])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.reverseV2, inputs: [input, .int32s([2])])?.code == .invalidArgument)
    }
}

/// Indexing and rearranging kernels: GATHER, GATHER_ND, SCATTER_ND, ONE_HOT, WHERE,
/// DEPTH_TO_SPACE, SPACE_TO_DEPTH, SPACE_TO_BATCH_ND, BATCH_TO_SPACE_ND. Expected values were
/// checked against TensorFlow.
@Suite struct IndexingKernelTests {
    static func iota(_ count: Int) -> [Float] { (0..<count).map(Float.init) }

    static func gather(axis: Int32, batchDims: Int32 = 0) -> BuiltinOptions {
        var options = GatherOptions()
        options.axis = axis
        options.batchDims = batchDims
        return .gatherOptions(options)
    }

    // MARK: GATHER / GATHER_ND

    @Test func gatherPicksSlicesAlongAnAxis() throws {
        let params = TestOperand.floats(Self.iota(6), [2, 3])
        let rows = try OneOpModel.output(.gather, options: Self.gather(axis: 0), inputs: [params, .int32s([1, 1, 0], constant: false)])
        #expect(rows.dims == [3, 3])
        #expect(rows.floats == [3, 4, 5, 3, 4, 5, 0, 1, 2])
        let columns = try OneOpModel.output(.gather, options: Self.gather(axis: -1), inputs: [params, .int64s([2, 0], [2, 1])])
        #expect(columns.dims == [2, 2, 1])
        #expect(columns.floats == [2, 0, 5, 3])
    }

    @Test func gatherWithBatchDimensions() throws {
        // params [2, 3], indices [2, 2], batch_dims 1: row b picks its own columns.
        let out = try OneOpModel.output(.gather, options: Self.gather(axis: 1, batchDims: 1),
                                        inputs: [.floats(Self.iota(6), [2, 3]), .int32s([2, 0, 1, 1], [2, 2], constant: false)])
        #expect(out.dims == [2, 2])
        #expect(out.floats == [2, 0, 4, 4])
    }

    @Test func gatherCopiesBoolsAndInt16Indices() throws {
        let out = try OneOpModel.output(.gather, options: Self.gather(axis: 0),
                                        inputs: [.bools([true, false, true]), .int16s([1, 2], [2])])
        #expect(out.values(as: UInt8.self) == [0, 1])
    }

    @Test func gatherFailsOnAnIndexOutOfRange() {
        let params = TestOperand.floats(Self.iota(6), [2, 3])
        #expect(OneOpModel.failure(.gather, options: Self.gather(axis: 0), inputs: [params, .int32s([2], constant: false)])?.code == .runtimeFailure)
        #expect(OneOpModel.failure(.gather, options: Self.gather(axis: 0), inputs: [params, .int32s([-1], constant: false)])?.code == .runtimeFailure)
        #expect(OneOpModel.failure(.gather, options: Self.gather(axis: 1), inputs: [.floats([1, 2], constant: true), .int32s([0])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.gather, options: Self.gather(axis: 0), inputs: [params, .floats([0], constant: false)])?.code == .unsupported)
        #expect(OneOpModel.failure(.gather, options: Self.gather(axis: 1, batchDims: 2), inputs: [params, .int32s([0, 0], [2, 1])])?.code == .invalidArgument)
    }

    @Test func gatherNdReadsSlicesAndElements() throws {
        let params = TestOperand.floats(Self.iota(12), [3, 2, 2])
        let slices = try OneOpModel.output(.gatherNd, inputs: [params, .int32s([2, 0], [2, 1], constant: false)])
        #expect(slices.dims == [2, 2, 2])
        #expect(slices.floats == [8, 9, 10, 11, 0, 1, 2, 3])
        let elements = try OneOpModel.output(.gatherNd, inputs: [params, .int64s([1, 1, 0, 2, 0, 1], [2, 3])])
        #expect(elements.dims == [2])
        #expect(elements.floats == [6, 9])
        #expect(OneOpModel.failure(.gatherNd, inputs: [params, .int32s([0, 2], [1, 2], constant: false)])?.code == .runtimeFailure)
        #expect(OneOpModel.failure(.gatherNd, inputs: [params, .int32s([0, 0, 0, 0], [1, 4])])?.code == .invalidArgument)
    }

    // MARK: SCATTER_ND

    @Test func scatterNdAddsUpdatesIntoZeros() throws {
        let vector = try OneOpModel.output(.scatterNd, inputs: [.int32s([1, 3, 1], [3, 1], constant: false), .floats([1, 2, 3]), .int32s([5])])
        #expect(vector.floats == [0, 4, 0, 2, 0])
        let slices = try OneOpModel.output(.scatterNd, inputs: [.int64s([0, 1, 1, 0], [2, 2]), .int32s([1, 2, 3, 4], [2, 2], constant: false),
                                                                 .int64s([2, 2, 2], constant: false)])
        #expect(slices.dims == [2, 2, 2])
        #expect(slices.int32s == [0, 0, 1, 2, 3, 4, 0, 0])
    }

    @Test func scatterNdRefusesBadIndicesAndShapes() {
        #expect(OneOpModel.failure(.scatterNd, inputs: [.int32s([5], [1, 1], constant: false), .floats([1]), .int32s([5])])?.code == .runtimeFailure)
        #expect(OneOpModel.failure(.scatterNd, inputs: [.int32s([1], [1, 1]), .floats([1, 2]), .int32s([5])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.scatterNd, inputs: [.int32s([1], [1, 1]), .floats([1]), .int64s([5])])?.code == .typeMismatch)
    }

    // MARK: ONE_HOT

    static func oneHot(axis: Int32) -> BuiltinOptions {
        var options = OneHotOptions()
        options.axis = axis
        return .oneHotOptions(options)
    }

    @Test func oneHotExpandsIndices() throws {
        let last = try OneOpModel.output(.oneHot, options: Self.oneHot(axis: -1),
                                         inputs: [.int32s([0, 2, -1, 1], constant: false), .scalar(3), .floats([5], []), .floats([-1], [])])
        #expect(last.dims == [4, 3])
        #expect(last.floats == [5, -1, -1, -1, -1, 5, -1, -1, -1, -1, 5, -1])
        let first = try OneOpModel.output(.oneHot, options: Self.oneHot(axis: 0),
                                          inputs: [.int64s([0, 2, 1, 3], [2, 2], constant: false), .scalar(3, constant: false),
                                                   .int32s([1], []), .int32s([0], [])])
        #expect(first.dims == [3, 2, 2])
        #expect(first.int32s == [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0])
        #expect(OneOpModel.failure(.oneHot, options: Self.oneHot(axis: 0),
                                   inputs: [.int32s([0]), .scalar(-2), .floats([1], []), .floats([0], [])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.oneHot, options: Self.oneHot(axis: 0),
                                   inputs: [.int32s([0]), .scalar(2), .floats([1], []), .int32s([0], [])])?.code == .typeMismatch)
    }

    // MARK: WHERE

    @Test func whereListsTheCoordinatesOfTrueElements() throws {
        let interpreter = try OneOpModel.interpreter(.where, inputs: [.bools([true, false, false, true, true, true], [3, 2])], outputType: .int64)
        try interpreter.invoke()
        var out = try interpreter.output(at: 0)
        #expect(out.dims == [4, 2])
        #expect(out.int64s == [0, 0, 1, 1, 2, 0, 2, 1])
        // The output follows the data from one invoke to the next.
        try interpreter.copy([UInt8](repeating: 0, count: 5) + [1], toInputAt: 0)
        try interpreter.invoke()
        out = try interpreter.output(at: 0)
        #expect(out.dims == [1, 2])
        #expect(out.int64s == [2, 1])
        let floats = try OneOpModel.output(.where, inputs: [.floats([0, -0.0, 2, .nan], constant: true)], outputType: .int64)
        #expect(floats.int64s == [2, 3])
        #expect(OneOpModel.failure(.where, inputs: [.floats([1], [])], outputType: .int64)?.code == .invalidArgument)
    }

    // MARK: DEPTH_TO_SPACE / SPACE_TO_DEPTH

    static func block(_ size: Int32, depthToSpace: Bool) -> BuiltinOptions {
        if depthToSpace {
            var options = DepthToSpaceOptions()
            options.blockSize = size
            return .depthToSpaceOptions(options)
        }
        var options = SpaceToDepthOptions()
        options.blockSize = size
        return .spaceToDepthOptions(options)
    }

    @Test func depthToSpaceAndBackRoundTrip() throws {
        // One pixel with 4 channels becomes a 2x2 block.
        let block = try OneOpModel.output(.depthToSpace, options: Self.block(2, depthToSpace: true),
                                          inputs: [.floats([1, 2, 3, 4], [1, 1, 1, 4])])
        #expect(block.dims == [1, 2, 2, 1])
        #expect(block.floats == [1, 2, 3, 4])
        let input = Self.iota(32)
        let deep = try OneOpModel.output(.spaceToDepth, options: Self.block(2, depthToSpace: false),
                                         inputs: [.floats(input, [2, 4, 2, 2])])
        #expect(deep.dims == [2, 2, 1, 8])
        #expect(Array(deep.floats.prefix(8)) == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(Array(deep.floats[8..<16]) == [8, 9, 10, 11, 12, 13, 14, 15])
        let back = try OneOpModel.output(.depthToSpace, options: Self.block(2, depthToSpace: true),
                                         inputs: [.floats(deep.floats, [2, 2, 1, 8])])
        #expect(back.dims == [2, 4, 2, 2])
        #expect(back.floats == input)
        #expect(OneOpModel.failure(.depthToSpace, options: Self.block(3, depthToSpace: true), inputs: [.floats([1, 2, 3, 4], [1, 1, 1, 4])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.spaceToDepth, options: Self.block(0, depthToSpace: false), inputs: [.floats([1, 2, 3, 4], [1, 2, 2, 1])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.spaceToDepth, options: Self.block(2, depthToSpace: false), inputs: [.floats([1, 2, 3, 4], [2, 2, 1])])?.code == .invalidArgument)
    }

    // MARK: SPACE_TO_BATCH_ND / BATCH_TO_SPACE_ND

    @Test func spaceToBatchMovesBlocksIntoTheBatch() throws {
        let plain = try OneOpModel.output(.spaceToBatchNd, inputs: [.floats(Self.iota(16), [1, 4, 4, 1]), .int32s([2, 2]), .int32s([0, 0, 0, 0], [2, 2])])
        #expect(plain.dims == [4, 2, 2, 1])
        #expect(plain.floats == [0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15])
        let padded = try OneOpModel.output(.spaceToBatchNd, inputs: [.floats([1, 2, 3, 4], [1, 2, 2, 1]), .int32s([2, 2], constant: false),
                                                                      .int32s([1, 1, 1, 1], [2, 2], constant: false)])
        #expect(padded.dims == [4, 2, 2, 1])
        #expect(padded.floats == [0, 0, 0, 4, 0, 0, 3, 0, 0, 2, 0, 0, 1, 0, 0, 0])
        let threeD = try OneOpModel.output(.spaceToBatchNd, inputs: [.floats([1, 2, 3, 4], [1, 4, 1]), .int64s([2]), .int64s([0, 0], [1, 2])])
        #expect(threeD.dims == [2, 2, 1])
        #expect(threeD.floats == [1, 3, 2, 4])
        #expect(OneOpModel.failure(.spaceToBatchNd, inputs: [.floats(Self.iota(16), [1, 4, 4, 1]), .int32s([3, 2]), .int32s([0, 0, 0, 0], [2, 2])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.spaceToBatchNd, inputs: [.floats(Self.iota(16), [1, 4, 4, 1]), .int32s([0, 2]), .int32s([0, 0, 0, 0], [2, 2])])?.code == .invalidArgument)
    }

    @Test func batchToSpaceIsTheInverseWithCrops() throws {
        let out = try OneOpModel.output(.batchToSpaceNd, inputs: [.floats(Self.iota(16), [4, 2, 2, 1]), .int32s([2, 2]), .int32s([0, 0, 1, 0], [2, 2])])
        #expect(out.dims == [1, 4, 3, 1])
        #expect(out.floats == [4, 1, 5, 12, 9, 13, 6, 3, 7, 14, 11, 15])
        let round = try OneOpModel.output(.batchToSpaceNd, inputs: [.floats([0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15], [4, 2, 2, 1]),
                                                                     .int32s([2, 2], constant: false), .int32s([0, 0, 0, 0], [2, 2], constant: false)])
        #expect(round.floats == Self.iota(16))
        #expect(OneOpModel.failure(.batchToSpaceNd, inputs: [.floats(Self.iota(12), [3, 2, 2, 1]), .int32s([2, 2]), .int32s([0, 0, 0, 0], [2, 2])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.batchToSpaceNd, inputs: [.floats(Self.iota(16), [4, 2, 2, 1]), .int32s([2, 2]), .int32s([0, -1, 0, 0], [2, 2])])?.code == .invalidArgument)
    }
}
