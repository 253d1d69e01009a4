import Testing

@testable import HDF5

/// Hand-made hostile inputs: each must end in a typed error without allocating what the file
/// does not warrant.
@Suite struct HostileInputTests {
    /// The offset of the dataspace message of `path` in `bytes`.
    func dataspaceOffset(_ bytes: [UInt8], _ path: String) throws -> Int {
        let file = try HDF5File(bytes: bytes)
        let dataset = try file.root.dataset(path)
        let messages = try ObjectHeader.messages(file.bytes, at: dataset.header)
        return try #require(messages.first { $0.type == MessageType.dataspace }).offset
    }

    @Test(arguments: [UInt64(1) << 40, UInt64(Int.max), UInt64.max - 1])
    func hugeDimensionIsRejected(_ dimension: UInt64) throws {
        var bytes = try Fixtures.bytes("keras_weights")
        let offset = try dataspaceOffset(bytes, "layers/dense/vars/0")
        // Version 1 dataspace: 8-byte header, then the first dimension.
        for k in 0..<8 { bytes[offset + 8 + k] = UInt8(truncatingIfNeeded: dimension >> UInt64(8 * k)) }
        let file = try HDF5File(bytes: bytes)
        do {
            _ = try file.root.dataset("layers/dense/vars/0").readFloats()
            Issue.record("read a dataset with dimension \(dimension)")
        } catch let error as HDF5Error {
            #expect([.limitExceeded, .malformed].contains(error.kind))
            #expect(error.path == "/layers/dense/vars/0")
        }
    }

    @Test func inflateOutputIsCapped() throws {
        // zlib.compress(bytes(100000)): 120 bytes that inflate to 100 000 zeros.
        var bomb: [UInt8] = [0x78, 0xda, 0xed, 0xc1, 0x31, 0x01, 0x00, 0x00, 0x00, 0xc2, 0xa0, 0xf5, 0x4f, 0x6d, 0x0d, 0x0f, 0xa0]
        bomb += [UInt8](repeating: 0, count: 96) + [0x80, 0x57, 0x03, 0x86, 0xaf, 0x00, 0x01]
        #expect(try Inflate.zlib(bomb, limit: 100_000) == [UInt8](repeating: 0, count: 100_000))
        #expect(throws: HDF5Error.self) { try Inflate.zlib(bomb, limit: 4096) }
    }

    @Test func truncatedEverywhereIsTyped() throws {
        let bytes = try Fixtures.bytes("keras_legacy")
        for length in stride(from: 0, to: bytes.count, by: 97) {
            do {
                try walkAll(try HDF5File(bytes: Array(bytes.prefix(length))))
            } catch is HDF5Error {
            }
        }
    }
}
