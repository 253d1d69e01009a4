/// Limits that bound the work and memory a verifier spends on one buffer.
public struct FlatBufferVerifierLimits: Sendable {
    /// The deepest nesting of tables allowed.
    public var maxDepth: Int
    /// The most tables allowed in one buffer.
    public var maxTables: Int
    /// Whether scalars, offsets and vtables must be aligned to their size.
    public var checkAlignment: Bool

    /// FlatBuffers' own defaults: depth 64, one million tables, alignment checked.
    public init(maxDepth: Int = 64, maxTables: Int = 1_000_000, checkAlignment: Bool = true) {
        self.maxDepth = maxDepth
        self.maxTables = maxTables
        self.checkAlignment = checkAlignment
    }
}

/// Proves a FlatBuffer well-formed before anything reads it: every offset, vtable, vector length,
/// string and alignment is checked against the buffer's bounds.
///
/// The generic checks live here; the schema-specific walk (which field of which table has which
/// type) is generated code that calls them. A buffer that passes cannot make a generated reader
/// read outside its bounds.
public struct FlatBufferVerifier: Sendable {
    /// The buffer being verified.
    public let buffer: FlatBuffer
    /// The limits in force.
    public let limits: FlatBufferVerifierLimits
    private var depth = 0
    private var tableCount = 0

    /// A verifier for `buffer`.
    public init(buffer: FlatBuffer, limits: FlatBufferVerifierLimits = .init()) {
        self.buffer = buffer
        self.limits = limits
    }

    /// Checks the root offset and the optional file identifier; returns the root table's position.
    public func verifyRoot(identifier: String?) throws(FlatBufferError) -> Int {
        let headerSize = identifier == nil ? 4 : 8
        guard buffer.count >= headerSize else {
            throw FlatBufferError(
                .truncated, "buffer of \(buffer.count) bytes is too small for a FlatBuffer header",
                offset: 0)
        }
        if let identifier {
            let found = buffer.fileIdentifier ?? ""
            guard found == identifier else {
                throw FlatBufferError(
                    .wrongIdentifier,
                    "file identifier is \(Self.printable(found)), expected \"\(identifier)\"",
                    offset: 4)
            }
        }
        return try verifyOffset(at: 0)
    }

    /// Checks that `size` bytes at `offset` are in bounds and, if asked, aligned to `alignment`.
    public func verifyRange(_ offset: Int, size: Int, alignment: Int = 1, what: @autoclosure () -> String)
        throws(FlatBufferError)
    {
        guard buffer.contains(offset, size: size) else {
            throw FlatBufferError(
                .outOfBounds,
                "\(what()) of \(size) bytes does not fit in the \(buffer.count)-byte buffer",
                offset: offset)
        }
        if limits.checkAlignment, alignment > 1, offset % alignment != 0 {
            throw FlatBufferError(
                .misaligned, "\(what()) is not aligned to \(alignment) bytes", offset: offset)
        }
    }

    /// Checks the unsigned offset stored at `position` and returns the position it points to.
    public func verifyOffset(at position: Int) throws(FlatBufferError) -> Int {
        try verifyRange(position, size: 4, alignment: 4, what: "offset")
        let relative = buffer.read(UInt32.self, at: position)
        guard relative != 0, relative <= UInt32(Int32.max) else {
            throw FlatBufferError(.outOfBounds, "invalid offset \(relative)", offset: position)
        }
        let target = position + Int(relative)
        guard target < buffer.count else {
            throw FlatBufferError(
                .outOfBounds, "offset \(relative) points past the end of the buffer",
                offset: position)
        }
        return target
    }

    /// Checks a table's header and vtable, counts it, enters one level of nesting and returns a
    /// handle for checking its fields. Pair with ``endTable()``.
    public mutating func beginTable(at position: Int) throws(FlatBufferError) -> FlatTable {
        depth += 1
        tableCount += 1
        guard depth <= limits.maxDepth else {
            throw FlatBufferError(.tooDeep, "tables nested deeper than \(limits.maxDepth)", offset: position)
        }
        guard tableCount <= limits.maxTables else {
            throw FlatBufferError(.tooManyTables, "more than \(limits.maxTables) tables", offset: position)
        }
        try verifyRange(position, size: 4, alignment: 4, what: "table header")
        let vtable = position - Int(buffer.read(Int32.self, at: position))
        try verifyRange(vtable, size: 4, alignment: 2, what: "vtable")
        let vtableSize = Int(buffer.read(UInt16.self, at: vtable))
        guard vtableSize >= 4, vtableSize % 2 == 0 else {
            throw FlatBufferError(.badVTable, "vtable size \(vtableSize) is invalid", offset: vtable)
        }
        try verifyRange(vtable, size: vtableSize, alignment: 2, what: "vtable")
        let tableSize = Int(buffer.read(UInt16.self, at: vtable + 2))
        try verifyRange(position, size: tableSize, what: "table")
        return FlatTable(buffer: buffer, position: position)
    }

