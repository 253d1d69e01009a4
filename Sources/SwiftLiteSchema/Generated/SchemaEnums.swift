// GENERATED FILE - DO NOT EDIT.
// Generator: Scripts/schema/generate_swift_schema.py
// Source schema: google-ai-edge/LiteRT, tflite/converter/schema/schema.fbs (sha256 8b9b424c923124df…)
// Contents: schema enums and union tags

import FlatBuffers

/// The `TensorType` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct TensorType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `FLOAT32` (0).
    public static let float32 = TensorType(rawValue: 0)
    /// `FLOAT16` (1).
    public static let float16 = TensorType(rawValue: 1)
    /// `INT32` (2).
    public static let int32 = TensorType(rawValue: 2)
    /// `UINT8` (3).
    public static let uint8 = TensorType(rawValue: 3)
    /// `INT64` (4).
    public static let int64 = TensorType(rawValue: 4)
    /// `STRING` (5).
    public static let string = TensorType(rawValue: 5)
    /// `BOOL` (6).
    public static let bool = TensorType(rawValue: 6)
    /// `INT16` (7).
    public static let int16 = TensorType(rawValue: 7)
    /// `COMPLEX64` (8).
    public static let complex64 = TensorType(rawValue: 8)
    /// `INT8` (9).
    public static let int8 = TensorType(rawValue: 9)
    /// `FLOAT64` (10).
    public static let float64 = TensorType(rawValue: 10)
    /// `COMPLEX128` (11).
    public static let complex128 = TensorType(rawValue: 11)
    /// `UINT64` (12).
    public static let uint64 = TensorType(rawValue: 12)
    /// `RESOURCE` (13).
    public static let resource = TensorType(rawValue: 13)
    /// `VARIANT` (14).
    public static let variant = TensorType(rawValue: 14)
    /// `UINT32` (15).
    public static let uint32 = TensorType(rawValue: 15)
    /// `UINT16` (16).
    public static let uint16 = TensorType(rawValue: 16)
    /// `INT4` (17).
    public static let int4 = TensorType(rawValue: 17)
    /// `BFLOAT16` (18).
    public static let bfloat16 = TensorType(rawValue: 18)
    /// `INT2` (19).
    public static let int2 = TensorType(rawValue: 19)
    /// `UINT4` (20).
    public static let uint4 = TensorType(rawValue: 20)
    /// `FLOAT8_E4M3FN` (21).
    public static let float8E4m3fn = TensorType(rawValue: 21)
    /// `FLOAT8_E5M2` (22).
    public static let float8E5m2 = TensorType(rawValue: 22)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [TensorType] = [
        TensorType(rawValue: 0),
        TensorType(rawValue: 1),
        TensorType(rawValue: 2),
        TensorType(rawValue: 3),
        TensorType(rawValue: 4),
        TensorType(rawValue: 5),
        TensorType(rawValue: 6),
        TensorType(rawValue: 7),
        TensorType(rawValue: 8),
        TensorType(rawValue: 9),
        TensorType(rawValue: 10),
        TensorType(rawValue: 11),
        TensorType(rawValue: 12),
        TensorType(rawValue: 13),
        TensorType(rawValue: 14),
        TensorType(rawValue: 15),
        TensorType(rawValue: 16),
        TensorType(rawValue: 17),
        TensorType(rawValue: 18),
        TensorType(rawValue: 19),
        TensorType(rawValue: 20),
        TensorType(rawValue: 21),
        TensorType(rawValue: 22),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "FLOAT32"
        case 1: "FLOAT16"
        case 2: "INT32"
        case 3: "UINT8"
        case 4: "INT64"
        case 5: "STRING"
        case 6: "BOOL"
        case 7: "INT16"
        case 8: "COMPLEX64"
        case 9: "INT8"
        case 10: "FLOAT64"
        case 11: "COMPLEX128"
        case 12: "UINT64"
        case 13: "RESOURCE"
        case 14: "VARIANT"
        case 15: "UINT32"
        case 16: "UINT16"
        case 17: "INT4"
        case 18: "BFLOAT16"
        case 19: "INT2"
        case 20: "UINT4"
        case 21: "FLOAT8_E4M3FN"
        case 22: "FLOAT8_E5M2"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "TensorType(\(rawValue))" }
}

/// The type tag of the `QuantizationDetails` union of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct QuantizationDetailsType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: UInt8
    /// Wraps a wire value, known or not.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `NONE` (0).
    public static let none = QuantizationDetailsType(rawValue: 0)
    /// `CustomQuantization` (1).
    public static let customQuantization = QuantizationDetailsType(rawValue: 1)
    /// `BlockwiseQuantization` (2).
    public static let blockwiseQuantization = QuantizationDetailsType(rawValue: 2)
    /// `MultiAxisQuantization` (3).
    public static let multiAxisQuantization = QuantizationDetailsType(rawValue: 3)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [QuantizationDetailsType] = [
        QuantizationDetailsType(rawValue: 0),
        QuantizationDetailsType(rawValue: 1),
        QuantizationDetailsType(rawValue: 2),
        QuantizationDetailsType(rawValue: 3),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "NONE"
        case 1: "CustomQuantization"
        case 2: "BlockwiseQuantization"
        case 3: "MultiAxisQuantization"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "QuantizationDetailsType(\(rawValue))" }
}

/// The `DimensionType` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct DimensionType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `DENSE` (0).
    public static let dense = DimensionType(rawValue: 0)
    /// `SPARSE_CSR` (1).
    public static let sparseCsr = DimensionType(rawValue: 1)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [DimensionType] = [
        DimensionType(rawValue: 0),
        DimensionType(rawValue: 1),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "DENSE"
        case 1: "SPARSE_CSR"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "DimensionType(\(rawValue))" }
}

/// The type tag of the `SparseIndexVector` union of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct SparseIndexVectorType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: UInt8
    /// Wraps a wire value, known or not.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `NONE` (0).
    public static let none = SparseIndexVectorType(rawValue: 0)
    /// `Int32Vector` (1).
    public static let int32Vector = SparseIndexVectorType(rawValue: 1)
    /// `Uint16Vector` (2).
    public static let uint16Vector = SparseIndexVectorType(rawValue: 2)
    /// `Uint8Vector` (3).
    public static let uint8Vector = SparseIndexVectorType(rawValue: 3)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [SparseIndexVectorType] = [
        SparseIndexVectorType(rawValue: 0),
        SparseIndexVectorType(rawValue: 1),
        SparseIndexVectorType(rawValue: 2),
        SparseIndexVectorType(rawValue: 3),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "NONE"
        case 1: "Int32Vector"
        case 2: "Uint16Vector"
        case 3: "Uint8Vector"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "SparseIndexVectorType(\(rawValue))" }
}

