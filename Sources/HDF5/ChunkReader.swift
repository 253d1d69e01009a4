/// Assembles a chunked dataset's bytes: finds chunks through the index, undoes the filters and
/// copies each chunk's in-bounds part into the output.
struct ChunkReader {
    let file: FileBytes
    let shape: [Int]
    let chunk: [Int]
    let elementSize: Int
    let filters: [Filter]

    static let maxChunks = 1_000_000

    struct Chunk {
        var offset: [Int]
        var address: Int
        var size: Int
        var filterMask: UInt32
    }

    func read(index: DataLayout.ChunkIndex, total: Int) throws -> [UInt8] {
        guard chunk.count == shape.count, chunk.allSatisfy({ $0 > 0 }), elementSize > 0 else {
            throw HDF5Error(.malformed, "chunk dims \(chunk) do not match the dataspace \(shape)")
        }
        let chunkBytes = try Checked.multiply(try Checked.product(chunk, "chunk size"), elementSize, "chunk size")
        var out = [UInt8](repeating: 0, count: total)
        if total == 0 { return out }
        var chunks: [Chunk] = []
        let gridCount = try Checked.product(zip(shape, chunk).map { $0 / $1 + ($0 % $1 == 0 ? 0 : 1) }, "chunk count")
        switch index {
        case .btreeV1(let address):
            if let address {
                var visited = Set<Int>()
                try btree(address, depth: 0, &visited, &chunks, limit: min(gridCount, Self.maxChunks))
            }
        case .singleChunk(let address, let filteredSize, let mask):
            if let address {
                chunks.append(Chunk(offset: shape.map { _ in 0 }, address: address, size: filteredSize ?? chunkBytes, filterMask: mask))
            }
        case .implicit(let address):
            if let address {
                for (i, offset) in try grid().enumerated() {
                    let at = try Checked.add(address, try Checked.multiply(i, chunkBytes, "chunk address"), "chunk address")
                    chunks.append(Chunk(offset: offset, address: at, size: chunkBytes, filterMask: 0))
                }
            }
        case .fixedArray(let address):
            if let address { try fixedArray(address, chunkBytes, &chunks) }
        }
        guard chunks.count <= gridCount else {
            throw HDF5Error(.malformed, "\(chunks.count) chunks for a grid of \(gridCount)")
        }
        for c in chunks {
            try HDF5Error.at(path: "chunk \(c.offset)") {
                let raw = try file.bytes(at: c.address, length: c.size, "chunk")
                let data = try unfilter(raw, mask: c.filterMask, expected: chunkBytes)
                guard data.count >= chunkBytes else {
                    throw HDF5Error(.malformed, "chunk holds \(data.count) bytes, expected \(chunkBytes)", offset: c.address)
                }
                try copy(data, at: c.offset, into: &out)
            }
        }
        return out
    }

    /// Chunk offsets in row-major order over the chunk grid.
    private func grid() throws -> [[Int]] {
        let counts = zip(shape, chunk).map { $0 / $1 + ($0 % $1 == 0 ? 0 : 1) }
        let n = try Checked.product(counts, "chunk count")
        guard n <= Self.maxChunks else { throw HDF5Error(.limitExceeded, "\(n) chunks") }
        var result: [[Int]] = []
        for i in 0..<n {
            var rest = i
            var offset = [Int](repeating: 0, count: shape.count)
            for d in stride(from: shape.count - 1, through: 0, by: -1) {
                offset[d] = rest % counts[d] * chunk[d]
                rest /= counts[d]
            }
            result.append(offset)
        }
        return result
    }

    private func btree(_ offset: Int, depth: Int, _ visited: inout Set<Int>, _ chunks: inout [Chunk], limit: Int) throws {
        guard depth < 64 else { throw HDF5Error(.limitExceeded, "chunk B-tree too deep", offset: offset) }
        guard visited.insert(offset).inserted else { throw HDF5Error(.malformed, "chunk B-tree cycle", offset: offset) }
        var c = try file.cursor(at: offset, "chunk B-tree node")
        try c.signature("TREE", "chunk B-tree node")
        let type = try c.u8()
        guard type == 1 else { throw HDF5Error(.malformed, "B-tree node type \(type) for chunks", offset: offset) }
        let level = Int(try c.u8())
        let entries = try c.u16()
        try c.skip(2 * file.offsetSize)
        for _ in 0..<entries {
            let size = try c.u32()
            let mask = UInt32(try c.uint(4))
            var position: [Int] = []
            for _ in 0...shape.count { position.append(try c.int(8, "chunk offset")) }
            let child = try file.required(try c.address(), "chunk")
            if level > 0 {
                try btree(child, depth: depth + 1, &visited, &chunks, limit: limit)
            } else {
                guard chunks.count < limit else { throw HDF5Error(.malformed, "more chunks than the chunk grid holds") }
                chunks.append(Chunk(offset: Array(position.dropLast()), address: child, size: size, filterMask: mask))
            }
        }
    }

