// GENERATED FILE - DO NOT EDIT.
// Generator: Scripts/schema/generate_swift_schema.py
// Source schema: google-ai-edge/LiteRT, tflite/converter/schema/schema.fbs (sha256 8b9b424c923124df…)
// Contents: zero-copy read views and their verifiers

import FlatBuffers

/// A zero-copy read view of the `CustomQuantization` table.
public struct CustomQuantizationView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `CustomQuantization`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "CustomQuantization"

    /// `custom` (slot 0).
    @inlinable public var custom: FlatVector<UInt8>? { table.vector(slot: 0) }

    /// Verifies a `CustomQuantization` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 1, field: "custom")
        verifier.endTable()
    }
}

/// A read view of the `QuantizationDetails` union: one case per member table.
public enum QuantizationDetailsView: Sendable {
    /// A `CustomQuantization`.
    case customQuantization(CustomQuantizationView)
    /// A `BlockwiseQuantization`.
    case blockwiseQuantization(BlockwiseQuantizationView)
    /// A `MultiAxisQuantization`.
    case multiAxisQuantization(MultiAxisQuantizationView)
    /// A member this schema version does not know (its type tag).
    case unknown(UInt8)

    /// Views the table at `table` as the member that `type` names.
    public init(type: QuantizationDetailsType, table: FlatTable) {
        switch type.rawValue {
        case 1: self = .customQuantization(CustomQuantizationView(table: table))
        case 2: self = .blockwiseQuantization(BlockwiseQuantizationView(table: table))
        case 3: self = .multiAxisQuantization(MultiAxisQuantizationView(table: table))
        default: self = .unknown(type.rawValue)
        }
    }

    /// Verifies the member table of type `type` at `position`; unknown types pass.
    public static func verify(_ verifier: inout FlatBufferVerifier, type: UInt8, at position: Int)
        throws(FlatBufferError)
    {
        switch type {
        case 1: try CustomQuantizationView.verify(&verifier, at: position)
        case 2: try BlockwiseQuantizationView.verify(&verifier, at: position)
        case 3: try MultiAxisQuantizationView.verify(&verifier, at: position)
        default: break
        }
    }
}

/// A zero-copy read view of the `BlockwiseQuantization` table.
public struct BlockwiseQuantizationView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BlockwiseQuantization`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BlockwiseQuantization"

    /// `scales` (slot 0).
    @inlinable public var scales: Int32 { table.scalar(slot: 0, default: 0) }
    /// `zero_points` (slot 1).
    @inlinable public var zeroPoints: Int32 { table.scalar(slot: 1, default: 0) }
    /// `block_size` (slot 2).
    @inlinable public var blockSize: Int32 { table.scalar(slot: 2, default: 0) }

    /// Verifies a `BlockwiseQuantization` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `MultiAxisQuantization` table.
public struct MultiAxisQuantizationView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `MultiAxisQuantization`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "MultiAxisQuantization"

    /// `scales` (slot 0).
    @inlinable public var scales: Int32 { table.scalar(slot: 0, default: 0) }
    /// `zero_points` (slot 1).
    @inlinable public var zeroPoints: Int32 { table.scalar(slot: 1, default: 0) }
    /// `block_size` (slot 2).
    @inlinable public var blockSize: Int32 { table.scalar(slot: 2, default: 0) }
    /// `quantized_dimensions` (slot 3).
    @inlinable public var quantizedDimensions: FlatVector<Int32>? { table.vector(slot: 3) }

    /// Verifies a `MultiAxisQuantization` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyVector(table, slot: 3, elementSize: 4, field: "quantized_dimensions")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `QuantizationParameters` table.
public struct QuantizationParametersView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `QuantizationParameters`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "QuantizationParameters"

    /// `min` (slot 0).
    @inlinable public var min: FlatVector<Float>? { table.vector(slot: 0) }
    /// `max` (slot 1).
    @inlinable public var max: FlatVector<Float>? { table.vector(slot: 1) }
    /// `scale` (slot 2).
    @inlinable public var scale: FlatVector<Float>? { table.vector(slot: 2) }
    /// `zero_point` (slot 3).
    @inlinable public var zeroPoint: FlatVector<Int64>? { table.vector(slot: 3) }
    /// `details` (slot 4).
    @inlinable public var detailsType: QuantizationDetailsType { table.scalar(slot: 4, default: QuantizationDetailsType(rawValue: 0)) }
    /// `details` value (slot 5); nil when the union is NONE or absent.
    public var details: QuantizationDetailsView? {
        let type = detailsType
        guard type.rawValue != 0, let value = table.table(slot: 5) else { return nil }
        return QuantizationDetailsView(type: type, table: value)
    }
    /// `quantized_dimension` (slot 6).
    @inlinable public var quantizedDimension: Int32 { table.scalar(slot: 6, default: 0) }

    /// Verifies a `QuantizationParameters` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "min")
        try verifier.verifyVector(table, slot: 1, elementSize: 4, field: "max")
        try verifier.verifyVector(table, slot: 2, elementSize: 4, field: "scale")
        try verifier.verifyVector(table, slot: 3, elementSize: 8, field: "zero_point")
        try verifier.verifyUnion(table, slot: 4, field: "details", QuantizationDetailsView.verify(_:type:at:))
        try verifier.verifyScalar(table, slot: 6, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Int32Vector` table.
public struct Int32VectorView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Int32Vector`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Int32Vector"

    /// `values` (slot 0).
    @inlinable public var values: FlatVector<Int32>? { table.vector(slot: 0) }

    /// Verifies a `Int32Vector` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "values")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Uint16Vector` table.
public struct Uint16VectorView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Uint16Vector`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Uint16Vector"

    /// `values` (slot 0).
    @inlinable public var values: FlatVector<UInt16>? { table.vector(slot: 0) }

    /// Verifies a `Uint16Vector` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 2, field: "values")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Uint8Vector` table.