/// The `BuiltinOperator` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct BuiltinOperator: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int32
    /// Wraps a wire value, known or not.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// `ADD` (0).
    public static let add = BuiltinOperator(rawValue: 0)
    /// `AVERAGE_POOL_2D` (1).
    public static let averagePool2d = BuiltinOperator(rawValue: 1)
    /// `CONCATENATION` (2).
    public static let concatenation = BuiltinOperator(rawValue: 2)
    /// `CONV_2D` (3).
    public static let conv2d = BuiltinOperator(rawValue: 3)
    /// `DEPTHWISE_CONV_2D` (4).
    public static let depthwiseConv2d = BuiltinOperator(rawValue: 4)
    /// `DEPTH_TO_SPACE` (5).
    public static let depthToSpace = BuiltinOperator(rawValue: 5)
    /// `DEQUANTIZE` (6).
    public static let dequantize = BuiltinOperator(rawValue: 6)
    /// `EMBEDDING_LOOKUP` (7).
    public static let embeddingLookup = BuiltinOperator(rawValue: 7)
    /// `FLOOR` (8).
    public static let floor = BuiltinOperator(rawValue: 8)
    /// `FULLY_CONNECTED` (9).
    public static let fullyConnected = BuiltinOperator(rawValue: 9)
    /// `HASHTABLE_LOOKUP` (10).
    public static let hashtableLookup = BuiltinOperator(rawValue: 10)
    /// `L2_NORMALIZATION` (11).
    public static let l2Normalization = BuiltinOperator(rawValue: 11)
    /// `L2_POOL_2D` (12).
    public static let l2Pool2d = BuiltinOperator(rawValue: 12)
    /// `LOCAL_RESPONSE_NORMALIZATION` (13).
    public static let localResponseNormalization = BuiltinOperator(rawValue: 13)
    /// `LOGISTIC` (14).
    public static let logistic = BuiltinOperator(rawValue: 14)
    /// `LSH_PROJECTION` (15).
    public static let lshProjection = BuiltinOperator(rawValue: 15)
    /// `LSTM` (16).
    public static let lstm = BuiltinOperator(rawValue: 16)
    /// `MAX_POOL_2D` (17).
    public static let maxPool2d = BuiltinOperator(rawValue: 17)
    /// `MUL` (18).
    public static let mul = BuiltinOperator(rawValue: 18)
    /// `RELU` (19).
    public static let relu = BuiltinOperator(rawValue: 19)
    /// `RELU_N1_TO_1` (20).
    public static let reluN1To1 = BuiltinOperator(rawValue: 20)
    /// `RELU6` (21).
    public static let relu6 = BuiltinOperator(rawValue: 21)
    /// `RESHAPE` (22).
    public static let reshape = BuiltinOperator(rawValue: 22)
    /// `RESIZE_BILINEAR` (23).
    public static let resizeBilinear = BuiltinOperator(rawValue: 23)
    /// `RNN` (24).
    public static let rnn = BuiltinOperator(rawValue: 24)
    /// `SOFTMAX` (25).
    public static let softmax = BuiltinOperator(rawValue: 25)
    /// `SPACE_TO_DEPTH` (26).
    public static let spaceToDepth = BuiltinOperator(rawValue: 26)
    /// `SVDF` (27).
    public static let svdf = BuiltinOperator(rawValue: 27)
    /// `TANH` (28).
    public static let tanh = BuiltinOperator(rawValue: 28)
    /// `CONCAT_EMBEDDINGS` (29).
    public static let concatEmbeddings = BuiltinOperator(rawValue: 29)
    /// `SKIP_GRAM` (30).
    public static let skipGram = BuiltinOperator(rawValue: 30)
    /// `CALL` (31).
    public static let call = BuiltinOperator(rawValue: 31)
    /// `CUSTOM` (32).
    public static let custom = BuiltinOperator(rawValue: 32)
    /// `EMBEDDING_LOOKUP_SPARSE` (33).
    public static let embeddingLookupSparse = BuiltinOperator(rawValue: 33)
    /// `PAD` (34).
    public static let pad = BuiltinOperator(rawValue: 34)
    /// `UNIDIRECTIONAL_SEQUENCE_RNN` (35).
    public static let unidirectionalSequenceRnn = BuiltinOperator(rawValue: 35)
    /// `GATHER` (36).
    public static let gather = BuiltinOperator(rawValue: 36)
    /// `BATCH_TO_SPACE_ND` (37).
    public static let batchToSpaceNd = BuiltinOperator(rawValue: 37)
    /// `SPACE_TO_BATCH_ND` (38).
    public static let spaceToBatchNd = BuiltinOperator(rawValue: 38)
    /// `TRANSPOSE` (39).
    public static let transpose = BuiltinOperator(rawValue: 39)
    /// `MEAN` (40).
    public static let mean = BuiltinOperator(rawValue: 40)
    /// `SUB` (41).
    public static let sub = BuiltinOperator(rawValue: 41)
    /// `DIV` (42).
    public static let div = BuiltinOperator(rawValue: 42)
    /// `SQUEEZE` (43).
    public static let squeeze = BuiltinOperator(rawValue: 43)
    /// `UNIDIRECTIONAL_SEQUENCE_LSTM` (44).
    public static let unidirectionalSequenceLstm = BuiltinOperator(rawValue: 44)
    /// `STRIDED_SLICE` (45).
    public static let stridedSlice = BuiltinOperator(rawValue: 45)
    /// `BIDIRECTIONAL_SEQUENCE_RNN` (46).
    public static let bidirectionalSequenceRnn = BuiltinOperator(rawValue: 46)
    /// `EXP` (47).
    public static let exp = BuiltinOperator(rawValue: 47)
    /// `TOPK_V2` (48).
    public static let topkV2 = BuiltinOperator(rawValue: 48)
    /// `SPLIT` (49).
    public static let split = BuiltinOperator(rawValue: 49)
    /// `LOG_SOFTMAX` (50).
    public static let logSoftmax = BuiltinOperator(rawValue: 50)
    /// `DELEGATE` (51).
    public static let delegate = BuiltinOperator(rawValue: 51)
    /// `BIDIRECTIONAL_SEQUENCE_LSTM` (52).
    public static let bidirectionalSequenceLstm = BuiltinOperator(rawValue: 52)
    /// `CAST` (53).
    public static let cast = BuiltinOperator(rawValue: 53)
    /// `PRELU` (54).
    public static let prelu = BuiltinOperator(rawValue: 54)
    /// `MAXIMUM` (55).
    public static let maximum = BuiltinOperator(rawValue: 55)
    /// `ARG_MAX` (56).
    public static let argMax = BuiltinOperator(rawValue: 56)
    /// `MINIMUM` (57).
    public static let minimum = BuiltinOperator(rawValue: 57)
    /// `LESS` (58).
    public static let less = BuiltinOperator(rawValue: 58)
    /// `NEG` (59).
    public static let neg = BuiltinOperator(rawValue: 59)
    /// `PADV2` (60).
    public static let padv2 = BuiltinOperator(rawValue: 60)
    /// `GREATER` (61).
    public static let greater = BuiltinOperator(rawValue: 61)
    /// `GREATER_EQUAL` (62).
    public static let greaterEqual = BuiltinOperator(rawValue: 62)
    /// `LESS_EQUAL` (63).
    public static let lessEqual = BuiltinOperator(rawValue: 63)
    /// `SELECT` (64).
    public static let select = BuiltinOperator(rawValue: 64)
    /// `SLICE` (65).
    public static let slice = BuiltinOperator(rawValue: 65)
    /// `SIN` (66).
    public static let sin = BuiltinOperator(rawValue: 66)
    /// `TRANSPOSE_CONV` (67).
    public static let transposeConv = BuiltinOperator(rawValue: 67)
    /// `SPARSE_TO_DENSE` (68).
    public static let sparseToDense = BuiltinOperator(rawValue: 68)
    /// `TILE` (69).
    public static let tile = BuiltinOperator(rawValue: 69)
    /// `EXPAND_DIMS` (70).
    public static let expandDims = BuiltinOperator(rawValue: 70)
    /// `EQUAL` (71).
    public static let equal = BuiltinOperator(rawValue: 71)
    /// `NOT_EQUAL` (72).
    public static let notEqual = BuiltinOperator(rawValue: 72)
    /// `LOG` (73).
    public static let log = BuiltinOperator(rawValue: 73)
    /// `SUM` (74).
    public static let sum = BuiltinOperator(rawValue: 74)
    /// `SQRT` (75).
    public static let sqrt = BuiltinOperator(rawValue: 75)
    /// `RSQRT` (76).
    public static let rsqrt = BuiltinOperator(rawValue: 76)
    /// `SHAPE` (77).
    public static let shape = BuiltinOperator(rawValue: 77)
    /// `POW` (78).
    public static let pow = BuiltinOperator(rawValue: 78)
    /// `ARG_MIN` (79).
    public static let argMin = BuiltinOperator(rawValue: 79)
    /// `FAKE_QUANT` (80).
    public static let fakeQuant = BuiltinOperator(rawValue: 80)
    /// `REDUCE_PROD` (81).
    public static let reduceProd = BuiltinOperator(rawValue: 81)
    /// `REDUCE_MAX` (82).
    public static let reduceMax = BuiltinOperator(rawValue: 82)
    /// `PACK` (83).
    public static let pack = BuiltinOperator(rawValue: 83)
    /// `LOGICAL_OR` (84).
    public static let logicalOr = BuiltinOperator(rawValue: 84)
    /// `ONE_HOT` (85).
    public static let oneHot = BuiltinOperator(rawValue: 85)
    /// `LOGICAL_AND` (86).
    public static let logicalAnd = BuiltinOperator(rawValue: 86)
    /// `LOGICAL_NOT` (87).
    public static let logicalNot = BuiltinOperator(rawValue: 87)
    /// `UNPACK` (88).
    public static let unpack = BuiltinOperator(rawValue: 88)
    /// `REDUCE_MIN` (89).
    public static let reduceMin = BuiltinOperator(rawValue: 89)
    /// `FLOOR_DIV` (90).
    public static let floorDiv = BuiltinOperator(rawValue: 90)
    /// `REDUCE_ANY` (91).
    public static let reduceAny = BuiltinOperator(rawValue: 91)
    /// `SQUARE` (92).
    public static let square = BuiltinOperator(rawValue: 92)
    /// `ZEROS_LIKE` (93).
    public static let zerosLike = BuiltinOperator(rawValue: 93)
    /// `FILL` (94).
    public static let fill = BuiltinOperator(rawValue: 94)
    /// `FLOOR_MOD` (95).
    public static let floorMod = BuiltinOperator(rawValue: 95)
    /// `RANGE` (96).
    public static let range = BuiltinOperator(rawValue: 96)
    /// `RESIZE_NEAREST_NEIGHBOR` (97).
    public static let resizeNearestNeighbor = BuiltinOperator(rawValue: 97)
    /// `LEAKY_RELU` (98).
    public static let leakyRelu = BuiltinOperator(rawValue: 98)
    /// `SQUARED_DIFFERENCE` (99).
    public static let squaredDifference = BuiltinOperator(rawValue: 99)
    /// `MIRROR_PAD` (100).
    public static let mirrorPad = BuiltinOperator(rawValue: 100)
    /// `ABS` (101).
    public static let abs = BuiltinOperator(rawValue: 101)
    /// `SPLIT_V` (102).
    public static let splitV = BuiltinOperator(rawValue: 102)
    /// `UNIQUE` (103).
    public static let unique = BuiltinOperator(rawValue: 103)
    /// `CEIL` (104).
    public static let ceil = BuiltinOperator(rawValue: 104)
    /// `REVERSE_V2` (105).
    public static let reverseV2 = BuiltinOperator(rawValue: 105)
    /// `ADD_N` (106).
    public static let addN = BuiltinOperator(rawValue: 106)
    /// `GATHER_ND` (107).
    public static let gatherNd = BuiltinOperator(rawValue: 107)
    /// `COS` (108).
    public static let cos = BuiltinOperator(rawValue: 108)
    /// `WHERE` (109).
    public static let `where` = BuiltinOperator(rawValue: 109)
    /// `RANK` (110).
    public static let rank = BuiltinOperator(rawValue: 110)
    /// `ELU` (111).
    public static let elu = BuiltinOperator(rawValue: 111)
    /// `REVERSE_SEQUENCE` (112).
    public static let reverseSequence = BuiltinOperator(rawValue: 112)
    /// `MATRIX_DIAG` (113).
    public static let matrixDiag = BuiltinOperator(rawValue: 113)
    /// `QUANTIZE` (114).
    public static let quantize = BuiltinOperator(rawValue: 114)
    /// `MATRIX_SET_DIAG` (115).
    public static let matrixSetDiag = BuiltinOperator(rawValue: 115)
    /// `ROUND` (116).
    public static let round = BuiltinOperator(rawValue: 116)
    /// `HARD_SWISH` (117).
    public static let hardSwish = BuiltinOperator(rawValue: 117)
    /// `IF` (118).
    public static let `if` = BuiltinOperator(rawValue: 118)
    /// `WHILE` (119).
    public static let `while` = BuiltinOperator(rawValue: 119)
    /// `NON_MAX_SUPPRESSION_V4` (120).
    public static let nonMaxSuppressionV4 = BuiltinOperator(rawValue: 120)
    /// `NON_MAX_SUPPRESSION_V5` (121).
    public static let nonMaxSuppressionV5 = BuiltinOperator(rawValue: 121)
    /// `SCATTER_ND` (122).
    public static let scatterNd = BuiltinOperator(rawValue: 122)
    /// `SELECT_V2` (123).
    public static let selectV2 = BuiltinOperator(rawValue: 123)
    /// `DENSIFY` (124).
    public static let densify = BuiltinOperator(rawValue: 124)
    /// `SEGMENT_SUM` (125).
    public static let segmentSum = BuiltinOperator(rawValue: 125)
    /// `BATCH_MATMUL` (126).
    public static let batchMatmul = BuiltinOperator(rawValue: 126)
    /// `PLACEHOLDER_FOR_GREATER_OP_CODES` (127).
    public static let placeholderForGreaterOpCodes = BuiltinOperator(rawValue: 127)
    /// `CUMSUM` (128).
    public static let cumsum = BuiltinOperator(rawValue: 128)
    /// `CALL_ONCE` (129).
    public static let callOnce = BuiltinOperator(rawValue: 129)
    /// `BROADCAST_TO` (130).
    public static let broadcastTo = BuiltinOperator(rawValue: 130)
    /// `RFFT2D` (131).
    public static let rfft2d = BuiltinOperator(rawValue: 131)
    /// `CONV_3D` (132).
    public static let conv3d = BuiltinOperator(rawValue: 132)
    /// `IMAG` (133).
    public static let imag = BuiltinOperator(rawValue: 133)
    /// `REAL` (134).
    public static let real = BuiltinOperator(rawValue: 134)
    /// `COMPLEX_ABS` (135).
    public static let complexAbs = BuiltinOperator(rawValue: 135)
    /// `HASHTABLE` (136).
    public static let hashtable = BuiltinOperator(rawValue: 136)
    /// `HASHTABLE_FIND` (137).
    public static let hashtableFind = BuiltinOperator(rawValue: 137)
    /// `HASHTABLE_IMPORT` (138).
    public static let hashtableImport = BuiltinOperator(rawValue: 138)
    /// `HASHTABLE_SIZE` (139).
    public static let hashtableSize = BuiltinOperator(rawValue: 139)
    /// `REDUCE_ALL` (140).
    public static let reduceAll = BuiltinOperator(rawValue: 140)
    /// `CONV_3D_TRANSPOSE` (141).
    public static let conv3dTranspose = BuiltinOperator(rawValue: 141)
    /// `VAR_HANDLE` (142).
    public static let varHandle = BuiltinOperator(rawValue: 142)
    /// `READ_VARIABLE` (143).
    public static let readVariable = BuiltinOperator(rawValue: 143)
    /// `ASSIGN_VARIABLE` (144).
    public static let assignVariable = BuiltinOperator(rawValue: 144)
    /// `BROADCAST_ARGS` (145).
    public static let broadcastArgs = BuiltinOperator(rawValue: 145)
    /// `RANDOM_STANDARD_NORMAL` (146).
    public static let randomStandardNormal = BuiltinOperator(rawValue: 146)
    /// `BUCKETIZE` (147).
    public static let bucketize = BuiltinOperator(rawValue: 147)
    /// `RANDOM_UNIFORM` (148).
    public static let randomUniform = BuiltinOperator(rawValue: 148)
    /// `MULTINOMIAL` (149).
    public static let multinomial = BuiltinOperator(rawValue: 149)
    /// `GELU` (150).
    public static let gelu = BuiltinOperator(rawValue: 150)
    /// `DYNAMIC_UPDATE_SLICE` (151).
    public static let dynamicUpdateSlice = BuiltinOperator(rawValue: 151)
    /// `RELU_0_TO_1` (152).
    public static let relu0To1 = BuiltinOperator(rawValue: 152)
    /// `UNSORTED_SEGMENT_PROD` (153).
    public static let unsortedSegmentProd = BuiltinOperator(rawValue: 153)
    /// `UNSORTED_SEGMENT_MAX` (154).
    public static let unsortedSegmentMax = BuiltinOperator(rawValue: 154)
    /// `UNSORTED_SEGMENT_SUM` (155).
    public static let unsortedSegmentSum = BuiltinOperator(rawValue: 155)
    /// `ATAN2` (156).
    public static let atan2 = BuiltinOperator(rawValue: 156)
    /// `UNSORTED_SEGMENT_MIN` (157).
    public static let unsortedSegmentMin = BuiltinOperator(rawValue: 157)
    /// `SIGN` (158).
    public static let sign = BuiltinOperator(rawValue: 158)
    /// `BITCAST` (159).
    public static let bitcast = BuiltinOperator(rawValue: 159)
    /// `BITWISE_XOR` (160).
    public static let bitwiseXor = BuiltinOperator(rawValue: 160)
    /// `RIGHT_SHIFT` (161).
    public static let rightShift = BuiltinOperator(rawValue: 161)
    /// `STABLEHLO_LOGISTIC` (162).
    public static let stablehloLogistic = BuiltinOperator(rawValue: 162)
    /// `STABLEHLO_ADD` (163).
    public static let stablehloAdd = BuiltinOperator(rawValue: 163)
    /// `STABLEHLO_DIVIDE` (164).
    public static let stablehloDivide = BuiltinOperator(rawValue: 164)
    /// `STABLEHLO_MULTIPLY` (165).
    public static let stablehloMultiply = BuiltinOperator(rawValue: 165)
    /// `STABLEHLO_MAXIMUM` (166).
    public static let stablehloMaximum = BuiltinOperator(rawValue: 166)
    /// `STABLEHLO_RESHAPE` (167).
    public static let stablehloReshape = BuiltinOperator(rawValue: 167)
    /// `STABLEHLO_CLAMP` (168).
    public static let stablehloClamp = BuiltinOperator(rawValue: 168)
    /// `STABLEHLO_CONCATENATE` (169).
    public static let stablehloConcatenate = BuiltinOperator(rawValue: 169)
    /// `STABLEHLO_BROADCAST_IN_DIM` (170).
    public static let stablehloBroadcastInDim = BuiltinOperator(rawValue: 170)
    /// `STABLEHLO_CONVOLUTION` (171).
    public static let stablehloConvolution = BuiltinOperator(rawValue: 171)
    /// `STABLEHLO_SLICE` (172).
    public static let stablehloSlice = BuiltinOperator(rawValue: 172)
    /// `STABLEHLO_CUSTOM_CALL` (173).
    public static let stablehloCustomCall = BuiltinOperator(rawValue: 173)
    /// `STABLEHLO_REDUCE` (174).
    public static let stablehloReduce = BuiltinOperator(rawValue: 174)
    /// `STABLEHLO_ABS` (175).
    public static let stablehloAbs = BuiltinOperator(rawValue: 175)
    /// `STABLEHLO_AND` (176).
    public static let stablehloAnd = BuiltinOperator(rawValue: 176)
    /// `STABLEHLO_COSINE` (177).
    public static let stablehloCosine = BuiltinOperator(rawValue: 177)
    /// `STABLEHLO_EXPONENTIAL` (178).
    public static let stablehloExponential = BuiltinOperator(rawValue: 178)
    /// `STABLEHLO_FLOOR` (179).
    public static let stablehloFloor = BuiltinOperator(rawValue: 179)
    /// `STABLEHLO_LOG` (180).
    public static let stablehloLog = BuiltinOperator(rawValue: 180)
    /// `STABLEHLO_MINIMUM` (181).
    public static let stablehloMinimum = BuiltinOperator(rawValue: 181)
    /// `STABLEHLO_NEGATE` (182).
    public static let stablehloNegate = BuiltinOperator(rawValue: 182)
    /// `STABLEHLO_OR` (183).
    public static let stablehloOr = BuiltinOperator(rawValue: 183)
    /// `STABLEHLO_POWER` (184).
    public static let stablehloPower = BuiltinOperator(rawValue: 184)
    /// `STABLEHLO_REMAINDER` (185).
    public static let stablehloRemainder = BuiltinOperator(rawValue: 185)
    /// `STABLEHLO_RSQRT` (186).
    public static let stablehloRsqrt = BuiltinOperator(rawValue: 186)
    /// `STABLEHLO_SELECT` (187).
    public static let stablehloSelect = BuiltinOperator(rawValue: 187)
    /// `STABLEHLO_SUBTRACT` (188).
    public static let stablehloSubtract = BuiltinOperator(rawValue: 188)
    /// `STABLEHLO_TANH` (189).
    public static let stablehloTanh = BuiltinOperator(rawValue: 189)
    /// `STABLEHLO_SCATTER` (190).
    public static let stablehloScatter = BuiltinOperator(rawValue: 190)
    /// `STABLEHLO_COMPARE` (191).
    public static let stablehloCompare = BuiltinOperator(rawValue: 191)
    /// `STABLEHLO_CONVERT` (192).
    public static let stablehloConvert = BuiltinOperator(rawValue: 192)
    /// `STABLEHLO_DYNAMIC_SLICE` (193).
    public static let stablehloDynamicSlice = BuiltinOperator(rawValue: 193)
    /// `STABLEHLO_DYNAMIC_UPDATE_SLICE` (194).
    public static let stablehloDynamicUpdateSlice = BuiltinOperator(rawValue: 194)
    /// `STABLEHLO_PAD` (195).
    public static let stablehloPad = BuiltinOperator(rawValue: 195)
    /// `STABLEHLO_IOTA` (196).
    public static let stablehloIota = BuiltinOperator(rawValue: 196)
    /// `STABLEHLO_DOT_GENERAL` (197).
    public static let stablehloDotGeneral = BuiltinOperator(rawValue: 197)
    /// `STABLEHLO_REDUCE_WINDOW` (198).
    public static let stablehloReduceWindow = BuiltinOperator(rawValue: 198)
    /// `STABLEHLO_SORT` (199).
    public static let stablehloSort = BuiltinOperator(rawValue: 199)
    /// `STABLEHLO_WHILE` (200).
    public static let stablehloWhile = BuiltinOperator(rawValue: 200)
    /// `STABLEHLO_GATHER` (201).
    public static let stablehloGather = BuiltinOperator(rawValue: 201)
    /// `STABLEHLO_TRANSPOSE` (202).
    public static let stablehloTranspose = BuiltinOperator(rawValue: 202)
    /// `DILATE` (203).
    public static let dilate = BuiltinOperator(rawValue: 203)
    /// `STABLEHLO_RNG_BIT_GENERATOR` (204).
    public static let stablehloRngBitGenerator = BuiltinOperator(rawValue: 204)
    /// `REDUCE_WINDOW` (205).
    public static let reduceWindow = BuiltinOperator(rawValue: 205)
    /// `STABLEHLO_COMPOSITE` (206).
    public static let stablehloComposite = BuiltinOperator(rawValue: 206)
    /// `STABLEHLO_SHIFT_LEFT` (207).
    public static let stablehloShiftLeft = BuiltinOperator(rawValue: 207)
    /// `STABLEHLO_CBRT` (208).
    public static let stablehloCbrt = BuiltinOperator(rawValue: 208)
    /// `STABLEHLO_CASE` (209).
    public static let stablehloCase = BuiltinOperator(rawValue: 209)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [BuiltinOperator] = [
        BuiltinOperator(rawValue: 0),
        BuiltinOperator(rawValue: 1),
        BuiltinOperator(rawValue: 2),
        BuiltinOperator(rawValue: 3),
        BuiltinOperator(rawValue: 4),
        BuiltinOperator(rawValue: 5),
        BuiltinOperator(rawValue: 6),
        BuiltinOperator(rawValue: 7),
        BuiltinOperator(rawValue: 8),
        BuiltinOperator(rawValue: 9),
        BuiltinOperator(rawValue: 10),
        BuiltinOperator(rawValue: 11),
        BuiltinOperator(rawValue: 12),
        BuiltinOperator(rawValue: 13),
        BuiltinOperator(rawValue: 14),
        BuiltinOperator(rawValue: 15),
        BuiltinOperator(rawValue: 16),
        BuiltinOperator(rawValue: 17),
        BuiltinOperator(rawValue: 18),
        BuiltinOperator(rawValue: 19),
        BuiltinOperator(rawValue: 20),
        BuiltinOperator(rawValue: 21),
        BuiltinOperator(rawValue: 22),
        BuiltinOperator(rawValue: 23),
        BuiltinOperator(rawValue: 24),
        BuiltinOperator(rawValue: 25),
        BuiltinOperator(rawValue: 26),
        BuiltinOperator(rawValue: 27),
        BuiltinOperator(rawValue: 28),
        BuiltinOperator(rawValue: 29),
        BuiltinOperator(rawValue: 30),
        BuiltinOperator(rawValue: 31),
        BuiltinOperator(rawValue: 32),
        BuiltinOperator(rawValue: 33),
        BuiltinOperator(rawValue: 34),
        BuiltinOperator(rawValue: 35),
        BuiltinOperator(rawValue: 36),
        BuiltinOperator(rawValue: 37),
        BuiltinOperator(rawValue: 38),
        BuiltinOperator(rawValue: 39),
        BuiltinOperator(rawValue: 40),
        BuiltinOperator(rawValue: 41),
        BuiltinOperator(rawValue: 42),
        BuiltinOperator(rawValue: 43),
        BuiltinOperator(rawValue: 44),
        BuiltinOperator(rawValue: 45),
        BuiltinOperator(rawValue: 46),
        BuiltinOperator(rawValue: 47),
        BuiltinOperator(rawValue: 48),
        BuiltinOperator(rawValue: 49),
        BuiltinOperator(rawValue: 50),
        BuiltinOperator(rawValue: 51),
        BuiltinOperator(rawValue: 52),
        BuiltinOperator(rawValue: 53),
        BuiltinOperator(rawValue: 54),
        BuiltinOperator(rawValue: 55),
        BuiltinOperator(rawValue: 56),
        BuiltinOperator(rawValue: 57),
        BuiltinOperator(rawValue: 58),
        BuiltinOperator(rawValue: 59),
        BuiltinOperator(rawValue: 60),
        BuiltinOperator(rawValue: 61),
        BuiltinOperator(rawValue: 62),
        BuiltinOperator(rawValue: 63),
        BuiltinOperator(rawValue: 64),
        BuiltinOperator(rawValue: 65),
        BuiltinOperator(rawValue: 66),
        BuiltinOperator(rawValue: 67),
        BuiltinOperator(rawValue: 68),
        BuiltinOperator(rawValue: 69),
        BuiltinOperator(rawValue: 70),
        BuiltinOperator(rawValue: 71),
        BuiltinOperator(rawValue: 72),
        BuiltinOperator(rawValue: 73),
        BuiltinOperator(rawValue: 74),
        BuiltinOperator(rawValue: 75),
        BuiltinOperator(rawValue: 76),
        BuiltinOperator(rawValue: 77),
        BuiltinOperator(rawValue: 78),
        BuiltinOperator(rawValue: 79),
        BuiltinOperator(rawValue: 80),
        BuiltinOperator(rawValue: 81),
        BuiltinOperator(rawValue: 82),
        BuiltinOperator(rawValue: 83),
        BuiltinOperator(rawValue: 84),
        BuiltinOperator(rawValue: 85),
        BuiltinOperator(rawValue: 86),
        BuiltinOperator(rawValue: 87),
        BuiltinOperator(rawValue: 88),
        BuiltinOperator(rawValue: 89),
        BuiltinOperator(rawValue: 90),
        BuiltinOperator(rawValue: 91),
        BuiltinOperator(rawValue: 92),
        BuiltinOperator(rawValue: 93),
        BuiltinOperator(rawValue: 94),
        BuiltinOperator(rawValue: 95),
        BuiltinOperator(rawValue: 96),
        BuiltinOperator(rawValue: 97),
        BuiltinOperator(rawValue: 98),
        BuiltinOperator(rawValue: 99),
        BuiltinOperator(rawValue: 100),
        BuiltinOperator(rawValue: 101),
        BuiltinOperator(rawValue: 102),
        BuiltinOperator(rawValue: 103),
        BuiltinOperator(rawValue: 104),
        BuiltinOperator(rawValue: 105),
        BuiltinOperator(rawValue: 106),
        BuiltinOperator(rawValue: 107),
        BuiltinOperator(rawValue: 108),
        BuiltinOperator(rawValue: 109),
        BuiltinOperator(rawValue: 110),
        BuiltinOperator(rawValue: 111),
        BuiltinOperator(rawValue: 112),
        BuiltinOperator(rawValue: 113),
        BuiltinOperator(rawValue: 114),
        BuiltinOperator(rawValue: 115),
        BuiltinOperator(rawValue: 116),
        BuiltinOperator(rawValue: 117),
        BuiltinOperator(rawValue: 118),
        BuiltinOperator(rawValue: 119),
        BuiltinOperator(rawValue: 120),
        BuiltinOperator(rawValue: 121),
        BuiltinOperator(rawValue: 122),
        BuiltinOperator(rawValue: 123),
        BuiltinOperator(rawValue: 124),
        BuiltinOperator(rawValue: 125),
        BuiltinOperator(rawValue: 126),
        BuiltinOperator(rawValue: 127),
        BuiltinOperator(rawValue: 128),
        BuiltinOperator(rawValue: 129),
        BuiltinOperator(rawValue: 130),
        BuiltinOperator(rawValue: 131),
        BuiltinOperator(rawValue: 132),
        BuiltinOperator(rawValue: 133),
        BuiltinOperator(rawValue: 134),
        BuiltinOperator(rawValue: 135),
        BuiltinOperator(rawValue: 136),
        BuiltinOperator(rawValue: 137),
        BuiltinOperator(rawValue: 138),
        BuiltinOperator(rawValue: 139),
        BuiltinOperator(rawValue: 140),
        BuiltinOperator(rawValue: 141),
        BuiltinOperator(rawValue: 142),
        BuiltinOperator(rawValue: 143),
        BuiltinOperator(rawValue: 144),
        BuiltinOperator(rawValue: 145),
        BuiltinOperator(rawValue: 146),
        BuiltinOperator(rawValue: 147),
        BuiltinOperator(rawValue: 148),
        BuiltinOperator(rawValue: 149),
        BuiltinOperator(rawValue: 150),
        BuiltinOperator(rawValue: 151),
        BuiltinOperator(rawValue: 152),
        BuiltinOperator(rawValue: 153),
        BuiltinOperator(rawValue: 154),
        BuiltinOperator(rawValue: 155),
        BuiltinOperator(rawValue: 156),
        BuiltinOperator(rawValue: 157),
        BuiltinOperator(rawValue: 158),
        BuiltinOperator(rawValue: 159),
        BuiltinOperator(rawValue: 160),
        BuiltinOperator(rawValue: 161),
        BuiltinOperator(rawValue: 162),
        BuiltinOperator(rawValue: 163),
        BuiltinOperator(rawValue: 164),
        BuiltinOperator(rawValue: 165),
        BuiltinOperator(rawValue: 166),
        BuiltinOperator(rawValue: 167),
        BuiltinOperator(rawValue: 168),
        BuiltinOperator(rawValue: 169),
        BuiltinOperator(rawValue: 170),
        BuiltinOperator(rawValue: 171),
        BuiltinOperator(rawValue: 172),
        BuiltinOperator(rawValue: 173),
        BuiltinOperator(rawValue: 174),
        BuiltinOperator(rawValue: 175),
        BuiltinOperator(rawValue: 176),
        BuiltinOperator(rawValue: 177),
        BuiltinOperator(rawValue: 178),
        BuiltinOperator(rawValue: 179),
        BuiltinOperator(rawValue: 180),
        BuiltinOperator(rawValue: 181),
        BuiltinOperator(rawValue: 182),
        BuiltinOperator(rawValue: 183),
        BuiltinOperator(rawValue: 184),
        BuiltinOperator(rawValue: 185),
        BuiltinOperator(rawValue: 186),
        BuiltinOperator(rawValue: 187),
        BuiltinOperator(rawValue: 188),
        BuiltinOperator(rawValue: 189),
        BuiltinOperator(rawValue: 190),
        BuiltinOperator(rawValue: 191),
        BuiltinOperator(rawValue: 192),
        BuiltinOperator(rawValue: 193),
        BuiltinOperator(rawValue: 194),
        BuiltinOperator(rawValue: 195),
        BuiltinOperator(rawValue: 196),
        BuiltinOperator(rawValue: 197),
        BuiltinOperator(rawValue: 198),
        BuiltinOperator(rawValue: 199),
        BuiltinOperator(rawValue: 200),
        BuiltinOperator(rawValue: 201),
        BuiltinOperator(rawValue: 202),
        BuiltinOperator(rawValue: 203),
        BuiltinOperator(rawValue: 204),
        BuiltinOperator(rawValue: 205),
        BuiltinOperator(rawValue: 206),
        BuiltinOperator(rawValue: 207),
        BuiltinOperator(rawValue: 208),
        BuiltinOperator(rawValue: 209),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "ADD"
        case 1: "AVERAGE_POOL_2D"
        case 2: "CONCATENATION"
        case 3: "CONV_2D"
        case 4: "DEPTHWISE_CONV_2D"
        case 5: "DEPTH_TO_SPACE"
        case 6: "DEQUANTIZE"
        case 7: "EMBEDDING_LOOKUP"
        case 8: "FLOOR"
        case 9: "FULLY_CONNECTED"
        case 10: "HASHTABLE_LOOKUP"
        case 11: "L2_NORMALIZATION"
        case 12: "L2_POOL_2D"
        case 13: "LOCAL_RESPONSE_NORMALIZATION"
        case 14: "LOGISTIC"
        case 15: "LSH_PROJECTION"
        case 16: "LSTM"
        case 17: "MAX_POOL_2D"
        case 18: "MUL"
        case 19: "RELU"
        case 20: "RELU_N1_TO_1"
        case 21: "RELU6"
        case 22: "RESHAPE"
        case 23: "RESIZE_BILINEAR"
        case 24: "RNN"
        case 25: "SOFTMAX"
        case 26: "SPACE_TO_DEPTH"
        case 27: "SVDF"
        case 28: "TANH"
        case 29: "CONCAT_EMBEDDINGS"
        case 30: "SKIP_GRAM"
        case 31: "CALL"
        case 32: "CUSTOM"
        case 33: "EMBEDDING_LOOKUP_SPARSE"
        case 34: "PAD"
        case 35: "UNIDIRECTIONAL_SEQUENCE_RNN"
        case 36: "GATHER"
        case 37: "BATCH_TO_SPACE_ND"
        case 38: "SPACE_TO_BATCH_ND"
        case 39: "TRANSPOSE"
        case 40: "MEAN"
        case 41: "SUB"
        case 42: "DIV"
        case 43: "SQUEEZE"
        case 44: "UNIDIRECTIONAL_SEQUENCE_LSTM"
        case 45: "STRIDED_SLICE"
        case 46: "BIDIRECTIONAL_SEQUENCE_RNN"
        case 47: "EXP"
        case 48: "TOPK_V2"
        case 49: "SPLIT"
        case 50: "LOG_SOFTMAX"
        case 51: "DELEGATE"
        case 52: "BIDIRECTIONAL_SEQUENCE_LSTM"
        case 53: "CAST"
        case 54: "PRELU"
        case 55: "MAXIMUM"
        case 56: "ARG_MAX"
        case 57: "MINIMUM"
        case 58: "LESS"
        case 59: "NEG"
        case 60: "PADV2"
        case 61: "GREATER"
        case 62: "GREATER_EQUAL"
        case 63: "LESS_EQUAL"
        case 64: "SELECT"
        case 65: "SLICE"
        case 66: "SIN"
        case 67: "TRANSPOSE_CONV"
        case 68: "SPARSE_TO_DENSE"
        case 69: "TILE"
        case 70: "EXPAND_DIMS"
        case 71: "EQUAL"
        case 72: "NOT_EQUAL"
        case 73: "LOG"
        case 74: "SUM"
        case 75: "SQRT"
        case 76: "RSQRT"
        case 77: "SHAPE"
        case 78: "POW"
        case 79: "ARG_MIN"
        case 80: "FAKE_QUANT"
        case 81: "REDUCE_PROD"
        case 82: "REDUCE_MAX"
        case 83: "PACK"
        case 84: "LOGICAL_OR"
        case 85: "ONE_HOT"
        case 86: "LOGICAL_AND"
        case 87: "LOGICAL_NOT"
        case 88: "UNPACK"
        case 89: "REDUCE_MIN"
        case 90: "FLOOR_DIV"
        case 91: "REDUCE_ANY"
        case 92: "SQUARE"
        case 93: "ZEROS_LIKE"
        case 94: "FILL"
        case 95: "FLOOR_MOD"
        case 96: "RANGE"
        case 97: "RESIZE_NEAREST_NEIGHBOR"
        case 98: "LEAKY_RELU"
        case 99: "SQUARED_DIFFERENCE"
        case 100: "MIRROR_PAD"
        case 101: "ABS"
        case 102: "SPLIT_V"
        case 103: "UNIQUE"
        case 104: "CEIL"
        case 105: "REVERSE_V2"
        case 106: "ADD_N"
        case 107: "GATHER_ND"
        case 108: "COS"
        case 109: "WHERE"
        case 110: "RANK"
        case 111: "ELU"
        case 112: "REVERSE_SEQUENCE"
        case 113: "MATRIX_DIAG"
        case 114: "QUANTIZE"
        case 115: "MATRIX_SET_DIAG"
        case 116: "ROUND"
        case 117: "HARD_SWISH"
        case 118: "IF"
        case 119: "WHILE"
        case 120: "NON_MAX_SUPPRESSION_V4"
        case 121: "NON_MAX_SUPPRESSION_V5"
        case 122: "SCATTER_ND"
        case 123: "SELECT_V2"
        case 124: "DENSIFY"
        case 125: "SEGMENT_SUM"
        case 126: "BATCH_MATMUL"
        case 127: "PLACEHOLDER_FOR_GREATER_OP_CODES"
        case 128: "CUMSUM"
        case 129: "CALL_ONCE"
        case 130: "BROADCAST_TO"
        case 131: "RFFT2D"
        case 132: "CONV_3D"
        case 133: "IMAG"
        case 134: "REAL"
        case 135: "COMPLEX_ABS"
        case 136: "HASHTABLE"
        case 137: "HASHTABLE_FIND"
        case 138: "HASHTABLE_IMPORT"
        case 139: "HASHTABLE_SIZE"
        case 140: "REDUCE_ALL"
        case 141: "CONV_3D_TRANSPOSE"
        case 142: "VAR_HANDLE"
        case 143: "READ_VARIABLE"
        case 144: "ASSIGN_VARIABLE"
        case 145: "BROADCAST_ARGS"
        case 146: "RANDOM_STANDARD_NORMAL"
        case 147: "BUCKETIZE"
        case 148: "RANDOM_UNIFORM"
        case 149: "MULTINOMIAL"
        case 150: "GELU"
        case 151: "DYNAMIC_UPDATE_SLICE"
        case 152: "RELU_0_TO_1"
        case 153: "UNSORTED_SEGMENT_PROD"
        case 154: "UNSORTED_SEGMENT_MAX"
        case 155: "UNSORTED_SEGMENT_SUM"
        case 156: "ATAN2"
        case 157: "UNSORTED_SEGMENT_MIN"
        case 158: "SIGN"
        case 159: "BITCAST"
        case 160: "BITWISE_XOR"
        case 161: "RIGHT_SHIFT"
        case 162: "STABLEHLO_LOGISTIC"
        case 163: "STABLEHLO_ADD"
        case 164: "STABLEHLO_DIVIDE"
        case 165: "STABLEHLO_MULTIPLY"
        case 166: "STABLEHLO_MAXIMUM"
        case 167: "STABLEHLO_RESHAPE"
        case 168: "STABLEHLO_CLAMP"
        case 169: "STABLEHLO_CONCATENATE"
        case 170: "STABLEHLO_BROADCAST_IN_DIM"
        case 171: "STABLEHLO_CONVOLUTION"
        case 172: "STABLEHLO_SLICE"
        case 173: "STABLEHLO_CUSTOM_CALL"
        case 174: "STABLEHLO_REDUCE"
        case 175: "STABLEHLO_ABS"
        case 176: "STABLEHLO_AND"
        case 177: "STABLEHLO_COSINE"
        case 178: "STABLEHLO_EXPONENTIAL"
        case 179: "STABLEHLO_FLOOR"
        case 180: "STABLEHLO_LOG"
        case 181: "STABLEHLO_MINIMUM"
        case 182: "STABLEHLO_NEGATE"
        case 183: "STABLEHLO_OR"
        case 184: "STABLEHLO_POWER"
        case 185: "STABLEHLO_REMAINDER"
        case 186: "STABLEHLO_RSQRT"
        case 187: "STABLEHLO_SELECT"
        case 188: "STABLEHLO_SUBTRACT"
        case 189: "STABLEHLO_TANH"
        case 190: "STABLEHLO_SCATTER"
        case 191: "STABLEHLO_COMPARE"
        case 192: "STABLEHLO_CONVERT"
        case 193: "STABLEHLO_DYNAMIC_SLICE"
        case 194: "STABLEHLO_DYNAMIC_UPDATE_SLICE"
        case 195: "STABLEHLO_PAD"
        case 196: "STABLEHLO_IOTA"
        case 197: "STABLEHLO_DOT_GENERAL"
        case 198: "STABLEHLO_REDUCE_WINDOW"
        case 199: "STABLEHLO_SORT"
        case 200: "STABLEHLO_WHILE"
        case 201: "STABLEHLO_GATHER"
        case 202: "STABLEHLO_TRANSPOSE"
        case 203: "DILATE"
        case 204: "STABLEHLO_RNG_BIT_GENERATOR"
        case 205: "REDUCE_WINDOW"
        case 206: "STABLEHLO_COMPOSITE"
        case 207: "STABLEHLO_SHIFT_LEFT"
        case 208: "STABLEHLO_CBRT"
        case 209: "STABLEHLO_CASE"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "BuiltinOperator(\(rawValue))" }
}

