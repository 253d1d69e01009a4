/// A fractal heap (dense link and attribute storage): finds managed and tiny objects by heap ID.
struct FractalHeap {
    static let maxDirectBlocks = 100_000
    static let maxDepth = 16

    var idLength: Int
    var hasFilters: Bool
    var tableWidth: Int
    var startBlockSize: Int
    var maxDirectBlockSize: Int
    var maxHeapBits: Int
    var rootAddress: Int?
    var rootRows: Int
    var checksummed: Bool
    var offsetBytes: Int { (maxHeapBits + 7) / 8 }
    var lengthBytes: Int
    /// Direct blocks: heap offset, size, file offset.
    var blocks: [(heapOffset: Int, size: Int, address: Int)] = []

    init(_ file: FileBytes, at offset: Int) throws {
        var c = try file.cursor(at: offset, "fractal heap header")
        try c.signature("FRHP", "fractal heap header")
        try c.skip(1)
        idLength = try c.u16()
        let filterLength = try c.u16()
        hasFilters = filterLength > 0
        let flags = try c.u8()
        checksummed = flags & 0x02 != 0
        let maxManaged = try c.u32()
        try c.skip(file.lengthSize + file.offsetSize + file.lengthSize + file.offsetSize + 8 * file.lengthSize)
        tableWidth = try c.u16()
        startBlockSize = try c.length("starting block size")
        maxDirectBlockSize = try c.length("max direct block size")
        maxHeapBits = try c.u16()
        _ = try c.u16()
        rootAddress = try file.absolute(try c.address(), "fractal heap root")
        rootRows = try c.u16()
        guard !hasFilters else { throw HDF5Error(.unsupported, "filtered fractal heap", offset: offset) }
        guard tableWidth > 0, tableWidth <= 65_536, startBlockSize > 0, startBlockSize.nonzeroBitCount == 1,
              maxDirectBlockSize >= startBlockSize, maxDirectBlockSize.nonzeroBitCount == 1,
              maxDirectBlockSize <= 1 << 40, (1...64).contains(maxHeapBits)
        else { throw HDF5Error(.malformed, "fractal heap geometry", offset: offset) }
        let directBits = maxDirectBlockSize.trailingZeroBitCount
        let directLength = (directBits + 7) / 8
        let managedLength = (Int.bitWidth - 1 - max(maxManaged, 1).leadingZeroBitCount) / 8 + 1
        lengthBytes = min(directLength, managedLength)
        if let root = rootAddress {
            if rootRows == 0 {
                blocks.append((0, startBlockSize, root))
            } else {
                var visited = Set<Int>()
                try indirect(file, root, heapOffset: 0, rows: rootRows, depth: 0, &visited)
            }
        }
    }

    private func rowSize(_ row: Int) throws -> Int {
        row == 0 ? startBlockSize : try Checked.multiply(startBlockSize, 1 << min(row - 1, 40), "fractal heap row size")
    }

    private mutating func indirect(_ file: FileBytes, _ offset: Int, heapOffset: Int, rows: Int, depth: Int, _ visited: inout Set<Int>) throws {
        guard depth < Self.maxDepth, rows >= 0, rows <= 64 else { throw HDF5Error(.limitExceeded, "fractal heap too deep", offset: offset) }
        guard visited.insert(offset).inserted else { throw HDF5Error(.malformed, "fractal heap cycle", offset: offset) }
        var c = try file.cursor(at: offset, "fractal heap indirect block")
        try c.signature("FHIB", "fractal heap indirect block")
        try c.skip(1 + file.offsetSize + offsetBytes)
        let maxDirectRows = maxDirectBlockSize.trailingZeroBitCount - startBlockSize.trailingZeroBitCount + 2
        var position = heapOffset
        for row in 0..<rows {
            let size = try rowSize(row)
            for _ in 0..<tableWidth {
                let address = try file.absolute(try c.address(), "fractal heap child block")
                if row < maxDirectRows {
                    if let address {
                        guard blocks.count < Self.maxDirectBlocks else { throw HDF5Error(.limitExceeded, "too many fractal heap blocks") }
                        blocks.append((position, size, address))
                    }
                } else if let address {
                    let span = try Checked.multiply(startBlockSize, tableWidth, "fractal heap span")
                    let childRows = size.trailingZeroBitCount - span.trailingZeroBitCount + 1
                    try indirect(file, address, heapOffset: position, rows: childRows, depth: depth + 1, &visited)
                }
                position = try Checked.add(position, size, "fractal heap offset")
            }
        }
    }

