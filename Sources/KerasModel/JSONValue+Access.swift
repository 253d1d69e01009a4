import SwiftLiteSchema

/// Typed lookups into Keras config objects.
extension JSONValue {
    /// The value of `key` in an object, or `nil` (also for non-objects and `null`).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let fields) = self else { return nil }
        guard let value = fields.first(where: { $0.0 == key })?.1 else { return nil }
        if case .null = value { return nil }
        return value
    }

    /// The object's keys in order (empty for non-objects).
    public var keys: [String] {
        guard case .object(let fields) = self else { return [] }
        return fields.map(\.0)
    }

    /// The value as a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value as an integer (integral doubles included).
    public var intValue: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 1e15: return Int(value)
        default: return nil
        }
    }

    /// The value as a double (integers included).
    public var doubleValue: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    /// The value as a bool.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value as an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// True for `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// An integer list; a single integer is repeated `count` times (Keras accepts `kernel_size=3`).
    public func intList(count: Int? = nil) -> [Int]? {
        if let single = intValue, let count { return Array(repeating: single, count: count) }
        guard let items = arrayValue else { return nil }
        let values = items.compactMap(\.intValue)
        return values.count == items.count ? values : nil
    }
}
