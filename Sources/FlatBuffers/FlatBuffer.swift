/// A FlatBuffer: a view of bytes with bounds-checked primitive reads.
///
/// Reads never trap: a read that would leave the buffer returns zero. The verifier
/// (``FlatBufferVerifier``) proves a buffer well-formed once, so that readers of a verified
/// buffer never hit that fallback; the fallback keeps even an unverified buffer memory-safe.
public struct FlatBuffer: Sendable {
    /// The bytes and their owner.
    public let storage: ByteStorage
    /// How many bytes, from the start of `storage`, belong to the FlatBuffer itself. Data stored
    /// after it (TFLite's large-model layout) lies in `count..<storage.count`.
    public let count: Int

    /// The largest FlatBuffer the format can address.
    public static let maximumSize = Int(Int32.max)

    /// A FlatBuffer over all of `storage` (capped at ``maximumSize``).
    public init(storage: ByteStorage) {
        self.storage = storage
        self.count = min(storage.count, Self.maximumSize)
    }

    /// Whether `size` bytes starting at `offset` are inside the buffer.
    @inlinable
    public func contains(_ offset: Int, size: Int) -> Bool {
        offset >= 0 && size >= 0 && offset <= count && size <= count - offset
    }

    /// Reads a scalar at `offset`, or zero if it would not fit.
    @inlinable
    public func read<T: FlatInteger>(_ type: T.Type, at offset: Int) -> T {
        guard contains(offset, size: T.byteSize) else { return 0 }
        return T.read(from: storage.baseAddress, at: offset)
    }

    /// Reads any scalar at `offset`, or `fallback` if it would not fit.
    @inlinable
    public func read<T: FlatScalar>(_ type: T.Type, at offset: Int, fallback: T) -> T {
        guard contains(offset, size: T.byteSize) else { return fallback }
        return T.read(from: storage.baseAddress, at: offset)
    }

    /// Follows the unsigned offset stored at `offset`; nil when it points nowhere valid.
    @inlinable
    public func followOffset(at offset: Int) -> Int? {
        let relative = Int(read(UInt32.self, at: offset))
        guard relative != 0, contains(offset, size: 4) else { return nil }
        let target = offset + relative
        return target < count ? target : nil
    }

    /// The position of the root table, or nil if the buffer is too small.
    public var rootTablePosition: Int? {
        followOffset(at: 0)
    }

    /// The 4-byte file identifier at bytes 4..<8, if the buffer is long enough.
    public var fileIdentifier: String? {
        guard contains(4, size: 4) else { return nil }
        let bytes = (4..<8).map { read(UInt8.self, at: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes `offset..<offset+size` of the storage (which may lie past ``count``), or nil if
    /// they are not all inside the storage.
    @inlinable
    public func storageBytes(at offset: Int, size: Int) -> UnsafeRawBufferPointer? {
        guard offset >= 0, size >= 0, offset <= storage.count, size <= storage.count - offset
        else { return nil }
        return UnsafeRawBufferPointer(start: storage.baseAddress + offset, count: size)
    }
}