/// The type tag of the `BuiltinOptions` union of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct BuiltinOptionsType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: UInt8
    /// Wraps a wire value, known or not.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `NONE` (0).
    public static let none = BuiltinOptionsType(rawValue: 0)
    /// `Conv2DOptions` (1).
    public static let conv2DOptions = BuiltinOptionsType(rawValue: 1)
    /// `DepthwiseConv2DOptions` (2).
    public static let depthwiseConv2DOptions = BuiltinOptionsType(rawValue: 2)
    /// `ConcatEmbeddingsOptions` (3).
    public static let concatEmbeddingsOptions = BuiltinOptionsType(rawValue: 3)
    /// `LSHProjectionOptions` (4).
    public static let lshProjectionOptions = BuiltinOptionsType(rawValue: 4)
    /// `Pool2DOptions` (5).
    public static let pool2DOptions = BuiltinOptionsType(rawValue: 5)
    /// `SVDFOptions` (6).
    public static let svdfOptions = BuiltinOptionsType(rawValue: 6)
    /// `RNNOptions` (7).
    public static let rnnOptions = BuiltinOptionsType(rawValue: 7)
    /// `FullyConnectedOptions` (8).
    public static let fullyConnectedOptions = BuiltinOptionsType(rawValue: 8)
    /// `SoftmaxOptions` (9).
    public static let softmaxOptions = BuiltinOptionsType(rawValue: 9)
    /// `ConcatenationOptions` (10).
    public static let concatenationOptions = BuiltinOptionsType(rawValue: 10)
    /// `AddOptions` (11).
    public static let addOptions = BuiltinOptionsType(rawValue: 11)
    /// `L2NormOptions` (12).
    public static let l2NormOptions = BuiltinOptionsType(rawValue: 12)
    /// `LocalResponseNormalizationOptions` (13).
    public static let localResponseNormalizationOptions = BuiltinOptionsType(rawValue: 13)
    /// `LSTMOptions` (14).
    public static let lstmOptions = BuiltinOptionsType(rawValue: 14)
    /// `ResizeBilinearOptions` (15).
    public static let resizeBilinearOptions = BuiltinOptionsType(rawValue: 15)
    /// `CallOptions` (16).
    public static let callOptions = BuiltinOptionsType(rawValue: 16)
    /// `ReshapeOptions` (17).
    public static let reshapeOptions = BuiltinOptionsType(rawValue: 17)
    /// `SkipGramOptions` (18).
    public static let skipGramOptions = BuiltinOptionsType(rawValue: 18)
    /// `SpaceToDepthOptions` (19).
    public static let spaceToDepthOptions = BuiltinOptionsType(rawValue: 19)
    /// `EmbeddingLookupSparseOptions` (20).
    public static let embeddingLookupSparseOptions = BuiltinOptionsType(rawValue: 20)
    /// `MulOptions` (21).
    public static let mulOptions = BuiltinOptionsType(rawValue: 21)
    /// `PadOptions` (22).
    public static let padOptions = BuiltinOptionsType(rawValue: 22)
    /// `GatherOptions` (23).
    public static let gatherOptions = BuiltinOptionsType(rawValue: 23)
    /// `BatchToSpaceNDOptions` (24).
    public static let batchToSpaceNDOptions = BuiltinOptionsType(rawValue: 24)
    /// `SpaceToBatchNDOptions` (25).
    public static let spaceToBatchNDOptions = BuiltinOptionsType(rawValue: 25)
    /// `TransposeOptions` (26).
    public static let transposeOptions = BuiltinOptionsType(rawValue: 26)
    /// `ReducerOptions` (27).
    public static let reducerOptions = BuiltinOptionsType(rawValue: 27)
    /// `SubOptions` (28).
    public static let subOptions = BuiltinOptionsType(rawValue: 28)
    /// `DivOptions` (29).
    public static let divOptions = BuiltinOptionsType(rawValue: 29)
    /// `SqueezeOptions` (30).
    public static let squeezeOptions = BuiltinOptionsType(rawValue: 30)
    /// `SequenceRNNOptions` (31).
    public static let sequenceRNNOptions = BuiltinOptionsType(rawValue: 31)
    /// `StridedSliceOptions` (32).
    public static let stridedSliceOptions = BuiltinOptionsType(rawValue: 32)
    /// `ExpOptions` (33).
    public static let expOptions = BuiltinOptionsType(rawValue: 33)
    /// `TopKV2Options` (34).
    public static let topKV2Options = BuiltinOptionsType(rawValue: 34)
    /// `SplitOptions` (35).
    public static let splitOptions = BuiltinOptionsType(rawValue: 35)
    /// `LogSoftmaxOptions` (36).
    public static let logSoftmaxOptions = BuiltinOptionsType(rawValue: 36)
    /// `CastOptions` (37).
    public static let castOptions = BuiltinOptionsType(rawValue: 37)
    /// `DequantizeOptions` (38).
    public static let dequantizeOptions = BuiltinOptionsType(rawValue: 38)
    /// `MaximumMinimumOptions` (39).
    public static let maximumMinimumOptions = BuiltinOptionsType(rawValue: 39)
    /// `ArgMaxOptions` (40).
    public static let argMaxOptions = BuiltinOptionsType(rawValue: 40)
    /// `LessOptions` (41).
    public static let lessOptions = BuiltinOptionsType(rawValue: 41)
    /// `NegOptions` (42).
    public static let negOptions = BuiltinOptionsType(rawValue: 42)
    /// `PadV2Options` (43).
    public static let padV2Options = BuiltinOptionsType(rawValue: 43)
    /// `GreaterOptions` (44).
    public static let greaterOptions = BuiltinOptionsType(rawValue: 44)
    /// `GreaterEqualOptions` (45).
    public static let greaterEqualOptions = BuiltinOptionsType(rawValue: 45)
    /// `LessEqualOptions` (46).
    public static let lessEqualOptions = BuiltinOptionsType(rawValue: 46)
    /// `SelectOptions` (47).
    public static let selectOptions = BuiltinOptionsType(rawValue: 47)
    /// `SliceOptions` (48).
    public static let sliceOptions = BuiltinOptionsType(rawValue: 48)
    /// `TransposeConvOptions` (49).
    public static let transposeConvOptions = BuiltinOptionsType(rawValue: 49)
    /// `SparseToDenseOptions` (50).
    public static let sparseToDenseOptions = BuiltinOptionsType(rawValue: 50)
    /// `TileOptions` (51).
    public static let tileOptions = BuiltinOptionsType(rawValue: 51)
    /// `ExpandDimsOptions` (52).
    public static let expandDimsOptions = BuiltinOptionsType(rawValue: 52)
    /// `EqualOptions` (53).
    public static let equalOptions = BuiltinOptionsType(rawValue: 53)
    /// `NotEqualOptions` (54).
    public static let notEqualOptions = BuiltinOptionsType(rawValue: 54)
    /// `ShapeOptions` (55).
    public static let shapeOptions = BuiltinOptionsType(rawValue: 55)
    /// `PowOptions` (56).
    public static let powOptions = BuiltinOptionsType(rawValue: 56)
    /// `ArgMinOptions` (57).
    public static let argMinOptions = BuiltinOptionsType(rawValue: 57)
    /// `FakeQuantOptions` (58).
    public static let fakeQuantOptions = BuiltinOptionsType(rawValue: 58)
    /// `PackOptions` (59).
    public static let packOptions = BuiltinOptionsType(rawValue: 59)
    /// `LogicalOrOptions` (60).
    public static let logicalOrOptions = BuiltinOptionsType(rawValue: 60)
    /// `OneHotOptions` (61).
    public static let oneHotOptions = BuiltinOptionsType(rawValue: 61)
    /// `LogicalAndOptions` (62).
    public static let logicalAndOptions = BuiltinOptionsType(rawValue: 62)
    /// `LogicalNotOptions` (63).
    public static let logicalNotOptions = BuiltinOptionsType(rawValue: 63)
    /// `UnpackOptions` (64).
    public static let unpackOptions = BuiltinOptionsType(rawValue: 64)
    /// `FloorDivOptions` (65).
    public static let floorDivOptions = BuiltinOptionsType(rawValue: 65)
    /// `SquareOptions` (66).
    public static let squareOptions = BuiltinOptionsType(rawValue: 66)
    /// `ZerosLikeOptions` (67).
    public static let zerosLikeOptions = BuiltinOptionsType(rawValue: 67)
    /// `FillOptions` (68).
    public static let fillOptions = BuiltinOptionsType(rawValue: 68)
    /// `BidirectionalSequenceLSTMOptions` (69).
    public static let bidirectionalSequenceLSTMOptions = BuiltinOptionsType(rawValue: 69)
    /// `BidirectionalSequenceRNNOptions` (70).
    public static let bidirectionalSequenceRNNOptions = BuiltinOptionsType(rawValue: 70)
    /// `UnidirectionalSequenceLSTMOptions` (71).
    public static let unidirectionalSequenceLSTMOptions = BuiltinOptionsType(rawValue: 71)
    /// `FloorModOptions` (72).
    public static let floorModOptions = BuiltinOptionsType(rawValue: 72)
    /// `RangeOptions` (73).
    public static let rangeOptions = BuiltinOptionsType(rawValue: 73)
    /// `ResizeNearestNeighborOptions` (74).
    public static let resizeNearestNeighborOptions = BuiltinOptionsType(rawValue: 74)
    /// `LeakyReluOptions` (75).
    public static let leakyReluOptions = BuiltinOptionsType(rawValue: 75)
    /// `SquaredDifferenceOptions` (76).
    public static let squaredDifferenceOptions = BuiltinOptionsType(rawValue: 76)
    /// `MirrorPadOptions` (77).
    public static let mirrorPadOptions = BuiltinOptionsType(rawValue: 77)
    /// `AbsOptions` (78).
    public static let absOptions = BuiltinOptionsType(rawValue: 78)
    /// `SplitVOptions` (79).
    public static let splitVOptions = BuiltinOptionsType(rawValue: 79)
    /// `UniqueOptions` (80).
    public static let uniqueOptions = BuiltinOptionsType(rawValue: 80)
    /// `ReverseV2Options` (81).
    public static let reverseV2Options = BuiltinOptionsType(rawValue: 81)
    /// `AddNOptions` (82).
    public static let addNOptions = BuiltinOptionsType(rawValue: 82)
    /// `GatherNdOptions` (83).
    public static let gatherNdOptions = BuiltinOptionsType(rawValue: 83)
    /// `CosOptions` (84).
    public static let cosOptions = BuiltinOptionsType(rawValue: 84)
    /// `WhereOptions` (85).
    public static let whereOptions = BuiltinOptionsType(rawValue: 85)
    /// `RankOptions` (86).
    public static let rankOptions = BuiltinOptionsType(rawValue: 86)
    /// `ReverseSequenceOptions` (87).
    public static let reverseSequenceOptions = BuiltinOptionsType(rawValue: 87)
    /// `MatrixDiagOptions` (88).
    public static let matrixDiagOptions = BuiltinOptionsType(rawValue: 88)
    /// `QuantizeOptions` (89).
    public static let quantizeOptions = BuiltinOptionsType(rawValue: 89)
    /// `MatrixSetDiagOptions` (90).
    public static let matrixSetDiagOptions = BuiltinOptionsType(rawValue: 90)
    /// `HardSwishOptions` (91).
    public static let hardSwishOptions = BuiltinOptionsType(rawValue: 91)
    /// `IfOptions` (92).
    public static let ifOptions = BuiltinOptionsType(rawValue: 92)
    /// `WhileOptions` (93).
    public static let whileOptions = BuiltinOptionsType(rawValue: 93)
    /// `DepthToSpaceOptions` (94).
    public static let depthToSpaceOptions = BuiltinOptionsType(rawValue: 94)
    /// `NonMaxSuppressionV4Options` (95).
    public static let nonMaxSuppressionV4Options = BuiltinOptionsType(rawValue: 95)
    /// `NonMaxSuppressionV5Options` (96).
    public static let nonMaxSuppressionV5Options = BuiltinOptionsType(rawValue: 96)
    /// `ScatterNdOptions` (97).
    public static let scatterNdOptions = BuiltinOptionsType(rawValue: 97)
    /// `SelectV2Options` (98).
    public static let selectV2Options = BuiltinOptionsType(rawValue: 98)
    /// `DensifyOptions` (99).
    public static let densifyOptions = BuiltinOptionsType(rawValue: 99)
    /// `SegmentSumOptions` (100).
    public static let segmentSumOptions = BuiltinOptionsType(rawValue: 100)
    /// `BatchMatMulOptions` (101).
    public static let batchMatMulOptions = BuiltinOptionsType(rawValue: 101)
    /// `CumsumOptions` (102).
    public static let cumsumOptions = BuiltinOptionsType(rawValue: 102)
    /// `CallOnceOptions` (103).
    public static let callOnceOptions = BuiltinOptionsType(rawValue: 103)
    /// `BroadcastToOptions` (104).
    public static let broadcastToOptions = BuiltinOptionsType(rawValue: 104)
    /// `Rfft2dOptions` (105).
    public static let rfft2dOptions = BuiltinOptionsType(rawValue: 105)
    /// `Conv3DOptions` (106).
    public static let conv3DOptions = BuiltinOptionsType(rawValue: 106)
    /// `HashtableOptions` (107).
    public static let hashtableOptions = BuiltinOptionsType(rawValue: 107)
    /// `HashtableFindOptions` (108).
    public static let hashtableFindOptions = BuiltinOptionsType(rawValue: 108)
    /// `HashtableImportOptions` (109).
    public static let hashtableImportOptions = BuiltinOptionsType(rawValue: 109)
    /// `HashtableSizeOptions` (110).
    public static let hashtableSizeOptions = BuiltinOptionsType(rawValue: 110)
    /// `VarHandleOptions` (111).
    public static let varHandleOptions = BuiltinOptionsType(rawValue: 111)
    /// `ReadVariableOptions` (112).
    public static let readVariableOptions = BuiltinOptionsType(rawValue: 112)
    /// `AssignVariableOptions` (113).
    public static let assignVariableOptions = BuiltinOptionsType(rawValue: 113)
    /// `RandomOptions` (114).
    public static let randomOptions = BuiltinOptionsType(rawValue: 114)
    /// `BucketizeOptions` (115).
    public static let bucketizeOptions = BuiltinOptionsType(rawValue: 115)
    /// `GeluOptions` (116).
    public static let geluOptions = BuiltinOptionsType(rawValue: 116)
    /// `DynamicUpdateSliceOptions` (117).
    public static let dynamicUpdateSliceOptions = BuiltinOptionsType(rawValue: 117)
    /// `UnsortedSegmentProdOptions` (118).
    public static let unsortedSegmentProdOptions = BuiltinOptionsType(rawValue: 118)
    /// `UnsortedSegmentMaxOptions` (119).
    public static let unsortedSegmentMaxOptions = BuiltinOptionsType(rawValue: 119)
    /// `UnsortedSegmentMinOptions` (120).
    public static let unsortedSegmentMinOptions = BuiltinOptionsType(rawValue: 120)
    /// `UnsortedSegmentSumOptions` (121).
    public static let unsortedSegmentSumOptions = BuiltinOptionsType(rawValue: 121)
    /// `ATan2Options` (122).
    public static let aTan2Options = BuiltinOptionsType(rawValue: 122)
    /// `SignOptions` (123).
    public static let signOptions = BuiltinOptionsType(rawValue: 123)
    /// `BitcastOptions` (124).
    public static let bitcastOptions = BuiltinOptionsType(rawValue: 124)
    /// `BitwiseXorOptions` (125).
    public static let bitwiseXorOptions = BuiltinOptionsType(rawValue: 125)
    /// `RightShiftOptions` (126).
    public static let rightShiftOptions = BuiltinOptionsType(rawValue: 126)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [BuiltinOptionsType] = [
        BuiltinOptionsType(rawValue: 0),
        BuiltinOptionsType(rawValue: 1),
        BuiltinOptionsType(rawValue: 2),
        BuiltinOptionsType(rawValue: 3),
        BuiltinOptionsType(rawValue: 4),
        BuiltinOptionsType(rawValue: 5),
        BuiltinOptionsType(rawValue: 6),
        BuiltinOptionsType(rawValue: 7),
        BuiltinOptionsType(rawValue: 8),
        BuiltinOptionsType(rawValue: 9),
        BuiltinOptionsType(rawValue: 10),
        BuiltinOptionsType(rawValue: 11),
        BuiltinOptionsType(rawValue: 12),
        BuiltinOptionsType(rawValue: 13),
        BuiltinOptionsType(rawValue: 14),
        BuiltinOptionsType(rawValue: 15),
        BuiltinOptionsType(rawValue: 16),
        BuiltinOptionsType(rawValue: 17),
        BuiltinOptionsType(rawValue: 18),
        BuiltinOptionsType(rawValue: 19),
        BuiltinOptionsType(rawValue: 20),
        BuiltinOptionsType(rawValue: 21),
        BuiltinOptionsType(rawValue: 22),
        BuiltinOptionsType(rawValue: 23),
        BuiltinOptionsType(rawValue: 24),
        BuiltinOptionsType(rawValue: 25),
        BuiltinOptionsType(rawValue: 26),
        BuiltinOptionsType(rawValue: 27),
        BuiltinOptionsType(rawValue: 28),
        BuiltinOptionsType(rawValue: 29),
        BuiltinOptionsType(rawValue: 30),
        BuiltinOptionsType(rawValue: 31),
        BuiltinOptionsType(rawValue: 32),
        BuiltinOptionsType(rawValue: 33),
        BuiltinOptionsType(rawValue: 34),
        BuiltinOptionsType(rawValue: 35),
        BuiltinOptionsType(rawValue: 36),
        BuiltinOptionsType(rawValue: 37),
        BuiltinOptionsType(rawValue: 38),
        BuiltinOptionsType(rawValue: 39),
        BuiltinOptionsType(rawValue: 40),
        BuiltinOptionsType(rawValue: 41),
        BuiltinOptionsType(rawValue: 42),
        BuiltinOptionsType(rawValue: 43),
        BuiltinOptionsType(rawValue: 44),
        BuiltinOptionsType(rawValue: 45),
        BuiltinOptionsType(rawValue: 46),
        BuiltinOptionsType(rawValue: 47),
        BuiltinOptionsType(rawValue: 48),
        BuiltinOptionsType(rawValue: 49),
        BuiltinOptionsType(rawValue: 50),
        BuiltinOptionsType(rawValue: 51),
        BuiltinOptionsType(rawValue: 52),
        BuiltinOptionsType(rawValue: 53),
        BuiltinOptionsType(rawValue: 54),
        BuiltinOptionsType(rawValue: 55),
        BuiltinOptionsType(rawValue: 56),
        BuiltinOptionsType(rawValue: 57),
        BuiltinOptionsType(rawValue: 58),
        BuiltinOptionsType(rawValue: 59),
        BuiltinOptionsType(rawValue: 60),
        BuiltinOptionsType(rawValue: 61),
        BuiltinOptionsType(rawValue: 62),
        BuiltinOptionsType(rawValue: 63),
        BuiltinOptionsType(rawValue: 64),
        BuiltinOptionsType(rawValue: 65),
        BuiltinOptionsType(rawValue: 66),
        BuiltinOptionsType(rawValue: 67),
        BuiltinOptionsType(rawValue: 68),
        BuiltinOptionsType(rawValue: 69),
        BuiltinOptionsType(rawValue: 70),
        BuiltinOptionsType(rawValue: 71),
        BuiltinOptionsType(rawValue: 72),
        BuiltinOptionsType(rawValue: 73),
        BuiltinOptionsType(rawValue: 74),
        BuiltinOptionsType(rawValue: 75),
        BuiltinOptionsType(rawValue: 76),
        BuiltinOptionsType(rawValue: 77),
        BuiltinOptionsType(rawValue: 78),
        BuiltinOptionsType(rawValue: 79),
        BuiltinOptionsType(rawValue: 80),
        BuiltinOptionsType(rawValue: 81),
        BuiltinOptionsType(rawValue: 82),
        BuiltinOptionsType(rawValue: 83),
        BuiltinOptionsType(rawValue: 84),
        BuiltinOptionsType(rawValue: 85),
        BuiltinOptionsType(rawValue: 86),
        BuiltinOptionsType(rawValue: 87),
        BuiltinOptionsType(rawValue: 88),
        BuiltinOptionsType(rawValue: 89),
        BuiltinOptionsType(rawValue: 90),
        BuiltinOptionsType(rawValue: 91),
        BuiltinOptionsType(rawValue: 92),
        BuiltinOptionsType(rawValue: 93),
        BuiltinOptionsType(rawValue: 94),
        BuiltinOptionsType(rawValue: 95),
        BuiltinOptionsType(rawValue: 96),
        BuiltinOptionsType(rawValue: 97),
        BuiltinOptionsType(rawValue: 98),
        BuiltinOptionsType(rawValue: 99),
        BuiltinOptionsType(rawValue: 100),
        BuiltinOptionsType(rawValue: 101),
        BuiltinOptionsType(rawValue: 102),
        BuiltinOptionsType(rawValue: 103),
        BuiltinOptionsType(rawValue: 104),
        BuiltinOptionsType(rawValue: 105),
        BuiltinOptionsType(rawValue: 106),
        BuiltinOptionsType(rawValue: 107),
        BuiltinOptionsType(rawValue: 108),
        BuiltinOptionsType(rawValue: 109),
        BuiltinOptionsType(rawValue: 110),
        BuiltinOptionsType(rawValue: 111),
        BuiltinOptionsType(rawValue: 112),
        BuiltinOptionsType(rawValue: 113),
        BuiltinOptionsType(rawValue: 114),
        BuiltinOptionsType(rawValue: 115),
        BuiltinOptionsType(rawValue: 116),
        BuiltinOptionsType(rawValue: 117),
        BuiltinOptionsType(rawValue: 118),
        BuiltinOptionsType(rawValue: 119),
        BuiltinOptionsType(rawValue: 120),
        BuiltinOptionsType(rawValue: 121),
        BuiltinOptionsType(rawValue: 122),
        BuiltinOptionsType(rawValue: 123),
        BuiltinOptionsType(rawValue: 124),
        BuiltinOptionsType(rawValue: 125),
        BuiltinOptionsType(rawValue: 126),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "NONE"
        case 1: "Conv2DOptions"
        case 2: "DepthwiseConv2DOptions"
        case 3: "ConcatEmbeddingsOptions"
        case 4: "LSHProjectionOptions"
        case 5: "Pool2DOptions"
        case 6: "SVDFOptions"
        case 7: "RNNOptions"
        case 8: "FullyConnectedOptions"
        case 9: "SoftmaxOptions"
        case 10: "ConcatenationOptions"
        case 11: "AddOptions"
        case 12: "L2NormOptions"
        case 13: "LocalResponseNormalizationOptions"
        case 14: "LSTMOptions"
        case 15: "ResizeBilinearOptions"
        case 16: "CallOptions"
        case 17: "ReshapeOptions"
        case 18: "SkipGramOptions"
        case 19: "SpaceToDepthOptions"
        case 20: "EmbeddingLookupSparseOptions"
        case 21: "MulOptions"
        case 22: "PadOptions"
        case 23: "GatherOptions"
        case 24: "BatchToSpaceNDOptions"
        case 25: "SpaceToBatchNDOptions"
        case 26: "TransposeOptions"
        case 27: "ReducerOptions"
        case 28: "SubOptions"
        case 29: "DivOptions"
        case 30: "SqueezeOptions"
        case 31: "SequenceRNNOptions"
        case 32: "StridedSliceOptions"
        case 33: "ExpOptions"
        case 34: "TopKV2Options"
        case 35: "SplitOptions"
        case 36: "LogSoftmaxOptions"
        case 37: "CastOptions"
        case 38: "DequantizeOptions"
        case 39: "MaximumMinimumOptions"
        case 40: "ArgMaxOptions"
        case 41: "LessOptions"
        case 42: "NegOptions"
        case 43: "PadV2Options"
        case 44: "GreaterOptions"
        case 45: "GreaterEqualOptions"
        case 46: "LessEqualOptions"
        case 47: "SelectOptions"
        case 48: "SliceOptions"
        case 49: "TransposeConvOptions"
        case 50: "SparseToDenseOptions"
        case 51: "TileOptions"
        case 52: "ExpandDimsOptions"
        case 53: "EqualOptions"
        case 54: "NotEqualOptions"
        case 55: "ShapeOptions"
        case 56: "PowOptions"
        case 57: "ArgMinOptions"
        case 58: "FakeQuantOptions"
        case 59: "PackOptions"
        case 60: "LogicalOrOptions"
        case 61: "OneHotOptions"
        case 62: "LogicalAndOptions"
        case 63: "LogicalNotOptions"
        case 64: "UnpackOptions"
        case 65: "FloorDivOptions"
        case 66: "SquareOptions"
        case 67: "ZerosLikeOptions"
        case 68: "FillOptions"
        case 69: "BidirectionalSequenceLSTMOptions"
        case 70: "BidirectionalSequenceRNNOptions"
        case 71: "UnidirectionalSequenceLSTMOptions"
        case 72: "FloorModOptions"
        case 73: "RangeOptions"
        case 74: "ResizeNearestNeighborOptions"
        case 75: "LeakyReluOptions"
        case 76: "SquaredDifferenceOptions"
        case 77: "MirrorPadOptions"
        case 78: "AbsOptions"
        case 79: "SplitVOptions"
        case 80: "UniqueOptions"
        case 81: "ReverseV2Options"
        case 82: "AddNOptions"
        case 83: "GatherNdOptions"
        case 84: "CosOptions"
        case 85: "WhereOptions"
        case 86: "RankOptions"
        case 87: "ReverseSequenceOptions"
        case 88: "MatrixDiagOptions"
        case 89: "QuantizeOptions"
        case 90: "MatrixSetDiagOptions"
        case 91: "HardSwishOptions"
        case 92: "IfOptions"
        case 93: "WhileOptions"
        case 94: "DepthToSpaceOptions"
        case 95: "NonMaxSuppressionV4Options"
        case 96: "NonMaxSuppressionV5Options"
        case 97: "ScatterNdOptions"
        case 98: "SelectV2Options"
        case 99: "DensifyOptions"
        case 100: "SegmentSumOptions"
        case 101: "BatchMatMulOptions"
        case 102: "CumsumOptions"
        case 103: "CallOnceOptions"
        case 104: "BroadcastToOptions"
        case 105: "Rfft2dOptions"
        case 106: "Conv3DOptions"
        case 107: "HashtableOptions"
        case 108: "HashtableFindOptions"
        case 109: "HashtableImportOptions"
        case 110: "HashtableSizeOptions"
        case 111: "VarHandleOptions"
        case 112: "ReadVariableOptions"
        case 113: "AssignVariableOptions"
        case 114: "RandomOptions"
        case 115: "BucketizeOptions"
        case 116: "GeluOptions"
        case 117: "DynamicUpdateSliceOptions"
        case 118: "UnsortedSegmentProdOptions"
        case 119: "UnsortedSegmentMaxOptions"
        case 120: "UnsortedSegmentMinOptions"
        case 121: "UnsortedSegmentSumOptions"
        case 122: "ATan2Options"
        case 123: "SignOptions"
        case 124: "BitcastOptions"
        case 125: "BitwiseXorOptions"
        case 126: "RightShiftOptions"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "BuiltinOptionsType(\(rawValue))" }
}

