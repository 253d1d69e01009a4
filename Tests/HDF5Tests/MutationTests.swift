import Foundation
import Testing
import TestSupport

@testable import HDF5

/// Seeded truncations and bit flips of every fixture: each variant must end in values or an
/// ``HDF5Error``, never a crash or another error type.
@Suite struct MutationTests {
    /// SplitMix64 (shared test generator).
    typealias SplitMix = SplitMix64

    /// Variants per fixture; `HDF5_MUTATIONS=<n>` runs a longer campaign.
    static let variantsPerFixture = ProcessInfo.processInfo.environment["HDF5_MUTATIONS"].flatMap { Int($0) } ?? 500

    /// Offsets of HDF5 structure signatures, so that half the mutations land in metadata.
    static func structureOffsets(_ bytes: [UInt8]) -> [Int] {
        let signatures = ["OHDR", "OCHK", "TREE", "SNOD", "HEAP", "GCOL", "FRHP", "FHDB", "FHIB", "BTHD", "BTIN",
                          "BTLF", "FAHD", "FADB"].map { Array($0.utf8) }
        var result = [0]
        for i in 0..<max(bytes.count - 4, 0) where signatures.contains(where: { $0[0] == bytes[i] && Array(bytes[i..<i + 4]) == $0 }) {
            result.append(i)
        }
        return result
    }

    @Test(arguments: Fixtures.names)
    func mutatedFixturesNeverCrash(_ name: String) throws {
        let seed = ProcessInfo.processInfo.environment["HDF5_MUTATION_SEED"].flatMap { UInt64($0) } ?? 0
        let original = try Fixtures.bytes(name)
        var rng = SplitMix(seed: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude) &+ seed)
        let structures = Self.structureOffsets(original)
        var values = 0, errors = 0
        for variant in 0..<Self.variantsPerFixture {
            var bytes = original
            // Odd variants aim at a structure (signature + up to 96 bytes), even ones anywhere.
            let target: () -> Int = {
                variant % 2 == 1
                    ? min(structures[rng.below(structures.count)] + rng.below(96), bytes.count - 1)
                    : rng.below(bytes.count)
            }
            switch variant % 4 {
            case 0:
                bytes = Array(bytes.prefix(rng.below(bytes.count)))
            case 1:
                for _ in 0..<(1 + rng.below(4)) {
                    let i = target()
                    bytes[i] ^= UInt8(1 << rng.below(8))
                }
            case 2:
                let i = target()
                bytes[i] = [0x00, 0xFF, 0x7F, 0x80][rng.below(4)]
            default:
                // Corrupt a whole 8-byte field (addresses, lengths) with a random or extreme value.
                let i = min(target(), max(bytes.count - 8, 0))
                let value = [rng.next(), UInt64.max, 0, UInt64(bytes.count)][rng.below(4)]
                for k in 0..<min(8, bytes.count - i) { bytes[i + k] = UInt8(truncatingIfNeeded: value >> UInt64(8 * k)) }
            }
            do {
                let file = try HDF5File(bytes: bytes)
                try walkAll(file, budget: 400)
                values += 1
            } catch is HDF5Error {
                errors += 1
            } catch {
                Issue.record("\(name) variant \(variant): non-HDF5 error \(error)")
            }
        }
        #expect(values + errors == Self.variantsPerFixture)
        print("HDF5 mutations of \(name): \(values) read fully, \(errors) typed errors")
    }

    @Test func inflateRejectsGarbage() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<2_000 {
            let bytes = (0..<rng.below(64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            _ = try? Inflate.raw(bytes, limit: 4096)
            _ = try? Inflate.zlib([0x78, 0x9C] + bytes, limit: 4096)
        }
    }
}