    /// The file range of the object with heap ID `id`.
    func object(_ file: FileBytes, id: [UInt8]) throws -> (offset: Int, size: Int) {
        guard let first = id.first else { throw HDF5Error(.malformed, "empty heap ID") }
        switch (first >> 4) & 3 {
        case 0:
            var c = try FileBytes(storage: .init(copying: id)).cursor(at: 1, "heap ID")
            let heapOffset = try c.int(offsetBytes, "heap ID offset")
            let length = try c.int(lengthBytes, "heap ID length")
            for block in blocks where heapOffset >= block.heapOffset && heapOffset - block.heapOffset < block.size {
                let inBlock = heapOffset - block.heapOffset
                guard length <= block.size - inBlock else { throw HDF5Error(.malformed, "heap object overruns its block") }
                let start = try Checked.add(block.address, inBlock, "heap object")
                try file.checkRange(start, length, "heap object")
                var header = try file.cursor(at: block.address, "fractal heap direct block")
                try header.signature("FHDB", "fractal heap direct block")
                return (start, length)
            }
            throw HDF5Error(.malformed, "heap offset \(heapOffset) not in any direct block")
        default:
            throw HDF5Error(.unsupported, "huge or tiny fractal heap objects")
        }
    }
}

/// Reads all records of a version 2 B-tree.
enum BTreeV2 {
    static func records(_ file: FileBytes, at offset: Int, type expected: Int) throws -> [[UInt8]] {
        var c = try file.cursor(at: offset, "v2 B-tree header")
        try c.signature("BTHD", "v2 B-tree header")
        try c.skip(1)
        let type = Int(try c.u8())
        guard type == expected else { throw HDF5Error(.malformed, "v2 B-tree type \(type), expected \(expected)", offset: offset) }
        let nodeSize = try c.u32("node size")
        let recordSize = try c.u16("record size")
        let depth = try c.u16("depth")
        try c.skip(2)
        let root = try file.absolute(try c.address(), "v2 B-tree root")
        let rootRecords = try c.u16()
        guard depth <= 16, recordSize > 0, nodeSize > 10 + recordSize, nodeSize <= 1 << 24 else {
            throw HDF5Error(.malformed, "v2 B-tree geometry", offset: offset)
        }
        func encodedSize(_ n: UInt64) -> Int { (63 - max(n, 1).leadingZeroBitCount) / 8 + 1 }
        let leafMax = UInt64((nodeSize - 10) / recordSize)
        let maxRecordSize = encodedSize(leafMax)
        var cumulative: [UInt64] = [leafMax]
        var cumulativeSize: [Int] = [0]
        for d in 1...max(depth, 1) {
            let pointer = file.offsetSize + maxRecordSize + (d > 1 ? cumulativeSize[d - 1] : 0)
            let maxRecords = UInt64(max(0, (nodeSize - 10 - pointer) / (pointer + recordSize)))
            let (a, o1) = (maxRecords + 1).multipliedReportingOverflow(by: cumulative[d - 1])
            let (b, o2) = a.addingReportingOverflow(maxRecords)
            let total = o1 || o2 ? UInt64.max : b
            cumulative.append(total)
            cumulativeSize.append(encodedSize(total))
        }
        var result: [[UInt8]] = []
        var visited = Set<Int>()
        func node(_ address: Int, _ count: Int, _ level: Int) throws {
            guard visited.insert(address).inserted else { throw HDF5Error(.malformed, "v2 B-tree cycle", offset: address) }
            var n = try file.cursor(at: address, length: min(nodeSize, file.count - address), "v2 B-tree node")
            try n.signature(level == 0 ? "BTLF" : "BTIN", "v2 B-tree node")
            try n.skip(2)
            guard count <= nodeSize / recordSize else { throw HDF5Error(.malformed, "v2 B-tree node record count", offset: address) }
            for _ in 0..<count { result.append(try n.bytes(recordSize, "v2 B-tree record")) }
            guard level > 0 else { return }
            for _ in 0...count {
                let child = try file.required(try n.address(), "v2 B-tree child")
                let childCount = try n.int(maxRecordSize, "child record count")
                if level > 1 { try n.skip(cumulativeSize[level - 1]) }
                try node(child, childCount, level - 1)
            }
        }
        if let root { try node(root, rootRecords, depth) }
        return result
    }
}
