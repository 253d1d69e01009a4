import FlatBuffers
import Foundation
import Testing

@testable import KerasModel

/// The ZIP reader against archives written by Python's zipfile, and against forged ones.
@Suite struct ZipArchiveTests {
    static let folder = ImportFixtures.folder.appendingPathComponent("archives")

    static func open(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(KerasImportError) -> ZipArchive {
        try ZipArchive(storage: ByteStorage(copying: bytes), limits: limits)
    }

    static func kind(_ body: () throws -> Void) -> KerasImportError.Kind? {
        do {
            try body()
            return nil
        } catch let error as KerasImportError {
            return error.kind
        } catch {
            Issue.record("not a KerasImportError: \(error)")
            return nil
        }
    }

    @Test func crc32KnownVector() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test(arguments: ["plain.zip", "zip64.zip"])
    func readsPythonArchives(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("expected.json"))
        let all = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let expected = try #require(all[name] as? [String: Any])
        let members = try #require(expected["members"] as? [String: [String: Any]])
        let archive = try Self.open(ImportFixtures.bytes(Self.folder.appendingPathComponent(name).path))
        #expect(Set(archive.entries.map(\.name)) == Set(members.keys))
        for (member, info) in members {
            let entry = try #require(archive.entry(named: member))
            #expect(entry.method == info["method"] as? Int)
            #expect(entry.uncompressedSize == info["size"] as? Int)
            let storage = try archive.contents(of: member)
            let bytes = withExtendedLifetime(storage) { Array(storage.bytes) }
            #expect(bytes.count == info["size"] as? Int, "\(member)")
            #expect(Int(CRC32.checksum(bytes)) == info["crc32"] as? Int, "\(member)")
            #expect(bytes.reduce(0) { $0 + Int($1) } == info["sum"] as? Int, "\(member)")
        }
        if expected["zip64"] as? Bool == true {
            // The ZIP64 end record really is what the reader used: break it and reading fails.
            var bytes = try ImportFixtures.bytes(Self.folder.appendingPathComponent(name).path)
            let signature: [UInt8] = [0x50, 0x4B, 6, 6]
            let found = (0..<(bytes.count - 3)).first { (index: Int) -> Bool in Array(bytes[index..<index + 4]) == signature }
            let record = try #require(found)
            bytes[record + 3] = 0
            #expect(Self.kind { _ = try Self.open(bytes) } == .malformed)
        }
    }

    @Test func storedMemberIsAViewIntoTheArchive() throws {
        let zip = TestZip(members: [.init(name: "a", data: Array("hello".utf8))]).bytes(crc: CRC32.checksum)
        let storage = ByteStorage(copying: zip)
        let archive = try ZipArchive(storage: storage)
        let member = try archive.contents(of: "a")
        #expect(withExtendedLifetime(member) { Array(member.bytes) } == Array("hello".utf8))
        #expect(member.baseAddress == storage.baseAddress + 31)  // 30-byte local header + 1-byte name
    }

    @Test func checksumMismatchIsRefusedUnlessVerificationIsOff() throws {
        let zip = TestZip(members: [.init(name: "a", data: Array("hello".utf8))]).bytes { CRC32.checksum($0) ^ 1 }
        #expect(Self.kind { _ = try Self.open(zip).contents(of: "a") } == .malformed)
        var limits = ZipLimits()
        limits.verifiesChecksums = false
        let member = try ZipArchive(storage: ByteStorage(copying: zip), limits: limits).contents(of: "a")
        #expect(withExtendedLifetime(member) { Array(member.bytes) } == Array("hello".utf8))
    }

    @Test func missingMemberIsNotFound() throws {
        let zip = TestZip(members: [.init(name: "a", data: [1])]).bytes(crc: CRC32.checksum)
        #expect(Self.kind { _ = try Self.open(zip).contents(of: "b") } == .notFound)
    }