/// The type tag of the `BuiltinOptions2` union of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct BuiltinOptions2Type: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: UInt8
    /// Wraps a wire value, known or not.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `NONE` (0).
    public static let none = BuiltinOptions2Type(rawValue: 0)
    /// `StablehloConcatenateOptions` (1).
    public static let stablehloConcatenateOptions = BuiltinOptions2Type(rawValue: 1)
    /// `StablehloBroadcastInDimOptions` (2).
    public static let stablehloBroadcastInDimOptions = BuiltinOptions2Type(rawValue: 2)
    /// `StablehloSliceOptions` (3).
    public static let stablehloSliceOptions = BuiltinOptions2Type(rawValue: 3)
    /// `StablehloConvolutionOptions` (4).
    public static let stablehloConvolutionOptions = BuiltinOptions2Type(rawValue: 4)
    /// `StablehloCustomCallOptions` (5).
    public static let stablehloCustomCallOptions = BuiltinOptions2Type(rawValue: 5)
    /// `StablehloReduceOptions` (6).
    public static let stablehloReduceOptions = BuiltinOptions2Type(rawValue: 6)
    /// `StablehloScatterOptions` (7).
    public static let stablehloScatterOptions = BuiltinOptions2Type(rawValue: 7)
    /// `StablehloCompareOptions` (8).
    public static let stablehloCompareOptions = BuiltinOptions2Type(rawValue: 8)
    /// `StablehloDynamicSliceOptions` (9).
    public static let stablehloDynamicSliceOptions = BuiltinOptions2Type(rawValue: 9)
    /// `StablehloPadOptions` (10).
    public static let stablehloPadOptions = BuiltinOptions2Type(rawValue: 10)
    /// `StablehloIotaOptions` (11).
    public static let stablehloIotaOptions = BuiltinOptions2Type(rawValue: 11)
    /// `StablehloDotGeneralOptions` (12).
    public static let stablehloDotGeneralOptions = BuiltinOptions2Type(rawValue: 12)
    /// `StablehloReduceWindowOptions` (13).
    public static let stablehloReduceWindowOptions = BuiltinOptions2Type(rawValue: 13)
    /// `StablehloSortOptions` (14).
    public static let stablehloSortOptions = BuiltinOptions2Type(rawValue: 14)
    /// `StablehloWhileOptions` (15).
    public static let stablehloWhileOptions = BuiltinOptions2Type(rawValue: 15)
    /// `StablehloGatherOptions` (16).
    public static let stablehloGatherOptions = BuiltinOptions2Type(rawValue: 16)
    /// `StablehloTransposeOptions` (17).
    public static let stablehloTransposeOptions = BuiltinOptions2Type(rawValue: 17)
    /// `DilateOptions` (18).
    public static let dilateOptions = BuiltinOptions2Type(rawValue: 18)
    /// `StablehloRngBitGeneratorOptions` (19).
    public static let stablehloRngBitGeneratorOptions = BuiltinOptions2Type(rawValue: 19)
    /// `ReduceWindowOptions` (20).
    public static let reduceWindowOptions = BuiltinOptions2Type(rawValue: 20)
    /// `StableHLOCompositeOptions` (21).
    public static let stableHLOCompositeOptions = BuiltinOptions2Type(rawValue: 21)
    /// `StablehloShiftLeftOptions` (22).
    public static let stablehloShiftLeftOptions = BuiltinOptions2Type(rawValue: 22)
    /// `StablehloCaseOptions` (23).
    public static let stablehloCaseOptions = BuiltinOptions2Type(rawValue: 23)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [BuiltinOptions2Type] = [
        BuiltinOptions2Type(rawValue: 0),
        BuiltinOptions2Type(rawValue: 1),
        BuiltinOptions2Type(rawValue: 2),
        BuiltinOptions2Type(rawValue: 3),
        BuiltinOptions2Type(rawValue: 4),
        BuiltinOptions2Type(rawValue: 5),
        BuiltinOptions2Type(rawValue: 6),
        BuiltinOptions2Type(rawValue: 7),
        BuiltinOptions2Type(rawValue: 8),
        BuiltinOptions2Type(rawValue: 9),
        BuiltinOptions2Type(rawValue: 10),
        BuiltinOptions2Type(rawValue: 11),
        BuiltinOptions2Type(rawValue: 12),
        BuiltinOptions2Type(rawValue: 13),
        BuiltinOptions2Type(rawValue: 14),
        BuiltinOptions2Type(rawValue: 15),
        BuiltinOptions2Type(rawValue: 16),
        BuiltinOptions2Type(rawValue: 17),
        BuiltinOptions2Type(rawValue: 18),
        BuiltinOptions2Type(rawValue: 19),
        BuiltinOptions2Type(rawValue: 20),
        BuiltinOptions2Type(rawValue: 21),
        BuiltinOptions2Type(rawValue: 22),
        BuiltinOptions2Type(rawValue: 23),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "NONE"
        case 1: "StablehloConcatenateOptions"
        case 2: "StablehloBroadcastInDimOptions"
        case 3: "StablehloSliceOptions"
        case 4: "StablehloConvolutionOptions"
        case 5: "StablehloCustomCallOptions"
        case 6: "StablehloReduceOptions"
        case 7: "StablehloScatterOptions"
        case 8: "StablehloCompareOptions"
        case 9: "StablehloDynamicSliceOptions"
        case 10: "StablehloPadOptions"
        case 11: "StablehloIotaOptions"
        case 12: "StablehloDotGeneralOptions"
        case 13: "StablehloReduceWindowOptions"
        case 14: "StablehloSortOptions"
        case 15: "StablehloWhileOptions"
        case 16: "StablehloGatherOptions"
        case 17: "StablehloTransposeOptions"
        case 18: "DilateOptions"
        case 19: "StablehloRngBitGeneratorOptions"
        case 20: "ReduceWindowOptions"
        case 21: "StableHLOCompositeOptions"
        case 22: "StablehloShiftLeftOptions"
        case 23: "StablehloCaseOptions"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "BuiltinOptions2Type(\(rawValue))" }
}

