/// A table inside a ``FlatBuffer``: fields are found through its vtable by slot number
/// (the field's declaration index in the schema, a union taking two slots).
public struct FlatTable: Sendable {
    /// The buffer holding the table.
    public let buffer: FlatBuffer
    /// The table's byte position.
    public let position: Int

    /// A table at `position` of `buffer`.
    @inlinable
    public init(buffer: FlatBuffer, position: Int) {
        self.buffer = buffer
        self.position = position
    }

    /// The byte position of the field in `slot`, or nil when the field is absent.
    @inlinable
    public func fieldPosition(slot: Int) -> Int? {
        let vtable = position - Int(buffer.read(Int32.self, at: position))
        let vtableSize = Int(buffer.read(UInt16.self, at: vtable))
        let entry = 4 + 2 * slot
        guard entry + 2 <= vtableSize else { return nil }
        let relative = Int(buffer.read(UInt16.self, at: vtable + entry))
        return relative == 0 ? nil : position + relative
    }

    /// A scalar field, or `defaultValue` when absent.
    @inlinable
    public func scalar<T: FlatScalar>(slot: Int, default defaultValue: T) -> T {
        guard let field = fieldPosition(slot: slot) else { return defaultValue }
        return buffer.read(T.self, at: field, fallback: defaultValue)
    }

    /// Whether the field in `slot` is present.
    @inlinable
    public func has(slot: Int) -> Bool {
        fieldPosition(slot: slot) != nil
    }

    /// The position that an offset field points to, or nil when absent.
    @inlinable
    public func offsetTarget(slot: Int) -> Int? {
        guard let field = fieldPosition(slot: slot) else { return nil }
        return buffer.followOffset(at: field)
    }

    /// A sub-table field.
    @inlinable
    public func table(slot: Int) -> FlatTable? {
        offsetTarget(slot: slot).map { FlatTable(buffer: buffer, position: $0) }
    }

    /// A string field, decoded as UTF-8 (invalid sequences become U+FFFD).
    @inlinable
    public func string(slot: Int) -> String? {
        guard let target = offsetTarget(slot: slot) else { return nil }
        return FlatString(buffer: buffer, position: target).string
    }

    /// A vector of scalars.
    @inlinable
    public func vector<T: FlatScalar>(slot: Int, of type: T.Type = T.self) -> FlatVector<T>? {
        offsetTarget(slot: slot).map { FlatVector(buffer: buffer, position: $0) }
    }

    /// A vector of tables, each viewed as `View`.
    @inlinable
    public func tables<View: FlatTableView>(slot: Int, of type: View.Type = View.self)
        -> FlatTableVector<View>?
    {
        offsetTarget(slot: slot).map { FlatTableVector(buffer: buffer, position: $0) }
    }
}

/// A typed view of a table, generated from a schema.
public protocol FlatTableView: Sendable {
    /// The underlying table.
    var table: FlatTable { get }
    /// Wraps a table.
    init(table: FlatTable)
}

/// A string in a ``FlatBuffer``: a length, the UTF-8 bytes and a terminating zero.
public struct FlatString: Sendable {
    /// The buffer.
    public let buffer: FlatBuffer
    /// The position of the length prefix.
    public let position: Int

    /// A string whose length prefix is at `position`.
    @inlinable
    public init(buffer: FlatBuffer, position: Int) {
        self.buffer = buffer
        self.position = position
    }

    /// The raw bytes, or an empty buffer when out of bounds.
    @inlinable
    public var bytes: UnsafeRawBufferPointer {
        let length = Int(buffer.read(UInt32.self, at: position))
        guard buffer.contains(position + 4, size: length) else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: buffer.storage.baseAddress + position + 4, count: length)
    }

    /// The decoded string.
    @inlinable
    public var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
