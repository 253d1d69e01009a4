import FlatBuffers

extension ByteStorage {
    /// Runs `body` on the bytes while keeping the storage alive (a pointer from ``bytes`` alone
    /// does not keep its owner alive).
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(KerasImportError) -> R) throws(KerasImportError) -> R {
        defer { withExtendedLifetime(self) {} }
        return try body(bytes)
    }
}
