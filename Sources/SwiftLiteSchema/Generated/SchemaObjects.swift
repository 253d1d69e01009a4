// GENERATED FILE - DO NOT EDIT.
// Generator: Scripts/schema/generate_swift_schema.py
// Source schema: google-ai-edge/LiteRT, tflite/converter/schema/schema.fbs (sha256 8b9b424c923124df…)
// Contents: editable object model that packs into a FlatBuffer

import FlatBuffers

/// The `CustomQuantization` table as an editable value.
public struct CustomQuantization: Sendable, Equatable {
    /// `custom`.
    public var custom: [UInt8]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: CustomQuantizationView) {
        custom = view.custom.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let customOffset = custom.map { bytes in bytes.withUnsafeBytes { builder.createByteVector($0, alignment: 16) } }
        let start = builder.startTable()
        if let customOffset { builder.addOffset(slot: 0, customOffset) }
        return builder.endTable(start: start)
    }
}

/// The `QuantizationDetails` union as an editable value.
public enum QuantizationDetails: Sendable, Equatable {
    /// A `CustomQuantization`.
    case customQuantization(CustomQuantization)
    /// A `BlockwiseQuantization`.
    case blockwiseQuantization(BlockwiseQuantization)
    /// A `MultiAxisQuantization`.
    case multiAxisQuantization(MultiAxisQuantization)

    /// The union's type tag.
    public var type: QuantizationDetailsType {
        switch self {
        case .customQuantization: QuantizationDetailsType(rawValue: 1)
        case .blockwiseQuantization: QuantizationDetailsType(rawValue: 2)
        case .multiAxisQuantization: QuantizationDetailsType(rawValue: 3)
        }
    }

    /// Copies a read view; nil for a member this schema version does not know.
    public init?(_ view: QuantizationDetailsView) {
        switch view {
        case .customQuantization(let value): self = .customQuantization(CustomQuantization(value))
        case .blockwiseQuantization(let value): self = .blockwiseQuantization(BlockwiseQuantization(value))
        case .multiAxisQuantization(let value): self = .multiAxisQuantization(MultiAxisQuantization(value))
        case .unknown: return nil
        }
    }

    /// Writes the member table; returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        switch self {
        case .customQuantization(let value): value.pack(into: &builder)
        case .blockwiseQuantization(let value): value.pack(into: &builder)
        case .multiAxisQuantization(let value): value.pack(into: &builder)
        }
    }
}

/// The `BlockwiseQuantization` table as an editable value.
public struct BlockwiseQuantization: Sendable, Equatable {
    /// `scales`.
    public var scales: Int32 = 0
    /// `zero_points`.
    public var zeroPoints: Int32 = 0
    /// `block_size`.
    public var blockSize: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BlockwiseQuantizationView) {
        scales = view.scales
        zeroPoints = view.zeroPoints
        blockSize = view.blockSize
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, scales, default: 0)
        builder.add(slot: 1, zeroPoints, default: 0)
        builder.add(slot: 2, blockSize, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `MultiAxisQuantization` table as an editable value.
public struct MultiAxisQuantization: Sendable, Equatable {
    /// `scales`.
    public var scales: Int32 = 0
    /// `zero_points`.
    public var zeroPoints: Int32 = 0
    /// `block_size`.
    public var blockSize: Int32 = 0
    /// `quantized_dimensions`.
    public var quantizedDimensions: [Int32]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: MultiAxisQuantizationView) {
        scales = view.scales
        zeroPoints = view.zeroPoints
        blockSize = view.blockSize
        quantizedDimensions = view.quantizedDimensions.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let quantizedDimensionsOffset = quantizedDimensions.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        builder.add(slot: 0, scales, default: 0)
        builder.add(slot: 1, zeroPoints, default: 0)
        builder.add(slot: 2, blockSize, default: 0)
        if let quantizedDimensionsOffset { builder.addOffset(slot: 3, quantizedDimensionsOffset) }
        return builder.endTable(start: start)
    }
}

/// The `QuantizationParameters` table as an editable value.
public struct QuantizationParameters: Sendable, Equatable {
    /// `min`.
    public var min: [Float]? = nil
    /// `max`.
    public var max: [Float]? = nil
    /// `scale`.
    public var scale: [Float]? = nil
    /// `zero_point`.
    public var zeroPoint: [Int64]? = nil
    /// `details`.
    public var details: QuantizationDetails? = nil
    /// `quantized_dimension`.
    public var quantizedDimension: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: QuantizationParametersView) {
        min = view.min.map { Array($0) }
        max = view.max.map { Array($0) }
        scale = view.scale.map { Array($0) }
        zeroPoint = view.zeroPoint.map { Array($0) }
        details = view.details.flatMap(QuantizationDetails.init)
        quantizedDimension = view.quantizedDimension
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let minOffset = min.map { builder.createVector($0, alignment: 1) }
        let maxOffset = max.map { builder.createVector($0, alignment: 1) }
        let scaleOffset = scale.map { builder.createVector($0, alignment: 1) }
        let zeroPointOffset = zeroPoint.map { builder.createVector($0, alignment: 1) }
        let detailsOffset = details?.pack(into: &builder)
        let start = builder.startTable()
        builder.add(slot: 6, quantizedDimension, default: 0)
        if let minOffset { builder.addOffset(slot: 0, minOffset) }
        if let maxOffset { builder.addOffset(slot: 1, maxOffset) }
        if let scaleOffset { builder.addOffset(slot: 2, scaleOffset) }
        if let zeroPointOffset { builder.addOffset(slot: 3, zeroPointOffset) }
        if let detailsOffset, let details {
            builder.add(slot: 4, details.type, default: QuantizationDetailsType(rawValue: 0))
            builder.addOffset(slot: 5, detailsOffset)
        }
        return builder.endTable(start: start)
    }
}

