/// A small, bounds-checked DEFLATE (RFC 1951) decoder with zlib (RFC 1950) framing, for HDF5's
/// deflate filter and the Keras importer's ZIP reader. Output is capped: a stream that would
/// inflate past `limit` bytes is an error. Errors are ``HDF5Error`` values (`.malformed`,
/// `.limitExceeded`).
public enum Inflate {
    private struct Bits {
        let input: [UInt8]
        var position = 0
        var buffer: UInt32 = 0
        var count = 0

        mutating func bits(_ n: Int) throws -> Int {
            while count < n {
                guard position < input.count else { throw HDF5Error(.malformed, "deflate stream truncated") }
                buffer |= UInt32(input[position]) << UInt32(count)
                position += 1
                count += 8
            }
            let value = Int(buffer & ((1 << UInt32(n)) - 1))
            buffer = n == 32 ? 0 : buffer >> UInt32(n)
            count -= n
            return value
        }
    }

    /// Canonical Huffman table: counts per length and symbols sorted by code.
    private struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        init(lengths: [Int]) throws {
            symbols = [Int](repeating: 0, count: lengths.count)
            for l in lengths { counts[l] += 1 }
            counts[0] = 0
            var left = 1
            for len in 1..<16 {
                left <<= 1
                left -= counts[len]
                guard left >= 0 else { throw HDF5Error(.malformed, "over-subscribed Huffman code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
            for (symbol, l) in lengths.enumerated() where l != 0 {
                symbols[offsets[l]] = symbol
                offsets[l] += 1
            }
        }

        func decode(_ bits: inout Bits) throws -> Int {
            var code = 0, first = 0, index = 0
            for len in 1..<16 {
                code |= try bits.bits(1)
                let count = counts[len]
                if code - count < first { return symbols[index + (code - first)] }
                index += count
                first += count
                first <<= 1
                code <<= 1
            }
            throw HDF5Error(.malformed, "invalid Huffman code")
        }
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Inflates a zlib stream (2-byte header, deflate data, Adler-32 trailer ignored).
    static func zlib(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        guard input.count >= 2, input[0] & 0x0F == 8, (Int(input[0]) << 8 | Int(input[1])) % 31 == 0,
              input[1] & 0x20 == 0
        else { throw HDF5Error(.malformed, "bad zlib header") }
        return try raw(Array(input[2...]), limit: limit)
    }

    /// Inflates raw deflate data (RFC 1951), producing at most `limit` bytes.
    public static func raw(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        var bits = Bits(input: input)
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, 1 << 20))
        let fixedLit = try Huffman(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
        let fixedDist = try Huffman(lengths: [Int](repeating: 5, count: 30))
        var last = 0
        repeat {
            last = try bits.bits(1)
            let type = try bits.bits(2)
            switch type {
            case 0:
                bits.buffer = 0
                bits.count = 0
                guard bits.position + 4 <= input.count else { throw HDF5Error(.malformed, "deflate stored block truncated") }
                let len = Int(input[bits.position]) | Int(input[bits.position + 1]) << 8
                let nlen = Int(input[bits.position + 2]) | Int(input[bits.position + 3]) << 8
                guard len == ~nlen & 0xFFFF else { throw HDF5Error(.malformed, "deflate stored length mismatch") }
                bits.position += 4
                guard len <= input.count - bits.position else { throw HDF5Error(.malformed, "deflate stored block truncated") }
                guard len <= limit - out.count else { throw HDF5Error(.limitExceeded, "inflated data exceeds \(limit) bytes") }
                out.append(contentsOf: input[bits.position..<bits.position + len])
                bits.position += len
            case 1:
                try codes(&bits, &out, fixedLit, fixedDist, limit)
            case 2:
                let nlen = try bits.bits(5) + 257, ndist = try bits.bits(5) + 1, ncode = try bits.bits(4) + 4
                guard nlen <= 286, ndist <= 30 else { throw HDF5Error(.malformed, "bad deflate code counts") }
                let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
                var lengths = [Int](repeating: 0, count: 19)
                for i in 0..<ncode { lengths[order[i]] = try bits.bits(3) }
                let lencode = try Huffman(lengths: lengths)
                var all: [Int] = []
                while all.count < nlen + ndist {
                    let symbol = try lencode.decode(&bits)
                    if symbol < 16 {
                        all.append(symbol)
                    } else {
                        var value = 0, repeatCount = 0
                        if symbol == 16 {
                            guard let previous = all.last else { throw HDF5Error(.malformed, "deflate repeat with no length") }
                            value = previous
                            repeatCount = 3 + (try bits.bits(2))
                        } else if symbol == 17 {
                            repeatCount = 3 + (try bits.bits(3))
                        } else {
                            repeatCount = 11 + (try bits.bits(7))
                        }
                        guard all.count + repeatCount <= nlen + ndist else { throw HDF5Error(.malformed, "too many deflate lengths") }
                        all.append(contentsOf: repeatElement(value, count: repeatCount))
                    }
                }
                guard all[256] != 0 else { throw HDF5Error(.malformed, "deflate block without end code") }
                try codes(&bits, &out, try Huffman(lengths: Array(all[0..<nlen])), try Huffman(lengths: Array(all[nlen...])), limit)
            default:
                throw HDF5Error(.malformed, "invalid deflate block type")
            }
        } while last == 0
        return out
    }

    private static func codes(_ bits: inout Bits, _ out: inout [UInt8], _ lit: Huffman, _ dist: Huffman, _ limit: Int) throws {
        while true {
            let symbol = try lit.decode(&bits)
            if symbol < 256 {
                guard out.count < limit else { throw HDF5Error(.limitExceeded, "inflated data exceeds \(limit) bytes") }
                out.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let s = symbol - 257
                guard s < 29 else { throw HDF5Error(.malformed, "invalid deflate length code") }
                let length = lengthBase[s] + (try bits.bits(lengthExtra[s]))
                let d = try dist.decode(&bits)
                guard d < 30 else { throw HDF5Error(.malformed, "invalid deflate distance code") }
                let distance = distBase[d] + (try bits.bits(distExtra[d]))
                guard distance <= out.count else { throw HDF5Error(.malformed, "deflate distance too far back") }
                guard length <= limit - out.count else { throw HDF5Error(.limitExceeded, "inflated data exceeds \(limit) bytes") }
                let start = out.count - distance
                for i in 0..<length { out.append(out[start + i]) }
            }
        }
    }
}
