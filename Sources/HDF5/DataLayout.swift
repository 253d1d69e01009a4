/// Where a dataset's raw data lives.
enum DataLayout {
    /// Bytes stored in the object header.
    case compact(offset: Int, size: Int)
    /// One contiguous block (nil address: never written, reads as zeros).
    case contiguous(address: Int?, size: Int)
    /// Chunks indexed by a version 1 B-tree (`index == .btreeV1`) or a v4-layout index.
    case chunked(chunk: [Int], elementSize: Int, index: ChunkIndex)

    /// The chunk index types this reader can walk.
    enum ChunkIndex {
        case btreeV1(address: Int?)
        case singleChunk(address: Int?, filteredSize: Int?, filterMask: UInt32)
        case implicit(address: Int?)
        case fixedArray(address: Int?)
    }

    static func parse(_ file: FileBytes, _ m: HeaderMessage) throws -> DataLayout {
        var c = try file.cursor(at: m.offset, length: m.size, "layout message")
        let version = try c.u8("layout version")
        switch version {
        case 1, 2:
            let rank = Int(try c.u8())
            let cls = try c.u8()
            try c.skip(5)
            var address: UInt64 = .max
            if cls != 0 { address = try c.address() }
            guard rank >= 1, rank <= DataspaceParser.maxRank + 1 else {
                throw HDF5Error(.malformed, "layout rank \(rank)", offset: m.offset)
            }
            var dims: [Int] = []
            for _ in 0..<rank { dims.append(try c.u32()) }
            switch cls {
            case 0:
                let size = try c.u32()
                try c.need(size, "compact data")
                return .compact(offset: c.position, size: size)
            case 1:
                return .contiguous(address: try file.absolute(address, "contiguous data"),
                                   size: try Checked.product(dims, "contiguous size"))
            case 2:
                return .chunked(chunk: Array(dims.dropLast()), elementSize: dims.last ?? 0,
                                index: .btreeV1(address: try file.absolute(address, "chunk B-tree")))
            default:
                throw HDF5Error(.unsupported, "layout class \(cls)", offset: m.offset)
            }
        case 3, 4:
            let cls = try c.u8("layout class")
            switch cls {
            case 0:
                let size = try c.u16()
                try c.need(size, "compact data")
                return .compact(offset: c.position, size: size)
            case 1:
                let address = try c.address()
                let size = try c.length()
                return .contiguous(address: try file.absolute(address, "contiguous data"), size: size)
            case 2:
                if version == 3 {
                    let rank = Int(try c.u8())
                    let address = try c.address()
                    guard rank >= 1, rank <= DataspaceParser.maxRank + 1 else {
                        throw HDF5Error(.malformed, "layout rank \(rank)", offset: m.offset)
                    }
                    var dims: [Int] = []
                    for _ in 0..<rank { dims.append(try c.u32()) }
                    return .chunked(chunk: Array(dims.dropLast()), elementSize: dims.last ?? 0,
                                    index: .btreeV1(address: try file.absolute(address, "chunk B-tree")))
                }
                let flags = try c.u8()
                let rank = Int(try c.u8())
                let width = Int(try c.u8())
                guard rank >= 1, rank <= DataspaceParser.maxRank + 1, (1...8).contains(width) else {
                    throw HDF5Error(.malformed, "layout rank \(rank) / width \(width)", offset: m.offset)
                }
                var dims: [Int] = []
                for _ in 0..<rank { dims.append(try c.int(width, "chunk dimension")) }
                let indexType = try c.u8()
                let chunk = Array(dims.dropLast())
                let elementSize = dims.last ?? 0
                switch indexType {
                case 1:
                    var filteredSize: Int?
                    var mask: UInt32 = 0
                    if flags & 0x02 != 0 {
                        filteredSize = try c.length()
                        mask = UInt32(try c.uint(4))
                    }
                    let address = try c.address()
                    return .chunked(chunk: chunk, elementSize: elementSize, index: .singleChunk(
                        address: try file.absolute(address, "chunk"), filteredSize: filteredSize, filterMask: mask))
                case 2:
                    let address = try c.address()
                    return .chunked(chunk: chunk, elementSize: elementSize,
                                    index: .implicit(address: try file.absolute(address, "chunks")))
                case 3:
                    try c.skip(1, "page bits")
                    let address = try c.address()
                    return .chunked(chunk: chunk, elementSize: elementSize,
                                    index: .fixedArray(address: try file.absolute(address, "fixed array")))
                default:
                    throw HDF5Error(.unsupported, "chunk index type \(indexType) (extensible array / v2 B-tree)", offset: m.offset)
                }
            default:
                throw HDF5Error(.unsupported, "layout class \(cls) (virtual?)", offset: m.offset)
            }
        default:
            throw HDF5Error(.unsupported, "layout version \(version)", offset: m.offset)
        }
    }
}

/// One filter of a dataset's filter pipeline.
struct Filter {
    var id: Int
    var optional: Bool
    var values: [Int]

    static func parsePipeline(_ file: FileBytes, _ m: HeaderMessage) throws -> [Filter] {
        var c = try file.cursor(at: m.offset, length: m.size, "filter pipeline")
        let version = try c.u8("filter pipeline version")
        let count = Int(try c.u8())
        guard count <= 32 else { throw HDF5Error(.limitExceeded, "\(count) filters", offset: m.offset) }
        if version == 1 { try c.skip(6) } else if version != 2 {
            throw HDF5Error(.unsupported, "filter pipeline version \(version)", offset: m.offset)
        }
        var filters: [Filter] = []
        for _ in 0..<count {
            let id = try c.u16()
            var nameLength = 0
            if version == 1 || id >= 256 { nameLength = try c.u16() }
            let flags = try c.u16()
            let valueCount = try c.u16()
            if version == 1 { nameLength = (nameLength + 7) / 8 * 8 }
            try c.skip(nameLength, "filter name")
            var values: [Int] = []
            for _ in 0..<valueCount { values.append(try c.u32()) }
            if version == 1 && valueCount % 2 == 1 { try c.skip(4) }
            filters.append(Filter(id: id, optional: flags & 1 != 0, values: values))
        }
        return filters
    }
}