/// The `Int32Vector` table as an editable value.
public struct Int32Vector: Sendable, Equatable {
    /// `values`.
    public var values: [Int32]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: Int32VectorView) {
        values = view.values.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let valuesOffset = values.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let valuesOffset { builder.addOffset(slot: 0, valuesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `Uint16Vector` table as an editable value.
public struct Uint16Vector: Sendable, Equatable {
    /// `values`.
    public var values: [UInt16]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: Uint16VectorView) {
        values = view.values.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let valuesOffset = values.map { builder.createVector($0, alignment: 4) }
        let start = builder.startTable()
        if let valuesOffset { builder.addOffset(slot: 0, valuesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `Uint8Vector` table as an editable value.
public struct Uint8Vector: Sendable, Equatable {
    /// `values`.
    public var values: [UInt8]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: Uint8VectorView) {
        values = view.values.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let valuesOffset = values.map { bytes in bytes.withUnsafeBytes { builder.createByteVector($0, alignment: 4) } }
        let start = builder.startTable()
        if let valuesOffset { builder.addOffset(slot: 0, valuesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `SparseIndexVector` union as an editable value.
public enum SparseIndexVector: Sendable, Equatable {
    /// A `Int32Vector`.
    case int32Vector(Int32Vector)
    /// A `Uint16Vector`.
    case uint16Vector(Uint16Vector)
    /// A `Uint8Vector`.
    case uint8Vector(Uint8Vector)

    /// The union's type tag.
    public var type: SparseIndexVectorType {
        switch self {
        case .int32Vector: SparseIndexVectorType(rawValue: 1)
        case .uint16Vector: SparseIndexVectorType(rawValue: 2)
        case .uint8Vector: SparseIndexVectorType(rawValue: 3)
        }
    }

    /// Copies a read view; nil for a member this schema version does not know.
    public init?(_ view: SparseIndexVectorView) {
        switch view {
        case .int32Vector(let value): self = .int32Vector(Int32Vector(value))
        case .uint16Vector(let value): self = .uint16Vector(Uint16Vector(value))
        case .uint8Vector(let value): self = .uint8Vector(Uint8Vector(value))
        case .unknown: return nil
        }
    }

    /// Writes the member table; returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        switch self {
        case .int32Vector(let value): value.pack(into: &builder)
        case .uint16Vector(let value): value.pack(into: &builder)
        case .uint8Vector(let value): value.pack(into: &builder)
        }
    }
}

/// The `DimensionMetadata` table as an editable value.
public struct DimensionMetadata: Sendable, Equatable {
    /// `format`.
    public var format: DimensionType = DimensionType(rawValue: 0)
    /// `dense_size`.
    public var denseSize: Int32 = 0
    /// `array_segments`.
    public var arraySegments: SparseIndexVector? = nil
    /// `array_indices`.
    public var arrayIndices: SparseIndexVector? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: DimensionMetadataView) {
        format = view.format
        denseSize = view.denseSize
        arraySegments = view.arraySegments.flatMap(SparseIndexVector.init)
        arrayIndices = view.arrayIndices.flatMap(SparseIndexVector.init)
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let arraySegmentsOffset = arraySegments?.pack(into: &builder)
        let arrayIndicesOffset = arrayIndices?.pack(into: &builder)
        let start = builder.startTable()
        builder.add(slot: 1, denseSize, default: 0)
        builder.add(slot: 0, format, default: DimensionType(rawValue: 0))
        if let arraySegmentsOffset, let arraySegments {
            builder.add(slot: 2, arraySegments.type, default: SparseIndexVectorType(rawValue: 0))
            builder.addOffset(slot: 3, arraySegmentsOffset)
        }
        if let arrayIndicesOffset, let arrayIndices {
            builder.add(slot: 4, arrayIndices.type, default: SparseIndexVectorType(rawValue: 0))
            builder.addOffset(slot: 5, arrayIndicesOffset)
        }
        return builder.endTable(start: start)
    }
}

/// The `SparsityParameters` table as an editable value.
public struct SparsityParameters: Sendable, Equatable {
    /// `traversal_order`.
    public var traversalOrder: [Int32]? = nil
    /// `block_map`.
    public var blockMap: [Int32]? = nil
    /// `dim_metadata`.
    public var dimMetadata: [DimensionMetadata]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SparsityParametersView) {
        traversalOrder = view.traversalOrder.map { Array($0) }
        blockMap = view.blockMap.map { Array($0) }
        dimMetadata = view.dimMetadata.map { $0.map(DimensionMetadata.init) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let traversalOrderOffset = traversalOrder.map { builder.createVector($0, alignment: 1) }
        let blockMapOffset = blockMap.map { builder.createVector($0, alignment: 1) }
        let dimMetadataOffset = dimMetadata.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let start = builder.startTable()
        if let traversalOrderOffset { builder.addOffset(slot: 0, traversalOrderOffset) }
        if let blockMapOffset { builder.addOffset(slot: 1, blockMapOffset) }
        if let dimMetadataOffset { builder.addOffset(slot: 2, dimMetadataOffset) }
        return builder.endTable(start: start)
    }
}

/// The `VariantSubType` table as an editable value.
public struct VariantSubType: Sendable, Equatable {
    /// `shape`.
    public var shape: [Int32]? = nil
    /// `type`.
    public var type: TensorType = TensorType(rawValue: 0)
    /// `has_rank`.
    public var hasRank: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: VariantSubTypeView) {
        shape = view.shape.map { Array($0) }
        type = view.type
        hasRank = view.hasRank
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let shapeOffset = shape.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        builder.add(slot: 1, type, default: TensorType(rawValue: 0))
        builder.add(slot: 2, hasRank, default: false)
        if let shapeOffset { builder.addOffset(slot: 0, shapeOffset) }
        return builder.endTable(start: start)
    }
}

/// The `Tensor` table as an editable value.
public struct Tensor: Sendable, Equatable {
    /// `shape`.
    public var shape: [Int32]? = nil
    /// `type`.
    public var type: TensorType = TensorType(rawValue: 0)
    /// `buffer`.
    public var buffer: UInt32 = 0
    /// `name`.
    public var name: String? = nil
    /// `quantization`.
    public var quantization: QuantizationParameters? = nil
    /// `is_variable`.
    public var isVariable: Bool = false
    /// `sparsity`.
    public var sparsity: SparsityParameters? = nil
    /// `shape_signature`.
    public var shapeSignature: [Int32]? = nil
    /// `has_rank`.
    public var hasRank: Bool = false
    /// `variant_tensors`.
    public var variantTensors: [VariantSubType]? = nil
    /// `external_buffer`.
    public var externalBuffer: UInt32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: TensorView) {
        shape = view.shape.map { Array($0) }
        type = view.type
        buffer = view.buffer
        name = view.name
        quantization = view.quantization.map(QuantizationParameters.init)
        isVariable = view.isVariable
        sparsity = view.sparsity.map(SparsityParameters.init)
        shapeSignature = view.shapeSignature.map { Array($0) }
        hasRank = view.hasRank
        variantTensors = view.variantTensors.map { $0.map(VariantSubType.init) }
        externalBuffer = view.externalBuffer
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let shapeOffset = shape.map { builder.createVector($0, alignment: 1) }
        let nameOffset = name.map { builder.createString($0) }
        let quantizationOffset = quantization?.pack(into: &builder)
        let sparsityOffset = sparsity?.pack(into: &builder)
        let shapeSignatureOffset = shapeSignature.map { builder.createVector($0, alignment: 1) }
        let variantTensorsOffset = variantTensors.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let start = builder.startTable()
        builder.add(slot: 2, buffer, default: 0)
        builder.add(slot: 10, externalBuffer, default: 0)
        builder.add(slot: 1, type, default: TensorType(rawValue: 0))
        builder.add(slot: 5, isVariable, default: false)
        builder.add(slot: 8, hasRank, default: false)
        if let shapeOffset { builder.addOffset(slot: 0, shapeOffset) }
        if let nameOffset { builder.addOffset(slot: 3, nameOffset) }
        if let quantizationOffset { builder.addOffset(slot: 4, quantizationOffset) }
        if let sparsityOffset { builder.addOffset(slot: 6, sparsityOffset) }
        if let shapeSignatureOffset { builder.addOffset(slot: 7, shapeSignatureOffset) }
        if let variantTensorsOffset { builder.addOffset(slot: 9, variantTensorsOffset) }
        return builder.endTable(start: start)
    }
}

/// The `BuiltinOptions` union as an editable value.
public enum BuiltinOptions: Sendable, Equatable {
    /// A `Conv2DOptions`.
    case conv2DOptions(Conv2DOptions)
    /// A `DepthwiseConv2DOptions`.
    case depthwiseConv2DOptions(DepthwiseConv2DOptions)
    /// A `ConcatEmbeddingsOptions`.
    case concatEmbeddingsOptions(ConcatEmbeddingsOptions)
    /// A `LSHProjectionOptions`.
    case lshProjectionOptions(LSHProjectionOptions)
    /// A `Pool2DOptions`.
    case pool2DOptions(Pool2DOptions)
    /// A `SVDFOptions`.
    case svdfOptions(SVDFOptions)
    /// A `RNNOptions`.
    case rnnOptions(RNNOptions)
    /// A `FullyConnectedOptions`.
    case fullyConnectedOptions(FullyConnectedOptions)
    /// A `SoftmaxOptions`.
    case softmaxOptions(SoftmaxOptions)
    /// A `ConcatenationOptions`.
    case concatenationOptions(ConcatenationOptions)
    /// A `AddOptions`.
    case addOptions(AddOptions)
    /// A `L2NormOptions`.
    case l2NormOptions(L2NormOptions)
    /// A `LocalResponseNormalizationOptions`.
    case localResponseNormalizationOptions(LocalResponseNormalizationOptions)
    /// A `LSTMOptions`.
    case lstmOptions(LSTMOptions)
    /// A `ResizeBilinearOptions`.
    case resizeBilinearOptions(ResizeBilinearOptions)
    /// A `CallOptions`.
    case callOptions(CallOptions)
    /// A `ReshapeOptions`.
    case reshapeOptions(ReshapeOptions)
    /// A `SkipGramOptions`.
    case skipGramOptions(SkipGramOptions)
    /// A `SpaceToDepthOptions`.
    case spaceToDepthOptions(SpaceToDepthOptions)
    /// A `EmbeddingLookupSparseOptions`.
    case embeddingLookupSparseOptions(EmbeddingLookupSparseOptions)
    /// A `MulOptions`.
    case mulOptions(MulOptions)
    /// A `PadOptions`.
    case padOptions(PadOptions)
    /// A `GatherOptions`.
    case gatherOptions(GatherOptions)
    /// A `BatchToSpaceNDOptions`.
    case batchToSpaceNDOptions(BatchToSpaceNDOptions)
    /// A `SpaceToBatchNDOptions`.
    case spaceToBatchNDOptions(SpaceToBatchNDOptions)
    /// A `TransposeOptions`.
    case transposeOptions(TransposeOptions)
    /// A `ReducerOptions`.
    case reducerOptions(ReducerOptions)
    /// A `SubOptions`.
    case subOptions(SubOptions)
    /// A `DivOptions`.
    case divOptions(DivOptions)
    /// A `SqueezeOptions`.
    case squeezeOptions(SqueezeOptions)
    /// A `SequenceRNNOptions`.
    case sequenceRNNOptions(SequenceRNNOptions)
    /// A `StridedSliceOptions`.
    case stridedSliceOptions(StridedSliceOptions)
    /// A `ExpOptions`.
    case expOptions(ExpOptions)
    /// A `TopKV2Options`.
    case topKV2Options(TopKV2Options)
    /// A `SplitOptions`.
    case splitOptions(SplitOptions)
    /// A `LogSoftmaxOptions`.
    case logSoftmaxOptions(LogSoftmaxOptions)
    /// A `CastOptions`.
    case castOptions(CastOptions)
    /// A `DequantizeOptions`.
    case dequantizeOptions(DequantizeOptions)
    /// A `MaximumMinimumOptions`.
    case maximumMinimumOptions(MaximumMinimumOptions)
    /// A `ArgMaxOptions`.
    case argMaxOptions(ArgMaxOptions)
    /// A `LessOptions`.
    case lessOptions(LessOptions)
    /// A `NegOptions`.
    case negOptions(NegOptions)
    /// A `PadV2Options`.
    case padV2Options(PadV2Options)
    /// A `GreaterOptions`.
    case greaterOptions(GreaterOptions)
    /// A `GreaterEqualOptions`.
    case greaterEqualOptions(GreaterEqualOptions)
    /// A `LessEqualOptions`.
    case lessEqualOptions(LessEqualOptions)
    /// A `SelectOptions`.
    case selectOptions(SelectOptions)
    /// A `SliceOptions`.
    case sliceOptions(SliceOptions)
    /// A `TransposeConvOptions`.
    case transposeConvOptions(TransposeConvOptions)
    /// A `SparseToDenseOptions`.
    case sparseToDenseOptions(SparseToDenseOptions)
    /// A `TileOptions`.
    case tileOptions(TileOptions)
    /// A `ExpandDimsOptions`.
    case expandDimsOptions(ExpandDimsOptions)
    /// A `EqualOptions`.
    case equalOptions(EqualOptions)
    /// A `NotEqualOptions`.
    case notEqualOptions(NotEqualOptions)
    /// A `ShapeOptions`.
    case shapeOptions(ShapeOptions)
    /// A `PowOptions`.
    case powOptions(PowOptions)
    /// A `ArgMinOptions`.
    case argMinOptions(ArgMinOptions)
    /// A `FakeQuantOptions`.
    case fakeQuantOptions(FakeQuantOptions)
    /// A `PackOptions`.
    case packOptions(PackOptions)
    /// A `LogicalOrOptions`.
    case logicalOrOptions(LogicalOrOptions)
    /// A `OneHotOptions`.
    case oneHotOptions(OneHotOptions)
    /// A `LogicalAndOptions`.
    case logicalAndOptions(LogicalAndOptions)
    /// A `LogicalNotOptions`.
    case logicalNotOptions(LogicalNotOptions)
    /// A `UnpackOptions`.
    case unpackOptions(UnpackOptions)
    /// A `FloorDivOptions`.
    case floorDivOptions(FloorDivOptions)
    /// A `SquareOptions`.
    case squareOptions(SquareOptions)
    /// A `ZerosLikeOptions`.
    case zerosLikeOptions(ZerosLikeOptions)
    /// A `FillOptions`.
    case fillOptions(FillOptions)
    /// A `BidirectionalSequenceLSTMOptions`.
    case bidirectionalSequenceLSTMOptions(BidirectionalSequenceLSTMOptions)
    /// A `BidirectionalSequenceRNNOptions`.
    case bidirectionalSequenceRNNOptions(BidirectionalSequenceRNNOptions)
    /// A `UnidirectionalSequenceLSTMOptions`.
    case unidirectionalSequenceLSTMOptions(UnidirectionalSequenceLSTMOptions)
    /// A `FloorModOptions`.
    case floorModOptions(FloorModOptions)
    /// A `RangeOptions`.
    case rangeOptions(RangeOptions)
    /// A `ResizeNearestNeighborOptions`.
    case resizeNearestNeighborOptions(ResizeNearestNeighborOptions)
    /// A `LeakyReluOptions`.
    case leakyReluOptions(LeakyReluOptions)
    /// A `SquaredDifferenceOptions`.
    case squaredDifferenceOptions(SquaredDifferenceOptions)
    /// A `MirrorPadOptions`.
    case mirrorPadOptions(MirrorPadOptions)
    /// A `AbsOptions`.
    case absOptions(AbsOptions)
    /// A `SplitVOptions`.
    case splitVOptions(SplitVOptions)
    /// A `UniqueOptions`.
    case uniqueOptions(UniqueOptions)
    /// A `ReverseV2Options`.
    case reverseV2Options(ReverseV2Options)
    /// A `AddNOptions`.
    case addNOptions(AddNOptions)
    /// A `GatherNdOptions`.
    case gatherNdOptions(GatherNdOptions)
    /// A `CosOptions`.
    case cosOptions(CosOptions)
    /// A `WhereOptions`.
    case whereOptions(WhereOptions)
    /// A `RankOptions`.
    case rankOptions(RankOptions)
    /// A `ReverseSequenceOptions`.
    case reverseSequenceOptions(ReverseSequenceOptions)
    /// A `MatrixDiagOptions`.
    case matrixDiagOptions(MatrixDiagOptions)
    /// A `QuantizeOptions`.
    case quantizeOptions(QuantizeOptions)
    /// A `MatrixSetDiagOptions`.
    case matrixSetDiagOptions(MatrixSetDiagOptions)
    /// A `HardSwishOptions`.
    case hardSwishOptions(HardSwishOptions)
    /// A `IfOptions`.
    case ifOptions(IfOptions)
    /// A `WhileOptions`.
    case whileOptions(WhileOptions)
    /// A `DepthToSpaceOptions`.
    case depthToSpaceOptions(DepthToSpaceOptions)
    /// A `NonMaxSuppressionV4Options`.
    case nonMaxSuppressionV4Options(NonMaxSuppressionV4Options)
    /// A `NonMaxSuppressionV5Options`.
    case nonMaxSuppressionV5Options(NonMaxSuppressionV5Options)
    /// A `ScatterNdOptions`.
    case scatterNdOptions(ScatterNdOptions)
    /// A `SelectV2Options`.
    case selectV2Options(SelectV2Options)
    /// A `DensifyOptions`.
    case densifyOptions(DensifyOptions)
    /// A `SegmentSumOptions`.
    case segmentSumOptions(SegmentSumOptions)
    /// A `BatchMatMulOptions`.
    case batchMatMulOptions(BatchMatMulOptions)
    /// A `CumsumOptions`.
    case cumsumOptions(CumsumOptions)
    /// A `CallOnceOptions`.
    case callOnceOptions(CallOnceOptions)
    /// A `BroadcastToOptions`.
    case broadcastToOptions(BroadcastToOptions)
    /// A `Rfft2dOptions`.
    case rfft2dOptions(Rfft2dOptions)
    /// A `Conv3DOptions`.
    case conv3DOptions(Conv3DOptions)
    /// A `HashtableOptions`.
    case hashtableOptions(HashtableOptions)
    /// A `HashtableFindOptions`.
    case hashtableFindOptions(HashtableFindOptions)
    /// A `HashtableImportOptions`.
    case hashtableImportOptions(HashtableImportOptions)
    /// A `HashtableSizeOptions`.
    case hashtableSizeOptions(HashtableSizeOptions)
    /// A `VarHandleOptions`.
    case varHandleOptions(VarHandleOptions)
    /// A `ReadVariableOptions`.
    case readVariableOptions(ReadVariableOptions)
    /// A `AssignVariableOptions`.
    case assignVariableOptions(AssignVariableOptions)
    /// A `RandomOptions`.
    case randomOptions(RandomOptions)
    /// A `BucketizeOptions`.
    case bucketizeOptions(BucketizeOptions)
    /// A `GeluOptions`.
    case geluOptions(GeluOptions)
    /// A `DynamicUpdateSliceOptions`.
    case dynamicUpdateSliceOptions(DynamicUpdateSliceOptions)
    /// A `UnsortedSegmentProdOptions`.
    case unsortedSegmentProdOptions(UnsortedSegmentProdOptions)
    /// A `UnsortedSegmentMaxOptions`.
    case unsortedSegmentMaxOptions(UnsortedSegmentMaxOptions)
    /// A `UnsortedSegmentMinOptions`.
    case unsortedSegmentMinOptions(UnsortedSegmentMinOptions)
    /// A `UnsortedSegmentSumOptions`.
    case unsortedSegmentSumOptions(UnsortedSegmentSumOptions)
    /// A `ATan2Options`.
    case aTan2Options(ATan2Options)
    /// A `SignOptions`.
    case signOptions(SignOptions)
    /// A `BitcastOptions`.
    case bitcastOptions(BitcastOptions)
    /// A `BitwiseXorOptions`.
    case bitwiseXorOptions(BitwiseXorOptions)
    /// A `RightShiftOptions`.
    case rightShiftOptions(RightShiftOptions)

    /// The union's type tag.
    public var type: BuiltinOptionsType {
        switch self {
        case .conv2DOptions: BuiltinOptionsType(rawValue: 1)
        case .depthwiseConv2DOptions: BuiltinOptionsType(rawValue: 2)
        case .concatEmbeddingsOptions: BuiltinOptionsType(rawValue: 3)
        case .lshProjectionOptions: BuiltinOptionsType(rawValue: 4)
        case .pool2DOptions: BuiltinOptionsType(rawValue: 5)
        case .svdfOptions: BuiltinOptionsType(rawValue: 6)
        case .rnnOptions: BuiltinOptionsType(rawValue: 7)
        case .fullyConnectedOptions: BuiltinOptionsType(rawValue: 8)
        case .softmaxOptions: BuiltinOptionsType(rawValue: 9)
        case .concatenationOptions: BuiltinOptionsType(rawValue: 10)
        case .addOptions: BuiltinOptionsType(rawValue: 11)
        case .l2NormOptions: BuiltinOptionsType(rawValue: 12)
        case .localResponseNormalizationOptions: BuiltinOptionsType(rawValue: 13)
        case .lstmOptions: BuiltinOptionsType(rawValue: 14)
        case .resizeBilinearOptions: BuiltinOptionsType(rawValue: 15)
        case .callOptions: BuiltinOptionsType(rawValue: 16)
        case .reshapeOptions: BuiltinOptionsType(rawValue: 17)
        case .skipGramOptions: BuiltinOptionsType(rawValue: 18)
        case .spaceToDepthOptions: BuiltinOptionsType(rawValue: 19)
        case .embeddingLookupSparseOptions: BuiltinOptionsType(rawValue: 20)
        case .mulOptions: BuiltinOptionsType(rawValue: 21)
        case .padOptions: BuiltinOptionsType(rawValue: 22)
        case .gatherOptions: BuiltinOptionsType(rawValue: 23)
        case .batchToSpaceNDOptions: BuiltinOptionsType(rawValue: 24)
        case .spaceToBatchNDOptions: BuiltinOptionsType(rawValue: 25)
        case .transposeOptions: BuiltinOptionsType(rawValue: 26)
        case .reducerOptions: BuiltinOptionsType(rawValue: 27)
        case .subOptions: BuiltinOptionsType(rawValue: 28)
        case .divOptions: BuiltinOptionsType(rawValue: 29)
        case .squeezeOptions: BuiltinOptionsType(rawValue: 30)
        case .sequenceRNNOptions: BuiltinOptionsType(rawValue: 31)
        case .stridedSliceOptions: BuiltinOptionsType(rawValue: 32)
        case .expOptions: BuiltinOptionsType(rawValue: 33)
        case .topKV2Options: BuiltinOptionsType(rawValue: 34)
        case .splitOptions: BuiltinOptionsType(rawValue: 35)
        case .logSoftmaxOptions: BuiltinOptionsType(rawValue: 36)
        case .castOptions: BuiltinOptionsType(rawValue: 37)
        case .dequantizeOptions: BuiltinOptionsType(rawValue: 38)
        case .maximumMinimumOptions: BuiltinOptionsType(rawValue: 39)
        case .argMaxOptions: BuiltinOptionsType(rawValue: 40)
        case .lessOptions: BuiltinOptionsType(rawValue: 41)
        case .negOptions: BuiltinOptionsType(rawValue: 42)
        case .padV2Options: BuiltinOptionsType(rawValue: 43)
        case .greaterOptions: BuiltinOptionsType(rawValue: 44)
        case .greaterEqualOptions: BuiltinOptionsType(rawValue: 45)
        case .lessEqualOptions: BuiltinOptionsType(rawValue: 46)
        case .selectOptions: BuiltinOptionsType(rawValue: 47)
        case .sliceOptions: BuiltinOptionsType(rawValue: 48)
        case .transposeConvOptions: BuiltinOptionsType(rawValue: 49)
        case .sparseToDenseOptions: BuiltinOptionsType(rawValue: 50)
        case .tileOptions: BuiltinOptionsType(rawValue: 51)
        case .expandDimsOptions: BuiltinOptionsType(rawValue: 52)
        case .equalOptions: BuiltinOptionsType(rawValue: 53)
        case .notEqualOptions: BuiltinOptionsType(rawValue: 54)
        case .shapeOptions: BuiltinOptionsType(rawValue: 55)
        case .powOptions: BuiltinOptionsType(rawValue: 56)
        case .argMinOptions: BuiltinOptionsType(rawValue: 57)
        case .fakeQuantOptions: BuiltinOptionsType(rawValue: 58)
        case .packOptions: BuiltinOptionsType(rawValue: 59)
        case .logicalOrOptions: BuiltinOptionsType(rawValue: 60)
        case .oneHotOptions: BuiltinOptionsType(rawValue: 61)
        case .logicalAndOptions: BuiltinOptionsType(rawValue: 62)
        case .logicalNotOptions: BuiltinOptionsType(rawValue: 63)
        case .unpackOptions: BuiltinOptionsType(rawValue: 64)
        case .floorDivOptions: BuiltinOptionsType(rawValue: 65)
        case .squareOptions: BuiltinOptionsType(rawValue: 66)
        case .zerosLikeOptions: BuiltinOptionsType(rawValue: 67)
        case .fillOptions: BuiltinOptionsType(rawValue: 68)
        case .bidirectionalSequenceLSTMOptions: BuiltinOptionsType(rawValue: 69)
        case .bidirectionalSequenceRNNOptions: BuiltinOptionsType(rawValue: 70)
        case .unidirectionalSequenceLSTMOptions: BuiltinOptionsType(rawValue: 71)
        case .floorModOptions: BuiltinOptionsType(rawValue: 72)
        case .rangeOptions: BuiltinOptionsType(rawValue: 73)
        case .resizeNearestNeighborOptions: BuiltinOptionsType(rawValue: 74)
        case .leakyReluOptions: BuiltinOptionsType(rawValue: 75)
        case .squaredDifferenceOptions: BuiltinOptionsType(rawValue: 76)
        case .mirrorPadOptions: BuiltinOptionsType(rawValue: 77)
        case .absOptions: BuiltinOptionsType(rawValue: 78)
        case .splitVOptions: BuiltinOptionsType(rawValue: 79)
        case .uniqueOptions: BuiltinOptionsType(rawValue: 80)
        case .reverseV2Options: BuiltinOptionsType(rawValue: 81)
        case .addNOptions: BuiltinOptionsType(rawValue: 82)
        case .gatherNdOptions: BuiltinOptionsType(rawValue: 83)
        case .cosOptions: BuiltinOptionsType(rawValue: 84)
        case .whereOptions: BuiltinOptionsType(rawValue: 85)
        case .rankOptions: BuiltinOptionsType(rawValue: 86)
        case .reverseSequenceOptions: BuiltinOptionsType(rawValue: 87)
        case .matrixDiagOptions: BuiltinOptionsType(rawValue: 88)
        case .quantizeOptions: BuiltinOptionsType(rawValue: 89)
        case .matrixSetDiagOptions: BuiltinOptionsType(rawValue: 90)
        case .hardSwishOptions: BuiltinOptionsType(rawValue: 91)
        case .ifOptions: BuiltinOptionsType(rawValue: 92)
        case .whileOptions: BuiltinOptionsType(rawValue: 93)
        case .depthToSpaceOptions: BuiltinOptionsType(rawValue: 94)
        case .nonMaxSuppressionV4Options: BuiltinOptionsType(rawValue: 95)
        case .nonMaxSuppressionV5Options: BuiltinOptionsType(rawValue: 96)
        case .scatterNdOptions: BuiltinOptionsType(rawValue: 97)
        case .selectV2Options: BuiltinOptionsType(rawValue: 98)
        case .densifyOptions: BuiltinOptionsType(rawValue: 99)
        case .segmentSumOptions: BuiltinOptionsType(rawValue: 100)
        case .batchMatMulOptions: BuiltinOptionsType(rawValue: 101)
        case .cumsumOptions: BuiltinOptionsType(rawValue: 102)
        case .callOnceOptions: BuiltinOptionsType(rawValue: 103)
        case .broadcastToOptions: BuiltinOptionsType(rawValue: 104)
        case .rfft2dOptions: BuiltinOptionsType(rawValue: 105)
        case .conv3DOptions: BuiltinOptionsType(rawValue: 106)
        case .hashtableOptions: BuiltinOptionsType(rawValue: 107)
        case .hashtableFindOptions: BuiltinOptionsType(rawValue: 108)
        case .hashtableImportOptions: BuiltinOptionsType(rawValue: 109)
        case .hashtableSizeOptions: BuiltinOptionsType(rawValue: 110)
        case .varHandleOptions: BuiltinOptionsType(rawValue: 111)
        case .readVariableOptions: BuiltinOptionsType(rawValue: 112)
        case .assignVariableOptions: BuiltinOptionsType(rawValue: 113)
        case .randomOptions: BuiltinOptionsType(rawValue: 114)
        case .bucketizeOptions: BuiltinOptionsType(rawValue: 115)
        case .geluOptions: BuiltinOptionsType(rawValue: 116)
        case .dynamicUpdateSliceOptions: BuiltinOptionsType(rawValue: 117)
        case .unsortedSegmentProdOptions: BuiltinOptionsType(rawValue: 118)
        case .unsortedSegmentMaxOptions: BuiltinOptionsType(rawValue: 119)
        case .unsortedSegmentMinOptions: BuiltinOptionsType(rawValue: 120)
        case .unsortedSegmentSumOptions: BuiltinOptionsType(rawValue: 121)
        case .aTan2Options: BuiltinOptionsType(rawValue: 122)
        case .signOptions: BuiltinOptionsType(rawValue: 123)
        case .bitcastOptions: BuiltinOptionsType(rawValue: 124)
        case .bitwiseXorOptions: BuiltinOptionsType(rawValue: 125)
        case .rightShiftOptions: BuiltinOptionsType(rawValue: 126)
        }
    }

    /// Copies a read view; nil for a member this schema version does not know.
    public init?(_ view: BuiltinOptionsView) {
        switch view {
        case .conv2DOptions(let value): self = .conv2DOptions(Conv2DOptions(value))
        case .depthwiseConv2DOptions(let value): self = .depthwiseConv2DOptions(DepthwiseConv2DOptions(value))
        case .concatEmbeddingsOptions(let value): self = .concatEmbeddingsOptions(ConcatEmbeddingsOptions(value))
        case .lshProjectionOptions(let value): self = .lshProjectionOptions(LSHProjectionOptions(value))
        case .pool2DOptions(let value): self = .pool2DOptions(Pool2DOptions(value))
        case .svdfOptions(let value): self = .svdfOptions(SVDFOptions(value))
        case .rnnOptions(let value): self = .rnnOptions(RNNOptions(value))
        case .fullyConnectedOptions(let value): self = .fullyConnectedOptions(FullyConnectedOptions(value))
        case .softmaxOptions(let value): self = .softmaxOptions(SoftmaxOptions(value))
        case .concatenationOptions(let value): self = .concatenationOptions(ConcatenationOptions(value))
        case .addOptions(let value): self = .addOptions(AddOptions(value))
        case .l2NormOptions(let value): self = .l2NormOptions(L2NormOptions(value))
        case .localResponseNormalizationOptions(let value): self = .localResponseNormalizationOptions(LocalResponseNormalizationOptions(value))
        case .lstmOptions(let value): self = .lstmOptions(LSTMOptions(value))
        case .resizeBilinearOptions(let value): self = .resizeBilinearOptions(ResizeBilinearOptions(value))
        case .callOptions(let value): self = .callOptions(CallOptions(value))
        case .reshapeOptions(let value): self = .reshapeOptions(ReshapeOptions(value))
        case .skipGramOptions(let value): self = .skipGramOptions(SkipGramOptions(value))
        case .spaceToDepthOptions(let value): self = .spaceToDepthOptions(SpaceToDepthOptions(value))
        case .embeddingLookupSparseOptions(let value): self = .embeddingLookupSparseOptions(EmbeddingLookupSparseOptions(value))
        case .mulOptions(let value): self = .mulOptions(MulOptions(value))
        case .padOptions(let value): self = .padOptions(PadOptions(value))
        case .gatherOptions(let value): self = .gatherOptions(GatherOptions(value))
        case .batchToSpaceNDOptions(let value): self = .batchToSpaceNDOptions(BatchToSpaceNDOptions(value))
        case .spaceToBatchNDOptions(let value): self = .spaceToBatchNDOptions(SpaceToBatchNDOptions(value))
        case .transposeOptions(let value): self = .transposeOptions(TransposeOptions(value))
        case .reducerOptions(let value): self = .reducerOptions(ReducerOptions(value))
        case .subOptions(let value): self = .subOptions(SubOptions(value))
        case .divOptions(let value): self = .divOptions(DivOptions(value))
        case .squeezeOptions(let value): self = .squeezeOptions(SqueezeOptions(value))
        case .sequenceRNNOptions(let value): self = .sequenceRNNOptions(SequenceRNNOptions(value))
        case .stridedSliceOptions(let value): self = .stridedSliceOptions(StridedSliceOptions(value))
        case .expOptions(let value): self = .expOptions(ExpOptions(value))
        case .topKV2Options(let value): self = .topKV2Options(TopKV2Options(value))
        case .splitOptions(let value): self = .splitOptions(SplitOptions(value))
        case .logSoftmaxOptions(let value): self = .logSoftmaxOptions(LogSoftmaxOptions(value))
        case .castOptions(let value): self = .castOptions(CastOptions(value))
        case .dequantizeOptions(let value): self = .dequantizeOptions(DequantizeOptions(value))
        case .maximumMinimumOptions(let value): self = .maximumMinimumOptions(MaximumMinimumOptions(value))
        case .argMaxOptions(let value): self = .argMaxOptions(ArgMaxOptions(value))
        case .lessOptions(let value): self = .lessOptions(LessOptions(value))
        case .negOptions(let value): self = .negOptions(NegOptions(value))
        case .padV2Options(let value): self = .padV2Options(PadV2Options(value))
        case .greaterOptions(let value): self = .greaterOptions(GreaterOptions(value))
        case .greaterEqualOptions(let value): self = .greaterEqualOptions(GreaterEqualOptions(value))
        case .lessEqualOptions(let value): self = .lessEqualOptions(LessEqualOptions(value))
        case .selectOptions(let value): self = .selectOptions(SelectOptions(value))
        case .sliceOptions(let value): self = .sliceOptions(SliceOptions(value))
        case .transposeConvOptions(let value): self = .transposeConvOptions(TransposeConvOptions(value))
        case .sparseToDenseOptions(let value): self = .sparseToDenseOptions(SparseToDenseOptions(value))
        case .tileOptions(let value): self = .tileOptions(TileOptions(value))
        case .expandDimsOptions(let value): self = .expandDimsOptions(ExpandDimsOptions(value))
        case .equalOptions(let value): self = .equalOptions(EqualOptions(value))
        case .notEqualOptions(let value): self = .notEqualOptions(NotEqualOptions(value))
        case .shapeOptions(let value): self = .shapeOptions(ShapeOptions(value))
        case .powOptions(let value): self = .powOptions(PowOptions(value))
        case .argMinOptions(let value): self = .argMinOptions(ArgMinOptions(value))
        case .fakeQuantOptions(let value): self = .fakeQuantOptions(FakeQuantOptions(value))
        case .packOptions(let value): self = .packOptions(PackOptions(value))
        case .logicalOrOptions(let value): self = .logicalOrOptions(LogicalOrOptions(value))
        case .oneHotOptions(let value): self = .oneHotOptions(OneHotOptions(value))
        case .logicalAndOptions(let value): self = .logicalAndOptions(LogicalAndOptions(value))
        case .logicalNotOptions(let value): self = .logicalNotOptions(LogicalNotOptions(value))
        case .unpackOptions(let value): self = .unpackOptions(UnpackOptions(value))
        case .floorDivOptions(let value): self = .floorDivOptions(FloorDivOptions(value))
        case .squareOptions(let value): self = .squareOptions(SquareOptions(value))
        case .zerosLikeOptions(let value): self = .zerosLikeOptions(ZerosLikeOptions(value))
        case .fillOptions(let value): self = .fillOptions(FillOptions(value))
        case .bidirectionalSequenceLSTMOptions(let value): self = .bidirectionalSequenceLSTMOptions(BidirectionalSequenceLSTMOptions(value))
        case .bidirectionalSequenceRNNOptions(let value): self = .bidirectionalSequenceRNNOptions(BidirectionalSequenceRNNOptions(value))
        case .unidirectionalSequenceLSTMOptions(let value): self = .unidirectionalSequenceLSTMOptions(UnidirectionalSequenceLSTMOptions(value))
        case .floorModOptions(let value): self = .floorModOptions(FloorModOptions(value))
        case .rangeOptions(let value): self = .rangeOptions(RangeOptions(value))
        case .resizeNearestNeighborOptions(let value): self = .resizeNearestNeighborOptions(ResizeNearestNeighborOptions(value))
        case .leakyReluOptions(let value): self = .leakyReluOptions(LeakyReluOptions(value))
        case .squaredDifferenceOptions(let value): self = .squaredDifferenceOptions(SquaredDifferenceOptions(value))
        case .mirrorPadOptions(let value): self = .mirrorPadOptions(MirrorPadOptions(value))
        case .absOptions(let value): self = .absOptions(AbsOptions(value))
        case .splitVOptions(let value): self = .splitVOptions(SplitVOptions(value))
        case .uniqueOptions(let value): self = .uniqueOptions(UniqueOptions(value))
        case .reverseV2Options(let value): self = .reverseV2Options(ReverseV2Options(value))
        case .addNOptions(let value): self = .addNOptions(AddNOptions(value))
        case .gatherNdOptions(let value): self = .gatherNdOptions(GatherNdOptions(value))
        case .cosOptions(let value): self = .cosOptions(CosOptions(value))
        case .whereOptions(let value): self = .whereOptions(WhereOptions(value))
        case .rankOptions(let value): self = .rankOptions(RankOptions(value))
        case .reverseSequenceOptions(let value): self = .reverseSequenceOptions(ReverseSequenceOptions(value))
        case .matrixDiagOptions(let value): self = .matrixDiagOptions(MatrixDiagOptions(value))
        case .quantizeOptions(let value): self = .quantizeOptions(QuantizeOptions(value))
        case .matrixSetDiagOptions(let value): self = .matrixSetDiagOptions(MatrixSetDiagOptions(value))
        case .hardSwishOptions(let value): self = .hardSwishOptions(HardSwishOptions(value))
        case .ifOptions(let value): self = .ifOptions(IfOptions(value))
        case .whileOptions(let value): self = .whileOptions(WhileOptions(value))
        case .depthToSpaceOptions(let value): self = .depthToSpaceOptions(DepthToSpaceOptions(value))
        case .nonMaxSuppressionV4Options(let value): self = .nonMaxSuppressionV4Options(NonMaxSuppressionV4Options(value))
        case .nonMaxSuppressionV5Options(let value): self = .nonMaxSuppressionV5Options(NonMaxSuppressionV5Options(value))
        case .scatterNdOptions(let value): self = .scatterNdOptions(ScatterNdOptions(value))
        case .selectV2Options(let value): self = .selectV2Options(SelectV2Options(value))
        case .densifyOptions(let value): self = .densifyOptions(DensifyOptions(value))
        case .segmentSumOptions(let value): self = .segmentSumOptions(SegmentSumOptions(value))
        case .batchMatMulOptions(let value): self = .batchMatMulOptions(BatchMatMulOptions(value))
        case .cumsumOptions(let value): self = .cumsumOptions(CumsumOptions(value))
        case .callOnceOptions(let value): self = .callOnceOptions(CallOnceOptions(value))
        case .broadcastToOptions(let value): self = .broadcastToOptions(BroadcastToOptions(value))
        case .rfft2dOptions(let value): self = .rfft2dOptions(Rfft2dOptions(value))
        case .conv3DOptions(let value): self = .conv3DOptions(Conv3DOptions(value))
        case .hashtableOptions(let value): self = .hashtableOptions(HashtableOptions(value))
        case .hashtableFindOptions(let value): self = .hashtableFindOptions(HashtableFindOptions(value))
        case .hashtableImportOptions(let value): self = .hashtableImportOptions(HashtableImportOptions(value))
        case .hashtableSizeOptions(let value): self = .hashtableSizeOptions(HashtableSizeOptions(value))
        case .varHandleOptions(let value): self = .varHandleOptions(VarHandleOptions(value))
        case .readVariableOptions(let value): self = .readVariableOptions(ReadVariableOptions(value))
        case .assignVariableOptions(let value): self = .assignVariableOptions(AssignVariableOptions(value))
        case .randomOptions(let value): self = .randomOptions(RandomOptions(value))
        case .bucketizeOptions(let value): self = .bucketizeOptions(BucketizeOptions(value))
        case .geluOptions(let value): self = .geluOptions(GeluOptions(value))
        case .dynamicUpdateSliceOptions(let value): self = .dynamicUpdateSliceOptions(DynamicUpdateSliceOptions(value))
        case .unsortedSegmentProdOptions(let value): self = .unsortedSegmentProdOptions(UnsortedSegmentProdOptions(value))
        case .unsortedSegmentMaxOptions(let value): self = .unsortedSegmentMaxOptions(UnsortedSegmentMaxOptions(value))
        case .unsortedSegmentMinOptions(let value): self = .unsortedSegmentMinOptions(UnsortedSegmentMinOptions(value))
        case .unsortedSegmentSumOptions(let value): self = .unsortedSegmentSumOptions(UnsortedSegmentSumOptions(value))
        case .aTan2Options(let value): self = .aTan2Options(ATan2Options(value))
        case .signOptions(let value): self = .signOptions(SignOptions(value))
        case .bitcastOptions(let value): self = .bitcastOptions(BitcastOptions(value))
        case .bitwiseXorOptions(let value): self = .bitwiseXorOptions(BitwiseXorOptions(value))
        case .rightShiftOptions(let value): self = .rightShiftOptions(RightShiftOptions(value))
        case .unknown: return nil
        }
    }

    /// Writes the member table; returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        switch self {
        case .conv2DOptions(let value): value.pack(into: &builder)
        case .depthwiseConv2DOptions(let value): value.pack(into: &builder)
        case .concatEmbeddingsOptions(let value): value.pack(into: &builder)
        case .lshProjectionOptions(let value): value.pack(into: &builder)
        case .pool2DOptions(let value): value.pack(into: &builder)
        case .svdfOptions(let value): value.pack(into: &builder)
        case .rnnOptions(let value): value.pack(into: &builder)
        case .fullyConnectedOptions(let value): value.pack(into: &builder)
        case .softmaxOptions(let value): value.pack(into: &builder)
        case .concatenationOptions(let value): value.pack(into: &builder)
        case .addOptions(let value): value.pack(into: &builder)
        case .l2NormOptions(let value): value.pack(into: &builder)
        case .localResponseNormalizationOptions(let value): value.pack(into: &builder)
        case .lstmOptions(let value): value.pack(into: &builder)
        case .resizeBilinearOptions(let value): value.pack(into: &builder)
        case .callOptions(let value): value.pack(into: &builder)
        case .reshapeOptions(let value): value.pack(into: &builder)
        case .skipGramOptions(let value): value.pack(into: &builder)
        case .spaceToDepthOptions(let value): value.pack(into: &builder)
        case .embeddingLookupSparseOptions(let value): value.pack(into: &builder)
        case .mulOptions(let value): value.pack(into: &builder)
        case .padOptions(let value): value.pack(into: &builder)
        case .gatherOptions(let value): value.pack(into: &builder)
        case .batchToSpaceNDOptions(let value): value.pack(into: &builder)
        case .spaceToBatchNDOptions(let value): value.pack(into: &builder)
        case .transposeOptions(let value): value.pack(into: &builder)
        case .reducerOptions(let value): value.pack(into: &builder)
        case .subOptions(let value): value.pack(into: &builder)
        case .divOptions(let value): value.pack(into: &builder)
        case .squeezeOptions(let value): value.pack(into: &builder)
        case .sequenceRNNOptions(let value): value.pack(into: &builder)
        case .stridedSliceOptions(let value): value.pack(into: &builder)
        case .expOptions(let value): value.pack(into: &builder)
        case .topKV2Options(let value): value.pack(into: &builder)
        case .splitOptions(let value): value.pack(into: &builder)
        case .logSoftmaxOptions(let value): value.pack(into: &builder)
        case .castOptions(let value): value.pack(into: &builder)
        case .dequantizeOptions(let value): value.pack(into: &builder)
        case .maximumMinimumOptions(let value): value.pack(into: &builder)
        case .argMaxOptions(let value): value.pack(into: &builder)
        case .lessOptions(let value): value.pack(into: &builder)
        case .negOptions(let value): value.pack(into: &builder)
        case .padV2Options(let value): value.pack(into: &builder)
        case .greaterOptions(let value): value.pack(into: &builder)
        case .greaterEqualOptions(let value): value.pack(into: &builder)
        case .lessEqualOptions(let value): value.pack(into: &builder)
        case .selectOptions(let value): value.pack(into: &builder)
        case .sliceOptions(let value): value.pack(into: &builder)
        case .transposeConvOptions(let value): value.pack(into: &builder)
        case .sparseToDenseOptions(let value): value.pack(into: &builder)
        case .tileOptions(let value): value.pack(into: &builder)
        case .expandDimsOptions(let value): value.pack(into: &builder)
        case .equalOptions(let value): value.pack(into: &builder)
        case .notEqualOptions(let value): value.pack(into: &builder)
        case .shapeOptions(let value): value.pack(into: &builder)
        case .powOptions(let value): value.pack(into: &builder)
        case .argMinOptions(let value): value.pack(into: &builder)
        case .fakeQuantOptions(let value): value.pack(into: &builder)
        case .packOptions(let value): value.pack(into: &builder)
        case .logicalOrOptions(let value): value.pack(into: &builder)
        case .oneHotOptions(let value): value.pack(into: &builder)
        case .logicalAndOptions(let value): value.pack(into: &builder)
        case .logicalNotOptions(let value): value.pack(into: &builder)
        case .unpackOptions(let value): value.pack(into: &builder)
        case .floorDivOptions(let value): value.pack(into: &builder)
        case .squareOptions(let value): value.pack(into: &builder)
        case .zerosLikeOptions(let value): value.pack(into: &builder)
        case .fillOptions(let value): value.pack(into: &builder)
        case .bidirectionalSequenceLSTMOptions(let value): value.pack(into: &builder)
        case .bidirectionalSequenceRNNOptions(let value): value.pack(into: &builder)
        case .unidirectionalSequenceLSTMOptions(let value): value.pack(into: &builder)
        case .floorModOptions(let value): value.pack(into: &builder)
        case .rangeOptions(let value): value.pack(into: &builder)
        case .resizeNearestNeighborOptions(let value): value.pack(into: &builder)
        case .leakyReluOptions(let value): value.pack(into: &builder)
        case .squaredDifferenceOptions(let value): value.pack(into: &builder)
        case .mirrorPadOptions(let value): value.pack(into: &builder)
        case .absOptions(let value): value.pack(into: &builder)
        case .splitVOptions(let value): value.pack(into: &builder)
        case .uniqueOptions(let value): value.pack(into: &builder)
        case .reverseV2Options(let value): value.pack(into: &builder)
        case .addNOptions(let value): value.pack(into: &builder)
        case .gatherNdOptions(let value): value.pack(into: &builder)
        case .cosOptions(let value): value.pack(into: &builder)
        case .whereOptions(let value): value.pack(into: &builder)
        case .rankOptions(let value): value.pack(into: &builder)
        case .reverseSequenceOptions(let value): value.pack(into: &builder)
        case .matrixDiagOptions(let value): value.pack(into: &builder)
        case .quantizeOptions(let value): value.pack(into: &builder)
        case .matrixSetDiagOptions(let value): value.pack(into: &builder)
        case .hardSwishOptions(let value): value.pack(into: &builder)
        case .ifOptions(let value): value.pack(into: &builder)
        case .whileOptions(let value): value.pack(into: &builder)
        case .depthToSpaceOptions(let value): value.pack(into: &builder)
        case .nonMaxSuppressionV4Options(let value): value.pack(into: &builder)
        case .nonMaxSuppressionV5Options(let value): value.pack(into: &builder)
        case .scatterNdOptions(let value): value.pack(into: &builder)
        case .selectV2Options(let value): value.pack(into: &builder)
        case .densifyOptions(let value): value.pack(into: &builder)
        case .segmentSumOptions(let value): value.pack(into: &builder)
        case .batchMatMulOptions(let value): value.pack(into: &builder)
        case .cumsumOptions(let value): value.pack(into: &builder)
        case .callOnceOptions(let value): value.pack(into: &builder)
        case .broadcastToOptions(let value): value.pack(into: &builder)
        case .rfft2dOptions(let value): value.pack(into: &builder)
        case .conv3DOptions(let value): value.pack(into: &builder)
        case .hashtableOptions(let value): value.pack(into: &builder)
        case .hashtableFindOptions(let value): value.pack(into: &builder)
        case .hashtableImportOptions(let value): value.pack(into: &builder)
        case .hashtableSizeOptions(let value): value.pack(into: &builder)
        case .varHandleOptions(let value): value.pack(into: &builder)
        case .readVariableOptions(let value): value.pack(into: &builder)
        case .assignVariableOptions(let value): value.pack(into: &builder)
        case .randomOptions(let value): value.pack(into: &builder)
        case .bucketizeOptions(let value): value.pack(into: &builder)
        case .geluOptions(let value): value.pack(into: &builder)
        case .dynamicUpdateSliceOptions(let value): value.pack(into: &builder)
        case .unsortedSegmentProdOptions(let value): value.pack(into: &builder)
        case .unsortedSegmentMaxOptions(let value): value.pack(into: &builder)
        case .unsortedSegmentMinOptions(let value): value.pack(into: &builder)
        case .unsortedSegmentSumOptions(let value): value.pack(into: &builder)
        case .aTan2Options(let value): value.pack(into: &builder)
        case .signOptions(let value): value.pack(into: &builder)
        case .bitcastOptions(let value): value.pack(into: &builder)
        case .bitwiseXorOptions(let value): value.pack(into: &builder)
        case .rightShiftOptions(let value): value.pack(into: &builder)
        }
    }
}

/// The `BuiltinOptions2` union as an editable value.
public enum BuiltinOptions2: Sendable, Equatable {
    /// A `StablehloConcatenateOptions`.
    case stablehloConcatenateOptions(StablehloConcatenateOptions)
    /// A `StablehloBroadcastInDimOptions`.
    case stablehloBroadcastInDimOptions(StablehloBroadcastInDimOptions)
    /// A `StablehloSliceOptions`.
    case stablehloSliceOptions(StablehloSliceOptions)
    /// A `StablehloConvolutionOptions`.
    case stablehloConvolutionOptions(StablehloConvolutionOptions)
    /// A `StablehloCustomCallOptions`.
    case stablehloCustomCallOptions(StablehloCustomCallOptions)
    /// A `StablehloReduceOptions`.
    case stablehloReduceOptions(StablehloReduceOptions)
    /// A `StablehloScatterOptions`.
    case stablehloScatterOptions(StablehloScatterOptions)
    /// A `StablehloCompareOptions`.
    case stablehloCompareOptions(StablehloCompareOptions)
    /// A `StablehloDynamicSliceOptions`.
    case stablehloDynamicSliceOptions(StablehloDynamicSliceOptions)
    /// A `StablehloPadOptions`.
    case stablehloPadOptions(StablehloPadOptions)
    /// A `StablehloIotaOptions`.
    case stablehloIotaOptions(StablehloIotaOptions)
    /// A `StablehloDotGeneralOptions`.
    case stablehloDotGeneralOptions(StablehloDotGeneralOptions)
    /// A `StablehloReduceWindowOptions`.
    case stablehloReduceWindowOptions(StablehloReduceWindowOptions)
    /// A `StablehloSortOptions`.
    case stablehloSortOptions(StablehloSortOptions)
    /// A `StablehloWhileOptions`.
    case stablehloWhileOptions(StablehloWhileOptions)
    /// A `StablehloGatherOptions`.
    case stablehloGatherOptions(StablehloGatherOptions)
    /// A `StablehloTransposeOptions`.
    case stablehloTransposeOptions(StablehloTransposeOptions)
    /// A `DilateOptions`.
    case dilateOptions(DilateOptions)
    /// A `StablehloRngBitGeneratorOptions`.
    case stablehloRngBitGeneratorOptions(StablehloRngBitGeneratorOptions)
    /// A `ReduceWindowOptions`.
    case reduceWindowOptions(ReduceWindowOptions)
    /// A `StableHLOCompositeOptions`.
    case stableHLOCompositeOptions(StableHLOCompositeOptions)
    /// A `StablehloShiftLeftOptions`.
    case stablehloShiftLeftOptions(StablehloShiftLeftOptions)
    /// A `StablehloCaseOptions`.
    case stablehloCaseOptions(StablehloCaseOptions)

    /// The union's type tag.
    public var type: BuiltinOptions2Type {
        switch self {
        case .stablehloConcatenateOptions: BuiltinOptions2Type(rawValue: 1)
        case .stablehloBroadcastInDimOptions: BuiltinOptions2Type(rawValue: 2)
        case .stablehloSliceOptions: BuiltinOptions2Type(rawValue: 3)
        case .stablehloConvolutionOptions: BuiltinOptions2Type(rawValue: 4)
        case .stablehloCustomCallOptions: BuiltinOptions2Type(rawValue: 5)
        case .stablehloReduceOptions: BuiltinOptions2Type(rawValue: 6)
        case .stablehloScatterOptions: BuiltinOptions2Type(rawValue: 7)
        case .stablehloCompareOptions: BuiltinOptions2Type(rawValue: 8)
        case .stablehloDynamicSliceOptions: BuiltinOptions2Type(rawValue: 9)
        case .stablehloPadOptions: BuiltinOptions2Type(rawValue: 10)
        case .stablehloIotaOptions: BuiltinOptions2Type(rawValue: 11)
        case .stablehloDotGeneralOptions: BuiltinOptions2Type(rawValue: 12)
        case .stablehloReduceWindowOptions: BuiltinOptions2Type(rawValue: 13)
        case .stablehloSortOptions: BuiltinOptions2Type(rawValue: 14)
        case .stablehloWhileOptions: BuiltinOptions2Type(rawValue: 15)
        case .stablehloGatherOptions: BuiltinOptions2Type(rawValue: 16)
        case .stablehloTransposeOptions: BuiltinOptions2Type(rawValue: 17)
        case .dilateOptions: BuiltinOptions2Type(rawValue: 18)
        case .stablehloRngBitGeneratorOptions: BuiltinOptions2Type(rawValue: 19)
        case .reduceWindowOptions: BuiltinOptions2Type(rawValue: 20)
        case .stableHLOCompositeOptions: BuiltinOptions2Type(rawValue: 21)
        case .stablehloShiftLeftOptions: BuiltinOptions2Type(rawValue: 22)
        case .stablehloCaseOptions: BuiltinOptions2Type(rawValue: 23)
        }
    }

    /// Copies a read view; nil for a member this schema version does not know.
    public init?(_ view: BuiltinOptions2View) {
        switch view {
        case .stablehloConcatenateOptions(let value): self = .stablehloConcatenateOptions(StablehloConcatenateOptions(value))
        case .stablehloBroadcastInDimOptions(let value): self = .stablehloBroadcastInDimOptions(StablehloBroadcastInDimOptions(value))
        case .stablehloSliceOptions(let value): self = .stablehloSliceOptions(StablehloSliceOptions(value))
        case .stablehloConvolutionOptions(let value): self = .stablehloConvolutionOptions(StablehloConvolutionOptions(value))
        case .stablehloCustomCallOptions(let value): self = .stablehloCustomCallOptions(StablehloCustomCallOptions(value))
        case .stablehloReduceOptions(let value): self = .stablehloReduceOptions(StablehloReduceOptions(value))
        case .stablehloScatterOptions(let value): self = .stablehloScatterOptions(StablehloScatterOptions(value))
        case .stablehloCompareOptions(let value): self = .stablehloCompareOptions(StablehloCompareOptions(value))
        case .stablehloDynamicSliceOptions(let value): self = .stablehloDynamicSliceOptions(StablehloDynamicSliceOptions(value))
        case .stablehloPadOptions(let value): self = .stablehloPadOptions(StablehloPadOptions(value))
        case .stablehloIotaOptions(let value): self = .stablehloIotaOptions(StablehloIotaOptions(value))
        case .stablehloDotGeneralOptions(let value): self = .stablehloDotGeneralOptions(StablehloDotGeneralOptions(value))
        case .stablehloReduceWindowOptions(let value): self = .stablehloReduceWindowOptions(StablehloReduceWindowOptions(value))
        case .stablehloSortOptions(let value): self = .stablehloSortOptions(StablehloSortOptions(value))
        case .stablehloWhileOptions(let value): self = .stablehloWhileOptions(StablehloWhileOptions(value))
        case .stablehloGatherOptions(let value): self = .stablehloGatherOptions(StablehloGatherOptions(value))
        case .stablehloTransposeOptions(let value): self = .stablehloTransposeOptions(StablehloTransposeOptions(value))
        case .dilateOptions(let value): self = .dilateOptions(DilateOptions(value))
        case .stablehloRngBitGeneratorOptions(let value): self = .stablehloRngBitGeneratorOptions(StablehloRngBitGeneratorOptions(value))
        case .reduceWindowOptions(let value): self = .reduceWindowOptions(ReduceWindowOptions(value))
        case .stableHLOCompositeOptions(let value): self = .stableHLOCompositeOptions(StableHLOCompositeOptions(value))
        case .stablehloShiftLeftOptions(let value): self = .stablehloShiftLeftOptions(StablehloShiftLeftOptions(value))
        case .stablehloCaseOptions(let value): self = .stablehloCaseOptions(StablehloCaseOptions(value))
        case .unknown: return nil
        }
    }

    /// Writes the member table; returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        switch self {
        case .stablehloConcatenateOptions(let value): value.pack(into: &builder)
        case .stablehloBroadcastInDimOptions(let value): value.pack(into: &builder)
        case .stablehloSliceOptions(let value): value.pack(into: &builder)
        case .stablehloConvolutionOptions(let value): value.pack(into: &builder)
        case .stablehloCustomCallOptions(let value): value.pack(into: &builder)
        case .stablehloReduceOptions(let value): value.pack(into: &builder)
        case .stablehloScatterOptions(let value): value.pack(into: &builder)
        case .stablehloCompareOptions(let value): value.pack(into: &builder)
        case .stablehloDynamicSliceOptions(let value): value.pack(into: &builder)
        case .stablehloPadOptions(let value): value.pack(into: &builder)
        case .stablehloIotaOptions(let value): value.pack(into: &builder)
        case .stablehloDotGeneralOptions(let value): value.pack(into: &builder)
        case .stablehloReduceWindowOptions(let value): value.pack(into: &builder)
        case .stablehloSortOptions(let value): value.pack(into: &builder)
        case .stablehloWhileOptions(let value): value.pack(into: &builder)
        case .stablehloGatherOptions(let value): value.pack(into: &builder)
        case .stablehloTransposeOptions(let value): value.pack(into: &builder)
        case .dilateOptions(let value): value.pack(into: &builder)
        case .stablehloRngBitGeneratorOptions(let value): value.pack(into: &builder)
        case .reduceWindowOptions(let value): value.pack(into: &builder)
        case .stableHLOCompositeOptions(let value): value.pack(into: &builder)
        case .stablehloShiftLeftOptions(let value): value.pack(into: &builder)
        case .stablehloCaseOptions(let value): value.pack(into: &builder)
        }
    }
}

