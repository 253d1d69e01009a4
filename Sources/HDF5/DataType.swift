/// An HDF5 element type, as far as this reader understands it.
public indirect enum HDF5DataType: Sendable, Equatable, CustomStringConvertible {
    /// A little-endian IEEE float of 2, 4 or 8 bytes.
    case float(bytes: Int)
    /// A little-endian two's-complement (`signed`) or unsigned integer of 1, 2, 4 or 8 bytes.
    case integer(bytes: Int, signed: Bool)
    /// A fixed-length string of `bytes` bytes (null-terminated or padded).
    case fixedString(bytes: Int)
    /// A variable-length string stored in the global heap.
    case variableString
    /// An enumeration over an integer base type (h5py stores booleans as an int8 enum).
    case enumeration(base: HDF5DataType, names: [String])
    /// A type this reader cannot decode (class number and element size).
    case other(typeClass: Int, bytes: Int)

    /// The size in bytes of one stored element.
    public var size: Int {
        switch self {
        case .float(let b), .integer(let b, _), .fixedString(let b), .other(_, let b): return b
        case .variableString: return 16
        case .enumeration(let base, _): return base.size
        }
    }

    /// A short name such as `float32`, `int8` or `string`.
    public var description: String {
        switch self {
        case .float(let b): return "float\(b * 8)"
        case .integer(let b, let s): return "\(s ? "int" : "uint")\(b * 8)"
        case .fixedString(let b): return "string[\(b)]"
        case .variableString: return "string"
        case .enumeration(let base, let names): return "enum<\(base)>\(names)"
        case .other(let c, let b): return "class\(c)[\(b)]"
        }
    }

    /// Whether this is an h5py boolean (an int8 enum with members FALSE and TRUE).
    public var isBoolean: Bool {
        if case .enumeration(_, let names) = self { return names == ["FALSE", "TRUE"] }
        return false
    }
}

/// Parses datatype messages.
enum DataTypeParser {
    static func parse(_ c: inout ByteCursor, depth: Int = 0, vlenElementSize: Int) throws -> HDF5DataType {
        guard depth < 8 else { throw HDF5Error(.limitExceeded, "datatype nesting too deep", offset: c.position) }
        let start = c.position
        let classVersion = try c.u8("datatype class")
        let typeClass = Int(classVersion & 0x0F)
        let version = Int(classVersion >> 4)
        let b0 = try c.u8(), b1 = try c.u8()
        _ = try c.u8()
        let size = try c.u32("datatype size")
        guard size > 0, size <= 1 << 20 else {
            throw HDF5Error(.malformed, "datatype size \(size)", offset: start)
        }
        switch typeClass {
        case 0:  // fixed point
            try c.skip(4)
            guard b0 & 1 == 0 else { throw HDF5Error(.unsupported, "big-endian integers", offset: start) }
            guard [1, 2, 4, 8].contains(size) else { return .other(typeClass: 0, bytes: size) }
            return .integer(bytes: size, signed: b0 & 0x08 != 0)
        case 1:  // floating point
            try c.skip(12)
            guard b0 & 0x41 == 0 else { throw HDF5Error(.unsupported, "big-endian or VAX floats", offset: start) }
            guard [2, 4, 8].contains(size) else { return .other(typeClass: 1, bytes: size) }
            return .float(bytes: size)
        case 3:
            return .fixedString(bytes: size)
        case 8:  // enumeration
            let base = try parse(&c, depth: depth + 1, vlenElementSize: vlenElementSize)
            let count = Int(b0) | Int(b1) << 8
            guard count <= c.remaining else { throw HDF5Error(.malformed, "enum member count \(count)", offset: start) }
            var names: [String] = []
            for _ in 0..<count {
                let nameStart = c.position
                var bytes: [UInt8] = []
                while true {
                    let b = try c.u8("enum name")
                    if b == 0 { break }
                    bytes.append(b)
                }
                names.append(String(decoding: bytes, as: UTF8.self))
                if version < 3 { try c.align(8, from: nameStart) }
            }
            try c.skip(try Checked.multiply(count, base.size, "enum values"), "enum values")
            return .enumeration(base: base, names: names)
        case 9:  // variable length
            let isString = b0 & 0x0F == 1
            _ = try parse(&c, depth: depth + 1, vlenElementSize: vlenElementSize)
            guard isString else { return .other(typeClass: 9, bytes: size) }
            guard size == vlenElementSize, size == 16 else {
                throw HDF5Error(.malformed, "variable-length element size \(size)", offset: start)
            }
            return .variableString
        default:
            return .other(typeClass: typeClass, bytes: size)
        }
    }
}

/// The shape of a dataset or attribute.
enum DataspaceParser {
    static let maxRank = 32

    /// Returns nil for a null dataspace, `[]` for a scalar.
    static func parse(_ c: inout ByteCursor) throws -> [Int]? {
        let start = c.position
        let version = try c.u8("dataspace version")
        let rank = Int(try c.u8())
        let flags = try c.u8()
        var isNull = false
        switch version {
        case 1: try c.skip(5)
        case 2: isNull = try c.u8() == 2
        default: throw HDF5Error(.unsupported, "dataspace version \(version)", offset: start)
        }
        guard rank <= maxRank else { throw HDF5Error(.limitExceeded, "dataspace rank \(rank)", offset: start) }
        var dims: [Int] = []
        for _ in 0..<rank { dims.append(try c.length("dimension")) }
        if flags & 1 != 0 { try c.skip(try Checked.multiply(rank, c.file.lengthSize, "max dims")) }
        if isNull { return nil }
        _ = try Checked.product(dims, "dataspace element count")
        return dims
    }
}
