/// Bounds-checked little-endian reads from a byte buffer; every failed check is a
/// `KerasImportError(.malformed)` naming what was being read.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    let context: String

    /// Checks that `length` bytes at `offset` lie inside the buffer (overflow-safe).
    func check(_ offset: Int, _ length: Int, _ what: String) throws(KerasImportError) {
        guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else {
            throw KerasImportError(
                .malformed, "\(what) (\(length) bytes at offset \(offset)) lies outside the \(bytes.count)-byte file",
                location: context)
        }
    }

    /// An unsigned little-endian integer of `width` bytes.
    func uint(_ offset: Int, _ width: Int, _ what: String) throws(KerasImportError) -> UInt64 {
        try check(offset, width, what)
        var value: UInt64 = 0
        for index in 0..<width { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        return value
    }

    /// A 16-bit field as `Int`.
    func u16(_ offset: Int, _ what: String) throws(KerasImportError) -> Int { Int(try uint(offset, 2, what)) }

    /// A 32-bit field as `Int`.
    func u32(_ offset: Int, _ what: String) throws(KerasImportError) -> Int { Int(try uint(offset, 4, what)) }

    /// A 64-bit field as `Int`; values above `Int.max` are malformed.
    func u64(_ offset: Int, _ what: String) throws(KerasImportError) -> Int {
        let value = try uint(offset, 8, what)
        guard value <= UInt64(Int.max) else {
            throw KerasImportError(.malformed, "\(what) \(value) is out of range", location: context)
        }
        return Int(value)
    }

    /// `length` bytes at `offset`.
    func slice(_ offset: Int, _ length: Int, _ what: String) throws(KerasImportError) -> UnsafeRawBufferPointer {
        try check(offset, length, what)
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    }
}
