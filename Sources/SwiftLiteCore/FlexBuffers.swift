/// A read-only, bounds-checked FlexBuffers reader (the schemaless format TFLite uses for custom
/// operator options, e.g. `TFLite_Detection_PostProcess`).
///
/// Custom options come from untrusted model files, so every read is checked against the buffer:
/// a malformed buffer gives `nil` (or ``FlexBuffer/init(_:)`` returns nil), never a trap.
///
/// ```swift
/// guard let options = FlexBuffer(bytes)?.root.map else { throw ... }
/// let maxDetections = options["max_detections"]?.int ?? 10
/// ```
///
/// Layout summary: the buffer ends with the root value, then one byte with the root's packed
/// type, then one byte with the root's width. Scalars may be stored inline in their parent;
/// strings, vectors and maps are stored earlier in the buffer and referenced by unsigned
/// offsets counted backwards from the referring field. Vectors and maps carry their length in
/// the field just before their first element; untyped vectors and maps carry one packed-type
/// byte per element after their elements; a map also points at a sorted vector of keys.
public struct FlexBuffer: Sendable {
    /// The bytes.
    public let bytes: [UInt8]
    /// The root value.
    public let root: FlexValue

    /// Reads the root of `bytes`; nil when the trailer is malformed.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count >= 3 else { return nil }
        let rootWidth = Int(bytes[bytes.count - 1])
        guard FlexValue.isValidWidth(rootWidth), bytes.count >= 2 + rootWidth else { return nil }
        let packed = bytes[bytes.count - 2]
        self.bytes = bytes
        root = FlexValue(
            bytes: bytes, offset: bytes.count - 2 - rootWidth, parentWidth: rootWidth,
            byteWidth: 1 << Int(packed & 3), type: FlexType(rawValue: packed >> 2) ?? .invalid)
    }
}

/// The type tags of FlexBuffers values.
public enum FlexType: UInt8, Sendable {
    /// Null, and scalars stored inline: signed, unsigned, floating point.
    case null = 0, int, uint, float
    /// A null-terminated key, and a length-prefixed string.
    case key, string
    /// Scalars stored out of line.
    case indirectInt, indirectUInt, indirectFloat
    /// A map, and an untyped vector (one type byte per element).
    case map, vector
    /// Length-prefixed vectors of one element type.
    case vectorInt, vectorUInt, vectorFloat, vectorKey, vectorStringDeprecated
    /// Fixed-length vectors of 2, 3 or 4 elements of one type.
    case vectorInt2, vectorUInt2, vectorFloat2, vectorInt3, vectorUInt3, vectorFloat3
    /// Fixed-length vectors of 4 elements (continued).
    case vectorInt4, vectorUInt4, vectorFloat4
    /// Length-prefixed bytes, and a boolean.
    case blob, bool
    /// A length-prefixed vector of booleans.
    case vectorBool = 36
    /// A tag this reader does not know (reads as nil).
    case invalid = 255

    /// Whether values of this type are stored in their parent rather than referenced.
    var isInline: Bool {
        switch self {
        case .null, .int, .uint, .float, .bool: true
        default: false
        }
    }
}

/// One FlexBuffers value: where it is stored and how to read it.
public struct FlexValue: Sendable {
    let bytes: [UInt8]
    /// Position of the field holding the value (inline scalar) or the offset to it.
    let offset: Int
    /// Width of that field.
    let parentWidth: Int
    /// Width of the referenced data's elements (or of an indirect scalar).
    let byteWidth: Int
    /// The value's type.
    public let type: FlexType

    init(bytes: [UInt8], offset: Int, parentWidth: Int, byteWidth: Int, type: FlexType) {
        self.bytes = bytes
        self.offset = offset
        self.parentWidth = parentWidth
        self.byteWidth = byteWidth
        self.type = type
    }

    static func isValidWidth(_ width: Int) -> Bool {
        width == 1 || width == 2 || width == 4 || width == 8
    }

    // MARK: Raw reads (all bounds-checked)