/// The `StablehloGatherOptions` table as an editable value.
public struct StablehloGatherOptions: Sendable, Equatable {
    /// `offset_dims`.
    public var offsetDims: [Int64]? = nil
    /// `collapsed_slice_dims`.
    public var collapsedSliceDims: [Int64]? = nil
    /// `start_index_map`.
    public var startIndexMap: [Int64]? = nil
    /// `index_vector_dim`.
    public var indexVectorDim: Int64 = 0
    /// `slice_sizes`.
    public var sliceSizes: [Int64]? = nil
    /// `indices_are_sorted`.
    public var indicesAreSorted: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloGatherOptionsView) {
        offsetDims = view.offsetDims.map { Array($0) }
        collapsedSliceDims = view.collapsedSliceDims.map { Array($0) }
        startIndexMap = view.startIndexMap.map { Array($0) }
        indexVectorDim = view.indexVectorDim
        sliceSizes = view.sliceSizes.map { Array($0) }
        indicesAreSorted = view.indicesAreSorted
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let offsetDimsOffset = offsetDims.map { builder.createVector($0, alignment: 1) }
        let collapsedSliceDimsOffset = collapsedSliceDims.map { builder.createVector($0, alignment: 1) }
        let startIndexMapOffset = startIndexMap.map { builder.createVector($0, alignment: 1) }
        let sliceSizesOffset = sliceSizes.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        builder.add(slot: 3, indexVectorDim, default: 0)
        builder.add(slot: 5, indicesAreSorted, default: false)
        if let offsetDimsOffset { builder.addOffset(slot: 0, offsetDimsOffset) }
        if let collapsedSliceDimsOffset { builder.addOffset(slot: 1, collapsedSliceDimsOffset) }
        if let startIndexMapOffset { builder.addOffset(slot: 2, startIndexMapOffset) }
        if let sliceSizesOffset { builder.addOffset(slot: 4, sliceSizesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloTransposeOptions` table as an editable value.
public struct StablehloTransposeOptions: Sendable, Equatable {
    /// `permutation`.
    public var permutation: [Int64]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloTransposeOptionsView) {
        permutation = view.permutation.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let permutationOffset = permutation.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let permutationOffset { builder.addOffset(slot: 0, permutationOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloDotGeneralOptions` table as an editable value.
public struct StablehloDotGeneralOptions: Sendable, Equatable {
    /// `lhs_batching_dimensions`.
    public var lhsBatchingDimensions: [Int64]? = nil
    /// `rhs_batching_dimensions`.
    public var rhsBatchingDimensions: [Int64]? = nil
    /// `lhs_contracting_dimensions`.
    public var lhsContractingDimensions: [Int64]? = nil
    /// `rhs_contracting_dimensions`.
    public var rhsContractingDimensions: [Int64]? = nil
    /// `precision_config`.
    public var precisionConfig: [StablehloPrecisionConfig]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloDotGeneralOptionsView) {
        lhsBatchingDimensions = view.lhsBatchingDimensions.map { Array($0) }
        rhsBatchingDimensions = view.rhsBatchingDimensions.map { Array($0) }
        lhsContractingDimensions = view.lhsContractingDimensions.map { Array($0) }
        rhsContractingDimensions = view.rhsContractingDimensions.map { Array($0) }
        precisionConfig = view.precisionConfig.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let lhsBatchingDimensionsOffset = lhsBatchingDimensions.map { builder.createVector($0, alignment: 1) }
        let rhsBatchingDimensionsOffset = rhsBatchingDimensions.map { builder.createVector($0, alignment: 1) }
        let lhsContractingDimensionsOffset = lhsContractingDimensions.map { builder.createVector($0, alignment: 1) }
        let rhsContractingDimensionsOffset = rhsContractingDimensions.map { builder.createVector($0, alignment: 1) }
        let precisionConfigOffset = precisionConfig.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let lhsBatchingDimensionsOffset { builder.addOffset(slot: 0, lhsBatchingDimensionsOffset) }
        if let rhsBatchingDimensionsOffset { builder.addOffset(slot: 1, rhsBatchingDimensionsOffset) }
        if let lhsContractingDimensionsOffset { builder.addOffset(slot: 2, lhsContractingDimensionsOffset) }
        if let rhsContractingDimensionsOffset { builder.addOffset(slot: 3, rhsContractingDimensionsOffset) }
        if let precisionConfigOffset { builder.addOffset(slot: 4, precisionConfigOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloReduceWindowOptions` table as an editable value.
public struct StablehloReduceWindowOptions: Sendable, Equatable {
    /// `window_dimensions`.
    public var windowDimensions: [Int64]? = nil
    /// `window_strides`.
    public var windowStrides: [Int64]? = nil
    /// `base_dilations`.
    public var baseDilations: [Int64]? = nil
    /// `window_dilations`.
    public var windowDilations: [Int64]? = nil
    /// `padding`.
    public var padding: [Int64]? = nil
    /// `body_subgraph_index`.
    public var bodySubgraphIndex: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloReduceWindowOptionsView) {
        windowDimensions = view.windowDimensions.map { Array($0) }
        windowStrides = view.windowStrides.map { Array($0) }
        baseDilations = view.baseDilations.map { Array($0) }
        windowDilations = view.windowDilations.map { Array($0) }
        padding = view.padding.map { Array($0) }
        bodySubgraphIndex = view.bodySubgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let windowDimensionsOffset = windowDimensions.map { builder.createVector($0, alignment: 1) }
        let windowStridesOffset = windowStrides.map { builder.createVector($0, alignment: 1) }
        let baseDilationsOffset = baseDilations.map { builder.createVector($0, alignment: 1) }
        let windowDilationsOffset = windowDilations.map { builder.createVector($0, alignment: 1) }
        let paddingOffset = padding.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        builder.add(slot: 5, bodySubgraphIndex, default: 0)
        if let windowDimensionsOffset { builder.addOffset(slot: 0, windowDimensionsOffset) }
        if let windowStridesOffset { builder.addOffset(slot: 1, windowStridesOffset) }
        if let baseDilationsOffset { builder.addOffset(slot: 2, baseDilationsOffset) }
        if let windowDilationsOffset { builder.addOffset(slot: 3, windowDilationsOffset) }
        if let paddingOffset { builder.addOffset(slot: 4, paddingOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloWhileOptions` table as an editable value.
public struct StablehloWhileOptions: Sendable, Equatable {
    /// `cond_subgraph_index`.
    public var condSubgraphIndex: Int32 = 0
    /// `body_subgraph_index`.
    public var bodySubgraphIndex: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloWhileOptionsView) {
        condSubgraphIndex = view.condSubgraphIndex
        bodySubgraphIndex = view.bodySubgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, condSubgraphIndex, default: 0)
        builder.add(slot: 1, bodySubgraphIndex, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `StablehloSortOptions` table as an editable value.
public struct StablehloSortOptions: Sendable, Equatable {
    /// `dimension`.
    public var dimension: Int64 = 0
    /// `is_stable`.
    public var isStable: Bool = false
    /// `comparator_subgraph_index`.
    public var comparatorSubgraphIndex: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloSortOptionsView) {
        dimension = view.dimension
        isStable = view.isStable
        comparatorSubgraphIndex = view.comparatorSubgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, dimension, default: 0)
        builder.add(slot: 2, comparatorSubgraphIndex, default: 0)
        builder.add(slot: 1, isStable, default: false)
        return builder.endTable(start: start)
    }
}

/// The `StablehloConcatenateOptions` table as an editable value.
public struct StablehloConcatenateOptions: Sendable, Equatable {
    /// `dimension`.
    public var dimension: Int64 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloConcatenateOptionsView) {
        dimension = view.dimension
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, dimension, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `StablehloBroadcastInDimOptions` table as an editable value.
public struct StablehloBroadcastInDimOptions: Sendable, Equatable {
    /// `broadcast_dimensions`.
    public var broadcastDimensions: [Int64]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloBroadcastInDimOptionsView) {
        broadcastDimensions = view.broadcastDimensions.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let broadcastDimensionsOffset = broadcastDimensions.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let broadcastDimensionsOffset { builder.addOffset(slot: 0, broadcastDimensionsOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloCompareOptions` table as an editable value.
public struct StablehloCompareOptions: Sendable, Equatable {
    /// `comparison_direction`.
    public var comparisonDirection: StablehloComparisonDirection = StablehloComparisonDirection(rawValue: 0)
    /// `compare_type`.
    public var compareType: StablehloComparisonType = StablehloComparisonType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloCompareOptionsView) {
        comparisonDirection = view.comparisonDirection
        compareType = view.compareType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, comparisonDirection, default: StablehloComparisonDirection(rawValue: 0))
        builder.add(slot: 1, compareType, default: StablehloComparisonType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `StablehloDynamicSliceOptions` table as an editable value.
public struct StablehloDynamicSliceOptions: Sendable, Equatable {
    /// `slice_sizes`.
    public var sliceSizes: [Int64]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloDynamicSliceOptionsView) {
        sliceSizes = view.sliceSizes.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let sliceSizesOffset = sliceSizes.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let sliceSizesOffset { builder.addOffset(slot: 0, sliceSizesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloPadOptions` table as an editable value.
public struct StablehloPadOptions: Sendable, Equatable {
    /// `edge_padding_low`.
    public var edgePaddingLow: [Int64]? = nil
    /// `edge_padding_high`.
    public var edgePaddingHigh: [Int64]? = nil
    /// `interior_padding`.
    public var interiorPadding: [Int64]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloPadOptionsView) {
        edgePaddingLow = view.edgePaddingLow.map { Array($0) }
        edgePaddingHigh = view.edgePaddingHigh.map { Array($0) }
        interiorPadding = view.interiorPadding.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let edgePaddingLowOffset = edgePaddingLow.map { builder.createVector($0, alignment: 1) }
        let edgePaddingHighOffset = edgePaddingHigh.map { builder.createVector($0, alignment: 1) }
        let interiorPaddingOffset = interiorPadding.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let edgePaddingLowOffset { builder.addOffset(slot: 0, edgePaddingLowOffset) }
        if let edgePaddingHighOffset { builder.addOffset(slot: 1, edgePaddingHighOffset) }
        if let interiorPaddingOffset { builder.addOffset(slot: 2, interiorPaddingOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloIotaOptions` table as an editable value.
public struct StablehloIotaOptions: Sendable, Equatable {
    /// `iota_dimension`.
    public var iotaDimension: Int64 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloIotaOptionsView) {
        iotaDimension = view.iotaDimension
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, iotaDimension, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `StablehloCustomCallOptions` table as an editable value.
public struct StablehloCustomCallOptions: Sendable, Equatable {
    /// `call_target_name`.
    public var callTargetName: String? = nil
    /// `has_side_effect`.
    public var hasSideEffect: Bool = false
    /// `backend_config`.
    public var backendConfig: String? = nil
    /// `api_version`.
    public var apiVersion: Int32 = 0
    /// `called_computations`.
    public var calledComputations: [Int32]? = nil
    /// `custom_attributes`.
    public var customAttributes: [UInt8]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloCustomCallOptionsView) {
        callTargetName = view.callTargetName
        hasSideEffect = view.hasSideEffect
        backendConfig = view.backendConfig
        apiVersion = view.apiVersion
        calledComputations = view.calledComputations.map { Array($0) }
        customAttributes = view.customAttributes.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let callTargetNameOffset = callTargetName.map { builder.createString($0) }
        let backendConfigOffset = backendConfig.map { builder.createString($0) }
        let calledComputationsOffset = calledComputations.map { builder.createVector($0, alignment: 1) }
        let customAttributesOffset = customAttributes.map { bytes in bytes.withUnsafeBytes { builder.createByteVector($0, alignment: 1) } }
        let start = builder.startTable()
        builder.add(slot: 3, apiVersion, default: 0)
        builder.add(slot: 1, hasSideEffect, default: false)
        if let callTargetNameOffset { builder.addOffset(slot: 0, callTargetNameOffset) }
        if let backendConfigOffset { builder.addOffset(slot: 2, backendConfigOffset) }
        if let calledComputationsOffset { builder.addOffset(slot: 4, calledComputationsOffset) }
        if let customAttributesOffset { builder.addOffset(slot: 5, customAttributesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloReduceOptions` table as an editable value.
public struct StablehloReduceOptions: Sendable, Equatable {
    /// `dimensions`.
    public var dimensions: [Int64]? = nil
    /// `body_subgraph_index`.
    public var bodySubgraphIndex: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloReduceOptionsView) {
        dimensions = view.dimensions.map { Array($0) }
        bodySubgraphIndex = view.bodySubgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let dimensionsOffset = dimensions.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        builder.add(slot: 1, bodySubgraphIndex, default: 0)
        if let dimensionsOffset { builder.addOffset(slot: 0, dimensionsOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloSliceOptions` table as an editable value.
public struct StablehloSliceOptions: Sendable, Equatable {
    /// `start_indices`.
    public var startIndices: [Int64]? = nil
    /// `limit_indices`.
    public var limitIndices: [Int64]? = nil
    /// `strides`.
    public var strides: [Int64]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloSliceOptionsView) {
        startIndices = view.startIndices.map { Array($0) }
        limitIndices = view.limitIndices.map { Array($0) }
        strides = view.strides.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let startIndicesOffset = startIndices.map { builder.createVector($0, alignment: 1) }
        let limitIndicesOffset = limitIndices.map { builder.createVector($0, alignment: 1) }
        let stridesOffset = strides.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let startIndicesOffset { builder.addOffset(slot: 0, startIndicesOffset) }
        if let limitIndicesOffset { builder.addOffset(slot: 1, limitIndicesOffset) }
        if let stridesOffset { builder.addOffset(slot: 2, stridesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloConvolutionOptions` table as an editable value.
public struct StablehloConvolutionOptions: Sendable, Equatable {
    /// `window_strides`.
    public var windowStrides: [Int64]? = nil
    /// `padding`.
    public var padding: [Int64]? = nil
    /// `lhs_dilation`.
    public var lhsDilation: [Int64]? = nil
    /// `rhs_dilation`.
    public var rhsDilation: [Int64]? = nil
    /// `window_reversal`.
    public var windowReversal: [Bool]? = nil
    /// `input_batch_dimension`.
    public var inputBatchDimension: Int64 = 0
    /// `input_feature_dimension`.
    public var inputFeatureDimension: Int64 = 0
    /// `input_spatial_dimensions`.
    public var inputSpatialDimensions: [Int64]? = nil
    /// `kernel_input_feature_dimension`.
    public var kernelInputFeatureDimension: Int64 = 0
    /// `kernel_output_feature_dimension`.
    public var kernelOutputFeatureDimension: Int64 = 0
    /// `kernel_spatial_dimensions`.
    public var kernelSpatialDimensions: [Int64]? = nil
    /// `output_batch_dimension`.
    public var outputBatchDimension: Int64 = 0
    /// `output_feature_dimension`.
    public var outputFeatureDimension: Int64 = 0
    /// `output_spatial_dimensions`.
    public var outputSpatialDimensions: [Int64]? = nil
    /// `feature_group_count`.
    public var featureGroupCount: Int64 = 0
    /// `batch_group_count`.
    public var batchGroupCount: Int64 = 0
    /// `precision_config`.
    public var precisionConfig: [StablehloPrecisionConfig]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloConvolutionOptionsView) {
        windowStrides = view.windowStrides.map { Array($0) }
        padding = view.padding.map { Array($0) }
        lhsDilation = view.lhsDilation.map { Array($0) }
        rhsDilation = view.rhsDilation.map { Array($0) }
        windowReversal = view.windowReversal.map { Array($0) }
        inputBatchDimension = view.inputBatchDimension
        inputFeatureDimension = view.inputFeatureDimension
        inputSpatialDimensions = view.inputSpatialDimensions.map { Array($0) }
        kernelInputFeatureDimension = view.kernelInputFeatureDimension
        kernelOutputFeatureDimension = view.kernelOutputFeatureDimension
        kernelSpatialDimensions = view.kernelSpatialDimensions.map { Array($0) }
        outputBatchDimension = view.outputBatchDimension
        outputFeatureDimension = view.outputFeatureDimension
        outputSpatialDimensions = view.outputSpatialDimensions.map { Array($0) }
        featureGroupCount = view.featureGroupCount
        batchGroupCount = view.batchGroupCount
        precisionConfig = view.precisionConfig.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let windowStridesOffset = windowStrides.map { builder.createVector($0, alignment: 1) }
        let paddingOffset = padding.map { builder.createVector($0, alignment: 1) }
        let lhsDilationOffset = lhsDilation.map { builder.createVector($0, alignment: 1) }
        let rhsDilationOffset = rhsDilation.map { builder.createVector($0, alignment: 1) }
        let windowReversalOffset = windowReversal.map { builder.createVector($0, alignment: 1) }
        let inputSpatialDimensionsOffset = inputSpatialDimensions.map { builder.createVector($0, alignment: 1) }
        let kernelSpatialDimensionsOffset = kernelSpatialDimensions.map { builder.createVector($0, alignment: 1) }
        let outputSpatialDimensionsOffset = outputSpatialDimensions.map { builder.createVector($0, alignment: 1) }
        let precisionConfigOffset = precisionConfig.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        builder.add(slot: 5, inputBatchDimension, default: 0)
        builder.add(slot: 6, inputFeatureDimension, default: 0)
        builder.add(slot: 8, kernelInputFeatureDimension, default: 0)
        builder.add(slot: 9, kernelOutputFeatureDimension, default: 0)
        builder.add(slot: 11, outputBatchDimension, default: 0)
        builder.add(slot: 12, outputFeatureDimension, default: 0)
        builder.add(slot: 14, featureGroupCount, default: 0)
        builder.add(slot: 15, batchGroupCount, default: 0)
        if let windowStridesOffset { builder.addOffset(slot: 0, windowStridesOffset) }
        if let paddingOffset { builder.addOffset(slot: 1, paddingOffset) }
        if let lhsDilationOffset { builder.addOffset(slot: 2, lhsDilationOffset) }
        if let rhsDilationOffset { builder.addOffset(slot: 3, rhsDilationOffset) }
        if let windowReversalOffset { builder.addOffset(slot: 4, windowReversalOffset) }
        if let inputSpatialDimensionsOffset { builder.addOffset(slot: 7, inputSpatialDimensionsOffset) }
        if let kernelSpatialDimensionsOffset { builder.addOffset(slot: 10, kernelSpatialDimensionsOffset) }
        if let outputSpatialDimensionsOffset { builder.addOffset(slot: 13, outputSpatialDimensionsOffset) }
        if let precisionConfigOffset { builder.addOffset(slot: 16, precisionConfigOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloScatterOptions` table as an editable value.
public struct StablehloScatterOptions: Sendable, Equatable {
    /// `indices_are_sorted`.
    public var indicesAreSorted: Bool = false
    /// `update_window_dims`.
    public var updateWindowDims: [Int64]? = nil
    /// `inserted_window_dims`.
    public var insertedWindowDims: [Int64]? = nil
    /// `scatter_dims_to_operand_dims`.
    public var scatterDimsToOperandDims: [Int64]? = nil
    /// `index_vector_dim`.
    public var indexVectorDim: Int64 = 0
    /// `unique_indices`.
    public var uniqueIndices: Bool = false
    /// `update_computation_subgraph_index`.
    public var updateComputationSubgraphIndex: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloScatterOptionsView) {
        indicesAreSorted = view.indicesAreSorted
        updateWindowDims = view.updateWindowDims.map { Array($0) }
        insertedWindowDims = view.insertedWindowDims.map { Array($0) }
        scatterDimsToOperandDims = view.scatterDimsToOperandDims.map { Array($0) }
        indexVectorDim = view.indexVectorDim
        uniqueIndices = view.uniqueIndices
        updateComputationSubgraphIndex = view.updateComputationSubgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let updateWindowDimsOffset = updateWindowDims.map { builder.createVector($0, alignment: 1) }
        let insertedWindowDimsOffset = insertedWindowDims.map { builder.createVector($0, alignment: 1) }
        let scatterDimsToOperandDimsOffset = scatterDimsToOperandDims.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        builder.add(slot: 4, indexVectorDim, default: 0)
        builder.add(slot: 6, updateComputationSubgraphIndex, default: 0)
        builder.add(slot: 0, indicesAreSorted, default: false)
        builder.add(slot: 5, uniqueIndices, default: false)
        if let updateWindowDimsOffset { builder.addOffset(slot: 1, updateWindowDimsOffset) }
        if let insertedWindowDimsOffset { builder.addOffset(slot: 2, insertedWindowDimsOffset) }
        if let scatterDimsToOperandDimsOffset { builder.addOffset(slot: 3, scatterDimsToOperandDimsOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloCaseOptions` table as an editable value.
public struct StablehloCaseOptions: Sendable, Equatable {
    /// `branch_subgraph_indices`.
    public var branchSubgraphIndices: [Int32]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloCaseOptionsView) {
        branchSubgraphIndices = view.branchSubgraphIndices.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let branchSubgraphIndicesOffset = branchSubgraphIndices.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let branchSubgraphIndicesOffset { builder.addOffset(slot: 0, branchSubgraphIndicesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloRngBitGeneratorOptions` table as an editable value.
public struct StablehloRngBitGeneratorOptions: Sendable, Equatable {
    /// `algorithm`.
    public var algorithm: RngAlgorithm = RngAlgorithm(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloRngBitGeneratorOptionsView) {
        algorithm = view.algorithm
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, algorithm, default: RngAlgorithm(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `Conv2DOptions` table as an editable value.
public struct Conv2DOptions: Sendable, Equatable {
    /// `padding`.
    public var padding: Padding = Padding(rawValue: 0)
    /// `stride_w`.
    public var strideW: Int32 = 0
    /// `stride_h`.
    public var strideH: Int32 = 0
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `dilation_w_factor`.
    public var dilationWFactor: Int32 = 1
    /// `dilation_h_factor`.
    public var dilationHFactor: Int32 = 1
    /// `quantized_bias_type`.
    public var quantizedBiasType: TensorType = TensorType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: Conv2DOptionsView) {
        padding = view.padding
        strideW = view.strideW
        strideH = view.strideH
        fusedActivationFunction = view.fusedActivationFunction
        dilationWFactor = view.dilationWFactor
        dilationHFactor = view.dilationHFactor
        quantizedBiasType = view.quantizedBiasType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 1, strideW, default: 0)
        builder.add(slot: 2, strideH, default: 0)
        builder.add(slot: 4, dilationWFactor, default: 1)
        builder.add(slot: 5, dilationHFactor, default: 1)
        builder.add(slot: 0, padding, default: Padding(rawValue: 0))
        builder.add(slot: 3, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 6, quantizedBiasType, default: TensorType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `Conv3DOptions` table as an editable value.
public struct Conv3DOptions: Sendable, Equatable {
    /// `padding`.
    public var padding: Padding = Padding(rawValue: 0)
    /// `stride_d`.
    public var strideD: Int32 = 0
    /// `stride_w`.
    public var strideW: Int32 = 0
    /// `stride_h`.
    public var strideH: Int32 = 0
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `dilation_d_factor`.
    public var dilationDFactor: Int32 = 1
    /// `dilation_w_factor`.
    public var dilationWFactor: Int32 = 1
    /// `dilation_h_factor`.
    public var dilationHFactor: Int32 = 1

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: Conv3DOptionsView) {
        padding = view.padding
        strideD = view.strideD
        strideW = view.strideW
        strideH = view.strideH
        fusedActivationFunction = view.fusedActivationFunction
        dilationDFactor = view.dilationDFactor
        dilationWFactor = view.dilationWFactor
        dilationHFactor = view.dilationHFactor
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 1, strideD, default: 0)
        builder.add(slot: 2, strideW, default: 0)
        builder.add(slot: 3, strideH, default: 0)
        builder.add(slot: 5, dilationDFactor, default: 1)
        builder.add(slot: 6, dilationWFactor, default: 1)
        builder.add(slot: 7, dilationHFactor, default: 1)
        builder.add(slot: 0, padding, default: Padding(rawValue: 0))
        builder.add(slot: 4, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `Pool2DOptions` table as an editable value.
public struct Pool2DOptions: Sendable, Equatable {
    /// `padding`.
    public var padding: Padding = Padding(rawValue: 0)
    /// `stride_w`.
    public var strideW: Int32 = 0
    /// `stride_h`.
    public var strideH: Int32 = 0
    /// `filter_width`.
    public var filterWidth: Int32 = 0
    /// `filter_height`.
    public var filterHeight: Int32 = 0
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: Pool2DOptionsView) {
        padding = view.padding
        strideW = view.strideW
        strideH = view.strideH
        filterWidth = view.filterWidth
        filterHeight = view.filterHeight
        fusedActivationFunction = view.fusedActivationFunction
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 1, strideW, default: 0)
        builder.add(slot: 2, strideH, default: 0)
        builder.add(slot: 3, filterWidth, default: 0)
        builder.add(slot: 4, filterHeight, default: 0)
        builder.add(slot: 0, padding, default: Padding(rawValue: 0))
        builder.add(slot: 5, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `DepthwiseConv2DOptions` table as an editable value.
public struct DepthwiseConv2DOptions: Sendable, Equatable {
    /// `padding`.
    public var padding: Padding = Padding(rawValue: 0)
    /// `stride_w`.
    public var strideW: Int32 = 0
    /// `stride_h`.
    public var strideH: Int32 = 0
    /// `depth_multiplier`.
    public var depthMultiplier: Int32 = 0
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `dilation_w_factor`.
    public var dilationWFactor: Int32 = 1
    /// `dilation_h_factor`.
    public var dilationHFactor: Int32 = 1

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: DepthwiseConv2DOptionsView) {
        padding = view.padding
        strideW = view.strideW
        strideH = view.strideH
        depthMultiplier = view.depthMultiplier
        fusedActivationFunction = view.fusedActivationFunction
        dilationWFactor = view.dilationWFactor
        dilationHFactor = view.dilationHFactor
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 1, strideW, default: 0)
        builder.add(slot: 2, strideH, default: 0)
        builder.add(slot: 3, depthMultiplier, default: 0)
        builder.add(slot: 5, dilationWFactor, default: 1)
        builder.add(slot: 6, dilationHFactor, default: 1)
        builder.add(slot: 0, padding, default: Padding(rawValue: 0))
        builder.add(slot: 4, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `ConcatEmbeddingsOptions` table as an editable value.
public struct ConcatEmbeddingsOptions: Sendable, Equatable {
    /// `num_channels`.
    public var numChannels: Int32 = 0
    /// `num_columns_per_channel`.
    public var numColumnsPerChannel: [Int32]? = nil
    /// `embedding_dim_per_channel`.
    public var embeddingDimPerChannel: [Int32]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ConcatEmbeddingsOptionsView) {
        numChannels = view.numChannels
        numColumnsPerChannel = view.numColumnsPerChannel.map { Array($0) }
        embeddingDimPerChannel = view.embeddingDimPerChannel.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let numColumnsPerChannelOffset = numColumnsPerChannel.map { builder.createVector($0, alignment: 1) }
        let embeddingDimPerChannelOffset = embeddingDimPerChannel.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        builder.add(slot: 0, numChannels, default: 0)
        if let numColumnsPerChannelOffset { builder.addOffset(slot: 1, numColumnsPerChannelOffset) }
        if let embeddingDimPerChannelOffset { builder.addOffset(slot: 2, embeddingDimPerChannelOffset) }
        return builder.endTable(start: start)
    }
}

/// The `LSHProjectionOptions` table as an editable value.
public struct LSHProjectionOptions: Sendable, Equatable {
    /// `type`.
    public var type: LSHProjectionType = LSHProjectionType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LSHProjectionOptionsView) {
        type = view.type
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, type, default: LSHProjectionType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `SVDFOptions` table as an editable value.
public struct SVDFOptions: Sendable, Equatable {
    /// `rank`.
    public var rank: Int32 = 0
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SVDFOptionsView) {
        rank = view.rank
        fusedActivationFunction = view.fusedActivationFunction
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, rank, default: 0)
        builder.add(slot: 1, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 2, asymmetricQuantizeInputs, default: false)
        return builder.endTable(start: start)
    }
}

/// The `RNNOptions` table as an editable value.
public struct RNNOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: RNNOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 1, asymmetricQuantizeInputs, default: false)
        return builder.endTable(start: start)
    }
}

/// The `SequenceRNNOptions` table as an editable value.
public struct SequenceRNNOptions: Sendable, Equatable {
    /// `time_major`.
    public var timeMajor: Bool = false
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SequenceRNNOptionsView) {
        timeMajor = view.timeMajor
        fusedActivationFunction = view.fusedActivationFunction
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, timeMajor, default: false)
        builder.add(slot: 1, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 2, asymmetricQuantizeInputs, default: false)
        return builder.endTable(start: start)
    }
}

/// The `BidirectionalSequenceRNNOptions` table as an editable value.
public struct BidirectionalSequenceRNNOptions: Sendable, Equatable {
    /// `time_major`.
    public var timeMajor: Bool = false
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `merge_outputs`.
    public var mergeOutputs: Bool = false
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BidirectionalSequenceRNNOptionsView) {
        timeMajor = view.timeMajor
        fusedActivationFunction = view.fusedActivationFunction
        mergeOutputs = view.mergeOutputs
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, timeMajor, default: false)
        builder.add(slot: 1, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 2, mergeOutputs, default: false)
        builder.add(slot: 3, asymmetricQuantizeInputs, default: false)
        return builder.endTable(start: start)
    }
}

/// The `FullyConnectedOptions` table as an editable value.
public struct FullyConnectedOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `weights_format`.
    public var weightsFormat: FullyConnectedOptionsWeightsFormat = FullyConnectedOptionsWeightsFormat.`default`
    /// `keep_num_dims`.
    public var keepNumDims: Bool = false
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false
    /// `quantized_bias_type`.
    public var quantizedBiasType: TensorType = TensorType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: FullyConnectedOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
        weightsFormat = view.weightsFormat
        keepNumDims = view.keepNumDims
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
        quantizedBiasType = view.quantizedBiasType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 1, weightsFormat, default: FullyConnectedOptionsWeightsFormat.`default`)
        builder.add(slot: 2, keepNumDims, default: false)
        builder.add(slot: 3, asymmetricQuantizeInputs, default: false)
        builder.add(slot: 4, quantizedBiasType, default: TensorType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `SoftmaxOptions` table as an editable value.
public struct SoftmaxOptions: Sendable, Equatable {
    /// `beta`.
    public var beta: Float = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SoftmaxOptionsView) {
        beta = view.beta
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, beta, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `ConcatenationOptions` table as an editable value.
public struct ConcatenationOptions: Sendable, Equatable {
    /// `axis`.
    public var axis: Int32 = 0
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ConcatenationOptionsView) {
        axis = view.axis
        fusedActivationFunction = view.fusedActivationFunction
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, axis, default: 0)
        builder.add(slot: 1, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `AddOptions` table as an editable value.
public struct AddOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `pot_scale_int16`.
    public var potScaleInt16: Bool = true

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: AddOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
        potScaleInt16 = view.potScaleInt16
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 1, potScaleInt16, default: true)
        return builder.endTable(start: start)
    }
}

/// The `MulOptions` table as an editable value.
public struct MulOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: MulOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `L2NormOptions` table as an editable value.
public struct L2NormOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: L2NormOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `LocalResponseNormalizationOptions` table as an editable value.
public struct LocalResponseNormalizationOptions: Sendable, Equatable {
    /// `radius`.
    public var radius: Int32 = 0
    /// `bias`.
    public var bias: Float = 0
    /// `alpha`.
    public var alpha: Float = 0
    /// `beta`.
    public var beta: Float = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LocalResponseNormalizationOptionsView) {
        radius = view.radius
        bias = view.bias
        alpha = view.alpha
        beta = view.beta
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, radius, default: 0)
        builder.add(slot: 1, bias, default: 0)
        builder.add(slot: 2, alpha, default: 0)
        builder.add(slot: 3, beta, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `LSTMOptions` table as an editable value.
public struct LSTMOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `cell_clip`.
    public var cellClip: Float = 0
    /// `proj_clip`.
    public var projClip: Float = 0
    /// `kernel_type`.
    public var kernelType: LSTMKernelType = LSTMKernelType.full
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LSTMOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
        cellClip = view.cellClip
        projClip = view.projClip
        kernelType = view.kernelType
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 1, cellClip, default: 0)
        builder.add(slot: 2, projClip, default: 0)
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 3, kernelType, default: LSTMKernelType.full)
        builder.add(slot: 4, asymmetricQuantizeInputs, default: false)
        return builder.endTable(start: start)
    }
}

/// The `UnidirectionalSequenceLSTMOptions` table as an editable value.
public struct UnidirectionalSequenceLSTMOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `cell_clip`.
    public var cellClip: Float = 0
    /// `proj_clip`.
    public var projClip: Float = 0
    /// `time_major`.
    public var timeMajor: Bool = false
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false
    /// `diagonal_recurrent_tensors`.
    public var diagonalRecurrentTensors: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: UnidirectionalSequenceLSTMOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
        cellClip = view.cellClip
        projClip = view.projClip
        timeMajor = view.timeMajor
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
        diagonalRecurrentTensors = view.diagonalRecurrentTensors
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 1, cellClip, default: 0)
        builder.add(slot: 2, projClip, default: 0)
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 3, timeMajor, default: false)
        builder.add(slot: 4, asymmetricQuantizeInputs, default: false)
        builder.add(slot: 5, diagonalRecurrentTensors, default: false)
        return builder.endTable(start: start)
    }
}

/// The `BidirectionalSequenceLSTMOptions` table as an editable value.
public struct BidirectionalSequenceLSTMOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `cell_clip`.
    public var cellClip: Float = 0
    /// `proj_clip`.
    public var projClip: Float = 0
    /// `merge_outputs`.
    public var mergeOutputs: Bool = false
    /// `time_major`.
    public var timeMajor: Bool = true
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BidirectionalSequenceLSTMOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
        cellClip = view.cellClip
        projClip = view.projClip
        mergeOutputs = view.mergeOutputs
        timeMajor = view.timeMajor
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 1, cellClip, default: 0)
        builder.add(slot: 2, projClip, default: 0)
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 3, mergeOutputs, default: false)
        builder.add(slot: 4, timeMajor, default: true)
        builder.add(slot: 5, asymmetricQuantizeInputs, default: false)
        return builder.endTable(start: start)
    }
}

/// The `ResizeBilinearOptions` table as an editable value.
public struct ResizeBilinearOptions: Sendable, Equatable {
    /// `align_corners`.
    public var alignCorners: Bool = false
    /// `half_pixel_centers`.
    public var halfPixelCenters: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ResizeBilinearOptionsView) {
        alignCorners = view.alignCorners
        halfPixelCenters = view.halfPixelCenters
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 2, alignCorners, default: false)
        builder.add(slot: 3, halfPixelCenters, default: false)
        return builder.endTable(start: start)
    }
}

/// The `ResizeNearestNeighborOptions` table as an editable value.
public struct ResizeNearestNeighborOptions: Sendable, Equatable {
    /// `align_corners`.
    public var alignCorners: Bool = false
    /// `half_pixel_centers`.
    public var halfPixelCenters: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ResizeNearestNeighborOptionsView) {
        alignCorners = view.alignCorners
        halfPixelCenters = view.halfPixelCenters
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, alignCorners, default: false)
        builder.add(slot: 1, halfPixelCenters, default: false)
        return builder.endTable(start: start)
    }
}

/// The `CallOptions` table as an editable value.
public struct CallOptions: Sendable, Equatable {
    /// `subgraph`.
    public var subgraph: UInt32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: CallOptionsView) {
        subgraph = view.subgraph
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, subgraph, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `PadOptions` table as an editable value.
public struct PadOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: PadOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `PadV2Options` table as an editable value.
public struct PadV2Options: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: PadV2OptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ReshapeOptions` table as an editable value.
public struct ReshapeOptions: Sendable, Equatable {
    /// `new_shape`.
    public var newShape: [Int32]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ReshapeOptionsView) {
        newShape = view.newShape.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let newShapeOffset = newShape.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let newShapeOffset { builder.addOffset(slot: 0, newShapeOffset) }
        return builder.endTable(start: start)
    }
}

/// The `SpaceToBatchNDOptions` table as an editable value.
public struct SpaceToBatchNDOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SpaceToBatchNDOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `BatchToSpaceNDOptions` table as an editable value.
public struct BatchToSpaceNDOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BatchToSpaceNDOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `SkipGramOptions` table as an editable value.
public struct SkipGramOptions: Sendable, Equatable {
    /// `ngram_size`.
    public var ngramSize: Int32 = 0
    /// `max_skip_size`.
    public var maxSkipSize: Int32 = 0
    /// `include_all_ngrams`.
    public var includeAllNgrams: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SkipGramOptionsView) {
        ngramSize = view.ngramSize
        maxSkipSize = view.maxSkipSize
        includeAllNgrams = view.includeAllNgrams
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, ngramSize, default: 0)
        builder.add(slot: 1, maxSkipSize, default: 0)
        builder.add(slot: 2, includeAllNgrams, default: false)
        return builder.endTable(start: start)
    }
}

/// The `SpaceToDepthOptions` table as an editable value.
public struct SpaceToDepthOptions: Sendable, Equatable {
    /// `block_size`.
    public var blockSize: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SpaceToDepthOptionsView) {
        blockSize = view.blockSize
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, blockSize, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `DepthToSpaceOptions` table as an editable value.
public struct DepthToSpaceOptions: Sendable, Equatable {
    /// `block_size`.
    public var blockSize: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: DepthToSpaceOptionsView) {
        blockSize = view.blockSize
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, blockSize, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `SubOptions` table as an editable value.
public struct SubOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)
    /// `pot_scale_int16`.
    public var potScaleInt16: Bool = true

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SubOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
        potScaleInt16 = view.potScaleInt16
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        builder.add(slot: 1, potScaleInt16, default: true)
        return builder.endTable(start: start)
    }
}

/// The `DivOptions` table as an editable value.
public struct DivOptions: Sendable, Equatable {
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: DivOptionsView) {
        fusedActivationFunction = view.fusedActivationFunction
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, fusedActivationFunction, default: ActivationFunctionType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `TopKV2Options` table as an editable value.
public struct TopKV2Options: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: TopKV2OptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `EmbeddingLookupSparseOptions` table as an editable value.
public struct EmbeddingLookupSparseOptions: Sendable, Equatable {
    /// `combiner`.
    public var combiner: CombinerType = CombinerType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: EmbeddingLookupSparseOptionsView) {
        combiner = view.combiner
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, combiner, default: CombinerType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `GatherOptions` table as an editable value.
public struct GatherOptions: Sendable, Equatable {
    /// `axis`.
    public var axis: Int32 = 0
    /// `batch_dims`.
    public var batchDims: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: GatherOptionsView) {
        axis = view.axis
        batchDims = view.batchDims
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, axis, default: 0)
        builder.add(slot: 1, batchDims, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `TransposeOptions` table as an editable value.
public struct TransposeOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: TransposeOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ExpOptions` table as an editable value.
public struct ExpOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ExpOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `CosOptions` table as an editable value.
public struct CosOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: CosOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ReducerOptions` table as an editable value.
public struct ReducerOptions: Sendable, Equatable {
    /// `keep_dims`.
    public var keepDims: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ReducerOptionsView) {
        keepDims = view.keepDims
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, keepDims, default: false)
        return builder.endTable(start: start)
    }
}

/// The `SqueezeOptions` table as an editable value.
public struct SqueezeOptions: Sendable, Equatable {
    /// `squeeze_dims`.
    public var squeezeDims: [Int32]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SqueezeOptionsView) {
        squeezeDims = view.squeezeDims.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let squeezeDimsOffset = squeezeDims.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let squeezeDimsOffset { builder.addOffset(slot: 0, squeezeDimsOffset) }
        return builder.endTable(start: start)
    }
}

/// The `SplitOptions` table as an editable value.
public struct SplitOptions: Sendable, Equatable {
    /// `num_splits`.
    public var numSplits: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SplitOptionsView) {
        numSplits = view.numSplits
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, numSplits, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `SplitVOptions` table as an editable value.
public struct SplitVOptions: Sendable, Equatable {
    /// `num_splits`.
    public var numSplits: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SplitVOptionsView) {
        numSplits = view.numSplits
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, numSplits, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `StridedSliceOptions` table as an editable value.
public struct StridedSliceOptions: Sendable, Equatable {
    /// `begin_mask`.
    public var beginMask: Int32 = 0
    /// `end_mask`.
    public var endMask: Int32 = 0
    /// `ellipsis_mask`.
    public var ellipsisMask: Int32 = 0
    /// `new_axis_mask`.
    public var newAxisMask: Int32 = 0
    /// `shrink_axis_mask`.
    public var shrinkAxisMask: Int32 = 0
    /// `offset`.
    public var offset: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StridedSliceOptionsView) {
        beginMask = view.beginMask
        endMask = view.endMask
        ellipsisMask = view.ellipsisMask
        newAxisMask = view.newAxisMask
        shrinkAxisMask = view.shrinkAxisMask
        offset = view.offset
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, beginMask, default: 0)
        builder.add(slot: 1, endMask, default: 0)
        builder.add(slot: 2, ellipsisMask, default: 0)
        builder.add(slot: 3, newAxisMask, default: 0)
        builder.add(slot: 4, shrinkAxisMask, default: 0)
        builder.add(slot: 5, offset, default: false)
        return builder.endTable(start: start)
    }
}

/// The `LogSoftmaxOptions` table as an editable value.
public struct LogSoftmaxOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LogSoftmaxOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `CastOptions` table as an editable value.
public struct CastOptions: Sendable, Equatable {
    /// `in_data_type`.
    public var inDataType: TensorType = TensorType(rawValue: 0)
    /// `out_data_type`.
    public var outDataType: TensorType = TensorType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: CastOptionsView) {
        inDataType = view.inDataType
        outDataType = view.outDataType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, inDataType, default: TensorType(rawValue: 0))
        builder.add(slot: 1, outDataType, default: TensorType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `DequantizeOptions` table as an editable value.
public struct DequantizeOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: DequantizeOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `MaximumMinimumOptions` table as an editable value.
public struct MaximumMinimumOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: MaximumMinimumOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `TileOptions` table as an editable value.
public struct TileOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: TileOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ArgMaxOptions` table as an editable value.
public struct ArgMaxOptions: Sendable, Equatable {
    /// `output_type`.
    public var outputType: TensorType = TensorType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ArgMaxOptionsView) {
        outputType = view.outputType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, outputType, default: TensorType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `ArgMinOptions` table as an editable value.
public struct ArgMinOptions: Sendable, Equatable {
    /// `output_type`.
    public var outputType: TensorType = TensorType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ArgMinOptionsView) {
        outputType = view.outputType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, outputType, default: TensorType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `GreaterOptions` table as an editable value.
public struct GreaterOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: GreaterOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `GreaterEqualOptions` table as an editable value.
public struct GreaterEqualOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: GreaterEqualOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `LessOptions` table as an editable value.
public struct LessOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LessOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `LessEqualOptions` table as an editable value.
public struct LessEqualOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LessEqualOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `NegOptions` table as an editable value.
public struct NegOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: NegOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `SelectOptions` table as an editable value.
public struct SelectOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SelectOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `SliceOptions` table as an editable value.
public struct SliceOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SliceOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `TransposeConvOptions` table as an editable value.
public struct TransposeConvOptions: Sendable, Equatable {
    /// `padding`.
    public var padding: Padding = Padding(rawValue: 0)
    /// `stride_w`.
    public var strideW: Int32 = 0
    /// `stride_h`.
    public var strideH: Int32 = 0
    /// `fused_activation_function`.
    public var fusedActivationFunction: ActivationFunctionType = ActivationFunctionType.none
    /// `quantized_bias_type`.
    public var quantizedBiasType: TensorType = TensorType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: TransposeConvOptionsView) {
        padding = view.padding
        strideW = view.strideW
        strideH = view.strideH
        fusedActivationFunction = view.fusedActivationFunction
        quantizedBiasType = view.quantizedBiasType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 1, strideW, default: 0)
        builder.add(slot: 2, strideH, default: 0)
        builder.add(slot: 0, padding, default: Padding(rawValue: 0))
        builder.add(slot: 3, fusedActivationFunction, default: ActivationFunctionType.none)
        builder.add(slot: 4, quantizedBiasType, default: TensorType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `ExpandDimsOptions` table as an editable value.
public struct ExpandDimsOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ExpandDimsOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `SparseToDenseOptions` table as an editable value.
public struct SparseToDenseOptions: Sendable, Equatable {
    /// `validate_indices`.
    public var validateIndices: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SparseToDenseOptionsView) {
        validateIndices = view.validateIndices
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, validateIndices, default: false)
        return builder.endTable(start: start)
    }
}

/// The `EqualOptions` table as an editable value.
public struct EqualOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: EqualOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `NotEqualOptions` table as an editable value.
public struct NotEqualOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: NotEqualOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ShapeOptions` table as an editable value.
public struct ShapeOptions: Sendable, Equatable {
    /// `out_type`.
    public var outType: TensorType = TensorType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ShapeOptionsView) {
        outType = view.outType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, outType, default: TensorType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `RankOptions` table as an editable value.
public struct RankOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: RankOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `PowOptions` table as an editable value.
public struct PowOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: PowOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `FakeQuantOptions` table as an editable value.
public struct FakeQuantOptions: Sendable, Equatable {
    /// `min`.
    public var min: Float = 0
    /// `max`.
    public var max: Float = 0
    /// `num_bits`.
    public var numBits: Int32 = 0
    /// `narrow_range`.
    public var narrowRange: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: FakeQuantOptionsView) {
        min = view.min
        max = view.max
        numBits = view.numBits
        narrowRange = view.narrowRange
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, min, default: 0)
        builder.add(slot: 1, max, default: 0)
        builder.add(slot: 2, numBits, default: 0)
        builder.add(slot: 3, narrowRange, default: false)
        return builder.endTable(start: start)
    }
}

/// The `PackOptions` table as an editable value.
public struct PackOptions: Sendable, Equatable {
    /// `values_count`.
    public var valuesCount: Int32 = 0
    /// `axis`.
    public var axis: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: PackOptionsView) {
        valuesCount = view.valuesCount
        axis = view.axis
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, valuesCount, default: 0)
        builder.add(slot: 1, axis, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `LogicalOrOptions` table as an editable value.
public struct LogicalOrOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LogicalOrOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `OneHotOptions` table as an editable value.
public struct OneHotOptions: Sendable, Equatable {
    /// `axis`.
    public var axis: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: OneHotOptionsView) {
        axis = view.axis
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, axis, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `AbsOptions` table as an editable value.
public struct AbsOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: AbsOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `HardSwishOptions` table as an editable value.
public struct HardSwishOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: HardSwishOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `LogicalAndOptions` table as an editable value.
public struct LogicalAndOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LogicalAndOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `LogicalNotOptions` table as an editable value.
public struct LogicalNotOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LogicalNotOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `UnpackOptions` table as an editable value.
public struct UnpackOptions: Sendable, Equatable {
    /// `num`.
    public var num: Int32 = 0
    /// `axis`.
    public var axis: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: UnpackOptionsView) {
        num = view.num
        axis = view.axis
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, num, default: 0)
        builder.add(slot: 1, axis, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `FloorDivOptions` table as an editable value.
public struct FloorDivOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: FloorDivOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `SquareOptions` table as an editable value.
public struct SquareOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SquareOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ZerosLikeOptions` table as an editable value.
public struct ZerosLikeOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ZerosLikeOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `FillOptions` table as an editable value.
public struct FillOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: FillOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `FloorModOptions` table as an editable value.
public struct FloorModOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: FloorModOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `RangeOptions` table as an editable value.
public struct RangeOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: RangeOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `LeakyReluOptions` table as an editable value.
public struct LeakyReluOptions: Sendable, Equatable {
    /// `alpha`.
    public var alpha: Float = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: LeakyReluOptionsView) {
        alpha = view.alpha
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, alpha, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `SquaredDifferenceOptions` table as an editable value.
public struct SquaredDifferenceOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SquaredDifferenceOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `MirrorPadOptions` table as an editable value.
public struct MirrorPadOptions: Sendable, Equatable {
    /// `mode`.
    public var mode: MirrorPadMode = MirrorPadMode(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: MirrorPadOptionsView) {
        mode = view.mode
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, mode, default: MirrorPadMode(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `UniqueOptions` table as an editable value.
public struct UniqueOptions: Sendable, Equatable {
    /// `idx_out_type`.
    public var idxOutType: TensorType = TensorType.int32

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: UniqueOptionsView) {
        idxOutType = view.idxOutType
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, idxOutType, default: TensorType.int32)
        return builder.endTable(start: start)
    }
}

/// The `ReverseV2Options` table as an editable value.
public struct ReverseV2Options: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ReverseV2OptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `AddNOptions` table as an editable value.
public struct AddNOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: AddNOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `GatherNdOptions` table as an editable value.
public struct GatherNdOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: GatherNdOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `WhereOptions` table as an editable value.
public struct WhereOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: WhereOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ReverseSequenceOptions` table as an editable value.
public struct ReverseSequenceOptions: Sendable, Equatable {
    /// `seq_dim`.
    public var seqDim: Int32 = 0
    /// `batch_dim`.
    public var batchDim: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ReverseSequenceOptionsView) {
        seqDim = view.seqDim
        batchDim = view.batchDim
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, seqDim, default: 0)
        builder.add(slot: 1, batchDim, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `MatrixDiagOptions` table as an editable value.
public struct MatrixDiagOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: MatrixDiagOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `QuantizeOptions` table as an editable value.
public struct QuantizeOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: QuantizeOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `MatrixSetDiagOptions` table as an editable value.
public struct MatrixSetDiagOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: MatrixSetDiagOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `IfOptions` table as an editable value.
public struct IfOptions: Sendable, Equatable {
    /// `then_subgraph_index`.
    public var thenSubgraphIndex: Int32 = 0
    /// `else_subgraph_index`.
    public var elseSubgraphIndex: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: IfOptionsView) {
        thenSubgraphIndex = view.thenSubgraphIndex
        elseSubgraphIndex = view.elseSubgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, thenSubgraphIndex, default: 0)
        builder.add(slot: 1, elseSubgraphIndex, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `CallOnceOptions` table as an editable value.
public struct CallOnceOptions: Sendable, Equatable {
    /// `init_subgraph_index`.
    public var initSubgraphIndex: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: CallOnceOptionsView) {
        initSubgraphIndex = view.initSubgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, initSubgraphIndex, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `WhileOptions` table as an editable value.
public struct WhileOptions: Sendable, Equatable {
    /// `cond_subgraph_index`.
    public var condSubgraphIndex: Int32 = 0
    /// `body_subgraph_index`.
    public var bodySubgraphIndex: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: WhileOptionsView) {
        condSubgraphIndex = view.condSubgraphIndex
        bodySubgraphIndex = view.bodySubgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, condSubgraphIndex, default: 0)
        builder.add(slot: 1, bodySubgraphIndex, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `NonMaxSuppressionV4Options` table as an editable value.
public struct NonMaxSuppressionV4Options: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: NonMaxSuppressionV4OptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `NonMaxSuppressionV5Options` table as an editable value.
public struct NonMaxSuppressionV5Options: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: NonMaxSuppressionV5OptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ScatterNdOptions` table as an editable value.
public struct ScatterNdOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ScatterNdOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `SelectV2Options` table as an editable value.
public struct SelectV2Options: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SelectV2OptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `DensifyOptions` table as an editable value.
public struct DensifyOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: DensifyOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `SegmentSumOptions` table as an editable value.
public struct SegmentSumOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SegmentSumOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `BatchMatMulOptions` table as an editable value.
public struct BatchMatMulOptions: Sendable, Equatable {
    /// `adj_x`.
    public var adjX: Bool = false
    /// `adj_y`.
    public var adjY: Bool = false
    /// `asymmetric_quantize_inputs`.
    public var asymmetricQuantizeInputs: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BatchMatMulOptionsView) {
        adjX = view.adjX
        adjY = view.adjY
        asymmetricQuantizeInputs = view.asymmetricQuantizeInputs
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, adjX, default: false)
        builder.add(slot: 1, adjY, default: false)
        builder.add(slot: 2, asymmetricQuantizeInputs, default: false)
        return builder.endTable(start: start)
    }
}

/// The `CumsumOptions` table as an editable value.
public struct CumsumOptions: Sendable, Equatable {
    /// `exclusive`.
    public var exclusive: Bool = false
    /// `reverse`.
    public var reverse: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: CumsumOptionsView) {
        exclusive = view.exclusive
        reverse = view.reverse
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, exclusive, default: false)
        builder.add(slot: 1, reverse, default: false)
        return builder.endTable(start: start)
    }
}

/// The `BroadcastToOptions` table as an editable value.
public struct BroadcastToOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BroadcastToOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `Rfft2dOptions` table as an editable value.
public struct Rfft2dOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: Rfft2dOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `HashtableOptions` table as an editable value.
public struct HashtableOptions: Sendable, Equatable {
    /// `table_id`.
    public var tableId: Int32 = 0
    /// `key_dtype`.
    public var keyDtype: TensorType = TensorType(rawValue: 0)
    /// `value_dtype`.
    public var valueDtype: TensorType = TensorType(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: HashtableOptionsView) {
        tableId = view.tableId
        keyDtype = view.keyDtype
        valueDtype = view.valueDtype
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, tableId, default: 0)
        builder.add(slot: 1, keyDtype, default: TensorType(rawValue: 0))
        builder.add(slot: 2, valueDtype, default: TensorType(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `HashtableFindOptions` table as an editable value.
public struct HashtableFindOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: HashtableFindOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `HashtableImportOptions` table as an editable value.
public struct HashtableImportOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: HashtableImportOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `HashtableSizeOptions` table as an editable value.
public struct HashtableSizeOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: HashtableSizeOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `VarHandleOptions` table as an editable value.
public struct VarHandleOptions: Sendable, Equatable {
    /// `container`.
    public var container: String? = nil
    /// `shared_name`.
    public var sharedName: String? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: VarHandleOptionsView) {
        container = view.container
        sharedName = view.sharedName
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let containerOffset = container.map { builder.createString($0) }
        let sharedNameOffset = sharedName.map { builder.createString($0) }
        let start = builder.startTable()
        if let containerOffset { builder.addOffset(slot: 0, containerOffset) }
        if let sharedNameOffset { builder.addOffset(slot: 1, sharedNameOffset) }
        return builder.endTable(start: start)
    }
}

/// The `ReadVariableOptions` table as an editable value.
public struct ReadVariableOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ReadVariableOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `AssignVariableOptions` table as an editable value.
public struct AssignVariableOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: AssignVariableOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `RandomOptions` table as an editable value.
public struct RandomOptions: Sendable, Equatable {
    /// `seed`.
    public var seed: Int64 = 0
    /// `seed2`.
    public var seed2: Int64 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: RandomOptionsView) {
        seed = view.seed
        seed2 = view.seed2
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, seed, default: 0)
        builder.add(slot: 1, seed2, default: 0)
        return builder.endTable(start: start)
    }
}

/// The `BucketizeOptions` table as an editable value.
public struct BucketizeOptions: Sendable, Equatable {
    /// `boundaries`.
    public var boundaries: [Float]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BucketizeOptionsView) {
        boundaries = view.boundaries.map { Array($0) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let boundariesOffset = boundaries.map { builder.createVector($0, alignment: 1) }
        let start = builder.startTable()
        if let boundariesOffset { builder.addOffset(slot: 0, boundariesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `GeluOptions` table as an editable value.
public struct GeluOptions: Sendable, Equatable {
    /// `approximate`.
    public var approximate: Bool = false

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: GeluOptionsView) {
        approximate = view.approximate
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, approximate, default: false)
        return builder.endTable(start: start)
    }
}

/// The `DynamicUpdateSliceOptions` table as an editable value.
public struct DynamicUpdateSliceOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: DynamicUpdateSliceOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `UnsortedSegmentProdOptions` table as an editable value.
public struct UnsortedSegmentProdOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: UnsortedSegmentProdOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `UnsortedSegmentMaxOptions` table as an editable value.
public struct UnsortedSegmentMaxOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: UnsortedSegmentMaxOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `UnsortedSegmentSumOptions` table as an editable value.
public struct UnsortedSegmentSumOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: UnsortedSegmentSumOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ATan2Options` table as an editable value.
public struct ATan2Options: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ATan2OptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `UnsortedSegmentMinOptions` table as an editable value.
public struct UnsortedSegmentMinOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: UnsortedSegmentMinOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `SignOptions` table as an editable value.
public struct SignOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SignOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `BitcastOptions` table as an editable value.
public struct BitcastOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BitcastOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `BitwiseXorOptions` table as an editable value.
public struct BitwiseXorOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BitwiseXorOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `RightShiftOptions` table as an editable value.
public struct RightShiftOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: RightShiftOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `DilateOptions` table as an editable value.
public struct DilateOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: DilateOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `ReduceWindowOptions` table as an editable value.
public struct ReduceWindowOptions: Sendable, Equatable {
    /// `reduce_function`.
    public var reduceFunction: ReduceWindowFunction = ReduceWindowFunction(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ReduceWindowOptionsView) {
        reduceFunction = view.reduceFunction
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        builder.add(slot: 0, reduceFunction, default: ReduceWindowFunction(rawValue: 0))
        return builder.endTable(start: start)
    }
}

/// The `OperatorCode` table as an editable value.
public struct OperatorCode: Sendable, Equatable {
    /// `deprecated_builtin_code`.
    public var deprecatedBuiltinCode: Int8 = 0
    /// `custom_code`.
    public var customCode: String? = nil
    /// `version`.
    public var version: Int32 = 1
    /// `builtin_code`.
    public var builtinCode: BuiltinOperator = BuiltinOperator(rawValue: 0)

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: OperatorCodeView) {
        deprecatedBuiltinCode = view.deprecatedBuiltinCode
        customCode = view.customCode
        version = view.version
        builtinCode = view.builtinCode
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let customCodeOffset = customCode.map { builder.createString($0) }
        let start = builder.startTable()
        builder.add(slot: 2, version, default: 1)
        builder.add(slot: 3, builtinCode, default: BuiltinOperator(rawValue: 0))
        builder.add(slot: 0, deprecatedBuiltinCode, default: 0)
        if let customCodeOffset { builder.addOffset(slot: 1, customCodeOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StableHLOCompositeOptions` table as an editable value.
public struct StableHLOCompositeOptions: Sendable, Equatable {
    /// `name`.
    public var name: String? = nil
    /// `decomposition_subgraph_index`.
    public var decompositionSubgraphIndex: Int32 = 0
    /// `composite_attributes`.
    public var compositeAttributes: [UInt8]? = nil
    /// `composite_attributes_format`.
    public var compositeAttributesFormat: CustomOptionsFormat = CustomOptionsFormat(rawValue: 0)
    /// `version`.
    public var version: Int32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StableHLOCompositeOptionsView) {
        name = view.name
        decompositionSubgraphIndex = view.decompositionSubgraphIndex
        compositeAttributes = view.compositeAttributes.map { Array($0) }
        compositeAttributesFormat = view.compositeAttributesFormat
        version = view.version
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let nameOffset = name.map { builder.createString($0) }
        let compositeAttributesOffset = compositeAttributes.map { bytes in bytes.withUnsafeBytes { builder.createByteVector($0, alignment: 1) } }
        let start = builder.startTable()
        builder.add(slot: 1, decompositionSubgraphIndex, default: 0)
        builder.add(slot: 4, version, default: 0)
        builder.add(slot: 3, compositeAttributesFormat, default: CustomOptionsFormat(rawValue: 0))
        if let nameOffset { builder.addOffset(slot: 0, nameOffset) }
        if let compositeAttributesOffset { builder.addOffset(slot: 2, compositeAttributesOffset) }
        return builder.endTable(start: start)
    }
}

/// The `StablehloShiftLeftOptions` table as an editable value.
public struct StablehloShiftLeftOptions: Sendable, Equatable {

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: StablehloShiftLeftOptionsView) {
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let start = builder.startTable()
        return builder.endTable(start: start)
    }
}

/// The `Operator` table as an editable value.
public struct Operator: Sendable, Equatable {
    /// `opcode_index`.
    public var opcodeIndex: UInt32 = 0
    /// `inputs`.
    public var inputs: [Int32]? = nil
    /// `outputs`.
    public var outputs: [Int32]? = nil
    /// `builtin_options`.
    public var builtinOptions: BuiltinOptions? = nil
    /// `custom_options`.
    public var customOptions: [UInt8]? = nil
    /// `custom_options_format`.
    public var customOptionsFormat: CustomOptionsFormat = CustomOptionsFormat(rawValue: 0)
    /// `mutating_variable_inputs`.
    public var mutatingVariableInputs: [Bool]? = nil
    /// `intermediates`.
    public var intermediates: [Int32]? = nil
    /// `large_custom_options_offset`.
    public var largeCustomOptionsOffset: UInt64 = 0
    /// `large_custom_options_size`.
    public var largeCustomOptionsSize: UInt64 = 0
    /// `builtin_options_2`.
    public var builtinOptions2: BuiltinOptions2? = nil
    /// `debug_metadata_index`.
    public var debugMetadataIndex: Int32 = -1

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: OperatorView) {
        opcodeIndex = view.opcodeIndex
        inputs = view.inputs.map { Array($0) }
        outputs = view.outputs.map { Array($0) }
        builtinOptions = view.builtinOptions.flatMap(BuiltinOptions.init)
        customOptions = view.customOptions.map { Array($0) }
        customOptionsFormat = view.customOptionsFormat
        mutatingVariableInputs = view.mutatingVariableInputs.map { Array($0) }
        intermediates = view.intermediates.map { Array($0) }
        largeCustomOptionsOffset = view.largeCustomOptionsOffset
        largeCustomOptionsSize = view.largeCustomOptionsSize
        builtinOptions2 = view.builtinOptions2.flatMap(BuiltinOptions2.init)
        debugMetadataIndex = view.debugMetadataIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let inputsOffset = inputs.map { builder.createVector($0, alignment: 1) }
        let outputsOffset = outputs.map { builder.createVector($0, alignment: 1) }
        let builtinOptionsOffset = builtinOptions?.pack(into: &builder)
        let customOptionsOffset = customOptions.map { bytes in bytes.withUnsafeBytes { builder.createByteVector($0, alignment: 1) } }
        let mutatingVariableInputsOffset = mutatingVariableInputs.map { builder.createVector($0, alignment: 1) }
        let intermediatesOffset = intermediates.map { builder.createVector($0, alignment: 1) }
        let builtinOptions2Offset = builtinOptions2?.pack(into: &builder)
        let start = builder.startTable()
        builder.add(slot: 9, largeCustomOptionsOffset, default: 0)
        builder.add(slot: 10, largeCustomOptionsSize, default: 0)
        builder.add(slot: 0, opcodeIndex, default: 0)
        builder.add(slot: 13, debugMetadataIndex, default: -1)
        builder.add(slot: 6, customOptionsFormat, default: CustomOptionsFormat(rawValue: 0))
        if let inputsOffset { builder.addOffset(slot: 1, inputsOffset) }
        if let outputsOffset { builder.addOffset(slot: 2, outputsOffset) }
        if let builtinOptionsOffset, let builtinOptions {
            builder.add(slot: 3, builtinOptions.type, default: BuiltinOptionsType(rawValue: 0))
            builder.addOffset(slot: 4, builtinOptionsOffset)
        }
        if let customOptionsOffset { builder.addOffset(slot: 5, customOptionsOffset) }
        if let mutatingVariableInputsOffset { builder.addOffset(slot: 7, mutatingVariableInputsOffset) }
        if let intermediatesOffset { builder.addOffset(slot: 8, intermediatesOffset) }
        if let builtinOptions2Offset, let builtinOptions2 {
            builder.add(slot: 11, builtinOptions2.type, default: BuiltinOptions2Type(rawValue: 0))
            builder.addOffset(slot: 12, builtinOptions2Offset)
        }
        return builder.endTable(start: start)
    }
}

/// The `SubGraph` table as an editable value.
public struct SubGraph: Sendable, Equatable {
    /// `tensors`.
    public var tensors: [Tensor]? = nil
    /// `inputs`.
    public var inputs: [Int32]? = nil
    /// `outputs`.
    public var outputs: [Int32]? = nil
    /// `operators`.
    public var operators: [Operator]? = nil
    /// `name`.
    public var name: String? = nil
    /// `debug_metadata_index`.
    public var debugMetadataIndex: Int32 = -1

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SubGraphView) {
        tensors = view.tensors.map { $0.map(Tensor.init) }
        inputs = view.inputs.map { Array($0) }
        outputs = view.outputs.map { Array($0) }
        operators = view.operators.map { $0.map(Operator.init) }
        name = view.name
        debugMetadataIndex = view.debugMetadataIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let tensorsOffset = tensors.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let inputsOffset = inputs.map { builder.createVector($0, alignment: 1) }
        let outputsOffset = outputs.map { builder.createVector($0, alignment: 1) }
        let operatorsOffset = operators.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let nameOffset = name.map { builder.createString($0) }
        let start = builder.startTable()
        builder.add(slot: 5, debugMetadataIndex, default: -1)
        if let tensorsOffset { builder.addOffset(slot: 0, tensorsOffset) }
        if let inputsOffset { builder.addOffset(slot: 1, inputsOffset) }
        if let outputsOffset { builder.addOffset(slot: 2, outputsOffset) }
        if let operatorsOffset { builder.addOffset(slot: 3, operatorsOffset) }
        if let nameOffset { builder.addOffset(slot: 4, nameOffset) }
        return builder.endTable(start: start)
    }
}

/// The `Buffer` table as an editable value.
public struct Buffer: Sendable, Equatable {
    /// `data`.
    public var data: [UInt8]? = nil
    /// `offset`.
    public var offset: UInt64 = 0
    /// `size`.
    public var size: UInt64 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: BufferView) {
        data = view.data.map { Array($0) }
        offset = view.offset
        size = view.size
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let dataOffset = data.map { bytes in bytes.withUnsafeBytes { builder.createByteVector($0, alignment: 16) } }
        let start = builder.startTable()
        builder.add(slot: 1, offset, default: 0)
        builder.add(slot: 2, size, default: 0)
        if let dataOffset { builder.addOffset(slot: 0, dataOffset) }
        return builder.endTable(start: start)
    }
}

/// The `ExternalBufferGroup` table as an editable value.
public struct ExternalBufferGroup: Sendable, Equatable {
    /// `name`.
    public var name: String? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ExternalBufferGroupView) {
        name = view.name
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let nameOffset = name.map { builder.createString($0) }
        let start = builder.startTable()
        if let nameOffset { builder.addOffset(slot: 0, nameOffset) }
        return builder.endTable(start: start)
    }
}

/// The `ExternalBuffer` table as an editable value.
public struct ExternalBuffer: Sendable, Equatable {
    /// `id`.
    public var id: UInt32 = 0
    /// `group`.
    public var group: UInt32 = 0
    /// `offset`.
    public var offset: UInt64 = 0
    /// `length`.
    public var length: UInt64 = 0
    /// `packing`.
    public var packing: String? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ExternalBufferView) {
        id = view.id
        group = view.group
        offset = view.offset
        length = view.length
        packing = view.packing
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let packingOffset = packing.map { builder.createString($0) }
        let start = builder.startTable()
        builder.add(slot: 2, offset, default: 0)
        builder.add(slot: 3, length, default: 0)
        builder.add(slot: 0, id, default: 0)
        builder.add(slot: 1, group, default: 0)
        if let packingOffset { builder.addOffset(slot: 4, packingOffset) }
        return builder.endTable(start: start)
    }
}

/// The `Metadata` table as an editable value.
public struct Metadata: Sendable, Equatable {
    /// `name`.
    public var name: String? = nil
    /// `buffer`.
    public var buffer: UInt32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: MetadataView) {
        name = view.name
        buffer = view.buffer
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let nameOffset = name.map { builder.createString($0) }
        let start = builder.startTable()
        builder.add(slot: 1, buffer, default: 0)
        if let nameOffset { builder.addOffset(slot: 0, nameOffset) }
        return builder.endTable(start: start)
    }
}

/// The `TensorMap` table as an editable value.
public struct TensorMap: Sendable, Equatable {
    /// `name`.
    public var name: String? = nil
    /// `tensor_index`.
    public var tensorIndex: UInt32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: TensorMapView) {
        name = view.name
        tensorIndex = view.tensorIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let nameOffset = name.map { builder.createString($0) }
        let start = builder.startTable()
        builder.add(slot: 1, tensorIndex, default: 0)
        if let nameOffset { builder.addOffset(slot: 0, nameOffset) }
        return builder.endTable(start: start)
    }
}

/// The `SignatureDef` table as an editable value.
public struct SignatureDef: Sendable, Equatable {
    /// `inputs`.
    public var inputs: [TensorMap]? = nil
    /// `outputs`.
    public var outputs: [TensorMap]? = nil
    /// `signature_key`.
    public var signatureKey: String? = nil
    /// `subgraph_index`.
    public var subgraphIndex: UInt32 = 0

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: SignatureDefView) {
        inputs = view.inputs.map { $0.map(TensorMap.init) }
        outputs = view.outputs.map { $0.map(TensorMap.init) }
        signatureKey = view.signatureKey
        subgraphIndex = view.subgraphIndex
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let inputsOffset = inputs.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let outputsOffset = outputs.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let signatureKeyOffset = signatureKey.map { builder.createString($0) }
        let start = builder.startTable()
        builder.add(slot: 4, subgraphIndex, default: 0)
        if let inputsOffset { builder.addOffset(slot: 0, inputsOffset) }
        if let outputsOffset { builder.addOffset(slot: 1, outputsOffset) }
        if let signatureKeyOffset { builder.addOffset(slot: 2, signatureKeyOffset) }
        return builder.endTable(start: start)
    }
}

/// The `Model` table as an editable value.
public struct Model: Sendable, Equatable {
    /// `version`.
    public var version: UInt32 = 0
    /// `operator_codes`.
    public var operatorCodes: [OperatorCode]? = nil
    /// `subgraphs`.
    public var subgraphs: [SubGraph]? = nil
    /// `description`.
    public var description: String? = nil
    /// `buffers`.
    public var buffers: [Buffer]? = nil
    /// `metadata_buffer`.
    public var metadataBuffer: [Int32]? = nil
    /// `metadata`.
    public var metadata: [Metadata]? = nil
    /// `signature_defs`.
    public var signatureDefs: [SignatureDef]? = nil
    /// `external_buffer_groups`.
    public var externalBufferGroups: [ExternalBufferGroup]? = nil
    /// `external_buffers`.
    public var externalBuffers: [ExternalBuffer]? = nil

    /// A table with every field at its default.
    public init() {}

    /// Copies a read view.
    public init(_ view: ModelView) {
        version = view.version
        operatorCodes = view.operatorCodes.map { $0.map(OperatorCode.init) }
        subgraphs = view.subgraphs.map { $0.map(SubGraph.init) }
        description = view.description
        buffers = view.buffers.map { $0.map(Buffer.init) }
        metadataBuffer = view.metadataBuffer.map { Array($0) }
        metadata = view.metadata.map { $0.map(Metadata.init) }
        signatureDefs = view.signatureDefs.map { $0.map(SignatureDef.init) }
        externalBufferGroups = view.externalBufferGroups.map { $0.map(ExternalBufferGroup.init) }
        externalBuffers = view.externalBuffers.map { $0.map(ExternalBuffer.init) }
    }

    /// Writes this table (children first); returns its offset.
    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {
        let operatorCodesOffset = operatorCodes.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let subgraphsOffset = subgraphs.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let descriptionOffset = description.map { builder.createString($0) }
        let buffersOffset = buffers.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let metadataBufferOffset = metadataBuffer.map { builder.createVector($0, alignment: 1) }
        let metadataOffset = metadata.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let signatureDefsOffset = signatureDefs.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let externalBufferGroupsOffset = externalBufferGroups.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let externalBuffersOffset = externalBuffers.map { items in
            let offsets = items.map { $0.pack(into: &builder) }
            return builder.createVector(offsets: offsets)
        }
        let start = builder.startTable()
        builder.add(slot: 0, version, default: 0)
        if let operatorCodesOffset { builder.addOffset(slot: 1, operatorCodesOffset) }
        if let subgraphsOffset { builder.addOffset(slot: 2, subgraphsOffset) }
        if let descriptionOffset { builder.addOffset(slot: 3, descriptionOffset) }
        if let buffersOffset { builder.addOffset(slot: 4, buffersOffset) }
        if let metadataBufferOffset { builder.addOffset(slot: 5, metadataBufferOffset) }
        if let metadataOffset { builder.addOffset(slot: 6, metadataOffset) }
        if let signatureDefsOffset { builder.addOffset(slot: 7, signatureDefsOffset) }
        if let externalBufferGroupsOffset { builder.addOffset(slot: 8, externalBufferGroupsOffset) }
        if let externalBuffersOffset { builder.addOffset(slot: 9, externalBuffersOffset) }
        return builder.endTable(start: start)
    }
}