public struct Uint8VectorView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Uint8Vector`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Uint8Vector"

    /// `values` (slot 0).
    @inlinable public var values: FlatVector<UInt8>? { table.vector(slot: 0) }

    /// Verifies a `Uint8Vector` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 1, field: "values")
        verifier.endTable()
    }
}

/// A read view of the `SparseIndexVector` union: one case per member table.
public enum SparseIndexVectorView: Sendable {
    /// A `Int32Vector`.
    case int32Vector(Int32VectorView)
    /// A `Uint16Vector`.
    case uint16Vector(Uint16VectorView)
    /// A `Uint8Vector`.
    case uint8Vector(Uint8VectorView)
    /// A member this schema version does not know (its type tag).
    case unknown(UInt8)

    /// Views the table at `table` as the member that `type` names.
    public init(type: SparseIndexVectorType, table: FlatTable) {
        switch type.rawValue {
        case 1: self = .int32Vector(Int32VectorView(table: table))
        case 2: self = .uint16Vector(Uint16VectorView(table: table))
        case 3: self = .uint8Vector(Uint8VectorView(table: table))
        default: self = .unknown(type.rawValue)
        }
    }

    /// Verifies the member table of type `type` at `position`; unknown types pass.
    public static func verify(_ verifier: inout FlatBufferVerifier, type: UInt8, at position: Int)
        throws(FlatBufferError)
    {
        switch type {
        case 1: try Int32VectorView.verify(&verifier, at: position)
        case 2: try Uint16VectorView.verify(&verifier, at: position)
        case 3: try Uint8VectorView.verify(&verifier, at: position)
        default: break
        }
    }
}

/// A zero-copy read view of the `DimensionMetadata` table.
public struct DimensionMetadataView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `DimensionMetadata`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "DimensionMetadata"

    /// `format` (slot 0).
    @inlinable public var format: DimensionType { table.scalar(slot: 0, default: DimensionType(rawValue: 0)) }
    /// `dense_size` (slot 1).
    @inlinable public var denseSize: Int32 { table.scalar(slot: 1, default: 0) }
    /// `array_segments` (slot 2).
    @inlinable public var arraySegmentsType: SparseIndexVectorType { table.scalar(slot: 2, default: SparseIndexVectorType(rawValue: 0)) }
    /// `array_segments` value (slot 3); nil when the union is NONE or absent.
    public var arraySegments: SparseIndexVectorView? {
        let type = arraySegmentsType
        guard type.rawValue != 0, let value = table.table(slot: 3) else { return nil }
        return SparseIndexVectorView(type: type, table: value)
    }
    /// `array_indices` (slot 4).
    @inlinable public var arrayIndicesType: SparseIndexVectorType { table.scalar(slot: 4, default: SparseIndexVectorType(rawValue: 0)) }
    /// `array_indices` value (slot 5); nil when the union is NONE or absent.
    public var arrayIndices: SparseIndexVectorView? {
        let type = arrayIndicesType
        guard type.rawValue != 0, let value = table.table(slot: 5) else { return nil }
        return SparseIndexVectorView(type: type, table: value)
    }

    /// Verifies a `DimensionMetadata` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyUnion(table, slot: 2, field: "array_segments", SparseIndexVectorView.verify(_:type:at:))
        try verifier.verifyUnion(table, slot: 4, field: "array_indices", SparseIndexVectorView.verify(_:type:at:))
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SparsityParameters` table.
public struct SparsityParametersView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SparsityParameters`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SparsityParameters"

    /// `traversal_order` (slot 0).
    @inlinable public var traversalOrder: FlatVector<Int32>? { table.vector(slot: 0) }
    /// `block_map` (slot 1).
    @inlinable public var blockMap: FlatVector<Int32>? { table.vector(slot: 1) }
    /// `dim_metadata` (slot 2).
    @inlinable public var dimMetadata: FlatTableVector<DimensionMetadataView>? { table.tables(slot: 2) }

    /// Verifies a `SparsityParameters` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "traversal_order")
        try verifier.verifyVector(table, slot: 1, elementSize: 4, field: "block_map")
        try verifier.verifyTableVector(table, slot: 2, field: "dim_metadata", DimensionMetadataView.verify(_:at:))
        verifier.endTable()
    }
}

/// A zero-copy read view of the `VariantSubType` table.
public struct VariantSubTypeView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `VariantSubType`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "VariantSubType"

    /// `shape` (slot 0).
    @inlinable public var shape: FlatVector<Int32>? { table.vector(slot: 0) }
    /// `type` (slot 1).
    @inlinable public var type: TensorType { table.scalar(slot: 1, default: TensorType(rawValue: 0)) }
    /// `has_rank` (slot 2).
    @inlinable public var hasRank: Bool { table.scalar(slot: 2, default: false) }

    /// Verifies a `VariantSubType` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "shape")
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Tensor` table.
public struct TensorView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Tensor`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Tensor"

    /// `shape` (slot 0).
    @inlinable public var shape: FlatVector<Int32>? { table.vector(slot: 0) }
    /// `type` (slot 1).
    @inlinable public var type: TensorType { table.scalar(slot: 1, default: TensorType(rawValue: 0)) }
    /// `buffer` (slot 2).
    @inlinable public var buffer: UInt32 { table.scalar(slot: 2, default: 0) }
    /// `name` (slot 3).
    @inlinable public var name: String? { table.string(slot: 3) }
    /// `quantization` (slot 4).
    @inlinable public var quantization: QuantizationParametersView? { table.table(slot: 4).map(QuantizationParametersView.init(table:)) }
    /// `is_variable` (slot 5).
    @inlinable public var isVariable: Bool { table.scalar(slot: 5, default: false) }
    /// `sparsity` (slot 6).
    @inlinable public var sparsity: SparsityParametersView? { table.table(slot: 6).map(SparsityParametersView.init(table:)) }
    /// `shape_signature` (slot 7).
    @inlinable public var shapeSignature: FlatVector<Int32>? { table.vector(slot: 7) }
    /// `has_rank` (slot 8).
    @inlinable public var hasRank: Bool { table.scalar(slot: 8, default: false) }
    /// `variant_tensors` (slot 9).
    @inlinable public var variantTensors: FlatTableVector<VariantSubTypeView>? { table.tables(slot: 9) }
    /// `external_buffer` (slot 10).
    @inlinable public var externalBuffer: UInt32 { table.scalar(slot: 10, default: 0) }

    /// Verifies a `Tensor` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "shape")
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyString(table, slot: 3, field: "name")
        try verifier.verifyTable(table, slot: 4, field: "quantization", QuantizationParametersView.verify(_:at:))
        try verifier.verifyScalar(table, slot: 5, size: 1)
        try verifier.verifyTable(table, slot: 6, field: "sparsity", SparsityParametersView.verify(_:at:))
        try verifier.verifyVector(table, slot: 7, elementSize: 4, field: "shape_signature")
        try verifier.verifyScalar(table, slot: 8, size: 1)
        try verifier.verifyTableVector(table, slot: 9, field: "variant_tensors", VariantSubTypeView.verify(_:at:))
        try verifier.verifyScalar(table, slot: 10, size: 4)
        verifier.endTable()
    }
}

/// A read view of the `BuiltinOptions` union: one case per member table.
public enum BuiltinOptionsView: Sendable {
    /// A `Conv2DOptions`.
    case conv2DOptions(Conv2DOptionsView)
    /// A `DepthwiseConv2DOptions`.
    case depthwiseConv2DOptions(DepthwiseConv2DOptionsView)
    /// A `ConcatEmbeddingsOptions`.
    case concatEmbeddingsOptions(ConcatEmbeddingsOptionsView)
    /// A `LSHProjectionOptions`.
    case lshProjectionOptions(LSHProjectionOptionsView)
    /// A `Pool2DOptions`.
    case pool2DOptions(Pool2DOptionsView)
    /// A `SVDFOptions`.
    case svdfOptions(SVDFOptionsView)
    /// A `RNNOptions`.
    case rnnOptions(RNNOptionsView)
    /// A `FullyConnectedOptions`.
    case fullyConnectedOptions(FullyConnectedOptionsView)
    /// A `SoftmaxOptions`.
    case softmaxOptions(SoftmaxOptionsView)
    /// A `ConcatenationOptions`.
    case concatenationOptions(ConcatenationOptionsView)
    /// A `AddOptions`.
    case addOptions(AddOptionsView)
    /// A `L2NormOptions`.
    case l2NormOptions(L2NormOptionsView)
    /// A `LocalResponseNormalizationOptions`.
    case localResponseNormalizationOptions(LocalResponseNormalizationOptionsView)
    /// A `LSTMOptions`.
    case lstmOptions(LSTMOptionsView)
    /// A `ResizeBilinearOptions`.
    case resizeBilinearOptions(ResizeBilinearOptionsView)
    /// A `CallOptions`.
    case callOptions(CallOptionsView)
    /// A `ReshapeOptions`.
    case reshapeOptions(ReshapeOptionsView)
    /// A `SkipGramOptions`.
    case skipGramOptions(SkipGramOptionsView)
    /// A `SpaceToDepthOptions`.
    case spaceToDepthOptions(SpaceToDepthOptionsView)
    /// A `EmbeddingLookupSparseOptions`.
    case embeddingLookupSparseOptions(EmbeddingLookupSparseOptionsView)
    /// A `MulOptions`.
    case mulOptions(MulOptionsView)
    /// A `PadOptions`.
    case padOptions(PadOptionsView)
    /// A `GatherOptions`.
    case gatherOptions(GatherOptionsView)
    /// A `BatchToSpaceNDOptions`.
    case batchToSpaceNDOptions(BatchToSpaceNDOptionsView)
    /// A `SpaceToBatchNDOptions`.
    case spaceToBatchNDOptions(SpaceToBatchNDOptionsView)
    /// A `TransposeOptions`.
    case transposeOptions(TransposeOptionsView)
    /// A `ReducerOptions`.
    case reducerOptions(ReducerOptionsView)
    /// A `SubOptions`.
    case subOptions(SubOptionsView)
    /// A `DivOptions`.
    case divOptions(DivOptionsView)
    /// A `SqueezeOptions`.
    case squeezeOptions(SqueezeOptionsView)
    /// A `SequenceRNNOptions`.
    case sequenceRNNOptions(SequenceRNNOptionsView)
    /// A `StridedSliceOptions`.
    case stridedSliceOptions(StridedSliceOptionsView)
    /// A `ExpOptions`.
    case expOptions(ExpOptionsView)
    /// A `TopKV2Options`.
    case topKV2Options(TopKV2OptionsView)
    /// A `SplitOptions`.
    case splitOptions(SplitOptionsView)
    /// A `LogSoftmaxOptions`.
    case logSoftmaxOptions(LogSoftmaxOptionsView)
    /// A `CastOptions`.
    case castOptions(CastOptionsView)
    /// A `DequantizeOptions`.
    case dequantizeOptions(DequantizeOptionsView)
    /// A `MaximumMinimumOptions`.
    case maximumMinimumOptions(MaximumMinimumOptionsView)
    /// A `ArgMaxOptions`.
    case argMaxOptions(ArgMaxOptionsView)
    /// A `LessOptions`.
    case lessOptions(LessOptionsView)
    /// A `NegOptions`.
    case negOptions(NegOptionsView)
    /// A `PadV2Options`.
    case padV2Options(PadV2OptionsView)
    /// A `GreaterOptions`.
    case greaterOptions(GreaterOptionsView)
    /// A `GreaterEqualOptions`.
    case greaterEqualOptions(GreaterEqualOptionsView)
    /// A `LessEqualOptions`.
    case lessEqualOptions(LessEqualOptionsView)
    /// A `SelectOptions`.
    case selectOptions(SelectOptionsView)
    /// A `SliceOptions`.
    case sliceOptions(SliceOptionsView)
    /// A `TransposeConvOptions`.
    case transposeConvOptions(TransposeConvOptionsView)
    /// A `SparseToDenseOptions`.
    case sparseToDenseOptions(SparseToDenseOptionsView)
    /// A `TileOptions`.
    case tileOptions(TileOptionsView)
    /// A `ExpandDimsOptions`.
    case expandDimsOptions(ExpandDimsOptionsView)
    /// A `EqualOptions`.
    case equalOptions(EqualOptionsView)
    /// A `NotEqualOptions`.
    case notEqualOptions(NotEqualOptionsView)
    /// A `ShapeOptions`.
    case shapeOptions(ShapeOptionsView)
    /// A `PowOptions`.
    case powOptions(PowOptionsView)
    /// A `ArgMinOptions`.
    case argMinOptions(ArgMinOptionsView)
    /// A `FakeQuantOptions`.
    case fakeQuantOptions(FakeQuantOptionsView)
    /// A `PackOptions`.
    case packOptions(PackOptionsView)
    /// A `LogicalOrOptions`.
    case logicalOrOptions(LogicalOrOptionsView)
    /// A `OneHotOptions`.
    case oneHotOptions(OneHotOptionsView)
    /// A `LogicalAndOptions`.
    case logicalAndOptions(LogicalAndOptionsView)
    /// A `LogicalNotOptions`.
    case logicalNotOptions(LogicalNotOptionsView)
    /// A `UnpackOptions`.
    case unpackOptions(UnpackOptionsView)
    /// A `FloorDivOptions`.
    case floorDivOptions(FloorDivOptionsView)
    /// A `SquareOptions`.
    case squareOptions(SquareOptionsView)
    /// A `ZerosLikeOptions`.
    case zerosLikeOptions(ZerosLikeOptionsView)
    /// A `FillOptions`.
    case fillOptions(FillOptionsView)
    /// A `BidirectionalSequenceLSTMOptions`.
    case bidirectionalSequenceLSTMOptions(BidirectionalSequenceLSTMOptionsView)
    /// A `BidirectionalSequenceRNNOptions`.
    case bidirectionalSequenceRNNOptions(BidirectionalSequenceRNNOptionsView)
    /// A `UnidirectionalSequenceLSTMOptions`.
    case unidirectionalSequenceLSTMOptions(UnidirectionalSequenceLSTMOptionsView)
    /// A `FloorModOptions`.
    case floorModOptions(FloorModOptionsView)
    /// A `RangeOptions`.
    case rangeOptions(RangeOptionsView)
    /// A `ResizeNearestNeighborOptions`.
    case resizeNearestNeighborOptions(ResizeNearestNeighborOptionsView)
    /// A `LeakyReluOptions`.
    case leakyReluOptions(LeakyReluOptionsView)
    /// A `SquaredDifferenceOptions`.
    case squaredDifferenceOptions(SquaredDifferenceOptionsView)
    /// A `MirrorPadOptions`.
    case mirrorPadOptions(MirrorPadOptionsView)
    /// A `AbsOptions`.
    case absOptions(AbsOptionsView)
    /// A `SplitVOptions`.
    case splitVOptions(SplitVOptionsView)
    /// A `UniqueOptions`.
    case uniqueOptions(UniqueOptionsView)
    /// A `ReverseV2Options`.
    case reverseV2Options(ReverseV2OptionsView)
    /// A `AddNOptions`.
    case addNOptions(AddNOptionsView)
    /// A `GatherNdOptions`.
    case gatherNdOptions(GatherNdOptionsView)
    /// A `CosOptions`.
    case cosOptions(CosOptionsView)
    /// A `WhereOptions`.
    case whereOptions(WhereOptionsView)
    /// A `RankOptions`.
    case rankOptions(RankOptionsView)
    /// A `ReverseSequenceOptions`.
    case reverseSequenceOptions(ReverseSequenceOptionsView)
    /// A `MatrixDiagOptions`.
    case matrixDiagOptions(MatrixDiagOptionsView)
    /// A `QuantizeOptions`.
    case quantizeOptions(QuantizeOptionsView)
    /// A `MatrixSetDiagOptions`.
    case matrixSetDiagOptions(MatrixSetDiagOptionsView)
    /// A `HardSwishOptions`.
    case hardSwishOptions(HardSwishOptionsView)
    /// A `IfOptions`.
    case ifOptions(IfOptionsView)
    /// A `WhileOptions`.
    case whileOptions(WhileOptionsView)
    /// A `DepthToSpaceOptions`.
    case depthToSpaceOptions(DepthToSpaceOptionsView)
    /// A `NonMaxSuppressionV4Options`.
    case nonMaxSuppressionV4Options(NonMaxSuppressionV4OptionsView)
    /// A `NonMaxSuppressionV5Options`.
    case nonMaxSuppressionV5Options(NonMaxSuppressionV5OptionsView)
    /// A `ScatterNdOptions`.
    case scatterNdOptions(ScatterNdOptionsView)
    /// A `SelectV2Options`.
    case selectV2Options(SelectV2OptionsView)
    /// A `DensifyOptions`.
    case densifyOptions(DensifyOptionsView)
    /// A `SegmentSumOptions`.
    case segmentSumOptions(SegmentSumOptionsView)
    /// A `BatchMatMulOptions`.
    case batchMatMulOptions(BatchMatMulOptionsView)
    /// A `CumsumOptions`.
    case cumsumOptions(CumsumOptionsView)
    /// A `CallOnceOptions`.
    case callOnceOptions(CallOnceOptionsView)
    /// A `BroadcastToOptions`.
    case broadcastToOptions(BroadcastToOptionsView)
    /// A `Rfft2dOptions`.
    case rfft2dOptions(Rfft2dOptionsView)
    /// A `Conv3DOptions`.
    case conv3DOptions(Conv3DOptionsView)
    /// A `HashtableOptions`.
    case hashtableOptions(HashtableOptionsView)
    /// A `HashtableFindOptions`.
    case hashtableFindOptions(HashtableFindOptionsView)
    /// A `HashtableImportOptions`.
    case hashtableImportOptions(HashtableImportOptionsView)
    /// A `HashtableSizeOptions`.
    case hashtableSizeOptions(HashtableSizeOptionsView)
    /// A `VarHandleOptions`.
    case varHandleOptions(VarHandleOptionsView)
    /// A `ReadVariableOptions`.
    case readVariableOptions(ReadVariableOptionsView)
    /// A `AssignVariableOptions`.
    case assignVariableOptions(AssignVariableOptionsView)
    /// A `RandomOptions`.
    case randomOptions(RandomOptionsView)
    /// A `BucketizeOptions`.
    case bucketizeOptions(BucketizeOptionsView)
    /// A `GeluOptions`.
    case geluOptions(GeluOptionsView)
    /// A `DynamicUpdateSliceOptions`.
    case dynamicUpdateSliceOptions(DynamicUpdateSliceOptionsView)
    /// A `UnsortedSegmentProdOptions`.
    case unsortedSegmentProdOptions(UnsortedSegmentProdOptionsView)
    /// A `UnsortedSegmentMaxOptions`.
    case unsortedSegmentMaxOptions(UnsortedSegmentMaxOptionsView)
    /// A `UnsortedSegmentMinOptions`.
    case unsortedSegmentMinOptions(UnsortedSegmentMinOptionsView)
    /// A `UnsortedSegmentSumOptions`.
    case unsortedSegmentSumOptions(UnsortedSegmentSumOptionsView)
    /// A `ATan2Options`.
    case aTan2Options(ATan2OptionsView)
    /// A `SignOptions`.
    case signOptions(SignOptionsView)
    /// A `BitcastOptions`.
    case bitcastOptions(BitcastOptionsView)
    /// A `BitwiseXorOptions`.
    case bitwiseXorOptions(BitwiseXorOptionsView)
    /// A `RightShiftOptions`.
    case rightShiftOptions(RightShiftOptionsView)
    /// A member this schema version does not know (its type tag).
    case unknown(UInt8)

    /// Views the table at `table` as the member that `type` names.
    public init(type: BuiltinOptionsType, table: FlatTable) {
        switch type.rawValue {
        case 1: self = .conv2DOptions(Conv2DOptionsView(table: table))
        case 2: self = .depthwiseConv2DOptions(DepthwiseConv2DOptionsView(table: table))
        case 3: self = .concatEmbeddingsOptions(ConcatEmbeddingsOptionsView(table: table))
        case 4: self = .lshProjectionOptions(LSHProjectionOptionsView(table: table))
        case 5: self = .pool2DOptions(Pool2DOptionsView(table: table))
        case 6: self = .svdfOptions(SVDFOptionsView(table: table))
        case 7: self = .rnnOptions(RNNOptionsView(table: table))
        case 8: self = .fullyConnectedOptions(FullyConnectedOptionsView(table: table))
        case 9: self = .softmaxOptions(SoftmaxOptionsView(table: table))
        case 10: self = .concatenationOptions(ConcatenationOptionsView(table: table))
        case 11: self = .addOptions(AddOptionsView(table: table))
        case 12: self = .l2NormOptions(L2NormOptionsView(table: table))
        case 13: self = .localResponseNormalizationOptions(LocalResponseNormalizationOptionsView(table: table))
        case 14: self = .lstmOptions(LSTMOptionsView(table: table))
        case 15: self = .resizeBilinearOptions(ResizeBilinearOptionsView(table: table))
        case 16: self = .callOptions(CallOptionsView(table: table))
        case 17: self = .reshapeOptions(ReshapeOptionsView(table: table))
        case 18: self = .skipGramOptions(SkipGramOptionsView(table: table))
        case 19: self = .spaceToDepthOptions(SpaceToDepthOptionsView(table: table))
        case 20: self = .embeddingLookupSparseOptions(EmbeddingLookupSparseOptionsView(table: table))
        case 21: self = .mulOptions(MulOptionsView(table: table))
        case 22: self = .padOptions(PadOptionsView(table: table))
        case 23: self = .gatherOptions(GatherOptionsView(table: table))
        case 24: self = .batchToSpaceNDOptions(BatchToSpaceNDOptionsView(table: table))
        case 25: self = .spaceToBatchNDOptions(SpaceToBatchNDOptionsView(table: table))
        case 26: self = .transposeOptions(TransposeOptionsView(table: table))
        case 27: self = .reducerOptions(ReducerOptionsView(table: table))
        case 28: self = .subOptions(SubOptionsView(table: table))
        case 29: self = .divOptions(DivOptionsView(table: table))
        case 30: self = .squeezeOptions(SqueezeOptionsView(table: table))
        case 31: self = .sequenceRNNOptions(SequenceRNNOptionsView(table: table))
        case 32: self = .stridedSliceOptions(StridedSliceOptionsView(table: table))
        case 33: self = .expOptions(ExpOptionsView(table: table))
        case 34: self = .topKV2Options(TopKV2OptionsView(table: table))
        case 35: self = .splitOptions(SplitOptionsView(table: table))
        case 36: self = .logSoftmaxOptions(LogSoftmaxOptionsView(table: table))
        case 37: self = .castOptions(CastOptionsView(table: table))
        case 38: self = .dequantizeOptions(DequantizeOptionsView(table: table))
        case 39: self = .maximumMinimumOptions(MaximumMinimumOptionsView(table: table))
        case 40: self = .argMaxOptions(ArgMaxOptionsView(table: table))
        case 41: self = .lessOptions(LessOptionsView(table: table))
        case 42: self = .negOptions(NegOptionsView(table: table))
        case 43: self = .padV2Options(PadV2OptionsView(table: table))
        case 44: self = .greaterOptions(GreaterOptionsView(table: table))
        case 45: self = .greaterEqualOptions(GreaterEqualOptionsView(table: table))
        case 46: self = .lessEqualOptions(LessEqualOptionsView(table: table))
        case 47: self = .selectOptions(SelectOptionsView(table: table))
        case 48: self = .sliceOptions(SliceOptionsView(table: table))
        case 49: self = .transposeConvOptions(TransposeConvOptionsView(table: table))
        case 50: self = .sparseToDenseOptions(SparseToDenseOptionsView(table: table))
        case 51: self = .tileOptions(TileOptionsView(table: table))
        case 52: self = .expandDimsOptions(ExpandDimsOptionsView(table: table))
        case 53: self = .equalOptions(EqualOptionsView(table: table))
        case 54: self = .notEqualOptions(NotEqualOptionsView(table: table))
        case 55: self = .shapeOptions(ShapeOptionsView(table: table))
        case 56: self = .powOptions(PowOptionsView(table: table))
        case 57: self = .argMinOptions(ArgMinOptionsView(table: table))
        case 58: self = .fakeQuantOptions(FakeQuantOptionsView(table: table))
        case 59: self = .packOptions(PackOptionsView(table: table))
        case 60: self = .logicalOrOptions(LogicalOrOptionsView(table: table))
        case 61: self = .oneHotOptions(OneHotOptionsView(table: table))
        case 62: self = .logicalAndOptions(LogicalAndOptionsView(table: table))
        case 63: self = .logicalNotOptions(LogicalNotOptionsView(table: table))
        case 64: self = .unpackOptions(UnpackOptionsView(table: table))
        case 65: self = .floorDivOptions(FloorDivOptionsView(table: table))
        case 66: self = .squareOptions(SquareOptionsView(table: table))
        case 67: self = .zerosLikeOptions(ZerosLikeOptionsView(table: table))
        case 68: self = .fillOptions(FillOptionsView(table: table))
        case 69: self = .bidirectionalSequenceLSTMOptions(BidirectionalSequenceLSTMOptionsView(table: table))
        case 70: self = .bidirectionalSequenceRNNOptions(BidirectionalSequenceRNNOptionsView(table: table))
        case 71: self = .unidirectionalSequenceLSTMOptions(UnidirectionalSequenceLSTMOptionsView(table: table))
        case 72: self = .floorModOptions(FloorModOptionsView(table: table))
        case 73: self = .rangeOptions(RangeOptionsView(table: table))
        case 74: self = .resizeNearestNeighborOptions(ResizeNearestNeighborOptionsView(table: table))
        case 75: self = .leakyReluOptions(LeakyReluOptionsView(table: table))
        case 76: self = .squaredDifferenceOptions(SquaredDifferenceOptionsView(table: table))
        case 77: self = .mirrorPadOptions(MirrorPadOptionsView(table: table))
        case 78: self = .absOptions(AbsOptionsView(table: table))
        case 79: self = .splitVOptions(SplitVOptionsView(table: table))
        case 80: self = .uniqueOptions(UniqueOptionsView(table: table))
        case 81: self = .reverseV2Options(ReverseV2OptionsView(table: table))
        case 82: self = .addNOptions(AddNOptionsView(table: table))
        case 83: self = .gatherNdOptions(GatherNdOptionsView(table: table))
        case 84: self = .cosOptions(CosOptionsView(table: table))
        case 85: self = .whereOptions(WhereOptionsView(table: table))
        case 86: self = .rankOptions(RankOptionsView(table: table))
        case 87: self = .reverseSequenceOptions(ReverseSequenceOptionsView(table: table))
        case 88: self = .matrixDiagOptions(MatrixDiagOptionsView(table: table))
        case 89: self = .quantizeOptions(QuantizeOptionsView(table: table))
        case 90: self = .matrixSetDiagOptions(MatrixSetDiagOptionsView(table: table))
        case 91: self = .hardSwishOptions(HardSwishOptionsView(table: table))
        case 92: self = .ifOptions(IfOptionsView(table: table))
        case 93: self = .whileOptions(WhileOptionsView(table: table))
        case 94: self = .depthToSpaceOptions(DepthToSpaceOptionsView(table: table))
        case 95: self = .nonMaxSuppressionV4Options(NonMaxSuppressionV4OptionsView(table: table))
        case 96: self = .nonMaxSuppressionV5Options(NonMaxSuppressionV5OptionsView(table: table))
        case 97: self = .scatterNdOptions(ScatterNdOptionsView(table: table))
        case 98: self = .selectV2Options(SelectV2OptionsView(table: table))
        case 99: self = .densifyOptions(DensifyOptionsView(table: table))
        case 100: self = .segmentSumOptions(SegmentSumOptionsView(table: table))
        case 101: self = .batchMatMulOptions(BatchMatMulOptionsView(table: table))
        case 102: self = .cumsumOptions(CumsumOptionsView(table: table))
        case 103: self = .callOnceOptions(CallOnceOptionsView(table: table))
        case 104: self = .broadcastToOptions(BroadcastToOptionsView(table: table))
        case 105: self = .rfft2dOptions(Rfft2dOptionsView(table: table))
        case 106: self = .conv3DOptions(Conv3DOptionsView(table: table))
        case 107: self = .hashtableOptions(HashtableOptionsView(table: table))
        case 108: self = .hashtableFindOptions(HashtableFindOptionsView(table: table))
        case 109: self = .hashtableImportOptions(HashtableImportOptionsView(table: table))
        case 110: self = .hashtableSizeOptions(HashtableSizeOptionsView(table: table))
        case 111: self = .varHandleOptions(VarHandleOptionsView(table: table))
        case 112: self = .readVariableOptions(ReadVariableOptionsView(table: table))
        case 113: self = .assignVariableOptions(AssignVariableOptionsView(table: table))
        case 114: self = .randomOptions(RandomOptionsView(table: table))
        case 115: self = .bucketizeOptions(BucketizeOptionsView(table: table))
        case 116: self = .geluOptions(GeluOptionsView(table: table))
        case 117: self = .dynamicUpdateSliceOptions(DynamicUpdateSliceOptionsView(table: table))
        case 118: self = .unsortedSegmentProdOptions(UnsortedSegmentProdOptionsView(table: table))
        case 119: self = .unsortedSegmentMaxOptions(UnsortedSegmentMaxOptionsView(table: table))
        case 120: self = .unsortedSegmentMinOptions(UnsortedSegmentMinOptionsView(table: table))
        case 121: self = .unsortedSegmentSumOptions(UnsortedSegmentSumOptionsView(table: table))
        case 122: self = .aTan2Options(ATan2OptionsView(table: table))
        case 123: self = .signOptions(SignOptionsView(table: table))
        case 124: self = .bitcastOptions(BitcastOptionsView(table: table))
        case 125: self = .bitwiseXorOptions(BitwiseXorOptionsView(table: table))
        case 126: self = .rightShiftOptions(RightShiftOptionsView(table: table))
        default: self = .unknown(type.rawValue)
        }
    }

    /// Verifies the member table of type `type` at `position`; unknown types pass.
    public static func verify(_ verifier: inout FlatBufferVerifier, type: UInt8, at position: Int)
        throws(FlatBufferError)
    {
        switch type {
        case 1: try Conv2DOptionsView.verify(&verifier, at: position)
        case 2: try DepthwiseConv2DOptionsView.verify(&verifier, at: position)
        case 3: try ConcatEmbeddingsOptionsView.verify(&verifier, at: position)
        case 4: try LSHProjectionOptionsView.verify(&verifier, at: position)
        case 5: try Pool2DOptionsView.verify(&verifier, at: position)
        case 6: try SVDFOptionsView.verify(&verifier, at: position)
        case 7: try RNNOptionsView.verify(&verifier, at: position)
        case 8: try FullyConnectedOptionsView.verify(&verifier, at: position)
        case 9: try SoftmaxOptionsView.verify(&verifier, at: position)
        case 10: try ConcatenationOptionsView.verify(&verifier, at: position)
        case 11: try AddOptionsView.verify(&verifier, at: position)
        case 12: try L2NormOptionsView.verify(&verifier, at: position)
        case 13: try LocalResponseNormalizationOptionsView.verify(&verifier, at: position)
        case 14: try LSTMOptionsView.verify(&verifier, at: position)
        case 15: try ResizeBilinearOptionsView.verify(&verifier, at: position)
        case 16: try CallOptionsView.verify(&verifier, at: position)
        case 17: try ReshapeOptionsView.verify(&verifier, at: position)
        case 18: try SkipGramOptionsView.verify(&verifier, at: position)
        case 19: try SpaceToDepthOptionsView.verify(&verifier, at: position)
        case 20: try EmbeddingLookupSparseOptionsView.verify(&verifier, at: position)
        case 21: try MulOptionsView.verify(&verifier, at: position)
        case 22: try PadOptionsView.verify(&verifier, at: position)
        case 23: try GatherOptionsView.verify(&verifier, at: position)
        case 24: try BatchToSpaceNDOptionsView.verify(&verifier, at: position)
        case 25: try SpaceToBatchNDOptionsView.verify(&verifier, at: position)
        case 26: try TransposeOptionsView.verify(&verifier, at: position)
        case 27: try ReducerOptionsView.verify(&verifier, at: position)
        case 28: try SubOptionsView.verify(&verifier, at: position)
        case 29: try DivOptionsView.verify(&verifier, at: position)
        case 30: try SqueezeOptionsView.verify(&verifier, at: position)
        case 31: try SequenceRNNOptionsView.verify(&verifier, at: position)
        case 32: try StridedSliceOptionsView.verify(&verifier, at: position)
        case 33: try ExpOptionsView.verify(&verifier, at: position)
        case 34: try TopKV2OptionsView.verify(&verifier, at: position)
        case 35: try SplitOptionsView.verify(&verifier, at: position)
        case 36: try LogSoftmaxOptionsView.verify(&verifier, at: position)
        case 37: try CastOptionsView.verify(&verifier, at: position)
        case 38: try DequantizeOptionsView.verify(&verifier, at: position)
        case 39: try MaximumMinimumOptionsView.verify(&verifier, at: position)
        case 40: try ArgMaxOptionsView.verify(&verifier, at: position)
        case 41: try LessOptionsView.verify(&verifier, at: position)
        case 42: try NegOptionsView.verify(&verifier, at: position)
        case 43: try PadV2OptionsView.verify(&verifier, at: position)
        case 44: try GreaterOptionsView.verify(&verifier, at: position)
        case 45: try GreaterEqualOptionsView.verify(&verifier, at: position)
        case 46: try LessEqualOptionsView.verify(&verifier, at: position)
        case 47: try SelectOptionsView.verify(&verifier, at: position)
        case 48: try SliceOptionsView.verify(&verifier, at: position)
        case 49: try TransposeConvOptionsView.verify(&verifier, at: position)
        case 50: try SparseToDenseOptionsView.verify(&verifier, at: position)
        case 51: try TileOptionsView.verify(&verifier, at: position)
        case 52: try ExpandDimsOptionsView.verify(&verifier, at: position)
        case 53: try EqualOptionsView.verify(&verifier, at: position)
        case 54: try NotEqualOptionsView.verify(&verifier, at: position)
        case 55: try ShapeOptionsView.verify(&verifier, at: position)
        case 56: try PowOptionsView.verify(&verifier, at: position)
        case 57: try ArgMinOptionsView.verify(&verifier, at: position)
        case 58: try FakeQuantOptionsView.verify(&verifier, at: position)
        case 59: try PackOptionsView.verify(&verifier, at: position)
        case 60: try LogicalOrOptionsView.verify(&verifier, at: position)
        case 61: try OneHotOptionsView.verify(&verifier, at: position)
        case 62: try LogicalAndOptionsView.verify(&verifier, at: position)
        case 63: try LogicalNotOptionsView.verify(&verifier, at: position)
        case 64: try UnpackOptionsView.verify(&verifier, at: position)
        case 65: try FloorDivOptionsView.verify(&verifier, at: position)
        case 66: try SquareOptionsView.verify(&verifier, at: position)
        case 67: try ZerosLikeOptionsView.verify(&verifier, at: position)
        case 68: try FillOptionsView.verify(&verifier, at: position)
        case 69: try BidirectionalSequenceLSTMOptionsView.verify(&verifier, at: position)
        case 70: try BidirectionalSequenceRNNOptionsView.verify(&verifier, at: position)
        case 71: try UnidirectionalSequenceLSTMOptionsView.verify(&verifier, at: position)
        case 72: try FloorModOptionsView.verify(&verifier, at: position)
        case 73: try RangeOptionsView.verify(&verifier, at: position)
        case 74: try ResizeNearestNeighborOptionsView.verify(&verifier, at: position)
        case 75: try LeakyReluOptionsView.verify(&verifier, at: position)
        case 76: try SquaredDifferenceOptionsView.verify(&verifier, at: position)
        case 77: try MirrorPadOptionsView.verify(&verifier, at: position)
        case 78: try AbsOptionsView.verify(&verifier, at: position)
        case 79: try SplitVOptionsView.verify(&verifier, at: position)
        case 80: try UniqueOptionsView.verify(&verifier, at: position)
        case 81: try ReverseV2OptionsView.verify(&verifier, at: position)
        case 82: try AddNOptionsView.verify(&verifier, at: position)
        case 83: try GatherNdOptionsView.verify(&verifier, at: position)
        case 84: try CosOptionsView.verify(&verifier, at: position)
        case 85: try WhereOptionsView.verify(&verifier, at: position)
        case 86: try RankOptionsView.verify(&verifier, at: position)
        case 87: try ReverseSequenceOptionsView.verify(&verifier, at: position)
        case 88: try MatrixDiagOptionsView.verify(&verifier, at: position)
        case 89: try QuantizeOptionsView.verify(&verifier, at: position)
        case 90: try MatrixSetDiagOptionsView.verify(&verifier, at: position)
        case 91: try HardSwishOptionsView.verify(&verifier, at: position)
        case 92: try IfOptionsView.verify(&verifier, at: position)
        case 93: try WhileOptionsView.verify(&verifier, at: position)
        case 94: try DepthToSpaceOptionsView.verify(&verifier, at: position)
        case 95: try NonMaxSuppressionV4OptionsView.verify(&verifier, at: position)
        case 96: try NonMaxSuppressionV5OptionsView.verify(&verifier, at: position)
        case 97: try ScatterNdOptionsView.verify(&verifier, at: position)
        case 98: try SelectV2OptionsView.verify(&verifier, at: position)
        case 99: try DensifyOptionsView.verify(&verifier, at: position)
        case 100: try SegmentSumOptionsView.verify(&verifier, at: position)
        case 101: try BatchMatMulOptionsView.verify(&verifier, at: position)
        case 102: try CumsumOptionsView.verify(&verifier, at: position)
        case 103: try CallOnceOptionsView.verify(&verifier, at: position)
        case 104: try BroadcastToOptionsView.verify(&verifier, at: position)
        case 105: try Rfft2dOptionsView.verify(&verifier, at: position)
        case 106: try Conv3DOptionsView.verify(&verifier, at: position)
        case 107: try HashtableOptionsView.verify(&verifier, at: position)
        case 108: try HashtableFindOptionsView.verify(&verifier, at: position)
        case 109: try HashtableImportOptionsView.verify(&verifier, at: position)
        case 110: try HashtableSizeOptionsView.verify(&verifier, at: position)
        case 111: try VarHandleOptionsView.verify(&verifier, at: position)
        case 112: try ReadVariableOptionsView.verify(&verifier, at: position)
        case 113: try AssignVariableOptionsView.verify(&verifier, at: position)
        case 114: try RandomOptionsView.verify(&verifier, at: position)
        case 115: try BucketizeOptionsView.verify(&verifier, at: position)
        case 116: try GeluOptionsView.verify(&verifier, at: position)
        case 117: try DynamicUpdateSliceOptionsView.verify(&verifier, at: position)
        case 118: try UnsortedSegmentProdOptionsView.verify(&verifier, at: position)
        case 119: try UnsortedSegmentMaxOptionsView.verify(&verifier, at: position)
        case 120: try UnsortedSegmentMinOptionsView.verify(&verifier, at: position)
        case 121: try UnsortedSegmentSumOptionsView.verify(&verifier, at: position)
        case 122: try ATan2OptionsView.verify(&verifier, at: position)
        case 123: try SignOptionsView.verify(&verifier, at: position)
        case 124: try BitcastOptionsView.verify(&verifier, at: position)
        case 125: try BitwiseXorOptionsView.verify(&verifier, at: position)
        case 126: try RightShiftOptionsView.verify(&verifier, at: position)
        default: break
        }
    }
}

/// A read view of the `BuiltinOptions2` union: one case per member table.
public enum BuiltinOptions2View: Sendable {
    /// A `StablehloConcatenateOptions`.
    case stablehloConcatenateOptions(StablehloConcatenateOptionsView)
    /// A `StablehloBroadcastInDimOptions`.
    case stablehloBroadcastInDimOptions(StablehloBroadcastInDimOptionsView)
    /// A `StablehloSliceOptions`.
    case stablehloSliceOptions(StablehloSliceOptionsView)
    /// A `StablehloConvolutionOptions`.
    case stablehloConvolutionOptions(StablehloConvolutionOptionsView)
    /// A `StablehloCustomCallOptions`.
    case stablehloCustomCallOptions(StablehloCustomCallOptionsView)
    /// A `StablehloReduceOptions`.
    case stablehloReduceOptions(StablehloReduceOptionsView)
    /// A `StablehloScatterOptions`.
    case stablehloScatterOptions(StablehloScatterOptionsView)
    /// A `StablehloCompareOptions`.
    case stablehloCompareOptions(StablehloCompareOptionsView)
    /// A `StablehloDynamicSliceOptions`.
    case stablehloDynamicSliceOptions(StablehloDynamicSliceOptionsView)
    /// A `StablehloPadOptions`.
    case stablehloPadOptions(StablehloPadOptionsView)
    /// A `StablehloIotaOptions`.
    case stablehloIotaOptions(StablehloIotaOptionsView)
    /// A `StablehloDotGeneralOptions`.
    case stablehloDotGeneralOptions(StablehloDotGeneralOptionsView)
    /// A `StablehloReduceWindowOptions`.
    case stablehloReduceWindowOptions(StablehloReduceWindowOptionsView)
    /// A `StablehloSortOptions`.
    case stablehloSortOptions(StablehloSortOptionsView)
    /// A `StablehloWhileOptions`.
    case stablehloWhileOptions(StablehloWhileOptionsView)
    /// A `StablehloGatherOptions`.
    case stablehloGatherOptions(StablehloGatherOptionsView)
    /// A `StablehloTransposeOptions`.
    case stablehloTransposeOptions(StablehloTransposeOptionsView)
    /// A `DilateOptions`.
    case dilateOptions(DilateOptionsView)
    /// A `StablehloRngBitGeneratorOptions`.
    case stablehloRngBitGeneratorOptions(StablehloRngBitGeneratorOptionsView)
    /// A `ReduceWindowOptions`.
    case reduceWindowOptions(ReduceWindowOptionsView)
    /// A `StableHLOCompositeOptions`.
    case stableHLOCompositeOptions(StableHLOCompositeOptionsView)
    /// A `StablehloShiftLeftOptions`.
    case stablehloShiftLeftOptions(StablehloShiftLeftOptionsView)
    /// A `StablehloCaseOptions`.
    case stablehloCaseOptions(StablehloCaseOptionsView)
    /// A member this schema version does not know (its type tag).
    case unknown(UInt8)

    /// Views the table at `table` as the member that `type` names.
    public init(type: BuiltinOptions2Type, table: FlatTable) {
        switch type.rawValue {
        case 1: self = .stablehloConcatenateOptions(StablehloConcatenateOptionsView(table: table))
        case 2: self = .stablehloBroadcastInDimOptions(StablehloBroadcastInDimOptionsView(table: table))
        case 3: self = .stablehloSliceOptions(StablehloSliceOptionsView(table: table))
        case 4: self = .stablehloConvolutionOptions(StablehloConvolutionOptionsView(table: table))
        case 5: self = .stablehloCustomCallOptions(StablehloCustomCallOptionsView(table: table))
        case 6: self = .stablehloReduceOptions(StablehloReduceOptionsView(table: table))
        case 7: self = .stablehloScatterOptions(StablehloScatterOptionsView(table: table))
        case 8: self = .stablehloCompareOptions(StablehloCompareOptionsView(table: table))
        case 9: self = .stablehloDynamicSliceOptions(StablehloDynamicSliceOptionsView(table: table))
        case 10: self = .stablehloPadOptions(StablehloPadOptionsView(table: table))
        case 11: self = .stablehloIotaOptions(StablehloIotaOptionsView(table: table))
        case 12: self = .stablehloDotGeneralOptions(StablehloDotGeneralOptionsView(table: table))
        case 13: self = .stablehloReduceWindowOptions(StablehloReduceWindowOptionsView(table: table))
        case 14: self = .stablehloSortOptions(StablehloSortOptionsView(table: table))
        case 15: self = .stablehloWhileOptions(StablehloWhileOptionsView(table: table))
        case 16: self = .stablehloGatherOptions(StablehloGatherOptionsView(table: table))
        case 17: self = .stablehloTransposeOptions(StablehloTransposeOptionsView(table: table))
        case 18: self = .dilateOptions(DilateOptionsView(table: table))
        case 19: self = .stablehloRngBitGeneratorOptions(StablehloRngBitGeneratorOptionsView(table: table))
        case 20: self = .reduceWindowOptions(ReduceWindowOptionsView(table: table))
        case 21: self = .stableHLOCompositeOptions(StableHLOCompositeOptionsView(table: table))
        case 22: self = .stablehloShiftLeftOptions(StablehloShiftLeftOptionsView(table: table))
        case 23: self = .stablehloCaseOptions(StablehloCaseOptionsView(table: table))
        default: self = .unknown(type.rawValue)
        }
    }

    /// Verifies the member table of type `type` at `position`; unknown types pass.
    public static func verify(_ verifier: inout FlatBufferVerifier, type: UInt8, at position: Int)
        throws(FlatBufferError)
    {
        switch type {
        case 1: try StablehloConcatenateOptionsView.verify(&verifier, at: position)
        case 2: try StablehloBroadcastInDimOptionsView.verify(&verifier, at: position)
        case 3: try StablehloSliceOptionsView.verify(&verifier, at: position)
        case 4: try StablehloConvolutionOptionsView.verify(&verifier, at: position)
        case 5: try StablehloCustomCallOptionsView.verify(&verifier, at: position)
        case 6: try StablehloReduceOptionsView.verify(&verifier, at: position)
        case 7: try StablehloScatterOptionsView.verify(&verifier, at: position)
        case 8: try StablehloCompareOptionsView.verify(&verifier, at: position)
        case 9: try StablehloDynamicSliceOptionsView.verify(&verifier, at: position)
        case 10: try StablehloPadOptionsView.verify(&verifier, at: position)
        case 11: try StablehloIotaOptionsView.verify(&verifier, at: position)
        case 12: try StablehloDotGeneralOptionsView.verify(&verifier, at: position)
        case 13: try StablehloReduceWindowOptionsView.verify(&verifier, at: position)
        case 14: try StablehloSortOptionsView.verify(&verifier, at: position)
        case 15: try StablehloWhileOptionsView.verify(&verifier, at: position)
        case 16: try StablehloGatherOptionsView.verify(&verifier, at: position)
        case 17: try StablehloTransposeOptionsView.verify(&verifier, at: position)
        case 18: try DilateOptionsView.verify(&verifier, at: position)
        case 19: try StablehloRngBitGeneratorOptionsView.verify(&verifier, at: position)
        case 20: try ReduceWindowOptionsView.verify(&verifier, at: position)
        case 21: try StableHLOCompositeOptionsView.verify(&verifier, at: position)
        case 22: try StablehloShiftLeftOptionsView.verify(&verifier, at: position)
        case 23: try StablehloCaseOptionsView.verify(&verifier, at: position)
        default: break
        }
    }
}

/// A zero-copy read view of the `StablehloGatherOptions` table.
public struct StablehloGatherOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloGatherOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloGatherOptions"

    /// `offset_dims` (slot 0).
    @inlinable public var offsetDims: FlatVector<Int64>? { table.vector(slot: 0) }
    /// `collapsed_slice_dims` (slot 1).
    @inlinable public var collapsedSliceDims: FlatVector<Int64>? { table.vector(slot: 1) }
    /// `start_index_map` (slot 2).
    @inlinable public var startIndexMap: FlatVector<Int64>? { table.vector(slot: 2) }
    /// `index_vector_dim` (slot 3).
    @inlinable public var indexVectorDim: Int64 { table.scalar(slot: 3, default: 0) }
    /// `slice_sizes` (slot 4).
    @inlinable public var sliceSizes: FlatVector<Int64>? { table.vector(slot: 4) }
    /// `indices_are_sorted` (slot 5).
    @inlinable public var indicesAreSorted: Bool { table.scalar(slot: 5, default: false) }

    /// Verifies a `StablehloGatherOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "offset_dims")
        try verifier.verifyVector(table, slot: 1, elementSize: 8, field: "collapsed_slice_dims")
        try verifier.verifyVector(table, slot: 2, elementSize: 8, field: "start_index_map")
        try verifier.verifyScalar(table, slot: 3, size: 8)
        try verifier.verifyVector(table, slot: 4, elementSize: 8, field: "slice_sizes")
        try verifier.verifyScalar(table, slot: 5, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloTransposeOptions` table.
public struct StablehloTransposeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloTransposeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloTransposeOptions"

    /// `permutation` (slot 0).
    @inlinable public var permutation: FlatVector<Int64>? { table.vector(slot: 0) }

    /// Verifies a `StablehloTransposeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "permutation")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloDotGeneralOptions` table.
public struct StablehloDotGeneralOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloDotGeneralOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloDotGeneralOptions"

    /// `lhs_batching_dimensions` (slot 0).
    @inlinable public var lhsBatchingDimensions: FlatVector<Int64>? { table.vector(slot: 0) }
    /// `rhs_batching_dimensions` (slot 1).
    @inlinable public var rhsBatchingDimensions: FlatVector<Int64>? { table.vector(slot: 1) }
    /// `lhs_contracting_dimensions` (slot 2).
    @inlinable public var lhsContractingDimensions: FlatVector<Int64>? { table.vector(slot: 2) }
    /// `rhs_contracting_dimensions` (slot 3).
    @inlinable public var rhsContractingDimensions: FlatVector<Int64>? { table.vector(slot: 3) }
    /// `precision_config` (slot 4).
    @inlinable public var precisionConfig: FlatVector<StablehloPrecisionConfig>? { table.vector(slot: 4) }

    /// Verifies a `StablehloDotGeneralOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "lhs_batching_dimensions")
        try verifier.verifyVector(table, slot: 1, elementSize: 8, field: "rhs_batching_dimensions")
        try verifier.verifyVector(table, slot: 2, elementSize: 8, field: "lhs_contracting_dimensions")
        try verifier.verifyVector(table, slot: 3, elementSize: 8, field: "rhs_contracting_dimensions")
        try verifier.verifyVector(table, slot: 4, elementSize: 4, field: "precision_config")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloReduceWindowOptions` table.
public struct StablehloReduceWindowOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloReduceWindowOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloReduceWindowOptions"

    /// `window_dimensions` (slot 0).
    @inlinable public var windowDimensions: FlatVector<Int64>? { table.vector(slot: 0) }
    /// `window_strides` (slot 1).
    @inlinable public var windowStrides: FlatVector<Int64>? { table.vector(slot: 1) }
    /// `base_dilations` (slot 2).
    @inlinable public var baseDilations: FlatVector<Int64>? { table.vector(slot: 2) }
    /// `window_dilations` (slot 3).
    @inlinable public var windowDilations: FlatVector<Int64>? { table.vector(slot: 3) }
    /// `padding` (slot 4).
    @inlinable public var padding: FlatVector<Int64>? { table.vector(slot: 4) }
    /// `body_subgraph_index` (slot 5).
    @inlinable public var bodySubgraphIndex: Int32 { table.scalar(slot: 5, default: 0) }

    /// Verifies a `StablehloReduceWindowOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "window_dimensions")
        try verifier.verifyVector(table, slot: 1, elementSize: 8, field: "window_strides")
        try verifier.verifyVector(table, slot: 2, elementSize: 8, field: "base_dilations")
        try verifier.verifyVector(table, slot: 3, elementSize: 8, field: "window_dilations")
        try verifier.verifyVector(table, slot: 4, elementSize: 8, field: "padding")
        try verifier.verifyScalar(table, slot: 5, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloWhileOptions` table.
public struct StablehloWhileOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloWhileOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloWhileOptions"

    /// `cond_subgraph_index` (slot 0).
    @inlinable public var condSubgraphIndex: Int32 { table.scalar(slot: 0, default: 0) }
    /// `body_subgraph_index` (slot 1).
    @inlinable public var bodySubgraphIndex: Int32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `StablehloWhileOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloSortOptions` table.
public struct StablehloSortOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloSortOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloSortOptions"

    /// `dimension` (slot 0).
    @inlinable public var dimension: Int64 { table.scalar(slot: 0, default: 0) }
    /// `is_stable` (slot 1).
    @inlinable public var isStable: Bool { table.scalar(slot: 1, default: false) }
    /// `comparator_subgraph_index` (slot 2).
    @inlinable public var comparatorSubgraphIndex: Int32 { table.scalar(slot: 2, default: 0) }

    /// Verifies a `StablehloSortOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 8)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloConcatenateOptions` table.
public struct StablehloConcatenateOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloConcatenateOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloConcatenateOptions"

    /// `dimension` (slot 0).
    @inlinable public var dimension: Int64 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `StablehloConcatenateOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 8)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloBroadcastInDimOptions` table.
public struct StablehloBroadcastInDimOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloBroadcastInDimOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloBroadcastInDimOptions"

    /// `broadcast_dimensions` (slot 0).
    @inlinable public var broadcastDimensions: FlatVector<Int64>? { table.vector(slot: 0) }

    /// Verifies a `StablehloBroadcastInDimOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "broadcast_dimensions")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloCompareOptions` table.
public struct StablehloCompareOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloCompareOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloCompareOptions"

    /// `comparison_direction` (slot 0).
    @inlinable public var comparisonDirection: StablehloComparisonDirection { table.scalar(slot: 0, default: StablehloComparisonDirection(rawValue: 0)) }
    /// `compare_type` (slot 1).
    @inlinable public var compareType: StablehloComparisonType { table.scalar(slot: 1, default: StablehloComparisonType(rawValue: 0)) }

    /// Verifies a `StablehloCompareOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloDynamicSliceOptions` table.
public struct StablehloDynamicSliceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloDynamicSliceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloDynamicSliceOptions"

    /// `slice_sizes` (slot 0).
    @inlinable public var sliceSizes: FlatVector<Int64>? { table.vector(slot: 0) }

    /// Verifies a `StablehloDynamicSliceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "slice_sizes")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloPadOptions` table.
public struct StablehloPadOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloPadOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloPadOptions"

    /// `edge_padding_low` (slot 0).
    @inlinable public var edgePaddingLow: FlatVector<Int64>? { table.vector(slot: 0) }
    /// `edge_padding_high` (slot 1).
    @inlinable public var edgePaddingHigh: FlatVector<Int64>? { table.vector(slot: 1) }
    /// `interior_padding` (slot 2).
    @inlinable public var interiorPadding: FlatVector<Int64>? { table.vector(slot: 2) }

    /// Verifies a `StablehloPadOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "edge_padding_low")
        try verifier.verifyVector(table, slot: 1, elementSize: 8, field: "edge_padding_high")
        try verifier.verifyVector(table, slot: 2, elementSize: 8, field: "interior_padding")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloIotaOptions` table.
public struct StablehloIotaOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloIotaOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloIotaOptions"

    /// `iota_dimension` (slot 0).
    @inlinable public var iotaDimension: Int64 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `StablehloIotaOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 8)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloCustomCallOptions` table.
public struct StablehloCustomCallOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloCustomCallOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloCustomCallOptions"

    /// `call_target_name` (slot 0).
    @inlinable public var callTargetName: String? { table.string(slot: 0) }
    /// `has_side_effect` (slot 1).
    @inlinable public var hasSideEffect: Bool { table.scalar(slot: 1, default: false) }
    /// `backend_config` (slot 2).
    @inlinable public var backendConfig: String? { table.string(slot: 2) }
    /// `api_version` (slot 3).
    @inlinable public var apiVersion: Int32 { table.scalar(slot: 3, default: 0) }
    /// `called_computations` (slot 4).
    @inlinable public var calledComputations: FlatVector<Int32>? { table.vector(slot: 4) }
    /// `custom_attributes` (slot 5).
    @inlinable public var customAttributes: FlatVector<UInt8>? { table.vector(slot: 5) }

    /// Verifies a `StablehloCustomCallOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyString(table, slot: 0, field: "call_target_name")
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyString(table, slot: 2, field: "backend_config")
        try verifier.verifyScalar(table, slot: 3, size: 4)
        try verifier.verifyVector(table, slot: 4, elementSize: 4, field: "called_computations")
        try verifier.verifyVector(table, slot: 5, elementSize: 1, field: "custom_attributes")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloReduceOptions` table.
public struct StablehloReduceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloReduceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloReduceOptions"

    /// `dimensions` (slot 0).
    @inlinable public var dimensions: FlatVector<Int64>? { table.vector(slot: 0) }
    /// `body_subgraph_index` (slot 1).
    @inlinable public var bodySubgraphIndex: Int32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `StablehloReduceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "dimensions")
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloSliceOptions` table.
public struct StablehloSliceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloSliceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloSliceOptions"

    /// `start_indices` (slot 0).
    @inlinable public var startIndices: FlatVector<Int64>? { table.vector(slot: 0) }
    /// `limit_indices` (slot 1).
    @inlinable public var limitIndices: FlatVector<Int64>? { table.vector(slot: 1) }
    /// `strides` (slot 2).
    @inlinable public var strides: FlatVector<Int64>? { table.vector(slot: 2) }

    /// Verifies a `StablehloSliceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "start_indices")
        try verifier.verifyVector(table, slot: 1, elementSize: 8, field: "limit_indices")
        try verifier.verifyVector(table, slot: 2, elementSize: 8, field: "strides")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloConvolutionOptions` table.
public struct StablehloConvolutionOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloConvolutionOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloConvolutionOptions"

    /// `window_strides` (slot 0).
    @inlinable public var windowStrides: FlatVector<Int64>? { table.vector(slot: 0) }
    /// `padding` (slot 1).
    @inlinable public var padding: FlatVector<Int64>? { table.vector(slot: 1) }
    /// `lhs_dilation` (slot 2).
    @inlinable public var lhsDilation: FlatVector<Int64>? { table.vector(slot: 2) }
    /// `rhs_dilation` (slot 3).
    @inlinable public var rhsDilation: FlatVector<Int64>? { table.vector(slot: 3) }
    /// `window_reversal` (slot 4).
    @inlinable public var windowReversal: FlatVector<Bool>? { table.vector(slot: 4) }
    /// `input_batch_dimension` (slot 5).
    @inlinable public var inputBatchDimension: Int64 { table.scalar(slot: 5, default: 0) }
    /// `input_feature_dimension` (slot 6).
    @inlinable public var inputFeatureDimension: Int64 { table.scalar(slot: 6, default: 0) }
    /// `input_spatial_dimensions` (slot 7).
    @inlinable public var inputSpatialDimensions: FlatVector<Int64>? { table.vector(slot: 7) }
    /// `kernel_input_feature_dimension` (slot 8).
    @inlinable public var kernelInputFeatureDimension: Int64 { table.scalar(slot: 8, default: 0) }
    /// `kernel_output_feature_dimension` (slot 9).
    @inlinable public var kernelOutputFeatureDimension: Int64 { table.scalar(slot: 9, default: 0) }
    /// `kernel_spatial_dimensions` (slot 10).
    @inlinable public var kernelSpatialDimensions: FlatVector<Int64>? { table.vector(slot: 10) }
    /// `output_batch_dimension` (slot 11).
    @inlinable public var outputBatchDimension: Int64 { table.scalar(slot: 11, default: 0) }
    /// `output_feature_dimension` (slot 12).
    @inlinable public var outputFeatureDimension: Int64 { table.scalar(slot: 12, default: 0) }
    /// `output_spatial_dimensions` (slot 13).
    @inlinable public var outputSpatialDimensions: FlatVector<Int64>? { table.vector(slot: 13) }
    /// `feature_group_count` (slot 14).
    @inlinable public var featureGroupCount: Int64 { table.scalar(slot: 14, default: 0) }
    /// `batch_group_count` (slot 15).
    @inlinable public var batchGroupCount: Int64 { table.scalar(slot: 15, default: 0) }
    /// `precision_config` (slot 16).
    @inlinable public var precisionConfig: FlatVector<StablehloPrecisionConfig>? { table.vector(slot: 16) }

    /// Verifies a `StablehloConvolutionOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 8, field: "window_strides")
        try verifier.verifyVector(table, slot: 1, elementSize: 8, field: "padding")
        try verifier.verifyVector(table, slot: 2, elementSize: 8, field: "lhs_dilation")
        try verifier.verifyVector(table, slot: 3, elementSize: 8, field: "rhs_dilation")
        try verifier.verifyVector(table, slot: 4, elementSize: 1, field: "window_reversal")
        try verifier.verifyScalar(table, slot: 5, size: 8)
        try verifier.verifyScalar(table, slot: 6, size: 8)
        try verifier.verifyVector(table, slot: 7, elementSize: 8, field: "input_spatial_dimensions")
        try verifier.verifyScalar(table, slot: 8, size: 8)
        try verifier.verifyScalar(table, slot: 9, size: 8)
        try verifier.verifyVector(table, slot: 10, elementSize: 8, field: "kernel_spatial_dimensions")
        try verifier.verifyScalar(table, slot: 11, size: 8)
        try verifier.verifyScalar(table, slot: 12, size: 8)
        try verifier.verifyVector(table, slot: 13, elementSize: 8, field: "output_spatial_dimensions")
        try verifier.verifyScalar(table, slot: 14, size: 8)
        try verifier.verifyScalar(table, slot: 15, size: 8)
        try verifier.verifyVector(table, slot: 16, elementSize: 4, field: "precision_config")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloScatterOptions` table.
public struct StablehloScatterOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloScatterOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloScatterOptions"

    /// `indices_are_sorted` (slot 0).
    @inlinable public var indicesAreSorted: Bool { table.scalar(slot: 0, default: false) }
    /// `update_window_dims` (slot 1).
    @inlinable public var updateWindowDims: FlatVector<Int64>? { table.vector(slot: 1) }
    /// `inserted_window_dims` (slot 2).
    @inlinable public var insertedWindowDims: FlatVector<Int64>? { table.vector(slot: 2) }
    /// `scatter_dims_to_operand_dims` (slot 3).
    @inlinable public var scatterDimsToOperandDims: FlatVector<Int64>? { table.vector(slot: 3) }
    /// `index_vector_dim` (slot 4).
    @inlinable public var indexVectorDim: Int64 { table.scalar(slot: 4, default: 0) }
    /// `unique_indices` (slot 5).
    @inlinable public var uniqueIndices: Bool { table.scalar(slot: 5, default: false) }
    /// `update_computation_subgraph_index` (slot 6).
    @inlinable public var updateComputationSubgraphIndex: Int32 { table.scalar(slot: 6, default: 0) }

    /// Verifies a `StablehloScatterOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyVector(table, slot: 1, elementSize: 8, field: "update_window_dims")
        try verifier.verifyVector(table, slot: 2, elementSize: 8, field: "inserted_window_dims")
        try verifier.verifyVector(table, slot: 3, elementSize: 8, field: "scatter_dims_to_operand_dims")
        try verifier.verifyScalar(table, slot: 4, size: 8)
        try verifier.verifyScalar(table, slot: 5, size: 1)
        try verifier.verifyScalar(table, slot: 6, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloCaseOptions` table.
public struct StablehloCaseOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloCaseOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloCaseOptions"

    /// `branch_subgraph_indices` (slot 0).
    @inlinable public var branchSubgraphIndices: FlatVector<Int32>? { table.vector(slot: 0) }

    /// Verifies a `StablehloCaseOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "branch_subgraph_indices")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloRngBitGeneratorOptions` table.
public struct StablehloRngBitGeneratorOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloRngBitGeneratorOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloRngBitGeneratorOptions"

    /// `algorithm` (slot 0).
    @inlinable public var algorithm: RngAlgorithm { table.scalar(slot: 0, default: RngAlgorithm(rawValue: 0)) }

    /// Verifies a `StablehloRngBitGeneratorOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Conv2DOptions` table.
public struct Conv2DOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Conv2DOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Conv2DOptions"

    /// `padding` (slot 0).
    @inlinable public var padding: Padding { table.scalar(slot: 0, default: Padding(rawValue: 0)) }
    /// `stride_w` (slot 1).
    @inlinable public var strideW: Int32 { table.scalar(slot: 1, default: 0) }
    /// `stride_h` (slot 2).
    @inlinable public var strideH: Int32 { table.scalar(slot: 2, default: 0) }
    /// `fused_activation_function` (slot 3).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 3, default: ActivationFunctionType(rawValue: 0)) }
    /// `dilation_w_factor` (slot 4).
    @inlinable public var dilationWFactor: Int32 { table.scalar(slot: 4, default: 1) }
    /// `dilation_h_factor` (slot 5).
    @inlinable public var dilationHFactor: Int32 { table.scalar(slot: 5, default: 1) }
    /// `quantized_bias_type` (slot 6).
    @inlinable public var quantizedBiasType: TensorType { table.scalar(slot: 6, default: TensorType(rawValue: 0)) }

    /// Verifies a `Conv2DOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        try verifier.verifyScalar(table, slot: 4, size: 4)
        try verifier.verifyScalar(table, slot: 5, size: 4)
        try verifier.verifyScalar(table, slot: 6, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Conv3DOptions` table.
public struct Conv3DOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Conv3DOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Conv3DOptions"

    /// `padding` (slot 0).
    @inlinable public var padding: Padding { table.scalar(slot: 0, default: Padding(rawValue: 0)) }
    /// `stride_d` (slot 1).
    @inlinable public var strideD: Int32 { table.scalar(slot: 1, default: 0) }
    /// `stride_w` (slot 2).
    @inlinable public var strideW: Int32 { table.scalar(slot: 2, default: 0) }
    /// `stride_h` (slot 3).
    @inlinable public var strideH: Int32 { table.scalar(slot: 3, default: 0) }
    /// `fused_activation_function` (slot 4).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 4, default: ActivationFunctionType(rawValue: 0)) }
    /// `dilation_d_factor` (slot 5).
    @inlinable public var dilationDFactor: Int32 { table.scalar(slot: 5, default: 1) }
    /// `dilation_w_factor` (slot 6).
    @inlinable public var dilationWFactor: Int32 { table.scalar(slot: 6, default: 1) }
    /// `dilation_h_factor` (slot 7).
    @inlinable public var dilationHFactor: Int32 { table.scalar(slot: 7, default: 1) }

    /// Verifies a `Conv3DOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 4)
        try verifier.verifyScalar(table, slot: 4, size: 1)
        try verifier.verifyScalar(table, slot: 5, size: 4)
        try verifier.verifyScalar(table, slot: 6, size: 4)
        try verifier.verifyScalar(table, slot: 7, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Pool2DOptions` table.
public struct Pool2DOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Pool2DOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Pool2DOptions"

    /// `padding` (slot 0).
    @inlinable public var padding: Padding { table.scalar(slot: 0, default: Padding(rawValue: 0)) }
    /// `stride_w` (slot 1).
    @inlinable public var strideW: Int32 { table.scalar(slot: 1, default: 0) }
    /// `stride_h` (slot 2).
    @inlinable public var strideH: Int32 { table.scalar(slot: 2, default: 0) }
    /// `filter_width` (slot 3).
    @inlinable public var filterWidth: Int32 { table.scalar(slot: 3, default: 0) }
    /// `filter_height` (slot 4).
    @inlinable public var filterHeight: Int32 { table.scalar(slot: 4, default: 0) }
    /// `fused_activation_function` (slot 5).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 5, default: ActivationFunctionType(rawValue: 0)) }

    /// Verifies a `Pool2DOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 4)
        try verifier.verifyScalar(table, slot: 4, size: 4)
        try verifier.verifyScalar(table, slot: 5, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `DepthwiseConv2DOptions` table.
public struct DepthwiseConv2DOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `DepthwiseConv2DOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "DepthwiseConv2DOptions"

    /// `padding` (slot 0).
    @inlinable public var padding: Padding { table.scalar(slot: 0, default: Padding(rawValue: 0)) }
    /// `stride_w` (slot 1).
    @inlinable public var strideW: Int32 { table.scalar(slot: 1, default: 0) }
    /// `stride_h` (slot 2).
    @inlinable public var strideH: Int32 { table.scalar(slot: 2, default: 0) }
    /// `depth_multiplier` (slot 3).
    @inlinable public var depthMultiplier: Int32 { table.scalar(slot: 3, default: 0) }
    /// `fused_activation_function` (slot 4).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 4, default: ActivationFunctionType(rawValue: 0)) }
    /// `dilation_w_factor` (slot 5).
    @inlinable public var dilationWFactor: Int32 { table.scalar(slot: 5, default: 1) }
    /// `dilation_h_factor` (slot 6).
    @inlinable public var dilationHFactor: Int32 { table.scalar(slot: 6, default: 1) }

    /// Verifies a `DepthwiseConv2DOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 4)
        try verifier.verifyScalar(table, slot: 4, size: 1)
        try verifier.verifyScalar(table, slot: 5, size: 4)
        try verifier.verifyScalar(table, slot: 6, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ConcatEmbeddingsOptions` table.
public struct ConcatEmbeddingsOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ConcatEmbeddingsOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ConcatEmbeddingsOptions"

    /// `num_channels` (slot 0).
    @inlinable public var numChannels: Int32 { table.scalar(slot: 0, default: 0) }
    /// `num_columns_per_channel` (slot 1).
    @inlinable public var numColumnsPerChannel: FlatVector<Int32>? { table.vector(slot: 1) }
    /// `embedding_dim_per_channel` (slot 2).
    @inlinable public var embeddingDimPerChannel: FlatVector<Int32>? { table.vector(slot: 2) }

    /// Verifies a `ConcatEmbeddingsOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyVector(table, slot: 1, elementSize: 4, field: "num_columns_per_channel")
        try verifier.verifyVector(table, slot: 2, elementSize: 4, field: "embedding_dim_per_channel")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LSHProjectionOptions` table.
public struct LSHProjectionOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LSHProjectionOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LSHProjectionOptions"

    /// `type` (slot 0).
    @inlinable public var type: LSHProjectionType { table.scalar(slot: 0, default: LSHProjectionType(rawValue: 0)) }

    /// Verifies a `LSHProjectionOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SVDFOptions` table.
public struct SVDFOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SVDFOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SVDFOptions"

    /// `rank` (slot 0).
    @inlinable public var rank: Int32 { table.scalar(slot: 0, default: 0) }
    /// `fused_activation_function` (slot 1).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 1, default: ActivationFunctionType(rawValue: 0)) }
    /// `asymmetric_quantize_inputs` (slot 2).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 2, default: false) }

    /// Verifies a `SVDFOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `RNNOptions` table.
public struct RNNOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `RNNOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "RNNOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }
    /// `asymmetric_quantize_inputs` (slot 1).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 1, default: false) }

    /// Verifies a `RNNOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SequenceRNNOptions` table.
public struct SequenceRNNOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SequenceRNNOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SequenceRNNOptions"

    /// `time_major` (slot 0).
    @inlinable public var timeMajor: Bool { table.scalar(slot: 0, default: false) }
    /// `fused_activation_function` (slot 1).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 1, default: ActivationFunctionType(rawValue: 0)) }
    /// `asymmetric_quantize_inputs` (slot 2).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 2, default: false) }

    /// Verifies a `SequenceRNNOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `BidirectionalSequenceRNNOptions` table.
public struct BidirectionalSequenceRNNOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BidirectionalSequenceRNNOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BidirectionalSequenceRNNOptions"

    /// `time_major` (slot 0).
    @inlinable public var timeMajor: Bool { table.scalar(slot: 0, default: false) }
    /// `fused_activation_function` (slot 1).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 1, default: ActivationFunctionType(rawValue: 0)) }
    /// `merge_outputs` (slot 2).
    @inlinable public var mergeOutputs: Bool { table.scalar(slot: 2, default: false) }
    /// `asymmetric_quantize_inputs` (slot 3).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 3, default: false) }

    /// Verifies a `BidirectionalSequenceRNNOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `FullyConnectedOptions` table.
public struct FullyConnectedOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `FullyConnectedOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "FullyConnectedOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }
    /// `weights_format` (slot 1).
    @inlinable public var weightsFormat: FullyConnectedOptionsWeightsFormat { table.scalar(slot: 1, default: FullyConnectedOptionsWeightsFormat.`default`) }
    /// `keep_num_dims` (slot 2).
    @inlinable public var keepNumDims: Bool { table.scalar(slot: 2, default: false) }
    /// `asymmetric_quantize_inputs` (slot 3).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 3, default: false) }
    /// `quantized_bias_type` (slot 4).
    @inlinable public var quantizedBiasType: TensorType { table.scalar(slot: 4, default: TensorType(rawValue: 0)) }

    /// Verifies a `FullyConnectedOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        try verifier.verifyScalar(table, slot: 4, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SoftmaxOptions` table.
public struct SoftmaxOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SoftmaxOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SoftmaxOptions"

    /// `beta` (slot 0).
    @inlinable public var beta: Float { table.scalar(slot: 0, default: 0) }

    /// Verifies a `SoftmaxOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ConcatenationOptions` table.
public struct ConcatenationOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ConcatenationOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ConcatenationOptions"

    /// `axis` (slot 0).
    @inlinable public var axis: Int32 { table.scalar(slot: 0, default: 0) }
    /// `fused_activation_function` (slot 1).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 1, default: ActivationFunctionType(rawValue: 0)) }

    /// Verifies a `ConcatenationOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `AddOptions` table.
public struct AddOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `AddOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "AddOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }
    /// `pot_scale_int16` (slot 1).
    @inlinable public var potScaleInt16: Bool { table.scalar(slot: 1, default: true) }

    /// Verifies a `AddOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `MulOptions` table.
public struct MulOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `MulOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "MulOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }

    /// Verifies a `MulOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `L2NormOptions` table.
public struct L2NormOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `L2NormOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "L2NormOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }

    /// Verifies a `L2NormOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LocalResponseNormalizationOptions` table.
public struct LocalResponseNormalizationOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LocalResponseNormalizationOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LocalResponseNormalizationOptions"

    /// `radius` (slot 0).
    @inlinable public var radius: Int32 { table.scalar(slot: 0, default: 0) }
    /// `bias` (slot 1).
    @inlinable public var bias: Float { table.scalar(slot: 1, default: 0) }
    /// `alpha` (slot 2).
    @inlinable public var alpha: Float { table.scalar(slot: 2, default: 0) }
    /// `beta` (slot 3).
    @inlinable public var beta: Float { table.scalar(slot: 3, default: 0) }

    /// Verifies a `LocalResponseNormalizationOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LSTMOptions` table.
public struct LSTMOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LSTMOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LSTMOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }
    /// `cell_clip` (slot 1).
    @inlinable public var cellClip: Float { table.scalar(slot: 1, default: 0) }
    /// `proj_clip` (slot 2).
    @inlinable public var projClip: Float { table.scalar(slot: 2, default: 0) }
    /// `kernel_type` (slot 3).
    @inlinable public var kernelType: LSTMKernelType { table.scalar(slot: 3, default: LSTMKernelType.full) }
    /// `asymmetric_quantize_inputs` (slot 4).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 4, default: false) }

    /// Verifies a `LSTMOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        try verifier.verifyScalar(table, slot: 4, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `UnidirectionalSequenceLSTMOptions` table.
public struct UnidirectionalSequenceLSTMOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `UnidirectionalSequenceLSTMOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "UnidirectionalSequenceLSTMOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }
    /// `cell_clip` (slot 1).
    @inlinable public var cellClip: Float { table.scalar(slot: 1, default: 0) }
    /// `proj_clip` (slot 2).
    @inlinable public var projClip: Float { table.scalar(slot: 2, default: 0) }
    /// `time_major` (slot 3).
    @inlinable public var timeMajor: Bool { table.scalar(slot: 3, default: false) }
    /// `asymmetric_quantize_inputs` (slot 4).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 4, default: false) }
    /// `diagonal_recurrent_tensors` (slot 5).
    @inlinable public var diagonalRecurrentTensors: Bool { table.scalar(slot: 5, default: false) }

    /// Verifies a `UnidirectionalSequenceLSTMOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        try verifier.verifyScalar(table, slot: 4, size: 1)
        try verifier.verifyScalar(table, slot: 5, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `BidirectionalSequenceLSTMOptions` table.
public struct BidirectionalSequenceLSTMOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BidirectionalSequenceLSTMOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BidirectionalSequenceLSTMOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }
    /// `cell_clip` (slot 1).
    @inlinable public var cellClip: Float { table.scalar(slot: 1, default: 0) }
    /// `proj_clip` (slot 2).
    @inlinable public var projClip: Float { table.scalar(slot: 2, default: 0) }
    /// `merge_outputs` (slot 3).
    @inlinable public var mergeOutputs: Bool { table.scalar(slot: 3, default: false) }
    /// `time_major` (slot 4).
    @inlinable public var timeMajor: Bool { table.scalar(slot: 4, default: true) }
    /// `asymmetric_quantize_inputs` (slot 5).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 5, default: false) }

    /// Verifies a `BidirectionalSequenceLSTMOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        try verifier.verifyScalar(table, slot: 4, size: 1)
        try verifier.verifyScalar(table, slot: 5, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ResizeBilinearOptions` table.
public struct ResizeBilinearOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ResizeBilinearOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ResizeBilinearOptions"

    /// `align_corners` (slot 2).
    @inlinable public var alignCorners: Bool { table.scalar(slot: 2, default: false) }
    /// `half_pixel_centers` (slot 3).
    @inlinable public var halfPixelCenters: Bool { table.scalar(slot: 3, default: false) }

    /// Verifies a `ResizeBilinearOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ResizeNearestNeighborOptions` table.
public struct ResizeNearestNeighborOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ResizeNearestNeighborOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ResizeNearestNeighborOptions"

    /// `align_corners` (slot 0).
    @inlinable public var alignCorners: Bool { table.scalar(slot: 0, default: false) }
    /// `half_pixel_centers` (slot 1).
    @inlinable public var halfPixelCenters: Bool { table.scalar(slot: 1, default: false) }

    /// Verifies a `ResizeNearestNeighborOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `CallOptions` table.
public struct CallOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `CallOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "CallOptions"

    /// `subgraph` (slot 0).
    @inlinable public var subgraph: UInt32 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `CallOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `PadOptions` table.
public struct PadOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `PadOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "PadOptions"


    /// Verifies a `PadOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `PadV2Options` table.
public struct PadV2OptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `PadV2Options`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "PadV2Options"


    /// Verifies a `PadV2Options` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ReshapeOptions` table.
public struct ReshapeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ReshapeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ReshapeOptions"

    /// `new_shape` (slot 0).
    @inlinable public var newShape: FlatVector<Int32>? { table.vector(slot: 0) }

    /// Verifies a `ReshapeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "new_shape")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SpaceToBatchNDOptions` table.
public struct SpaceToBatchNDOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SpaceToBatchNDOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SpaceToBatchNDOptions"


    /// Verifies a `SpaceToBatchNDOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `BatchToSpaceNDOptions` table.
public struct BatchToSpaceNDOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BatchToSpaceNDOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BatchToSpaceNDOptions"


    /// Verifies a `BatchToSpaceNDOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SkipGramOptions` table.
public struct SkipGramOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SkipGramOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SkipGramOptions"

    /// `ngram_size` (slot 0).
    @inlinable public var ngramSize: Int32 { table.scalar(slot: 0, default: 0) }
    /// `max_skip_size` (slot 1).
    @inlinable public var maxSkipSize: Int32 { table.scalar(slot: 1, default: 0) }
    /// `include_all_ngrams` (slot 2).
    @inlinable public var includeAllNgrams: Bool { table.scalar(slot: 2, default: false) }

    /// Verifies a `SkipGramOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SpaceToDepthOptions` table.
public struct SpaceToDepthOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SpaceToDepthOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SpaceToDepthOptions"

    /// `block_size` (slot 0).
    @inlinable public var blockSize: Int32 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `SpaceToDepthOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `DepthToSpaceOptions` table.
public struct DepthToSpaceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `DepthToSpaceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "DepthToSpaceOptions"

    /// `block_size` (slot 0).
    @inlinable public var blockSize: Int32 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `DepthToSpaceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SubOptions` table.
public struct SubOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SubOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SubOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }
    /// `pot_scale_int16` (slot 1).
    @inlinable public var potScaleInt16: Bool { table.scalar(slot: 1, default: true) }

    /// Verifies a `SubOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `DivOptions` table.
public struct DivOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `DivOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "DivOptions"

    /// `fused_activation_function` (slot 0).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 0, default: ActivationFunctionType(rawValue: 0)) }

    /// Verifies a `DivOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `TopKV2Options` table.
public struct TopKV2OptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `TopKV2Options`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "TopKV2Options"


    /// Verifies a `TopKV2Options` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `EmbeddingLookupSparseOptions` table.
public struct EmbeddingLookupSparseOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `EmbeddingLookupSparseOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "EmbeddingLookupSparseOptions"

    /// `combiner` (slot 0).
    @inlinable public var combiner: CombinerType { table.scalar(slot: 0, default: CombinerType(rawValue: 0)) }

    /// Verifies a `EmbeddingLookupSparseOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `GatherOptions` table.
public struct GatherOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `GatherOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "GatherOptions"

    /// `axis` (slot 0).
    @inlinable public var axis: Int32 { table.scalar(slot: 0, default: 0) }
    /// `batch_dims` (slot 1).
    @inlinable public var batchDims: Int32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `GatherOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `TransposeOptions` table.
public struct TransposeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `TransposeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "TransposeOptions"


    /// Verifies a `TransposeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ExpOptions` table.
public struct ExpOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ExpOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ExpOptions"


    /// Verifies a `ExpOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `CosOptions` table.
public struct CosOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `CosOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "CosOptions"


    /// Verifies a `CosOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ReducerOptions` table.
public struct ReducerOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ReducerOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ReducerOptions"

    /// `keep_dims` (slot 0).
    @inlinable public var keepDims: Bool { table.scalar(slot: 0, default: false) }

    /// Verifies a `ReducerOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SqueezeOptions` table.
public struct SqueezeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SqueezeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SqueezeOptions"

    /// `squeeze_dims` (slot 0).
    @inlinable public var squeezeDims: FlatVector<Int32>? { table.vector(slot: 0) }

    /// Verifies a `SqueezeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "squeeze_dims")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SplitOptions` table.
public struct SplitOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SplitOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SplitOptions"

    /// `num_splits` (slot 0).
    @inlinable public var numSplits: Int32 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `SplitOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SplitVOptions` table.
public struct SplitVOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SplitVOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SplitVOptions"

    /// `num_splits` (slot 0).
    @inlinable public var numSplits: Int32 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `SplitVOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StridedSliceOptions` table.
public struct StridedSliceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StridedSliceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StridedSliceOptions"

    /// `begin_mask` (slot 0).
    @inlinable public var beginMask: Int32 { table.scalar(slot: 0, default: 0) }
    /// `end_mask` (slot 1).
    @inlinable public var endMask: Int32 { table.scalar(slot: 1, default: 0) }
    /// `ellipsis_mask` (slot 2).
    @inlinable public var ellipsisMask: Int32 { table.scalar(slot: 2, default: 0) }
    /// `new_axis_mask` (slot 3).
    @inlinable public var newAxisMask: Int32 { table.scalar(slot: 3, default: 0) }
    /// `shrink_axis_mask` (slot 4).
    @inlinable public var shrinkAxisMask: Int32 { table.scalar(slot: 4, default: 0) }
    /// `offset` (slot 5).
    @inlinable public var offset: Bool { table.scalar(slot: 5, default: false) }

    /// Verifies a `StridedSliceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 4)
        try verifier.verifyScalar(table, slot: 4, size: 4)
        try verifier.verifyScalar(table, slot: 5, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LogSoftmaxOptions` table.
public struct LogSoftmaxOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LogSoftmaxOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LogSoftmaxOptions"


    /// Verifies a `LogSoftmaxOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `CastOptions` table.
public struct CastOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `CastOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "CastOptions"

    /// `in_data_type` (slot 0).
    @inlinable public var inDataType: TensorType { table.scalar(slot: 0, default: TensorType(rawValue: 0)) }
    /// `out_data_type` (slot 1).
    @inlinable public var outDataType: TensorType { table.scalar(slot: 1, default: TensorType(rawValue: 0)) }

    /// Verifies a `CastOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `DequantizeOptions` table.
public struct DequantizeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `DequantizeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "DequantizeOptions"


    /// Verifies a `DequantizeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `MaximumMinimumOptions` table.
public struct MaximumMinimumOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `MaximumMinimumOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "MaximumMinimumOptions"


    /// Verifies a `MaximumMinimumOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `TileOptions` table.
public struct TileOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `TileOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "TileOptions"


    /// Verifies a `TileOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ArgMaxOptions` table.
public struct ArgMaxOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ArgMaxOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ArgMaxOptions"

    /// `output_type` (slot 0).
    @inlinable public var outputType: TensorType { table.scalar(slot: 0, default: TensorType(rawValue: 0)) }

    /// Verifies a `ArgMaxOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ArgMinOptions` table.
public struct ArgMinOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ArgMinOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ArgMinOptions"

    /// `output_type` (slot 0).
    @inlinable public var outputType: TensorType { table.scalar(slot: 0, default: TensorType(rawValue: 0)) }

    /// Verifies a `ArgMinOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `GreaterOptions` table.
public struct GreaterOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `GreaterOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "GreaterOptions"


    /// Verifies a `GreaterOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `GreaterEqualOptions` table.
public struct GreaterEqualOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `GreaterEqualOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "GreaterEqualOptions"


    /// Verifies a `GreaterEqualOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LessOptions` table.
public struct LessOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LessOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LessOptions"


    /// Verifies a `LessOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LessEqualOptions` table.
public struct LessEqualOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LessEqualOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LessEqualOptions"


    /// Verifies a `LessEqualOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `NegOptions` table.
public struct NegOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `NegOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "NegOptions"


    /// Verifies a `NegOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SelectOptions` table.
public struct SelectOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SelectOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SelectOptions"


    /// Verifies a `SelectOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SliceOptions` table.
public struct SliceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SliceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SliceOptions"


    /// Verifies a `SliceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `TransposeConvOptions` table.
public struct TransposeConvOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `TransposeConvOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "TransposeConvOptions"

    /// `padding` (slot 0).
    @inlinable public var padding: Padding { table.scalar(slot: 0, default: Padding(rawValue: 0)) }
    /// `stride_w` (slot 1).
    @inlinable public var strideW: Int32 { table.scalar(slot: 1, default: 0) }
    /// `stride_h` (slot 2).
    @inlinable public var strideH: Int32 { table.scalar(slot: 2, default: 0) }
    /// `fused_activation_function` (slot 3).
    @inlinable public var fusedActivationFunction: ActivationFunctionType { table.scalar(slot: 3, default: ActivationFunctionType.none) }
    /// `quantized_bias_type` (slot 4).
    @inlinable public var quantizedBiasType: TensorType { table.scalar(slot: 4, default: TensorType(rawValue: 0)) }

    /// Verifies a `TransposeConvOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        try verifier.verifyScalar(table, slot: 4, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ExpandDimsOptions` table.
public struct ExpandDimsOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ExpandDimsOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ExpandDimsOptions"


    /// Verifies a `ExpandDimsOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SparseToDenseOptions` table.
public struct SparseToDenseOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SparseToDenseOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SparseToDenseOptions"

    /// `validate_indices` (slot 0).
    @inlinable public var validateIndices: Bool { table.scalar(slot: 0, default: false) }

    /// Verifies a `SparseToDenseOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `EqualOptions` table.
public struct EqualOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `EqualOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "EqualOptions"


    /// Verifies a `EqualOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `NotEqualOptions` table.
public struct NotEqualOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `NotEqualOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "NotEqualOptions"


    /// Verifies a `NotEqualOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ShapeOptions` table.
public struct ShapeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ShapeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ShapeOptions"

    /// `out_type` (slot 0).
    @inlinable public var outType: TensorType { table.scalar(slot: 0, default: TensorType(rawValue: 0)) }

    /// Verifies a `ShapeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `RankOptions` table.
public struct RankOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `RankOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "RankOptions"


    /// Verifies a `RankOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `PowOptions` table.
public struct PowOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `PowOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "PowOptions"


    /// Verifies a `PowOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `FakeQuantOptions` table.
public struct FakeQuantOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `FakeQuantOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "FakeQuantOptions"

    /// `min` (slot 0).
    @inlinable public var min: Float { table.scalar(slot: 0, default: 0) }
    /// `max` (slot 1).
    @inlinable public var max: Float { table.scalar(slot: 1, default: 0) }
    /// `num_bits` (slot 2).
    @inlinable public var numBits: Int32 { table.scalar(slot: 2, default: 0) }
    /// `narrow_range` (slot 3).
    @inlinable public var narrowRange: Bool { table.scalar(slot: 3, default: false) }

    /// Verifies a `FakeQuantOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `PackOptions` table.
public struct PackOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `PackOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "PackOptions"

    /// `values_count` (slot 0).
    @inlinable public var valuesCount: Int32 { table.scalar(slot: 0, default: 0) }
    /// `axis` (slot 1).
    @inlinable public var axis: Int32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `PackOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LogicalOrOptions` table.
public struct LogicalOrOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LogicalOrOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LogicalOrOptions"


    /// Verifies a `LogicalOrOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `OneHotOptions` table.
public struct OneHotOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `OneHotOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "OneHotOptions"

    /// `axis` (slot 0).
    @inlinable public var axis: Int32 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `OneHotOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `AbsOptions` table.
public struct AbsOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `AbsOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "AbsOptions"


    /// Verifies a `AbsOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `HardSwishOptions` table.
public struct HardSwishOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `HardSwishOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "HardSwishOptions"


    /// Verifies a `HardSwishOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LogicalAndOptions` table.
public struct LogicalAndOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LogicalAndOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LogicalAndOptions"


    /// Verifies a `LogicalAndOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LogicalNotOptions` table.
public struct LogicalNotOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LogicalNotOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LogicalNotOptions"


    /// Verifies a `LogicalNotOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `UnpackOptions` table.
public struct UnpackOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `UnpackOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "UnpackOptions"

    /// `num` (slot 0).
    @inlinable public var num: Int32 { table.scalar(slot: 0, default: 0) }
    /// `axis` (slot 1).
    @inlinable public var axis: Int32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `UnpackOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `FloorDivOptions` table.
public struct FloorDivOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `FloorDivOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "FloorDivOptions"


    /// Verifies a `FloorDivOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SquareOptions` table.
public struct SquareOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SquareOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SquareOptions"


    /// Verifies a `SquareOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ZerosLikeOptions` table.
public struct ZerosLikeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ZerosLikeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ZerosLikeOptions"


    /// Verifies a `ZerosLikeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `FillOptions` table.
public struct FillOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `FillOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "FillOptions"


    /// Verifies a `FillOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `FloorModOptions` table.
public struct FloorModOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `FloorModOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "FloorModOptions"


    /// Verifies a `FloorModOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `RangeOptions` table.
public struct RangeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `RangeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "RangeOptions"


    /// Verifies a `RangeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `LeakyReluOptions` table.
public struct LeakyReluOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `LeakyReluOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "LeakyReluOptions"

    /// `alpha` (slot 0).
    @inlinable public var alpha: Float { table.scalar(slot: 0, default: 0) }

    /// Verifies a `LeakyReluOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SquaredDifferenceOptions` table.
public struct SquaredDifferenceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SquaredDifferenceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SquaredDifferenceOptions"


    /// Verifies a `SquaredDifferenceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `MirrorPadOptions` table.
public struct MirrorPadOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `MirrorPadOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "MirrorPadOptions"

    /// `mode` (slot 0).
    @inlinable public var mode: MirrorPadMode { table.scalar(slot: 0, default: MirrorPadMode(rawValue: 0)) }

    /// Verifies a `MirrorPadOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `UniqueOptions` table.
public struct UniqueOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `UniqueOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "UniqueOptions"

    /// `idx_out_type` (slot 0).
    @inlinable public var idxOutType: TensorType { table.scalar(slot: 0, default: TensorType.int32) }

    /// Verifies a `UniqueOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ReverseV2Options` table.
public struct ReverseV2OptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ReverseV2Options`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ReverseV2Options"


    /// Verifies a `ReverseV2Options` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `AddNOptions` table.
public struct AddNOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `AddNOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "AddNOptions"


    /// Verifies a `AddNOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `GatherNdOptions` table.
public struct GatherNdOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `GatherNdOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "GatherNdOptions"


    /// Verifies a `GatherNdOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `WhereOptions` table.
public struct WhereOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `WhereOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "WhereOptions"


    /// Verifies a `WhereOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ReverseSequenceOptions` table.
public struct ReverseSequenceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ReverseSequenceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ReverseSequenceOptions"

    /// `seq_dim` (slot 0).
    @inlinable public var seqDim: Int32 { table.scalar(slot: 0, default: 0) }
    /// `batch_dim` (slot 1).
    @inlinable public var batchDim: Int32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `ReverseSequenceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `MatrixDiagOptions` table.
public struct MatrixDiagOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `MatrixDiagOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "MatrixDiagOptions"


    /// Verifies a `MatrixDiagOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `QuantizeOptions` table.
public struct QuantizeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `QuantizeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "QuantizeOptions"


    /// Verifies a `QuantizeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `MatrixSetDiagOptions` table.
public struct MatrixSetDiagOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `MatrixSetDiagOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "MatrixSetDiagOptions"


    /// Verifies a `MatrixSetDiagOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `IfOptions` table.
public struct IfOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `IfOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "IfOptions"

    /// `then_subgraph_index` (slot 0).
    @inlinable public var thenSubgraphIndex: Int32 { table.scalar(slot: 0, default: 0) }
    /// `else_subgraph_index` (slot 1).
    @inlinable public var elseSubgraphIndex: Int32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `IfOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `CallOnceOptions` table.
public struct CallOnceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `CallOnceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "CallOnceOptions"

    /// `init_subgraph_index` (slot 0).
    @inlinable public var initSubgraphIndex: Int32 { table.scalar(slot: 0, default: 0) }

    /// Verifies a `CallOnceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `WhileOptions` table.
public struct WhileOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `WhileOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "WhileOptions"

    /// `cond_subgraph_index` (slot 0).
    @inlinable public var condSubgraphIndex: Int32 { table.scalar(slot: 0, default: 0) }
    /// `body_subgraph_index` (slot 1).
    @inlinable public var bodySubgraphIndex: Int32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `WhileOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `NonMaxSuppressionV4Options` table.
public struct NonMaxSuppressionV4OptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `NonMaxSuppressionV4Options`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "NonMaxSuppressionV4Options"


    /// Verifies a `NonMaxSuppressionV4Options` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `NonMaxSuppressionV5Options` table.
public struct NonMaxSuppressionV5OptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `NonMaxSuppressionV5Options`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "NonMaxSuppressionV5Options"


    /// Verifies a `NonMaxSuppressionV5Options` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ScatterNdOptions` table.
public struct ScatterNdOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ScatterNdOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ScatterNdOptions"


    /// Verifies a `ScatterNdOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SelectV2Options` table.
public struct SelectV2OptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SelectV2Options`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SelectV2Options"


    /// Verifies a `SelectV2Options` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `DensifyOptions` table.
public struct DensifyOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `DensifyOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "DensifyOptions"


    /// Verifies a `DensifyOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SegmentSumOptions` table.
public struct SegmentSumOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SegmentSumOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SegmentSumOptions"


    /// Verifies a `SegmentSumOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `BatchMatMulOptions` table.
public struct BatchMatMulOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BatchMatMulOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BatchMatMulOptions"

    /// `adj_x` (slot 0).
    @inlinable public var adjX: Bool { table.scalar(slot: 0, default: false) }
    /// `adj_y` (slot 1).
    @inlinable public var adjY: Bool { table.scalar(slot: 1, default: false) }
    /// `asymmetric_quantize_inputs` (slot 2).
    @inlinable public var asymmetricQuantizeInputs: Bool { table.scalar(slot: 2, default: false) }

    /// Verifies a `BatchMatMulOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `CumsumOptions` table.
public struct CumsumOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `CumsumOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "CumsumOptions"

    /// `exclusive` (slot 0).
    @inlinable public var exclusive: Bool { table.scalar(slot: 0, default: false) }
    /// `reverse` (slot 1).
    @inlinable public var reverse: Bool { table.scalar(slot: 1, default: false) }

    /// Verifies a `CumsumOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `BroadcastToOptions` table.
public struct BroadcastToOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BroadcastToOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BroadcastToOptions"


    /// Verifies a `BroadcastToOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Rfft2dOptions` table.
public struct Rfft2dOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Rfft2dOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Rfft2dOptions"


    /// Verifies a `Rfft2dOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `HashtableOptions` table.
public struct HashtableOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `HashtableOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "HashtableOptions"

    /// `table_id` (slot 0).
    @inlinable public var tableId: Int32 { table.scalar(slot: 0, default: 0) }
    /// `key_dtype` (slot 1).
    @inlinable public var keyDtype: TensorType { table.scalar(slot: 1, default: TensorType(rawValue: 0)) }
    /// `value_dtype` (slot 2).
    @inlinable public var valueDtype: TensorType { table.scalar(slot: 2, default: TensorType(rawValue: 0)) }

    /// Verifies a `HashtableOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 1)
        try verifier.verifyScalar(table, slot: 2, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `HashtableFindOptions` table.
public struct HashtableFindOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `HashtableFindOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "HashtableFindOptions"


    /// Verifies a `HashtableFindOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `HashtableImportOptions` table.
public struct HashtableImportOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `HashtableImportOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "HashtableImportOptions"


    /// Verifies a `HashtableImportOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `HashtableSizeOptions` table.
public struct HashtableSizeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `HashtableSizeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "HashtableSizeOptions"


    /// Verifies a `HashtableSizeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `VarHandleOptions` table.
public struct VarHandleOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `VarHandleOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "VarHandleOptions"

    /// `container` (slot 0).
    @inlinable public var container: String? { table.string(slot: 0) }
    /// `shared_name` (slot 1).
    @inlinable public var sharedName: String? { table.string(slot: 1) }

    /// Verifies a `VarHandleOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyString(table, slot: 0, field: "container")
        try verifier.verifyString(table, slot: 1, field: "shared_name")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ReadVariableOptions` table.
public struct ReadVariableOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ReadVariableOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ReadVariableOptions"


    /// Verifies a `ReadVariableOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `AssignVariableOptions` table.
public struct AssignVariableOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `AssignVariableOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "AssignVariableOptions"


    /// Verifies a `AssignVariableOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `RandomOptions` table.
public struct RandomOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `RandomOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "RandomOptions"

    /// `seed` (slot 0).
    @inlinable public var seed: Int64 { table.scalar(slot: 0, default: 0) }
    /// `seed2` (slot 1).
    @inlinable public var seed2: Int64 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `RandomOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 8)
        try verifier.verifyScalar(table, slot: 1, size: 8)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `BucketizeOptions` table.
public struct BucketizeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BucketizeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BucketizeOptions"

    /// `boundaries` (slot 0).
    @inlinable public var boundaries: FlatVector<Float>? { table.vector(slot: 0) }

    /// Verifies a `BucketizeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 4, field: "boundaries")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `GeluOptions` table.
public struct GeluOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `GeluOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "GeluOptions"

    /// `approximate` (slot 0).
    @inlinable public var approximate: Bool { table.scalar(slot: 0, default: false) }

    /// Verifies a `GeluOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `DynamicUpdateSliceOptions` table.
public struct DynamicUpdateSliceOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `DynamicUpdateSliceOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "DynamicUpdateSliceOptions"


    /// Verifies a `DynamicUpdateSliceOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `UnsortedSegmentProdOptions` table.
public struct UnsortedSegmentProdOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `UnsortedSegmentProdOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "UnsortedSegmentProdOptions"


    /// Verifies a `UnsortedSegmentProdOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `UnsortedSegmentMaxOptions` table.
public struct UnsortedSegmentMaxOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `UnsortedSegmentMaxOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "UnsortedSegmentMaxOptions"


    /// Verifies a `UnsortedSegmentMaxOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `UnsortedSegmentSumOptions` table.
public struct UnsortedSegmentSumOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `UnsortedSegmentSumOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "UnsortedSegmentSumOptions"


    /// Verifies a `UnsortedSegmentSumOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ATan2Options` table.
public struct ATan2OptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ATan2Options`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ATan2Options"


    /// Verifies a `ATan2Options` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `UnsortedSegmentMinOptions` table.
public struct UnsortedSegmentMinOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `UnsortedSegmentMinOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "UnsortedSegmentMinOptions"


    /// Verifies a `UnsortedSegmentMinOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SignOptions` table.
public struct SignOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SignOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SignOptions"


    /// Verifies a `SignOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `BitcastOptions` table.
public struct BitcastOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BitcastOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BitcastOptions"


    /// Verifies a `BitcastOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `BitwiseXorOptions` table.
public struct BitwiseXorOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `BitwiseXorOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "BitwiseXorOptions"


    /// Verifies a `BitwiseXorOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `RightShiftOptions` table.
public struct RightShiftOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `RightShiftOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "RightShiftOptions"


    /// Verifies a `RightShiftOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `DilateOptions` table.
public struct DilateOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `DilateOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "DilateOptions"


    /// Verifies a `DilateOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ReduceWindowOptions` table.
public struct ReduceWindowOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ReduceWindowOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ReduceWindowOptions"

    /// `reduce_function` (slot 0).
    @inlinable public var reduceFunction: ReduceWindowFunction { table.scalar(slot: 0, default: ReduceWindowFunction(rawValue: 0)) }

    /// Verifies a `ReduceWindowOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `OperatorCode` table.
public struct OperatorCodeView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `OperatorCode`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "OperatorCode"

    /// `deprecated_builtin_code` (slot 0).
    @inlinable public var deprecatedBuiltinCode: Int8 { table.scalar(slot: 0, default: 0) }
    /// `custom_code` (slot 1).
    @inlinable public var customCode: String? { table.string(slot: 1) }
    /// `version` (slot 2).
    @inlinable public var version: Int32 { table.scalar(slot: 2, default: 1) }
    /// `builtin_code` (slot 3).
    @inlinable public var builtinCode: BuiltinOperator { table.scalar(slot: 3, default: BuiltinOperator(rawValue: 0)) }

    /// Verifies a `OperatorCode` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 1)
        try verifier.verifyString(table, slot: 1, field: "custom_code")
        try verifier.verifyScalar(table, slot: 2, size: 4)
        try verifier.verifyScalar(table, slot: 3, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StableHLOCompositeOptions` table.
public struct StableHLOCompositeOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StableHLOCompositeOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StableHLOCompositeOptions"

    /// `name` (slot 0).
    @inlinable public var name: String? { table.string(slot: 0) }
    /// `decomposition_subgraph_index` (slot 1).
    @inlinable public var decompositionSubgraphIndex: Int32 { table.scalar(slot: 1, default: 0) }
    /// `composite_attributes` (slot 2).
    @inlinable public var compositeAttributes: FlatVector<UInt8>? { table.vector(slot: 2) }
    /// `composite_attributes_format` (slot 3).
    @inlinable public var compositeAttributesFormat: CustomOptionsFormat { table.scalar(slot: 3, default: CustomOptionsFormat(rawValue: 0)) }
    /// `version` (slot 4).
    @inlinable public var version: Int32 { table.scalar(slot: 4, default: 0) }

    /// Verifies a `StableHLOCompositeOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyString(table, slot: 0, field: "name")
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyVector(table, slot: 2, elementSize: 1, field: "composite_attributes")
        try verifier.verifyScalar(table, slot: 3, size: 1)
        try verifier.verifyScalar(table, slot: 4, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `StablehloShiftLeftOptions` table.
public struct StablehloShiftLeftOptionsView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `StablehloShiftLeftOptions`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "StablehloShiftLeftOptions"


    /// Verifies a `StablehloShiftLeftOptions` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        _ = try verifier.beginTable(at: position)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Operator` table.
public struct OperatorView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Operator`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Operator"

    /// `opcode_index` (slot 0).
    @inlinable public var opcodeIndex: UInt32 { table.scalar(slot: 0, default: 0) }
    /// `inputs` (slot 1).
    @inlinable public var inputs: FlatVector<Int32>? { table.vector(slot: 1) }
    /// `outputs` (slot 2).
    @inlinable public var outputs: FlatVector<Int32>? { table.vector(slot: 2) }
    /// `builtin_options` (slot 3).
    @inlinable public var builtinOptionsType: BuiltinOptionsType { table.scalar(slot: 3, default: BuiltinOptionsType(rawValue: 0)) }
    /// `builtin_options` value (slot 4); nil when the union is NONE or absent.
    public var builtinOptions: BuiltinOptionsView? {
        let type = builtinOptionsType
        guard type.rawValue != 0, let value = table.table(slot: 4) else { return nil }
        return BuiltinOptionsView(type: type, table: value)
    }
    /// `custom_options` (slot 5).
    @inlinable public var customOptions: FlatVector<UInt8>? { table.vector(slot: 5) }
    /// `custom_options_format` (slot 6).
    @inlinable public var customOptionsFormat: CustomOptionsFormat { table.scalar(slot: 6, default: CustomOptionsFormat(rawValue: 0)) }
    /// `mutating_variable_inputs` (slot 7).
    @inlinable public var mutatingVariableInputs: FlatVector<Bool>? { table.vector(slot: 7) }
    /// `intermediates` (slot 8).
    @inlinable public var intermediates: FlatVector<Int32>? { table.vector(slot: 8) }
    /// `large_custom_options_offset` (slot 9).
    @inlinable public var largeCustomOptionsOffset: UInt64 { table.scalar(slot: 9, default: 0) }
    /// `large_custom_options_size` (slot 10).
    @inlinable public var largeCustomOptionsSize: UInt64 { table.scalar(slot: 10, default: 0) }
    /// `builtin_options_2` (slot 11).
    @inlinable public var builtinOptions2Type: BuiltinOptions2Type { table.scalar(slot: 11, default: BuiltinOptions2Type(rawValue: 0)) }
    /// `builtin_options_2` value (slot 12); nil when the union is NONE or absent.
    public var builtinOptions2: BuiltinOptions2View? {
        let type = builtinOptions2Type
        guard type.rawValue != 0, let value = table.table(slot: 12) else { return nil }
        return BuiltinOptions2View(type: type, table: value)
    }
    /// `debug_metadata_index` (slot 13).
    @inlinable public var debugMetadataIndex: Int32 { table.scalar(slot: 13, default: -1) }

    /// Verifies a `Operator` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyVector(table, slot: 1, elementSize: 4, field: "inputs")
        try verifier.verifyVector(table, slot: 2, elementSize: 4, field: "outputs")
        try verifier.verifyUnion(table, slot: 3, field: "builtin_options", BuiltinOptionsView.verify(_:type:at:))
        try verifier.verifyVector(table, slot: 5, elementSize: 1, field: "custom_options")
        try verifier.verifyScalar(table, slot: 6, size: 1)
        try verifier.verifyVector(table, slot: 7, elementSize: 1, field: "mutating_variable_inputs")
        try verifier.verifyVector(table, slot: 8, elementSize: 4, field: "intermediates")
        try verifier.verifyScalar(table, slot: 9, size: 8)
        try verifier.verifyScalar(table, slot: 10, size: 8)
        try verifier.verifyUnion(table, slot: 11, field: "builtin_options_2", BuiltinOptions2View.verify(_:type:at:))
        try verifier.verifyScalar(table, slot: 13, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SubGraph` table.
public struct SubGraphView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SubGraph`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SubGraph"

    /// `tensors` (slot 0).
    @inlinable public var tensors: FlatTableVector<TensorView>? { table.tables(slot: 0) }
    /// `inputs` (slot 1).
    @inlinable public var inputs: FlatVector<Int32>? { table.vector(slot: 1) }
    /// `outputs` (slot 2).
    @inlinable public var outputs: FlatVector<Int32>? { table.vector(slot: 2) }
    /// `operators` (slot 3).
    @inlinable public var operators: FlatTableVector<OperatorView>? { table.tables(slot: 3) }
    /// `name` (slot 4).
    @inlinable public var name: String? { table.string(slot: 4) }
    /// `debug_metadata_index` (slot 5).
    @inlinable public var debugMetadataIndex: Int32 { table.scalar(slot: 5, default: -1) }

    /// Verifies a `SubGraph` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyTableVector(table, slot: 0, field: "tensors", TensorView.verify(_:at:))
        try verifier.verifyVector(table, slot: 1, elementSize: 4, field: "inputs")
        try verifier.verifyVector(table, slot: 2, elementSize: 4, field: "outputs")
        try verifier.verifyTableVector(table, slot: 3, field: "operators", OperatorView.verify(_:at:))
        try verifier.verifyString(table, slot: 4, field: "name")
        try verifier.verifyScalar(table, slot: 5, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Buffer` table.
public struct BufferView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Buffer`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Buffer"

    /// `data` (slot 0).
    @inlinable public var data: FlatVector<UInt8>? { table.vector(slot: 0) }
    /// `offset` (slot 1).
    @inlinable public var offset: UInt64 { table.scalar(slot: 1, default: 0) }
    /// `size` (slot 2).
    @inlinable public var size: UInt64 { table.scalar(slot: 2, default: 0) }

    /// Verifies a `Buffer` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyVector(table, slot: 0, elementSize: 1, field: "data")
        try verifier.verifyScalar(table, slot: 1, size: 8)
        try verifier.verifyScalar(table, slot: 2, size: 8)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ExternalBufferGroup` table.
public struct ExternalBufferGroupView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ExternalBufferGroup`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ExternalBufferGroup"

    /// `name` (slot 0).
    @inlinable public var name: String? { table.string(slot: 0) }

    /// Verifies a `ExternalBufferGroup` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyString(table, slot: 0, field: "name")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `ExternalBuffer` table.
public struct ExternalBufferView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `ExternalBuffer`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "ExternalBuffer"

    /// `id` (slot 0).
    @inlinable public var id: UInt32 { table.scalar(slot: 0, default: 0) }
    /// `group` (slot 1).
    @inlinable public var group: UInt32 { table.scalar(slot: 1, default: 0) }
    /// `offset` (slot 2).
    @inlinable public var offset: UInt64 { table.scalar(slot: 2, default: 0) }
    /// `length` (slot 3).
    @inlinable public var length: UInt64 { table.scalar(slot: 3, default: 0) }
    /// `packing` (slot 4).
    @inlinable public var packing: String? { table.string(slot: 4) }

    /// Verifies a `ExternalBuffer` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyScalar(table, slot: 2, size: 8)
        try verifier.verifyScalar(table, slot: 3, size: 8)
        try verifier.verifyString(table, slot: 4, field: "packing")
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Metadata` table.
public struct MetadataView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Metadata`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Metadata"

    /// `name` (slot 0).
    @inlinable public var name: String? { table.string(slot: 0) }
    /// `buffer` (slot 1).
    @inlinable public var buffer: UInt32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `Metadata` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyString(table, slot: 0, field: "name")
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `TensorMap` table.
public struct TensorMapView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `TensorMap`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "TensorMap"

    /// `name` (slot 0).
    @inlinable public var name: String? { table.string(slot: 0) }
    /// `tensor_index` (slot 1).
    @inlinable public var tensorIndex: UInt32 { table.scalar(slot: 1, default: 0) }

    /// Verifies a `TensorMap` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyString(table, slot: 0, field: "name")
        try verifier.verifyScalar(table, slot: 1, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `SignatureDef` table.
public struct SignatureDefView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `SignatureDef`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "SignatureDef"

    /// `inputs` (slot 0).
    @inlinable public var inputs: FlatTableVector<TensorMapView>? { table.tables(slot: 0) }
    /// `outputs` (slot 1).
    @inlinable public var outputs: FlatTableVector<TensorMapView>? { table.tables(slot: 1) }
    /// `signature_key` (slot 2).
    @inlinable public var signatureKey: String? { table.string(slot: 2) }
    /// `subgraph_index` (slot 4).
    @inlinable public var subgraphIndex: UInt32 { table.scalar(slot: 4, default: 0) }

    /// Verifies a `SignatureDef` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyTableVector(table, slot: 0, field: "inputs", TensorMapView.verify(_:at:))
        try verifier.verifyTableVector(table, slot: 1, field: "outputs", TensorMapView.verify(_:at:))
        try verifier.verifyString(table, slot: 2, field: "signature_key")
        try verifier.verifyString(table, slot: 3, field: "deprecated_tag")
        try verifier.verifyScalar(table, slot: 4, size: 4)
        verifier.endTable()
    }
}

/// A zero-copy read view of the `Model` table.
public struct ModelView: FlatTableView {
    /// The underlying table.
    public let table: FlatTable
    /// Views `table` as a `Model`.
    @inlinable public init(table: FlatTable) { self.table = table }
    /// The schema's name for this table.
    public static let schemaName = "Model"

    /// `version` (slot 0).
    @inlinable public var version: UInt32 { table.scalar(slot: 0, default: 0) }
    /// `operator_codes` (slot 1).
    @inlinable public var operatorCodes: FlatTableVector<OperatorCodeView>? { table.tables(slot: 1) }
    /// `subgraphs` (slot 2).
    @inlinable public var subgraphs: FlatTableVector<SubGraphView>? { table.tables(slot: 2) }
    /// `description` (slot 3).
    @inlinable public var description: String? { table.string(slot: 3) }
    /// `buffers` (slot 4).
    @inlinable public var buffers: FlatTableVector<BufferView>? { table.tables(slot: 4) }
    /// `metadata_buffer` (slot 5).
    @inlinable public var metadataBuffer: FlatVector<Int32>? { table.vector(slot: 5) }
    /// `metadata` (slot 6).
    @inlinable public var metadata: FlatTableVector<MetadataView>? { table.tables(slot: 6) }
    /// `signature_defs` (slot 7).
    @inlinable public var signatureDefs: FlatTableVector<SignatureDefView>? { table.tables(slot: 7) }
    /// `external_buffer_groups` (slot 8).
    @inlinable public var externalBufferGroups: FlatTableVector<ExternalBufferGroupView>? { table.tables(slot: 8) }
    /// `external_buffers` (slot 9).
    @inlinable public var externalBuffers: FlatTableVector<ExternalBufferView>? { table.tables(slot: 9) }

    /// Verifies a `Model` table at `position` and everything it refers to.
    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyScalar(table, slot: 0, size: 4)
        try verifier.verifyTableVector(table, slot: 1, field: "operator_codes", OperatorCodeView.verify(_:at:))
        try verifier.verifyTableVector(table, slot: 2, field: "subgraphs", SubGraphView.verify(_:at:))
        try verifier.verifyString(table, slot: 3, field: "description")
        try verifier.verifyTableVector(table, slot: 4, field: "buffers", BufferView.verify(_:at:))
        try verifier.verifyVector(table, slot: 5, elementSize: 4, field: "metadata_buffer")
        try verifier.verifyTableVector(table, slot: 6, field: "metadata", MetadataView.verify(_:at:))
        try verifier.verifyTableVector(table, slot: 7, field: "signature_defs", SignatureDefView.verify(_:at:))
        try verifier.verifyTableVector(table, slot: 8, field: "external_buffer_groups", ExternalBufferGroupView.verify(_:at:))
        try verifier.verifyTableVector(table, slot: 9, field: "external_buffers", ExternalBufferView.verify(_:at:))
        verifier.endTable()
    }
}