/// The `StablehloPrecisionConfig` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct StablehloPrecisionConfig: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: UInt32
    /// Wraps a wire value, known or not.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `DEFAULT` (0).
    public static let `default` = StablehloPrecisionConfig(rawValue: 0)
    /// `HIGH` (1).
    public static let high = StablehloPrecisionConfig(rawValue: 1)
    /// `HIGHEST` (2).
    public static let highest = StablehloPrecisionConfig(rawValue: 2)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [StablehloPrecisionConfig] = [
        StablehloPrecisionConfig(rawValue: 0),
        StablehloPrecisionConfig(rawValue: 1),
        StablehloPrecisionConfig(rawValue: 2),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "DEFAULT"
        case 1: "HIGH"
        case 2: "HIGHEST"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "StablehloPrecisionConfig(\(rawValue))" }
}

/// The `StablehloComparisonDirection` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct StablehloComparisonDirection: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: UInt32
    /// Wraps a wire value, known or not.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `STABLEHLO_COMPARISON_DIRECTION_EQ` (0).
    public static let stablehloComparisonDirectionEq = StablehloComparisonDirection(rawValue: 0)
    /// `STABLEHLO_COMPARISON_DIRECTION_NE` (1).
    public static let stablehloComparisonDirectionNe = StablehloComparisonDirection(rawValue: 1)
    /// `STABLEHLO_COMPARISON_DIRECTION_GE` (2).
    public static let stablehloComparisonDirectionGe = StablehloComparisonDirection(rawValue: 2)
    /// `STABLEHLO_COMPARISON_DIRECTION_GT` (3).
    public static let stablehloComparisonDirectionGt = StablehloComparisonDirection(rawValue: 3)
    /// `STABLEHLO_COMPARISON_DIRECTION_LE` (4).
    public static let stablehloComparisonDirectionLe = StablehloComparisonDirection(rawValue: 4)
    /// `STABLEHLO_COMPARISON_DIRECTION_LT` (5).
    public static let stablehloComparisonDirectionLt = StablehloComparisonDirection(rawValue: 5)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [StablehloComparisonDirection] = [
        StablehloComparisonDirection(rawValue: 0),
        StablehloComparisonDirection(rawValue: 1),
        StablehloComparisonDirection(rawValue: 2),
        StablehloComparisonDirection(rawValue: 3),
        StablehloComparisonDirection(rawValue: 4),
        StablehloComparisonDirection(rawValue: 5),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "STABLEHLO_COMPARISON_DIRECTION_EQ"
        case 1: "STABLEHLO_COMPARISON_DIRECTION_NE"
        case 2: "STABLEHLO_COMPARISON_DIRECTION_GE"
        case 3: "STABLEHLO_COMPARISON_DIRECTION_GT"
        case 4: "STABLEHLO_COMPARISON_DIRECTION_LE"
        case 5: "STABLEHLO_COMPARISON_DIRECTION_LT"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "StablehloComparisonDirection(\(rawValue))" }
}

