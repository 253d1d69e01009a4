/// The element type of a tensor at run time (TFLite's `TfLiteType`).
public enum ElementType: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// 32-bit IEEE float.
    case float32
    /// 16-bit IEEE float.
    case float16
    /// bfloat16.
    case bfloat16
    /// 64-bit IEEE float.
    case float64
    /// Signed 8-bit integer.
    case int8
    /// Unsigned 8-bit integer.
    case uint8
    /// Signed 16-bit integer.
    case int16
    /// Unsigned 16-bit integer.
    case uint16
    /// Signed 32-bit integer.
    case int32
    /// Unsigned 32-bit integer.
    case uint32
    /// Signed 64-bit integer.
    case int64
    /// Unsigned 64-bit integer.
    case uint64
    /// Boolean, one byte per element.
    case bool
    /// Variable-length strings in TFLite's packed string format.
    case string
    /// Complex numbers of two float32.
    case complex64
    /// Complex numbers of two float64.
    case complex128
    /// Signed 4-bit integer, packed two per byte in files.
    case int4
    /// A resource handle (variables, hash tables).
    case resource
    /// A variant (tensor lists).
    case variant

    /// Bytes per element; nil for types without a fixed size.
    public var byteSize: Int? {
        switch self {
        case .float32, .int32, .uint32: 4
        case .float16, .bfloat16, .int16, .uint16: 2
        case .float64, .int64, .uint64, .complex64: 8
        case .complex128: 16
        case .int8, .uint8, .bool: 1
        case .int4: 1  // unpacked to one byte per element at run time
        case .resource: 4  // an int32 resource id, as TFLite stores it
        case .string, .variant: nil
        }
    }

    /// NumPy's name, as TFLite's Python API reports it.
    public var numpyName: String {
        switch self {
        case .float32: "float32"
        case .float16: "float16"
        case .bfloat16: "bfloat16"
        case .float64: "float64"
        case .int8: "int8"
        case .uint8: "uint8"
        case .int16: "int16"
        case .uint16: "uint16"
        case .int32: "int32"
        case .uint32: "uint32"
        case .int64: "int64"
        case .uint64: "uint64"
        case .bool: "bool"
        case .string: "object"
        case .complex64: "complex64"
        case .complex128: "complex128"
        case .int4: "int4"
        case .resource: "resource"
        case .variant: "variant"
        }
    }

    /// The NumPy name.
    public var description: String { numpyName }

    /// Whether this is a floating-point type.
    public var isFloatingPoint: Bool {
        switch self {
        case .float32, .float16, .bfloat16, .float64: true
        default: false
        }
    }
}