    @Test func forgedArchivesAreTypedErrors() throws {
        let good = TestZip(members: [.init(name: "config.json", data: Array("{}".utf8)), .init(name: "w", data: [1, 2, 3])])
            .bytes(crc: CRC32.checksum)
        _ = try Self.open(good)
        let central = try #require(TestZip.centralOffset(good))
        let end = good.count - 22

        // Not a zip at all / too short / no end record.
        #expect(Self.kind { _ = try Self.open([1, 2, 3]) } == .malformed)
        #expect(Self.kind { _ = try Self.open([UInt8](repeating: 0, count: 100)) } == .malformed)
        // Wrong CRC: the data no longer matches.
        var crc = good
        crc[central + 16] ^= 0xFF
        #expect(Self.kind { _ = try Self.open(crc).contents(of: "config.json") } == .malformed)
        // Central directory offset past the end.
        var offset = good
        TestZip.patch(&offset, at: end + 16, 0xFFFF_FF00, width: 4)
        #expect(Self.kind { _ = try Self.open(offset) } == .malformed)
        // Local header offset pointing at garbage.
        var local = good
        TestZip.patch(&local, at: central + 42, 5, width: 4)
        #expect(Self.kind { _ = try Self.open(local).contents(of: "config.json") } == .malformed)
        // A declared size beyond the data.
        var size = good
        TestZip.patch(&size, at: central + 20, 1 << 30, width: 4)
        TestZip.patch(&size, at: central + 24, 1 << 30, width: 4)
        #expect(Self.kind { _ = try Self.open(size).contents(of: "config.json") } == .malformed)
        // Huge declared size: refused before any allocation.
        #expect(Self.kind { _ = try Self.open(size, limits: ZipLimits(maxEntrySize: 1 << 20)) } == .limitExceeded)
        // A deflate member claiming a 1 GB output from 2 bytes: a zip bomb ratio.
        var bomb = good
        TestZip.patch(&bomb, at: central + 10, 8, width: 2)
        TestZip.patch(&bomb, at: central + 24, 1 << 30, width: 4)
        #expect(Self.kind { _ = try Self.open(bomb) } == .limitExceeded)
        // Unknown method, encryption.
        var method = good
        TestZip.patch(&method, at: central + 10, 12, width: 2)
        #expect(Self.kind { _ = try Self.open(method).contents(of: "config.json") } == .unsupported)
        var encrypted = good
        TestZip.patch(&encrypted, at: central + 8, 1, width: 2)
        #expect(Self.kind { _ = try Self.open(encrypted) } == .unsupported)
        // Too many entries for the limit, and an entry count the directory cannot hold.
        #expect(Self.kind { _ = try Self.open(good, limits: ZipLimits(maxEntries: 1)) } == .limitExceeded)
        var count = good
        TestZip.patch(&count, at: end + 10, 3, width: 2)
        #expect(Self.kind { _ = try Self.open(count) } == .malformed)
        // ZIP64 markers without a ZIP64 record.
        var zip64 = good
        TestZip.patch(&zip64, at: end + 16, 0xFFFF_FFFF, width: 4)
        #expect(Self.kind { _ = try Self.open(zip64) } == .malformed)
        // Name length running past the directory.
        var name = good
        TestZip.patch(&name, at: central + 28, 0xFFFF, width: 2)
        #expect(Self.kind { _ = try Self.open(name) } == .malformed)
        // Duplicate member names.
        let duplicate = TestZip(members: [.init(name: "a", data: [1]), .init(name: "a", data: [2])]).bytes(crc: CRC32.checksum)
        #expect(Self.kind { _ = try Self.open(duplicate) } == .malformed)
    }

    @Test func deflateGarbageIsMalformed() throws {
        // A deflated member whose data is not a deflate stream.
        var zip = TestZip(members: [.init(name: "a", data: [0xFF, 0xFF, 0xFF, 0xFF])]).bytes(crc: CRC32.checksum)
        let central = try #require(TestZip.centralOffset(zip))
        TestZip.patch(&zip, at: central + 10, 8, width: 2)
        TestZip.patch(&zip, at: central + 24, 100, width: 4)
        #expect(Self.kind { _ = try Self.open(zip).contents(of: "a") } == .malformed)
    }
}
