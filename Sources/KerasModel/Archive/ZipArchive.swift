import FlatBuffers
import HDF5

/// Size and count caps applied while reading a ZIP archive.
public struct ZipLimits: Sendable {
    /// The most central-directory entries accepted.
    public var maxEntries: Int
    /// The largest uncompressed member accepted, in bytes.
    public var maxEntrySize: Int
    /// The largest uncompressed/compressed ratio accepted for a deflated member above 1 MiB
    /// (DEFLATE itself cannot exceed about 1032:1, so anything beyond is forged).
    public var maxCompressionRatio: Int
    /// Whether member CRC-32s are checked (on by default; fuzzing turns it off so that mutated
    /// members reach the parsers behind the archive).
    public var verifiesChecksums: Bool

    /// Creates limits.
    public init(
        maxEntries: Int = 4096, maxEntrySize: Int = 1 << 34, maxCompressionRatio: Int = 1100,
        verifiesChecksums: Bool = true
    ) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxCompressionRatio = maxCompressionRatio
        self.verifiesChecksums = verifiesChecksums
    }
}

/// One member of a ``ZipArchive``, as described by the central directory.
public struct ZipEntry: Sendable, Equatable {
    /// The member name (`config.json`, `model.weights.h5`, ...).
    public let name: String
    /// The compression method: 0 stored, 8 deflate.
    public let method: Int
    /// The general-purpose flag bits.
    public let flags: Int
    /// The CRC-32 of the uncompressed data.
    public let crc32: UInt32
    /// Compressed size in bytes.
    public let compressedSize: Int
    /// Uncompressed size in bytes.
    public let uncompressedSize: Int
    /// Offset of the member's local header.
    public let localHeaderOffset: Int
}

/// A read-only ZIP archive (the subset Python's `zipfile` writes: stored or deflated members,
/// optional ZIP64 records), read from memory without copying stored members.
///
/// Every offset and length is checked against the archive size; CRC-32 is verified on read.
///
/// ```swift
/// let archive = try ZipArchive(storage: ByteStorage(mappingFileAt: "model.keras"))
/// let config = try archive.contents(of: "config.json")
/// ```
public struct ZipArchive: Sendable {
    /// The members in central-directory order.
    public let entries: [ZipEntry]
    /// The archive bytes.
    public let storage: ByteStorage
    private let limits: ZipLimits

    private static let endSignature: UInt64 = 0x0605_4B50
    private static let zip64EndSignature: UInt64 = 0x0606_4B50
    private static let zip64LocatorSignature: UInt64 = 0x0706_4B50
    private static let centralSignature: UInt64 = 0x0201_4B50
    private static let localSignature: UInt64 = 0x0403_4B50

    /// Reads the central directory of the archive in `storage`.
    public init(storage: ByteStorage, limits: ZipLimits = ZipLimits()) throws(KerasImportError) {
        self.storage = storage
        self.limits = limits
        let reader = ByteReader(bytes: storage.bytes, context: "zip archive")
        let end = try Self.findEnd(reader)
        var entryCount = try reader.u16(end + 10, "entry count")
        var directorySize = try reader.u32(end + 12, "central directory size")
        var directoryOffset = try reader.u32(end + 16, "central directory offset")
        let diskNumber = try reader.u16(end + 4, "disk number")
        let directoryDisk = try reader.u16(end + 6, "central directory disk")
        var directoryLimit = end
        let locator = end - 20
        var hasLocator = false
        if locator >= 0 { hasLocator = try reader.uint(locator, 4, "ZIP64 locator") == Self.zip64LocatorSignature }
        if !hasLocator, entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw KerasImportError(.malformed, "ZIP64 sizes without a ZIP64 end-of-directory locator", location: "zip archive")
        }
        if hasLocator {
            // A ZIP64 end record, when present, is authoritative (as in Python's zipfile).
            let record = try reader.u64(locator + 8, "ZIP64 end record offset")
            guard record <= locator - 56, try reader.uint(record, 4, "ZIP64 end record") == Self.zip64EndSignature else {
                throw KerasImportError(.malformed, "bad ZIP64 end-of-directory record at \(record)", location: "zip archive")
            }
            guard try reader.u32(record + 16, "ZIP64 disk") == 0, try reader.u32(record + 20, "ZIP64 directory disk") == 0 else {
                throw KerasImportError(.unsupported, "multi-disk ZIP archives are not supported", location: "zip archive")
            }
            entryCount = try reader.u64(record + 32, "ZIP64 entry count")
            directorySize = try reader.u64(record + 40, "ZIP64 central directory size")
            directoryOffset = try reader.u64(record + 48, "ZIP64 central directory offset")
            directoryLimit = record
        } else if diskNumber != 0 || directoryDisk != 0 {
            throw KerasImportError(.unsupported, "multi-disk ZIP archives are not supported", location: "zip archive")
        }
        guard entryCount <= limits.maxEntries else {
            throw KerasImportError(
                .limitExceeded, "archive lists \(entryCount) members (limit \(limits.maxEntries))", location: "zip archive")
        }
        guard directoryOffset <= directoryLimit, directorySize <= directoryLimit - directoryOffset else {
            throw KerasImportError(
                .malformed, "central directory (\(directorySize) bytes at \(directoryOffset)) overlaps the end record",
                location: "zip archive")
        }
        var entries: [ZipEntry] = []
        var names = Set<String>()
        var offset = directoryOffset
        for index in 0..<entryCount {
            let entry = try Self.readCentralEntry(
                reader, at: &offset, end: directoryOffset + directorySize, index: index, limits: limits)
            guard names.insert(entry.name).inserted else {
                throw KerasImportError(.malformed, "member `\(entry.name)` appears twice", location: "zip archive")
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The member named `name`, if present.
    public func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name }
    }

