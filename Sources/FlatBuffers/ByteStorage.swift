#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Immutable bytes that stay alive as long as any reader refers to them: a read-only memory
/// mapping of a file, or a 64-byte-aligned heap copy.
///
/// All readers in this module take a `ByteStorage` (through ``FlatBuffer``) and never copy it;
/// constant tensor data read from a mapped model therefore points straight into the file.
///
/// ```swift
/// let storage = try ByteStorage(mappingFileAt: "model.tflite")
/// let buffer = FlatBuffer(storage: storage)
/// ```
public final class ByteStorage: @unchecked Sendable {
    // Safety: the bytes are never written after initialization, so sharing across threads is safe.

    /// The first byte. Valid for `count` bytes (a dangling but non-null pointer when `count == 0`).
    public let baseAddress: UnsafeRawPointer
    /// The number of bytes.
    public let count: Int
    /// Whether the bytes are a memory mapping of a file (as opposed to a heap copy).
    public let isMemoryMapped: Bool
    private let release: @Sendable (UnsafeRawPointer, Int) -> Void

    /// The alignment of heap copies: enough for any SIMD load of tensor data.
    public static let heapAlignment = 64

    /// Copies `bytes` into a new 64-byte-aligned allocation.
    public init<Bytes: Collection>(copying bytes: Bytes) where Bytes.Element == UInt8 {
        let count = bytes.count
        let memory = UnsafeMutableRawPointer.allocate(
            byteCount: max(count, 1), alignment: Self.heapAlignment)
        let buffer = UnsafeMutableRawBufferPointer(start: memory, count: count)
        if count > 0 {
            buffer.copyBytes(from: bytes)
        }
        self.baseAddress = UnsafeRawPointer(memory)
        self.count = count
        self.isMemoryMapped = false
        self.release = { pointer, _ in UnsafeMutableRawPointer(mutating: pointer).deallocate() }
    }

    /// Wraps memory owned by the caller without copying it.
    ///
    /// - Parameters:
    ///   - bytes: the memory; it must stay valid and unchanged until `deallocator` is called.
    ///   - deallocator: called once when the storage is released.
    public init(
        unsafeBorrowing bytes: UnsafeRawBufferPointer,
        deallocator: @escaping @Sendable (UnsafeRawPointer, Int) -> Void
    ) {
        if let base = bytes.baseAddress {
            self.baseAddress = base
        } else {
            self.baseAddress = UnsafeRawPointer(bitPattern: Self.heapAlignment)!
        }
        self.count = bytes.count
        self.isMemoryMapped = false
        self.release = deallocator
    }

    /// Maps the file at `path` read-only into memory. Nothing is copied; pages are read on demand.
    ///
    /// - Throws: ``FlatBufferError`` with kind `.io` when the file cannot be opened, measured or mapped.
    public init(mappingFileAt path: String) throws(FlatBufferError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FlatBufferError(.io, "cannot open '\(path)': \(Self.systemError())")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw FlatBufferError(.io, "cannot stat '\(path)': \(Self.systemError())")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw FlatBufferError(.io, "'\(path)' is not a regular file")
        }
        let size = Int(info.st_size)
        self.count = size
        self.isMemoryMapped = size > 0
        if size == 0 {
            self.baseAddress = UnsafeRawPointer(bitPattern: Self.heapAlignment)!
            self.release = { _, _ in }
            return
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
            mapped != MAP_FAILED
        else {
            throw FlatBufferError(.io, "cannot map '\(path)' (\(size) bytes): \(Self.systemError())")
        }
        self.baseAddress = UnsafeRawPointer(mapped)
        self.release = { pointer, length in
            _ = munmap(UnsafeMutableRawPointer(mutating: pointer), length)
        }
    }

    deinit {
        release(baseAddress, count)
    }

    /// The bytes as a buffer pointer, valid while this storage is alive.
    public var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: baseAddress, count: count)
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
