/// A zero-copy vector of scalars inside a ``FlatBuffer``.
public struct FlatVector<Element: FlatScalar>: RandomAccessCollection, Sendable {
    /// The buffer.
    public let buffer: FlatBuffer
    /// The position of the first element.
    public let elementsPosition: Int
    /// The element count (0 when the vector would not fit in the buffer).
    public let count: Int

    /// A vector whose length prefix is at `position`.
    @inlinable
    public init(buffer: FlatBuffer, position: Int) {
        self.buffer = buffer
        self.elementsPosition = position + 4
        let length = Int(buffer.read(UInt32.self, at: position))
        let (bytes, overflow) = length.multipliedReportingOverflow(by: Element.byteSize)
        self.count = !overflow && buffer.contains(position + 4, size: bytes) ? length : 0
    }

    /// An empty vector.
    public init() {
        self.buffer = FlatBuffer(storage: emptyStorage)
        self.elementsPosition = 0
        self.count = 0
    }

    /// Zero.
    @inlinable public var startIndex: Int { 0 }
    /// The count.
    @inlinable public var endIndex: Int { count }

    /// The element at `index`; traps outside `0..<count` like any collection.
    @inlinable
    public subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "FlatVector index out of range")
        return Element.read(from: buffer.storage.baseAddress, at: elementsPosition + index * Element.byteSize)
    }

    /// The raw bytes of the elements (zero-copy).
    @inlinable
    public var rawBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(
            start: buffer.storage.baseAddress + elementsPosition, count: count * Element.byteSize)
    }
}

/// A zero-copy vector of tables inside a ``FlatBuffer``.
public struct FlatTableVector<View: FlatTableView>: RandomAccessCollection, Sendable {
    /// The buffer.
    public let buffer: FlatBuffer
    /// The position of the first offset.
    public let elementsPosition: Int
    /// The element count (0 when the vector would not fit in the buffer).
    public let count: Int

    /// A vector whose length prefix is at `position`.
    @inlinable
    public init(buffer: FlatBuffer, position: Int) {
        self.buffer = buffer
        self.elementsPosition = position + 4
        let length = Int(buffer.read(UInt32.self, at: position))
        let (bytes, overflow) = length.multipliedReportingOverflow(by: 4)
        self.count = !overflow && buffer.contains(position + 4, size: bytes) ? length : 0
    }

    /// Zero.
    @inlinable public var startIndex: Int { 0 }
    /// The count.
    @inlinable public var endIndex: Int { count }

    /// The table at `index`; traps outside `0..<count` like any collection.
    @inlinable
    public subscript(index: Int) -> View {
        precondition(index >= 0 && index < count, "FlatTableVector index out of range")
        let slot = elementsPosition + index * 4
        let target = buffer.followOffset(at: slot) ?? 0
        return View(table: FlatTable(buffer: buffer, position: target))
    }
}

/// Backs empty vectors.
let emptyStorage = ByteStorage(copying: [UInt8]())

extension Optional {
    /// The vector, or an empty one when absent (no allocation either way).
    @inlinable
    public func orEmpty<Element: FlatScalar>() -> FlatVector<Element> where Wrapped == FlatVector<Element> {
        self ?? FlatVector()
    }
}