    /// The uncompressed bytes of member `name`.
    public func contents(of name: String) throws(KerasImportError) -> ByteStorage {
        guard let entry = entry(named: name) else {
            throw KerasImportError(.notFound, "archive has no member `\(name)`", location: "zip archive")
        }
        return try contents(of: entry)
    }

    /// The uncompressed bytes of `entry`: a view into the archive for stored members (no copy), a new
    /// buffer for deflated ones. The CRC-32 is verified.
    public func contents(of entry: ZipEntry) throws(KerasImportError) -> ByteStorage {
        let reader = ByteReader(bytes: storage.bytes, context: "zip member \(entry.name)")
        let local = entry.localHeaderOffset
        guard try reader.uint(local, 4, "local header") == Self.localSignature else {
            throw KerasImportError(.malformed, "no local header signature at offset \(local)", location: "zip member \(entry.name)")
        }
        let nameLength = try reader.u16(local + 26, "local name length")
        let extraLength = try reader.u16(local + 28, "local extra length")
        let localName = try reader.slice(local + 30, nameLength, "local name")
        guard String(decoding: localName, as: UTF8.self) == entry.name else {
            throw KerasImportError(.malformed, "local header names a different member", location: "zip member \(entry.name)")
        }
        let dataOffset = local + 30 + nameLength + extraLength
        let data = try reader.slice(dataOffset, entry.compressedSize, "member data")
        let result: ByteStorage
        switch entry.method {
        case 0:
            let parent = storage
            result = ByteStorage(unsafeBorrowing: data) { _, _ in withExtendedLifetime(parent) {} }
        case 8:
            let inflated: [UInt8]
            do {
                inflated = try Inflate.raw(Array(data), limit: entry.uncompressedSize)
            } catch let error as HDF5Error {
                throw KerasImportError(.malformed, "deflate data: \(error.message)", location: "zip member \(entry.name)")
            } catch {
                throw KerasImportError(.malformed, "deflate data: \(error)", location: "zip member \(entry.name)")
            }
            guard inflated.count == entry.uncompressedSize else {
                throw KerasImportError(
                    .malformed, "inflated to \(inflated.count) bytes, the directory says \(entry.uncompressedSize)",
                    location: "zip member \(entry.name)")
            }
            result = ByteStorage(copying: inflated)
        default:
            throw KerasImportError(.unsupported, "compression method \(entry.method) is not supported", location: "zip member \(entry.name)")
        }
        guard limits.verifiesChecksums else { return result }
        let crc = withExtendedLifetime(result) { CRC32.checksum(result.bytes) }
        guard crc == entry.crc32 else {
            throw KerasImportError(.malformed, "CRC-32 mismatch (data \(crc), directory \(entry.crc32))", location: "zip member \(entry.name)")
        }
        return result
    }

    /// The offset of the end-of-central-directory record: the last signature whose comment fits.
    private static func findEnd(_ reader: ByteReader) throws(KerasImportError) -> Int {
        let count = reader.bytes.count
        guard count >= 22 else {
            throw KerasImportError(.malformed, "\(count) bytes is too short for a ZIP archive", location: "zip archive")
        }
        var offset = count - 22
        let lowest = max(0, count - 22 - 0xFFFF)
        while offset >= lowest {
            if reader.bytes[offset] == 0x50, try reader.uint(offset, 4, "end record") == endSignature {
                let commentLength = try reader.u16(offset + 20, "comment length")
                if offset + 22 + commentLength <= count { return offset }
            }
            offset -= 1
        }
        throw KerasImportError(.malformed, "no end-of-central-directory record", location: "zip archive")
    }