/// The `StablehloComparisonType` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct StablehloComparisonType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: UInt32
    /// Wraps a wire value, known or not.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `STABLEHLO_COMPARISON_TYPE_NOTYPE` (0).
    public static let stablehloComparisonTypeNotype = StablehloComparisonType(rawValue: 0)
    /// `STABLEHLO_COMPARISON_TYPE_FLOAT` (1).
    public static let stablehloComparisonTypeFloat = StablehloComparisonType(rawValue: 1)
    /// `STABLEHLO_COMPARISON_TYPE_FLOAT_TOTAL_ORDER` (2).
    public static let stablehloComparisonTypeFloatTotalOrder = StablehloComparisonType(rawValue: 2)
    /// `STABLEHLO_COMPARISON_TYPE_SIGNED` (3).
    public static let stablehloComparisonTypeSigned = StablehloComparisonType(rawValue: 3)
    /// `STABLEHLO_COMPARISON_TYPE_UNSIGNED` (4).
    public static let stablehloComparisonTypeUnsigned = StablehloComparisonType(rawValue: 4)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [StablehloComparisonType] = [
        StablehloComparisonType(rawValue: 0),
        StablehloComparisonType(rawValue: 1),
        StablehloComparisonType(rawValue: 2),
        StablehloComparisonType(rawValue: 3),
        StablehloComparisonType(rawValue: 4),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "STABLEHLO_COMPARISON_TYPE_NOTYPE"
        case 1: "STABLEHLO_COMPARISON_TYPE_FLOAT"
        case 2: "STABLEHLO_COMPARISON_TYPE_FLOAT_TOTAL_ORDER"
        case 3: "STABLEHLO_COMPARISON_TYPE_SIGNED"
        case 4: "STABLEHLO_COMPARISON_TYPE_UNSIGNED"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "StablehloComparisonType(\(rawValue))" }
}