    static func readUInt(_ bytes: [UInt8], at position: Int, width: Int) -> UInt64? {
        guard isValidWidth(width), position >= 0, position <= bytes.count - width else { return nil }
        var value: UInt64 = 0
        for i in 0..<width { value |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        return value
    }

    static func readInt(_ bytes: [UInt8], at position: Int, width: Int) -> Int64? {
        guard let raw = readUInt(bytes, at: position, width: width) else { return nil }
        let shift = UInt64(64 - 8 * width)
        return Int64(bitPattern: raw << shift) >> Int64(shift)
    }

    static func readFloat(_ bytes: [UInt8], at position: Int, width: Int) -> Double? {
        guard let raw = readUInt(bytes, at: position, width: width) else { return nil }
        switch width {
        case 4: return Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw)))
        case 8: return Double(bitPattern: raw)
        default: return nil
        }
    }

    /// The position a referencing field points at (its position minus the stored offset).
    static func target(_ bytes: [UInt8], from position: Int, width: Int) -> Int? {
        guard let distance = readUInt(bytes, at: position, width: width), distance <= UInt64(position) else {
            return nil
        }
        return position - Int(distance)
    }

    /// The referenced data's position, for non-inline types.
    var dataPosition: Int? {
        FlexValue.target(bytes, from: offset, width: parentWidth)
    }

    // MARK: Scalars

    /// Whether the value is an explicit null (an absent map key reads as nil instead).
    public var isNull: Bool { type == .null }

    /// The value as a signed integer: integers, floats (truncated toward zero, nil when out of
    /// range), booleans (0/1) and null (0), as FlexBuffers' `AsInt64`; nil for other types.
    public var int: Int64? {
        switch type {
        case .null: return 0
        case .int: return FlexValue.readInt(bytes, at: offset, width: parentWidth)
        case .uint, .bool: return FlexValue.readUInt(bytes, at: offset, width: parentWidth).flatMap { Int64(exactly: $0) }
        case .float: return FlexValue.readFloat(bytes, at: offset, width: parentWidth).flatMap(Self.truncate)
        case .indirectInt: return dataPosition.flatMap { FlexValue.readInt(bytes, at: $0, width: byteWidth) }
        case .indirectUInt:
            return dataPosition.flatMap { FlexValue.readUInt(bytes, at: $0, width: byteWidth) }.flatMap { Int64(exactly: $0) }
        case .indirectFloat:
            return dataPosition.flatMap { FlexValue.readFloat(bytes, at: $0, width: byteWidth) }.flatMap(Self.truncate)
        default: return nil
        }
    }

    /// The value as a floating-point number: floats, integers, booleans and null (0); nil for
    /// other types.
    public var double: Double? {
        switch type {
        case .null: return 0
        case .float: return FlexValue.readFloat(bytes, at: offset, width: parentWidth)
        case .indirectFloat: return dataPosition.flatMap { FlexValue.readFloat(bytes, at: $0, width: byteWidth) }
        case .int, .indirectInt: return int.map(Double.init)
        case .uint, .bool: return FlexValue.readUInt(bytes, at: offset, width: parentWidth).map(Double.init)
        case .indirectUInt: return dataPosition.flatMap { FlexValue.readUInt(bytes, at: $0, width: byteWidth) }.map(Double.init)
        default: return nil
        }
    }

    /// The value as a boolean: booleans, and numbers (non-zero is true); nil for other types.
    public var bool: Bool? {
        switch type {
        case .bool: return FlexValue.readUInt(bytes, at: offset, width: parentWidth).map { $0 != 0 }
        case .float, .indirectFloat: return double.map { $0 != 0 }
        case .null: return false
        default: return int.map { $0 != 0 }
        }
    }

    /// The value as a 32-bit integer (nil when it does not fit).
    public var int32: Int32? { int.flatMap { Int32(exactly: $0) } }

    /// The value as a 32-bit float.
    public var float: Float? { double.map { Float($0) } }

    private static func truncate(_ value: Double) -> Int64? {
        Int64(exactly: value.rounded(.towardZero))
    }

    // MARK: Strings and blobs

    /// The text of a string or key (UTF-8, invalid sequences repaired); nil for other types.
    public var string: String? {
        switch type {
        case .string:
            guard let bytes = blobBytes else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        case .key:
            guard let start = dataPosition, start < bytes.count else { return nil }
            guard let end = bytes[start...].firstIndex(of: 0) else { return nil }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        default:
            return nil
        }
    }

    /// The bytes of a string or blob; nil for other types.
    public var blobBytes: ArraySlice<UInt8>? {
        guard type == .string || type == .blob, let start = dataPosition,
              let length = FlexValue.readUInt(bytes, at: start - byteWidth, width: byteWidth),
              length <= UInt64(bytes.count - start) else { return nil }
        return bytes[start..<(start + Int(length))]
    }

    // MARK: Containers

    /// The value as a vector (untyped, typed or fixed-length); nil for other types.
    public var vector: FlexVector? {
        guard let start = dataPosition else { return nil }
        switch type {
        case .vector, .map:
            return FlexVector(bytes: bytes, start: start, width: byteWidth, fixedCount: nil, elementType: nil)
        case .vectorInt, .vectorUInt, .vectorFloat, .vectorKey, .vectorStringDeprecated:
            let element: FlexType = switch type {
            case .vectorInt: .int
            case .vectorUInt: .uint
            case .vectorFloat: .float
            case .vectorKey: .key
            default: .string
            }
            return FlexVector(bytes: bytes, start: start, width: byteWidth, fixedCount: nil, elementType: element)
        case .vectorBool:
            return FlexVector(bytes: bytes, start: start, width: byteWidth, fixedCount: nil, elementType: .bool)
        case .vectorInt2, .vectorUInt2, .vectorFloat2, .vectorInt3, .vectorUInt3, .vectorFloat3,
             .vectorInt4, .vectorUInt4, .vectorFloat4:
            let index = Int(type.rawValue - FlexType.vectorInt2.rawValue)
            let element: FlexType = [.int, .uint, .float][index % 3]
            return FlexVector(bytes: bytes, start: start, width: byteWidth, fixedCount: index / 3 + 2, elementType: element)
        default:
            return nil
        }
    }

    /// The value as a map; nil for other types or a malformed map.
    public var map: FlexMap? {
        guard type == .map, let values = vector else { return nil }
        let keysField = values.start - 3 * byteWidth
        guard let keysStart = FlexValue.target(bytes, from: keysField, width: byteWidth),
              let storedWidth = FlexValue.readUInt(bytes, at: keysField + byteWidth, width: byteWidth),
              storedWidth <= 8, FlexValue.isValidWidth(Int(storedWidth)) else { return nil }
        let keys = FlexVector(bytes: bytes, start: keysStart, width: Int(storedWidth), fixedCount: nil, elementType: .key)
        guard keys.count == values.count else { return nil }
        return FlexMap(keys: keys, values: values)
    }
}

