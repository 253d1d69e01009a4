/// A decoded attribute or dataset value. Arrays are flattened in row-major order with their shape;
/// a scalar has shape `[]`.
public enum HDF5Value: Sendable, Equatable {
    /// Strings (fixed or variable length), decoded as UTF-8 with trailing NULs removed.
    case strings(shape: [Int], values: [String])
    /// Signed integers of any width.
    case integers(shape: [Int], values: [Int64])
    /// Unsigned integers of any width.
    case unsignedIntegers(shape: [Int], values: [UInt64])
    /// Floats of any width, widened to `Double`.
    case floats(shape: [Int], values: [Double])
    /// h5py booleans (int8 enums with FALSE/TRUE members).
    case booleans(shape: [Int], values: [Bool])
    /// A type this reader does not decode, with its raw bytes.
    case raw(type: HDF5DataType, shape: [Int], bytes: [UInt8])

    /// The shape of the value.
    public var shape: [Int] {
        switch self {
        case .strings(let s, _), .integers(let s, _), .unsignedIntegers(let s, _), .floats(let s, _),
             .booleans(let s, _), .raw(_, let s, _):
            return s
        }
    }

    /// The string, when this is exactly one string (scalar or one-element array).
    public var string: String? {
        if case .strings(_, let v) = self, v.count == 1 { return v[0] }
        return nil
    }

    /// The strings, when this is a string value.
    public var stringArray: [String]? {
        if case .strings(_, let v) = self { return v }
        return nil
    }

    /// All elements as doubles, when numeric or boolean.
    public var doubles: [Double]? {
        switch self {
        case .floats(_, let v): return v
        case .integers(_, let v): return v.map(Double.init)
        case .unsignedIntegers(_, let v): return v.map(Double.init)
        case .booleans(_, let v): return v.map { $0 ? 1 : 0 }
        default: return nil
        }
    }

    /// The single number, when this is exactly one numeric or boolean element.
    public var double: Double? {
        guard let d = doubles, d.count == 1 else { return nil }
        return d[0]
    }
}

/// Decodes raw element bytes into values.
enum ValueDecoder {
    static func decode(_ file: FileBytes, type: HDF5DataType, shape: [Int], bytes: [UInt8]) throws -> HDF5Value {
        let count = try Checked.product(shape, "element count")
        let size = type.size
        guard try Checked.multiply(count, size, "data size") <= bytes.count else {
            throw HDF5Error(.malformed, "data holds \(bytes.count) bytes, \(count) elements of \(size) need more")
        }
        switch type {
        case .float(let b):
            return .floats(shape: shape, values: (0..<count).map { float(bytes, $0 * b, b) })
        case .integer(let b, let signed):
            if signed {
                return .integers(shape: shape, values: (0..<count).map { signedInt(bytes, $0 * b, b) })
            }
            return .unsignedIntegers(shape: shape, values: (0..<count).map { unsigned(bytes, $0 * b, b) })
        case .enumeration(let base, _) where type.isBoolean:
            let b = base.size
            return .booleans(shape: shape, values: (0..<count).map { unsigned(bytes, $0 * b, b) != 0 })
        case .fixedString(let b):
            return .strings(shape: shape, values: (0..<count).map { i in
                var slice = bytes[(i * b)..<(i * b + b)]
                if let nul = slice.firstIndex(of: 0) { slice = slice[..<nul] }
                return String(decoding: slice, as: UTF8.self)
            })
        case .variableString:
            var values: [String] = []
            var heap = GlobalHeap()
            for i in 0..<count {
                let o = i * size
                let length = Int(unsigned(bytes, o, 4))
                let collection = unsigned(bytes, o + 4, file.offsetSize)
                let index = Int(unsigned(bytes, o + 4 + file.offsetSize, 4))
                if length == 0 && collection == 0 { values.append(""); continue }
                let object = try heap.object(file, collection: collection, index: index)
                guard length <= object.count else {
                    throw HDF5Error(.malformed, "variable-length string of \(length) bytes in a \(object.count)-byte heap object")
                }
                values.append(String(decoding: object.prefix(length), as: UTF8.self))
            }
            return .strings(shape: shape, values: values)
        default:
            return .raw(type: type, shape: shape, bytes: Array(bytes.prefix(count * size)))
        }
    }

    static func unsigned(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<width { v |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        return v
    }

    static func signedInt(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> Int64 {
        let v = unsigned(bytes, offset, width)
        let shift = UInt64(64 - 8 * width)
        return Int64(bitPattern: v << shift) >> Int64(shift)
    }

    static func float(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> Double {
        let v = unsigned(bytes, offset, width)
        switch width {
        case 2: return Double(Float(Float16Bits.decode(UInt16(v))))
        case 4: return Double(Float(bitPattern: UInt32(v)))
        default: return Double(bitPattern: v)
        }
    }
}

/// IEEE half-precision decoding that works on every platform (no `Float16` type needed).
enum Float16Bits {
    static func decode(_ h: UInt16) -> Float {
        let sign: UInt32 = UInt32(h & 0x8000) << 16
        let exponent = Int((h >> 10) & 0x1F)
        let mantissa = UInt32(h & 0x3FF)
        if exponent == 0 {
            let value = Float(mantissa) * Float(sign: .plus, exponent: -24, significand: 1)
            return sign != 0 ? -value : value
        }
        if exponent == 31 {
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        }
        return Float(bitPattern: sign | UInt32(exponent + 112) << 23 | (mantissa << 13))
    }
}