/// The `RngAlgorithm` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct RngAlgorithm: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `DEFAULT` (0).
    public static let `default` = RngAlgorithm(rawValue: 0)
    /// `PHILOX` (1).
    public static let philox = RngAlgorithm(rawValue: 1)
    /// `THREEFRY` (2).
    public static let threefry = RngAlgorithm(rawValue: 2)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [RngAlgorithm] = [
        RngAlgorithm(rawValue: 0),
        RngAlgorithm(rawValue: 1),
        RngAlgorithm(rawValue: 2),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "DEFAULT"
        case 1: "PHILOX"
        case 2: "THREEFRY"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "RngAlgorithm(\(rawValue))" }
}

/// The `Padding` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct Padding: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `SAME` (0).
    public static let same = Padding(rawValue: 0)
    /// `VALID` (1).
    public static let valid = Padding(rawValue: 1)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [Padding] = [
        Padding(rawValue: 0),
        Padding(rawValue: 1),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "SAME"
        case 1: "VALID"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "Padding(\(rawValue))" }
}

/// The `ActivationFunctionType` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct ActivationFunctionType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `NONE` (0).
    public static let none = ActivationFunctionType(rawValue: 0)
    /// `RELU` (1).
    public static let relu = ActivationFunctionType(rawValue: 1)
    /// `RELU_N1_TO_1` (2).
    public static let reluN1To1 = ActivationFunctionType(rawValue: 2)
    /// `RELU6` (3).
    public static let relu6 = ActivationFunctionType(rawValue: 3)
    /// `TANH` (4).
    public static let tanh = ActivationFunctionType(rawValue: 4)
    /// `SIGN_BIT` (5).
    public static let signBit = ActivationFunctionType(rawValue: 5)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [ActivationFunctionType] = [
        ActivationFunctionType(rawValue: 0),
        ActivationFunctionType(rawValue: 1),
        ActivationFunctionType(rawValue: 2),
        ActivationFunctionType(rawValue: 3),
        ActivationFunctionType(rawValue: 4),
        ActivationFunctionType(rawValue: 5),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "NONE"
        case 1: "RELU"
        case 2: "RELU_N1_TO_1"
        case 3: "RELU6"
        case 4: "TANH"
        case 5: "SIGN_BIT"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "ActivationFunctionType(\(rawValue))" }
}

