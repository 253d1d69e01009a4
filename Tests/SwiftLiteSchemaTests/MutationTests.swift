import Foundation
import Testing
import TestSupport

@testable import SwiftLiteSchema

/// Thousands of damaged variants of the fixtures (truncated, bit-flipped, overwritten with
/// boundary integers, spliced with other files), seeded so failures reproduce. Every variant
/// must either load, and then summarize, copy and reload to the same model, or be refused with
/// a typed ``ModelError``. A crash, hang or trap fails the whole test run.
@Suite struct MutationTests {
    struct Outcome {
        var accepted = 0
        var rejected = 0
        var total: Int { accepted + rejected }
    }

    static let seeds: [UInt64] = [1, 2, 3]
    static let variantsPerFixtureAndSeed = 400

    @Test(arguments: seeds)
    func damagedModelsNeverCrash(seed: UInt64) throws {
        let sources = try Fixtures.allModels.map { Array(try Data(contentsOf: $0)) }
            .filter { $0.count <= 20_000 }
        try #require(sources.count >= 8)
        var random = SplitMix64(seed: seed)
        var outcome = Outcome()
        for (index, original) in sources.enumerated() {
            for _ in 0..<Self.variantsPerFixtureAndSeed {
                let donor = sources[(index + 1 + Int(random.next() % UInt64(sources.count - 1))) % sources.count]
                let variant = Self.mutate(original, donor: donor, random: &random)
                if try Self.check(variant) { outcome.accepted += 1 } else { outcome.rejected += 1 }
            }
        }
        print("mutation seed \(seed): \(outcome.total) variants, \(outcome.accepted) accepted, \(outcome.rejected) rejected")
        #expect(outcome.total == sources.count * Self.variantsPerFixtureAndSeed)
        #expect(outcome.rejected > 0, "damage of this kind must be detected at least sometimes")
    }

    @Test func everyTruncationOfAFixtureIsHandled() throws {
        let original = try Fixtures.bytes("metadata")
        var accepted = 0
        for length in 0..<original.count {
            if try Self.check(Array(original[..<length])) { accepted += 1 }
        }
        // A FlatBuffer is built back to front, so cutting any byte loses the root's fields.
        #expect(accepted == 0)
    }

    /// Loads `bytes`; on success exercises every reader and the writer. Returns whether it loaded.
    static func check(_ bytes: [UInt8]) throws -> Bool {
        let file: ModelFile
        do {
            file = try ModelFile(bytes: bytes)
        } catch {
            #expect(!error.description.isEmpty)
            return false
        }
        let summary = ModelSummary(file)
        _ = summary.json.serialized()
        _ = summary.report
        let editable = file.makeEditableModel()
        let copy = try ModelFile.roundTrip(editable)
        let again = copy.makeEditableModel()
        if !containsNaN(editable) {
            #expect(again == editable, "a valid variant must round-trip")
        }
        return true
    }

    static func containsNaN(_ model: Model) -> Bool {
        model.subgraphs?.contains { subgraph in
            subgraph.tensors?.contains { tensor in
                let q = tensor.quantization
                return (q?.scale ?? []).contains { $0.isNaN } || (q?.min ?? []).contains { $0.isNaN }
                    || (q?.max ?? []).contains { $0.isNaN }
            } ?? false
        } ?? false
    }

    static func mutate(_ original: [UInt8], donor: [UInt8], random: inout SplitMix64) -> [UInt8] {
        var bytes = original
        func position(_ limit: Int) -> Int { limit <= 0 ? 0 : Int(random.next() % UInt64(limit)) }
        switch random.next() % 5 {
        case 0:  // truncate
            bytes.removeLast(1 + position(bytes.count))
        case 1:  // flip 1-8 bits
            for _ in 0...position(8) {
                let at = position(bytes.count)
                bytes[at] ^= 1 << UInt8(position(8))
            }
        case 2:  // overwrite an aligned 32-bit word with a boundary value
            let values: [UInt32] = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0xFFFF, 4, UInt32(bytes.count)]
            let at = position(bytes.count / 4) * 4
            let value = values[position(values.count)]
            for k in 0..<min(4, bytes.count - at) { bytes[at + k] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(k))) }
        case 3:  // splice a chunk of another model over this one
            let length = 1 + position(min(256, donor.count))
            let from = position(donor.count - length + 1)
            let to = position(max(1, bytes.count - length + 1))
            for k in 0..<length where to + k < bytes.count { bytes[to + k] = donor[from + k] }
        default:  // insert or delete a run of bytes in the middle
            let at = position(bytes.count)
            if random.next() % 2 == 0 {
                bytes.insert(contentsOf: repeatElement(UInt8(truncatingIfNeeded: random.next()), count: 1 + position(16)), at: at)
            } else {
                bytes.removeSubrange(at..<min(bytes.count, at + 1 + position(16)))
            }
        }
        return bytes
    }
}

