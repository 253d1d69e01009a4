/// A position in a buffer under construction, counted from the buffer's end (FlatBuffers are
/// built back to front, so this number never changes as more is written).
public struct FlatOffset: Sendable, Hashable {
    /// Bytes from the end of the finished buffer.
    public let fromEnd: Int
    /// Wraps a raw distance from the end.
    public init(fromEnd: Int) { self.fromEnd = fromEnd }
}

/// Builds a FlatBuffer back to front: children before parents, aligned, with identical vtables
/// written once and shared.
///
/// ```swift
/// var builder = FlatBufferBuilder()
/// let name = builder.createString("hello")
/// let start = builder.startTable()
/// builder.addOffset(slot: 0, name)
/// builder.add(slot: 1, Int32(7), default: 0)
/// let root = builder.endTable(start: start)
/// let bytes = try builder.finish(root: root, fileIdentifier: "TEST")
/// ```
public struct FlatBufferBuilder: Sendable {
    private var storage: [UInt8]
    /// Index in `storage` of the first written byte; bytes `head..<storage.count` are the buffer.
    private var head: Int
    private var minAlignment = 1
    private var openFields: [(slot: Int, offset: Int)] = []
    private var tableOpen = false
    private var writtenVTables: [Int] = []
    private var overflowed = false

    /// A builder with room for `initialCapacity` bytes before it grows.
    public init(initialCapacity: Int = 1024) {
        let capacity = max(initialCapacity, 16)
        storage = [UInt8](repeating: 0, count: capacity)
        head = capacity
    }

    /// Bytes written so far.
    public var size: Int { storage.count - head }

    private mutating func reserve(_ needed: Int) {
        guard head < needed else { return }
        let used = size
        var capacity = storage.count
        while capacity - used < needed { capacity *= 2 }
        var grown = [UInt8](repeating: 0, count: capacity)
        grown.withUnsafeMutableBytes { target in
            storage.withUnsafeBytes { source in
                let from = UnsafeRawBufferPointer(rebasing: source[head...])
                UnsafeMutableRawBufferPointer(rebasing: target[(capacity - used)...]).copyMemory(from: from)
            }
        }
        storage = grown
        head = capacity - used
        if used > FlatBuffer.maximumSize { overflowed = true }
    }

    private mutating func pad(_ count: Int) {
        reserve(count)
        for _ in 0..<count {
            head -= 1
            storage[head] = 0
        }
    }

    /// Pads so that after `additional` more bytes, a value of `alignment` bytes lands aligned.
    public mutating func align(_ alignment: Int, additional: Int = 0) {
        precondition(alignment > 0 && alignment & (alignment - 1) == 0, "alignment must be a power of two")
        minAlignment = max(minAlignment, alignment)
        let padding = (~(size + additional) &+ 1) & (alignment - 1)
        pad(padding)
    }

    private mutating func push<T: FlatScalar>(_ value: T) {
        reserve(T.byteSize)
        head -= T.byteSize
        storage.withUnsafeMutableBytes { value.write(to: $0.baseAddress! + head) }
    }

    private mutating func pushBytes(_ bytes: UnsafeRawBufferPointer) {
        reserve(bytes.count)
        head -= bytes.count
        guard bytes.count > 0 else { return }
        storage.withUnsafeMutableBytes {
            UnsafeMutableRawBufferPointer(rebasing: $0[head..<(head + bytes.count)]).copyMemory(from: bytes)
        }
    }

    // MARK: Strings and vectors

    /// Writes a zero-terminated UTF-8 string.
    public mutating func createString(_ string: String) -> FlatOffset {
        precondition(!tableOpen, "cannot create a string inside a table")
        let utf8 = Array(string.utf8)
        align(4, additional: utf8.count + 1)
        push(UInt8(0))
        utf8.withUnsafeBytes { pushBytes($0) }
        push(UInt32(utf8.count))
        return FlatOffset(fromEnd: size)
    }

    /// Writes a vector of scalars, its elements aligned to at least `alignment` bytes.
    public mutating func createVector<T: FlatScalar>(_ values: [T], alignment: Int = 1) -> FlatOffset {
        precondition(!tableOpen, "cannot create a vector inside a table")
        let bytes = values.count * T.byteSize
        align(4, additional: bytes)
        align(max(T.byteSize, alignment), additional: bytes)
        reserve(bytes)
        for value in values.reversed() { push(value) }
        push(UInt32(values.count))
        return FlatOffset(fromEnd: size)
    }

    /// Writes a vector of raw bytes (`[ubyte]`), aligned to at least `alignment` bytes.
    public mutating func createByteVector(_ bytes: UnsafeRawBufferPointer, alignment: Int = 1) -> FlatOffset {
        precondition(!tableOpen, "cannot create a vector inside a table")
        align(4, additional: bytes.count)
        align(max(1, alignment), additional: bytes.count)
        pushBytes(bytes)
        push(UInt32(bytes.count))
        return FlatOffset(fromEnd: size)
    }