    /// Leaves the nesting level entered by ``beginTable(at:)``.
    public mutating func endTable() {
        depth -= 1
    }

    /// Checks a scalar field of `size` bytes (absent fields pass).
    public func verifyScalar(_ table: FlatTable, slot: Int, size: Int) throws(FlatBufferError) {
        guard let field = table.fieldPosition(slot: slot) else { return }
        try verifyRange(field, size: size, alignment: size, what: "scalar field \(slot)")
    }

    /// Checks a string field; absent passes.
    public func verifyString(_ table: FlatTable, slot: Int, field name: String)
        throws(FlatBufferError)
    {
        guard let field = table.fieldPosition(slot: slot) else { return }
        do {
            let target = try verifyOffset(at: field)
            try verifyStringBody(at: target)
        } catch {
            throw error.within(name)
        }
    }

    /// Checks the length, bytes and terminating zero of a string at `position`.
    public func verifyStringBody(at position: Int) throws(FlatBufferError) {
        try verifyRange(position, size: 4, alignment: 4, what: "string length")
        let length = Int(buffer.read(UInt32.self, at: position))
        try verifyRange(position + 4, size: length + 1, what: "string")
        guard buffer.read(UInt8.self, at: position + 4 + length) == 0 else {
            throw FlatBufferError(.badString, "string is not zero-terminated", offset: position)
        }
    }

    /// Checks a vector field whose elements are `elementSize` bytes; returns its element count
    /// and first element position, or nil when absent.
    @discardableResult
    public func verifyVector(_ table: FlatTable, slot: Int, elementSize: Int, field name: String)
        throws(FlatBufferError) -> (position: Int, count: Int)?
    {
        guard let field = table.fieldPosition(slot: slot) else { return nil }
        do {
            let target = try verifyOffset(at: field)
            return try verifyVectorBody(at: target, elementSize: elementSize)
        } catch {
            throw error.within(name)
        }
    }

    /// Checks the length prefix and extent of a vector at `position`.
    public func verifyVectorBody(at position: Int, elementSize: Int)
        throws(FlatBufferError) -> (position: Int, count: Int)
    {
        try verifyRange(position, size: 4, alignment: 4, what: "vector length")
        let count = Int(buffer.read(UInt32.self, at: position))
        let (bytes, overflow) = count.multipliedReportingOverflow(by: elementSize)
        guard !overflow else {
            throw FlatBufferError(.outOfBounds, "vector of \(count) elements overflows", offset: position)
        }
        try verifyRange(position + 4, size: bytes, what: "vector of \(count) elements")
        return (position + 4, count)
    }

    /// Checks a sub-table field with `verify`; absent passes.
    public mutating func verifyTable(
        _ table: FlatTable, slot: Int, field name: String,
        _ verify: (inout FlatBufferVerifier, Int) throws(FlatBufferError) -> Void
    ) throws(FlatBufferError) {
        guard let field = table.fieldPosition(slot: slot) else { return }
        do {
            let target = try verifyOffset(at: field)
            try verify(&self, target)
        } catch {
            throw error.within(name)
        }
    }

    /// Checks a vector-of-tables field, each element with `verify`; absent passes.
    public mutating func verifyTableVector(
        _ table: FlatTable, slot: Int, field name: String,
        _ verify: (inout FlatBufferVerifier, Int) throws(FlatBufferError) -> Void
    ) throws(FlatBufferError) {
        guard let (start, count) = try verifyVector(table, slot: slot, elementSize: 4, field: name)
        else { return }
        for index in 0..<count {
            do {
                let target = try verifyOffset(at: start + index * 4)
                try verify(&self, target)
            } catch {
                throw error.within("\(name)[\(index)]")
            }
        }
    }

    /// Checks a union: its type field (one byte in `slot`) and its value (an offset in `slot + 1`),
    /// verifying the value with `verify(type, position)`. Unknown types pass unverified and are
    /// never read.
    public mutating func verifyUnion(
        _ table: FlatTable, slot: Int, field name: String,
        _ verify: (inout FlatBufferVerifier, UInt8, Int) throws(FlatBufferError) -> Void
    ) throws(FlatBufferError) {
        try verifyScalar(table, slot: slot, size: 1)
        let type = table.scalar(slot: slot, default: UInt8(0))
        guard type != 0, let field = table.fieldPosition(slot: slot + 1) else { return }
        do {
            let target = try verifyOffset(at: field)
            try verify(&self, type, target)
        } catch {
            throw error.within(name)
        }
    }

    private static func printable(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7f }
        return safe ? "\"\(text)\"" : "not text (\(Array(text.utf8).map { String($0) }.joined(separator: " ")))"
    }
}