/// The `LSHProjectionType` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct LSHProjectionType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `UNKNOWN` (0).
    public static let unknown = LSHProjectionType(rawValue: 0)
    /// `SPARSE` (1).
    public static let sparse = LSHProjectionType(rawValue: 1)
    /// `DENSE` (2).
    public static let dense = LSHProjectionType(rawValue: 2)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [LSHProjectionType] = [
        LSHProjectionType(rawValue: 0),
        LSHProjectionType(rawValue: 1),
        LSHProjectionType(rawValue: 2),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "UNKNOWN"
        case 1: "SPARSE"
        case 2: "DENSE"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "LSHProjectionType(\(rawValue))" }
}

/// The `FullyConnectedOptionsWeightsFormat` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct FullyConnectedOptionsWeightsFormat: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `DEFAULT` (0).
    public static let `default` = FullyConnectedOptionsWeightsFormat(rawValue: 0)
    /// `SHUFFLED4x16INT8` (1).
    public static let shuffled4x16int8 = FullyConnectedOptionsWeightsFormat(rawValue: 1)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [FullyConnectedOptionsWeightsFormat] = [
        FullyConnectedOptionsWeightsFormat(rawValue: 0),
        FullyConnectedOptionsWeightsFormat(rawValue: 1),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "DEFAULT"
        case 1: "SHUFFLED4x16INT8"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "FullyConnectedOptionsWeightsFormat(\(rawValue))" }
}

/// The `LSTMKernelType` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct LSTMKernelType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `FULL` (0).
    public static let full = LSTMKernelType(rawValue: 0)
    /// `BASIC` (1).
    public static let basic = LSTMKernelType(rawValue: 1)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [LSTMKernelType] = [
        LSTMKernelType(rawValue: 0),
        LSTMKernelType(rawValue: 1),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "FULL"
        case 1: "BASIC"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "LSTMKernelType(\(rawValue))" }
}

/// The `CombinerType` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct CombinerType: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `SUM` (0).
    public static let sum = CombinerType(rawValue: 0)
    /// `MEAN` (1).
    public static let mean = CombinerType(rawValue: 1)
    /// `SQRTN` (2).
    public static let sqrtn = CombinerType(rawValue: 2)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [CombinerType] = [
        CombinerType(rawValue: 0),
        CombinerType(rawValue: 1),
        CombinerType(rawValue: 2),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "SUM"
        case 1: "MEAN"
        case 2: "SQRTN"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "CombinerType(\(rawValue))" }
}

/// The `MirrorPadMode` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct MirrorPadMode: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `REFLECT` (0).
    public static let reflect = MirrorPadMode(rawValue: 0)
    /// `SYMMETRIC` (1).
    public static let symmetric = MirrorPadMode(rawValue: 1)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [MirrorPadMode] = [
        MirrorPadMode(rawValue: 0),
        MirrorPadMode(rawValue: 1),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "REFLECT"
        case 1: "SYMMETRIC"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "MirrorPadMode(\(rawValue))" }
}

/// The `ReduceWindowFunction` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct ReduceWindowFunction: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int32
    /// Wraps a wire value, known or not.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// `UNSUPPORTED` (0).
    public static let unsupported = ReduceWindowFunction(rawValue: 0)
    /// `ADD` (1).
    public static let add = ReduceWindowFunction(rawValue: 1)
    /// `MUL` (2).
    public static let mul = ReduceWindowFunction(rawValue: 2)
    /// `MINIMUM` (3).
    public static let minimum = ReduceWindowFunction(rawValue: 3)
    /// `MAXIMUM` (4).
    public static let maximum = ReduceWindowFunction(rawValue: 4)
    /// `ALL` (5).
    public static let all = ReduceWindowFunction(rawValue: 5)
    /// `ANY` (6).
    public static let `any` = ReduceWindowFunction(rawValue: 6)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [ReduceWindowFunction] = [
        ReduceWindowFunction(rawValue: 0),
        ReduceWindowFunction(rawValue: 1),
        ReduceWindowFunction(rawValue: 2),
        ReduceWindowFunction(rawValue: 3),
        ReduceWindowFunction(rawValue: 4),
        ReduceWindowFunction(rawValue: 5),
        ReduceWindowFunction(rawValue: 6),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "UNSUPPORTED"
        case 1: "ADD"
        case 2: "MUL"
        case 3: "MINIMUM"
        case 4: "MAXIMUM"
        case 5: "ALL"
        case 6: "ANY"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "ReduceWindowFunction(\(rawValue))" }
}

/// The `CustomOptionsFormat` enum of the TFLite schema.
///
/// An open set: values this schema version does not know are kept as they are.
public struct CustomOptionsFormat: FlatEnum, CustomStringConvertible {
    /// The wire value.
    public var rawValue: Int8
    /// Wraps a wire value, known or not.
    public init(rawValue: Int8) { self.rawValue = rawValue }

    /// `FLEXBUFFERS` (0).
    public static let flexbuffers = CustomOptionsFormat(rawValue: 0)

    /// Every value this schema version defines, in declaration order.
    public static let allKnown: [CustomOptionsFormat] = [
        CustomOptionsFormat(rawValue: 0),
    ]

    /// The schema's name for this value, or nil for an unknown value.
    public var name: String? {
        switch rawValue {
        case 0: "FLEXBUFFERS"
        default: nil
        }
    }

    /// The schema name, or `<type>(<raw value>)` when unknown.
    public var description: String { name ?? "CustomOptionsFormat(\(rawValue))" }
}