/// A FlexBuffers vector: its elements read as ``FlexValue``s.
public struct FlexVector: Sendable {
    let bytes: [UInt8]
    let start: Int
    let width: Int
    /// The type of every element for typed vectors; nil for untyped ones (types stored after
    /// the elements).
    let elementType: FlexType?
    /// The number of elements (0 when the stored length is malformed).
    public let count: Int

    init(bytes: [UInt8], start: Int, width: Int, fixedCount: Int?, elementType: FlexType?) {
        self.bytes = bytes
        self.start = start
        self.width = width
        self.elementType = elementType
        var count = 0
        if let fixedCount {
            count = fixedCount
        } else if let stored = FlexValue.readUInt(bytes, at: start - width, width: width) {
            count = stored > UInt64(Int32.max) ? -1 : Int(stored)
        }
        // The elements (and, for untyped vectors, one type byte each) must lie in the buffer.
        let perElement = width + (elementType == nil ? 1 : 0)
        if !FlexValue.isValidWidth(width) || count < 0 || start < 0 || start > bytes.count
            || count > (bytes.count - start) / perElement {
            count = 0
        }
        self.count = count
    }

    /// Element `index`, or nil when out of range or malformed.
    public subscript(index: Int) -> FlexValue? {
        guard index >= 0, index < count else { return nil }
        let type: FlexType
        let childWidth: Int
        if let elementType {
            type = elementType
            childWidth = width
        } else {
            let packed = bytes[start + count * width + index]
            type = FlexType(rawValue: packed >> 2) ?? .invalid
            childWidth = 1 << Int(packed & 3)
        }
        guard type != .invalid else { return nil }
        return FlexValue(bytes: bytes, offset: start + index * width, parentWidth: width, byteWidth: childWidth, type: type)
    }
}

/// A FlexBuffers map: values looked up by key.
public struct FlexMap: Sendable {
    /// The keys, in stored (sorted) order.
    let keys: FlexVector
    /// The values, in the keys' order.
    let values: FlexVector

    /// The number of entries.
    public var count: Int { values.count }

    /// The keys, in stored order (malformed keys are skipped).
    public var keyNames: [String] { (0..<keys.count).compactMap { keys[$0]?.string } }

    /// The value for `key`; nil when absent or malformed.
    public subscript(key: String) -> FlexValue? {
        let wanted = Array(key.utf8)
        for index in 0..<keys.count {
            guard let keyValue = keys[index], let start = keyValue.dataPosition else { continue }
            if matches(wanted, at: start) { return values[index] }
        }
        return nil
    }

    private func matches(_ wanted: [UInt8], at start: Int) -> Bool {
        let bytes = keys.bytes
        guard start >= 0, wanted.count < bytes.count - start else { return false }
        for (i, byte) in wanted.enumerated() where bytes[start + i] != byte { return false }
        return bytes[start + wanted.count] == 0
    }
}