    private func fixedArray(_ offset: Int, _ chunkBytes: Int, _ chunks: inout [Chunk]) throws {
        var h = try file.cursor(at: offset, "fixed array header")
        try h.signature("FAHD", "fixed array header")
        try h.skip(1)
        let client = try h.u8()
        let entrySize = Int(try h.u8())
        let pageBits = Int(try h.u8())
        let count = try h.length("fixed array entries")
        let block = try file.required(try h.address(), "fixed array data block")
        let offsets = try grid()
        guard count == offsets.count else { throw HDF5Error(.malformed, "fixed array has \(count) entries for \(offsets.count) chunks", offset: offset) }
        guard pageBits < 32, count <= 1 << pageBits else { throw HDF5Error(.unsupported, "paged fixed array", offset: offset) }
        let filtered = client == 1
        guard filtered ? (entrySize > file.offsetSize + 4 && entrySize <= file.offsetSize + 12) : entrySize == file.offsetSize else {
            throw HDF5Error(.malformed, "fixed array entry size \(entrySize)", offset: offset)
        }
        var d = try file.cursor(at: block, "fixed array data block")
        try d.signature("FADB", "fixed array data block")
        try d.skip(2 + file.offsetSize)
        for i in 0..<count {
            let address = try file.absolute(try d.address(), "chunk")
            var size = chunkBytes
            var mask: UInt32 = 0
            if filtered {
                size = try d.int(entrySize - file.offsetSize - 4, "filtered chunk size")
                mask = UInt32(try d.uint(4))
            }
            if let address { chunks.append(Chunk(offset: offsets[i], address: address, size: size, filterMask: mask)) }
        }
    }

    private func unfilter(_ raw: [UInt8], mask: UInt32, expected: Int) throws -> [UInt8] {
        var data = raw
        for (i, filter) in filters.enumerated().reversed() {
            if i < 32 && mask & (1 << UInt32(i)) != 0 { continue }
            switch filter.id {
            case 1: data = try Inflate.zlib(data, limit: expected)
            case 2: data = Shuffle.undo(data, elementSize: filter.values.first ?? elementSize)
            case 3: continue  // Fletcher-32: drop the trailing checksum.
            default:
                throw HDF5Error(.unsupported, "filter \(filter.id)")
            }
        }
        return data
    }

    /// Copies the in-bounds part of a chunk into the row-major output.
    private func copy(_ data: [UInt8], at offset: [Int], into out: inout [UInt8]) throws {
        let rank = shape.count
        for d in 0..<rank {
            guard offset[d] >= 0, offset[d] < shape[d] || shape[d] == 0 else {
                throw HDF5Error(.malformed, "chunk offset \(offset) outside the dataset \(shape)")
            }
            guard offset[d] % chunk[d] == 0 else { throw HDF5Error(.malformed, "misaligned chunk offset \(offset)") }
        }
        if rank == 0 {
            out.replaceSubrange(0..<elementSize, with: data[0..<elementSize])
            return
        }
        let rowLength = min(chunk[rank - 1], shape[rank - 1] - offset[rank - 1]) * elementSize
        var index = [Int](repeating: 0, count: rank - 1)
        while true {
            var src = 0, dst = 0
            for d in 0..<rank {
                let i = d < rank - 1 ? index[d] : 0
                src = src * chunk[d] + i
                dst = dst * shape[d] + offset[d] + i
            }
            src *= elementSize
            dst *= elementSize
            out.withUnsafeMutableBytes { o in
                data.withUnsafeBytes { s in
                    (o.baseAddress! + dst).copyMemory(from: s.baseAddress! + src, byteCount: rowLength)
                }
            }
            var d = rank - 2
            while d >= 0 {
                index[d] += 1
                if index[d] < chunk[d] && offset[d] + index[d] < shape[d] { break }
                index[d] = 0
                d -= 1
            }
            if d < 0 { break }
        }
    }
}

/// The HDF5 shuffle filter's inverse: regroups byte planes into elements.
enum Shuffle {
    static func undo(_ data: [UInt8], elementSize: Int) -> [UInt8] {
        guard elementSize > 1, data.count >= elementSize else { return data }
        let n = data.count / elementSize
        var out = data
        for b in 0..<elementSize {
            for i in 0..<n { out[i * elementSize + b] = data[b * n + i] }
        }
        return out
    }
}