    /// Reads one central-directory header at `offset` and advances past it.
    private static func readCentralEntry(
        _ reader: ByteReader, at offset: inout Int, end: Int, index: Int, limits: ZipLimits
    ) throws(KerasImportError) -> ZipEntry {
        let start = offset
        guard start <= end - 46 else {
            throw KerasImportError(.malformed, "central directory entry \(index) runs past the directory", location: "zip archive")
        }
        guard try reader.uint(start, 4, "central header") == centralSignature else {
            throw KerasImportError(.malformed, "no central header signature at offset \(start)", location: "zip archive")
        }
        let flags = try reader.u16(start + 8, "flags")
        let method = try reader.u16(start + 10, "method")
        let crc = UInt32(try reader.uint(start + 16, 4, "crc"))
        var compressed = try reader.u32(start + 20, "compressed size")
        var uncompressed = try reader.u32(start + 24, "uncompressed size")
        let nameLength = try reader.u16(start + 28, "name length")
        let extraLength = try reader.u16(start + 30, "extra length")
        let commentLength = try reader.u16(start + 32, "comment length")
        let disk = try reader.u16(start + 34, "disk number")
        var localOffset = try reader.u32(start + 42, "local header offset")
        let total = 46 + nameLength + extraLength + commentLength
        guard total <= end - start else {
            throw KerasImportError(.malformed, "central directory entry \(index) runs past the directory", location: "zip archive")
        }
        let name = String(decoding: try reader.slice(start + 46, nameLength, "member name"), as: UTF8.self)
        let location = "zip member \(name)"
        // ZIP64 extended information: 64-bit values for the fields saturated at 0xFFFFFFFF, in order.
        var extra = start + 46 + nameLength
        let extraEnd = extra + extraLength
        var diskValue = disk
        while extra + 4 <= extraEnd {
            let id = try reader.u16(extra, "extra field id")
            let size = try reader.u16(extra + 2, "extra field size")
            guard size <= extraEnd - extra - 4 else {
                throw KerasImportError(.malformed, "extra field runs past its header", location: location)
            }
            if id == 0x0001 {
                var field = extra + 4
                let fieldEnd = field + size
                func next() throws(KerasImportError) -> Int {
                    guard field + 8 <= fieldEnd else {
                        throw KerasImportError(.malformed, "ZIP64 extra field too short", location: location)
                    }
                    defer { field += 8 }
                    return try reader.u64(field, "ZIP64 value")
                }
                if uncompressed == 0xFFFF_FFFF { uncompressed = try next() }
                if compressed == 0xFFFF_FFFF { compressed = try next() }
                if localOffset == 0xFFFF_FFFF { localOffset = try next() }
                if disk == 0xFFFF, field + 4 <= fieldEnd { diskValue = try reader.u32(field, "ZIP64 disk") }
            }
            extra += 4 + size
        }
        guard diskValue == 0 else {
            throw KerasImportError(.unsupported, "multi-disk ZIP archives are not supported", location: location)
        }
        guard flags & 0x41 == 0 else {
            throw KerasImportError(.unsupported, "encrypted members are not supported", location: location)
        }
        guard uncompressed <= limits.maxEntrySize else {
            throw KerasImportError(
                .limitExceeded, "member declares \(uncompressed) bytes (limit \(limits.maxEntrySize))", location: location)
        }
        if method == 0, compressed != uncompressed {
            throw KerasImportError(.malformed, "stored member with different compressed and uncompressed sizes", location: location)
        }
        if method == 8, uncompressed > 1 << 20, uncompressed / max(compressed, 1) > limits.maxCompressionRatio {
            throw KerasImportError(
                .limitExceeded, "member declares a \(uncompressed / max(compressed, 1)):1 compression ratio", location: location)
        }
        guard localOffset <= start else {
            throw KerasImportError(.malformed, "local header offset \(localOffset) lies after the central directory", location: location)
        }
        offset = start + total
        return ZipEntry(
            name: name, method: method, flags: flags, crc32: crc, compressedSize: compressed,
            uncompressedSize: uncompressed, localHeaderOffset: localOffset)
    }
}
