import FlatBuffers

/// Facts about each ``TensorType`` that readers and writers need.
extension TensorType {
    /// NumPy's name for the type (`float32`, `int8`, ...), as TFLite's Python API reports it;
    /// nil for types NumPy has no name for (resource, variant).
    public var numpyName: String? {
        switch self {
        case .float32: "float32"
        case .float16: "float16"
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
        case .complex64: "complex64"
        case .complex128: "complex128"
        case .string: "object"
        case .int4: "int4"
        case .uint4: "uint4"
        case .int2: "int2"
        case .bfloat16: "bfloat16"
        case .float8E4m3fn: "float8_e4m3fn"
        case .float8E5m2: "float8_e5m2"
        default: nil
        }
    }

    /// How the type packs elements into bytes, for checking and sizing constant buffers.
    public enum Packing: Sendable, Equatable {
        /// A whole number of bytes per element.
        case bytes(Int)
        /// Several elements per byte (4-bit and 2-bit types).
        case elementsPerByte(Int)
        /// No fixed size (strings, resources, variants).
        case variable
    }

    /// The packing of this type in a constant buffer.
    public var packing: Packing {
        switch self {
        case .float32, .int32, .uint32: .bytes(4)
        case .float16, .bfloat16, .int16, .uint16: .bytes(2)
        case .float64, .int64, .uint64, .complex64: .bytes(8)
        case .complex128: .bytes(16)
        case .int8, .uint8, .bool, .float8E4m3fn, .float8E5m2: .bytes(1)
        case .int4, .uint4: .elementsPerByte(2)
        case .int2: .elementsPerByte(4)
        default: .variable
        }
    }

    /// The bytes needed for `elementCount` elements, or nil for variable-size types or overflow.
    public func byteCount(elements elementCount: Int) -> Int? {
        switch packing {
        case .bytes(let size):
            let (bytes, overflow) = elementCount.multipliedReportingOverflow(by: size)
            return overflow ? nil : bytes
        case .elementsPerByte(let perByte):
            return (elementCount + perByte - 1) / perByte
        case .variable:
            return nil
        }
    }
}

/// Shape arithmetic with overflow checks.
public enum ShapeArithmetic {
    /// The product of `dimensions`, or nil when a dimension is negative or the product overflows.
    public static func elementCount<Dimensions: Sequence>(_ dimensions: Dimensions) -> Int?
    where Dimensions.Element: BinaryInteger {
        var product = 1
        for dimension in dimensions {
            guard dimension >= 0, let value = Int(exactly: dimension) else { return nil }
            let (next, overflow) = product.multipliedReportingOverflow(by: value)
            guard !overflow else { return nil }
            product = next
        }
        return product
    }
}
