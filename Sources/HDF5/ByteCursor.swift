import FlatBuffers

/// Immutable view of the file bytes with the superblock's field sizes; every read is bounds checked.
struct FileBytes: @unchecked Sendable {
    // Safety: ByteStorage is immutable.
    let storage: ByteStorage
    var offsetSize: Int = 8
    var lengthSize: Int = 8
    var baseAddress: Int = 0

    var count: Int { storage.count }

    /// Checks that `[offset, offset + length)` lies inside the file.
    func checkRange(_ offset: Int, _ length: Int, _ what: String) throws {
        guard offset >= 0, length >= 0, offset <= count, length <= count - offset else {
            throw HDF5Error(.malformed, "\(what) (\(length) bytes) extends past the end of the file (\(count) bytes)", offset: offset)
        }
    }

    /// A cursor over `[offset, offset + length)`.
    func cursor(at offset: Int, length: Int, _ what: String) throws -> ByteCursor {
        try checkRange(offset, length, what)
        return ByteCursor(file: self, position: offset, end: offset + length)
    }

    /// A cursor from `offset` to the end of the file.
    func cursor(at offset: Int, _ what: String) throws -> ByteCursor {
        try checkRange(offset, 0, what)
        return ByteCursor(file: self, position: offset, end: count)
    }

    /// Copies `length` bytes at `offset`.
    func bytes(at offset: Int, length: Int, _ what: String) throws -> [UInt8] {
        try checkRange(offset, length, what)
        return [UInt8](UnsafeRawBufferPointer(start: storage.baseAddress + offset, count: length))
    }

    func byte(_ offset: Int) -> UInt8 { storage.baseAddress.load(fromByteOffset: offset, as: UInt8.self) }

    /// Converts a file address (relative to the base address) to an absolute offset, or nil when undefined.
    func absolute(_ address: UInt64, _ what: String) throws -> Int? {
        if address == UInt64.max || (offsetSize < 8 && address == (UInt64(1) << UInt64(offsetSize * 8)) - 1) {
            return nil
        }
        guard address <= UInt64(Int.max - baseAddress) else {
            throw HDF5Error(.malformed, "\(what) address \(address) is out of range")
        }
        let result = Int(address) + baseAddress
        guard result < count else {
            throw HDF5Error(.malformed, "\(what) address \(result) is past the end of the file (\(count) bytes)")
        }
        return result
    }

    /// Like ``absolute(_:_:)`` but an undefined address is an error.
    func required(_ address: UInt64, _ what: String) throws -> Int {
        guard let offset = try absolute(address, what) else {
            throw HDF5Error(.malformed, "\(what) address is undefined")
        }
        return offset
    }
}

/// A bounds-checked little-endian reader over a byte range of the file.
struct ByteCursor {
    let file: FileBytes
    var position: Int
    let end: Int

    var remaining: Int { end - position }

    mutating func need(_ n: Int, _ what: String) throws {
        guard n >= 0, n <= end - position else {
            throw HDF5Error(.malformed, "truncated \(what): need \(n) bytes, \(end - position) left", offset: position)
        }
    }

    mutating func skip(_ n: Int, _ what: String = "field") throws {
        try need(n, what)
        position += n
    }

    mutating func u8(_ what: String = "field") throws -> UInt8 {
        try need(1, what)
        defer { position += 1 }
        return file.byte(position)
    }

    mutating func uint(_ size: Int, _ what: String = "field") throws -> UInt64 {
        guard size >= 0, size <= 8 else { throw HDF5Error(.malformed, "\(what): integer width \(size)", offset: position) }
        try need(size, what)
        var value: UInt64 = 0
        for i in 0..<size {
            value |= UInt64(file.byte(position + i)) << UInt64(8 * i)
        }
        position += size
        return value
    }

    mutating func u16(_ what: String = "field") throws -> Int { Int(try uint(2, what)) }
    mutating func u32(_ what: String = "field") throws -> Int { Int(try uint(4, what)) }

    /// An integer of `size` bytes that must fit an `Int`.
    mutating func int(_ size: Int, _ what: String) throws -> Int {
        let at = position
        let value = try uint(size, what)
        guard value <= UInt64(Int.max) else { throw HDF5Error(.malformed, "\(what) \(value) is too large", offset: at) }
        return Int(value)
    }

    mutating func address(_ what: String = "address") throws -> UInt64 { try uint(file.offsetSize, what) }
    mutating func length(_ what: String = "length") throws -> Int { try int(file.lengthSize, what) }

    mutating func bytes(_ n: Int, _ what: String = "bytes") throws -> [UInt8] {
        try need(n, what)
        defer { position += n }
        return try file.bytes(at: position, length: n, what)
    }

    mutating func signature(_ expected: String, _ what: String) throws {
        let at = position
        let got = try bytes(4, what)
        guard got == Array(expected.utf8) else {
            throw HDF5Error(.malformed, "bad \(what) signature (expected \(expected))", offset: at)
        }
    }

    /// Skips padding so that `position - origin` becomes a multiple of `alignment`.
    mutating func align(_ alignment: Int, from origin: Int) throws {
        let used = position - origin
        let pad = (alignment - used % alignment) % alignment
        try skip(min(pad, remaining))
    }
}

/// Overflow-checked arithmetic helpers.
enum Checked {
    static func multiply(_ a: Int, _ b: Int, _ what: String) throws -> Int {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        guard !o, r >= 0 else { throw HDF5Error(.limitExceeded, "\(what) overflows") }
        return r
    }
    static func add(_ a: Int, _ b: Int, _ what: String) throws -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        guard !o else { throw HDF5Error(.limitExceeded, "\(what) overflows") }
        return r
    }
    static func product(_ values: [Int], _ what: String) throws -> Int {
        var r = 1
        for v in values { r = try multiply(r, v, what) }
        return r
    }
}
