import FlatBuffers
import Foundation
import Testing
import TestSupport

@testable import KerasModel

/// Seeded truncations, bit flips and field overwrites of every fixture model, of the config.json
/// inside re-zipped archives (valid CRC, so the JSON and graph code sees the damage), and of the
/// weights file inside them: each variant must import or throw a `KerasImportError`, never crash.
@Suite struct ImportMutationTests {
    /// SplitMix64 (shared test generator).
    typealias Random = SplitMix64

    /// Variants per file; `KERAS_IMPORT_MUTATIONS=<n>` runs a longer campaign.
    static let variants = ProcessInfo.processInfo.environment["KERAS_IMPORT_MUTATIONS"].flatMap { Int($0) } ?? 120
    static let seed = ProcessInfo.processInfo.environment["KERAS_IMPORT_MUTATION_SEED"].flatMap { UInt64($0) } ?? 0

    /// Offsets of ZIP and HDF5 structures and of JSON text, so half the mutations land there.
    static func targets(_ bytes: [UInt8]) -> [Int] {
        let signatures: [[UInt8]] = [[0x50, 0x4B, 1, 2], [0x50, 0x4B, 3, 4], [0x50, 0x4B, 5, 6], [0x50, 0x4B, 6, 6], [0x50, 0x4B, 6, 7]]
            + ["OHDR", "TREE", "SNOD", "HEAP", "GCOL", "{\"class_name\"", "inbound_nodes", "keras_history", "layers", "weight_names"]
            .map { Array($0.utf8) }
        var result = [0]
        for index in 0..<bytes.count {
            for signature in signatures where signature[0] == bytes[index] && index + signature.count <= bytes.count {
                if Array(bytes[index..<index + signature.count]) == signature { result.append(index) }
            }
        }
        return result
    }

    static func mutate(_ original: [UInt8], variant: Int, random: inout Random, targets: [Int]) -> [UInt8] {
        var bytes = original
        guard !bytes.isEmpty else { return bytes }
        func target() -> Int {
            variant % 2 == 1 ? min(targets[random.below(targets.count)] + random.below(64), bytes.count - 1) : random.below(bytes.count)
        }
        switch variant % 5 {
        case 0:
            bytes = Array(bytes.prefix(random.below(bytes.count)))
        case 1:
            for _ in 0..<(1 + random.below(4)) {
                let index = target()
                bytes[index] ^= UInt8(1 << random.below(8))
            }
        case 2:
            bytes[target()] = [0x00, 0xFF, 0x7F, 0x80, 0x22, 0x5B, 0x7B, 0x30, 0x39][random.below(9)]
        case 3:
            let index = min(target(), max(bytes.count - 8, 0))
            let value = [random.next(), UInt64.max, 0, UInt64(bytes.count), 0xFFFF_FFFF][random.below(5)]
            for k in 0..<min(8, bytes.count - index) { bytes[index + k] = UInt8(truncatingIfNeeded: value >> UInt64(8 * k)) }
        default:
            // Delete or duplicate a short run (shifts everything after it).
            let index = target()
            let length = min(1 + random.below(16), bytes.count - index)
            if random.below(2) == 0 {
                bytes.removeSubrange(index..<index + length)
            } else {
                bytes.insert(contentsOf: bytes[index..<index + length], at: index)
            }
        }
        return bytes
    }

    /// Imports `bytes`, walking every weight; returns whether it imported.
    static func attempt(_ bytes: [UInt8]) -> Bool {
        do {
            let file = try KerasModelFile(bytes: bytes)
            var total = 0
            for node in file.graph.nodes { for entry in node.layer.weights.entries { total += entry.array.values.count } }
            _ = total
            return true
        } catch {
            return false  // typed: a KerasImportError
        }
    }

    static func seedFor(_ name: String) -> Random {
        Random(seed: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude) &+ seed)
    }

    @Test(arguments: ImportFixtures.variants)
    func mutatedFilesNeverCrash(_ variant: ImportFixtures.Variant) throws {
        let original = try ImportFixtures.bytes(variant.modelPath)
        #expect(Self.attempt(original))
        var random = Self.seedFor(variant.description)
        let targets = Self.targets(original)
        var imported = 0
        for index in 0..<Self.variants where Self.attempt(Self.mutate(original, variant: index, random: &random, targets: targets)) {
            imported += 1
        }
        #expect(imported < Self.variants)  // the mutations do reach something
    }

    /// Re-zips an archive with one member replaced (stored, correct CRC).
    static func rezip(_ archive: ZipArchive, replacing name: String, with data: [UInt8]) throws -> [UInt8] {
        var zip = TestZip()
        for entry in archive.entries {
            if entry.name == name {
                zip.members.append(.init(name: name, data: data))
            } else {
                let storage = try archive.contents(of: entry)
                zip.members.append(.init(name: entry.name, data: withExtendedLifetime(storage) { Array(storage.bytes) }))
            }
        }
        return zip.bytes(crc: CRC32.checksum)
    }

    @Test(arguments: ImportFixtures.cases, ["config.json", "model.weights.h5"])
    func mutatedArchiveMembersNeverCrash(_ name: String, member: String) throws {
        let path = ImportFixtures.folder.appendingPathComponent(name).appendingPathComponent("model.keras").path
        let archive = try ZipArchive(storage: ByteStorage(copying: ImportFixtures.bytes(path)))
        let storage = try archive.contents(of: member)
        let original = withExtendedLifetime(storage) { Array(storage.bytes) }
        #expect(Self.attempt(try Self.rezip(archive, replacing: member, with: original)))
        var random = Self.seedFor(name + member)
        let targets = Self.targets(original)
        var imported = 0
        for index in 0..<Self.variants {
            let mutated = Self.mutate(original, variant: index, random: &random, targets: targets)
            if Self.attempt(try Self.rezip(archive, replacing: member, with: mutated)) { imported += 1 }
        }
        #expect(imported < Self.variants)
    }
}
