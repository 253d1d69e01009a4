import Foundation

/// A cheap hashable summary of a byte array (its length and up to 64 sampled 8-byte words), for
/// finding candidate duplicates among large constants without hashing every byte; candidates
/// are then compared in full.
struct ByteFingerprint: Hashable {
    var count: Int
    var samples: [UInt64]

    init(_ bytes: [UInt8]) {
        count = bytes.count
        let words = bytes.count / 8
        var samples: [UInt64] = []
        bytes.withUnsafeBytes { raw in
            if words > 0 {
                let step = max(1, words / 64)
                var index = 0
                while index < words {
                    samples.append(raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                    index += step
                }
            }
            // The tail that does not fill a word.
            var tail: UInt64 = 0
            for offset in (words * 8)..<bytes.count { tail = tail << 8 | UInt64(raw[offset]) }
            samples.append(tail)
        }
        self.samples = samples
    }

    /// True when two byte arrays are equal (one memory comparison).
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBytes { x in
            b.withUnsafeBytes { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return false }
                return memcmp(p, q, x.count) == 0
            }
        }
    }
}