    /// Writes a vector of offsets (to tables or strings).
    public mutating func createVector(offsets: [FlatOffset]) -> FlatOffset {
        precondition(!tableOpen, "cannot create a vector inside a table")
        align(4, additional: offsets.count * 4)
        for offset in offsets.reversed() {
            align(4)
            push(UInt32(size + 4 - offset.fromEnd))
        }
        push(UInt32(offsets.count))
        return FlatOffset(fromEnd: size)
    }

    // MARK: Tables

    /// Starts a table; add its fields, then call ``endTable(start:)`` with the returned mark.
    public mutating func startTable() -> Int {
        precondition(!tableOpen, "tables cannot be nested while open; build children first")
        tableOpen = true
        openFields.removeAll(keepingCapacity: true)
        return size
    }

    /// Adds a scalar field, omitted when it equals `defaultValue` unless `force` is set.
    /// Returns where the value was written (nil if omitted), for later patching.
    @discardableResult
    public mutating func add<T: FlatScalar & Equatable>(
        slot: Int, _ value: T, default defaultValue: T, force: Bool = false
    ) -> FlatOffset? {
        precondition(tableOpen, "no open table")
        guard force || value != defaultValue else { return nil }
        align(T.byteSize)
        push(value)
        openFields.append((slot, size))
        return FlatOffset(fromEnd: size)
    }

    /// Adds an offset field pointing at a string, vector or table written earlier.
    public mutating func addOffset(slot: Int, _ target: FlatOffset) {
        precondition(tableOpen, "no open table")
        align(4)
        push(UInt32(size + 4 - target.fromEnd))
        openFields.append((slot, size))
    }

    /// Ends the open table, writing (or reusing) its vtable.
    public mutating func endTable(start: Int) -> FlatOffset {
        precondition(tableOpen, "no open table")
        align(4)
        push(Int32(0))  // placeholder for the vtable offset
        let object = size
        let slotCount = (openFields.map(\.slot).max() ?? -1) + 1
        var vtable = [UInt16](repeating: 0, count: 2 + slotCount)
        vtable[0] = UInt16(4 + 2 * slotCount)
        vtable[1] = UInt16(object - start)
        for field in openFields {
            vtable[2 + field.slot] = UInt16(object - field.offset)
        }
        tableOpen = false

        // Reuse an identical vtable written before, if any.
        var reused: Int?
        storage.withUnsafeBytes { raw in
            for candidate in writtenVTables {
                let position = raw.count - candidate
                let length = Int(UInt16.read(from: raw.baseAddress!, at: position))
                guard length == vtable.count * 2 else { continue }
                var same = true
                for (index, entry) in vtable.enumerated()
                where UInt16.read(from: raw.baseAddress!, at: position + index * 2) != entry {
                    same = false
                    break
                }
                if same {
                    reused = candidate
                    break
                }
            }
        }
        let vtableOffset: Int
        if let reused {
            vtableOffset = reused
        } else {
            for entry in vtable.reversed() { push(entry) }
            vtableOffset = size
            writtenVTables.append(vtableOffset)
        }
        // soffset = position(table) - position(vtable) = fromEnd(vtable) - fromEnd(table).
        let objectPosition = storage.count - object
        storage.withUnsafeMutableBytes {
            Int32(vtableOffset - object).write(to: $0.baseAddress! + objectPosition)
        }
        return FlatOffset(fromEnd: object)
    }

    // MARK: Finishing

    /// Writes the root offset (and file identifier) and returns the finished bytes.
    ///
    /// - Throws: ``FlatBufferError`` `.tooLarge` when the buffer exceeds 2 GiB.
    public mutating func finish(root: FlatOffset, fileIdentifier: String? = nil) throws(FlatBufferError)
        -> [UInt8]
    {
        precondition(!tableOpen, "a table is still open")
        let identifierBytes = fileIdentifier.map { Array($0.utf8) } ?? []
        precondition(identifierBytes.isEmpty || identifierBytes.count == 4, "file identifier must be 4 bytes")
        align(max(minAlignment, 4), additional: 4 + identifierBytes.count)
        if !identifierBytes.isEmpty {
            identifierBytes.withUnsafeBytes { pushBytes($0) }
        }
        align(4)
        push(UInt32(size + 4 - root.fromEnd))
        guard !overflowed, size <= FlatBuffer.maximumSize else {
            throw FlatBufferError(.tooLarge, "built buffer of \(size) bytes exceeds 2 GiB")
        }
        return Array(storage[head...])
    }

    /// The byte position in the finished buffer of something written at `offset`, given the
    /// finished buffer's size.
    public static func position(of offset: FlatOffset, finishedSize: Int) -> Int {
        finishedSize - offset.fromEnd
    }
}
