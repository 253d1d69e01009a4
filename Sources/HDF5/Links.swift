/// Where a link points.
enum LinkTarget {
    case hard(Int)
    case soft(String)
    case external
}

/// Collects a group's links from any of the three storage forms.
enum LinkReader {
    static let maxDepth = 64
    static let maxLinks = 1_000_000

    static func links(_ file: FileBytes, _ messages: [HeaderMessage], fallbackSymbolTable: (btree: UInt64, heap: UInt64)?) throws -> [(String, LinkTarget)] {
        var result: [(String, LinkTarget)] = []
        var sawSymbolTable = false
        for m in messages {
            switch m.type {
            case MessageType.symbolTable:
                var c = try file.cursor(at: m.offset, length: m.size, "symbol table message")
                let btree = try c.address(), heap = try c.address()
                try symbolTable(file, btree: btree, heap: heap, into: &result)
                sawSymbolTable = true
            case MessageType.link:
                result.append(try link(file, m))
            case MessageType.linkInfo:
                var c = try file.cursor(at: m.offset, length: m.size, "link info message")
                try c.skip(1)
                let flags = try c.u8()
                if flags & 1 != 0 { try c.skip(8) }
                let heap = try c.address(), nameIndex = try c.address()
                if let heapOffset = try file.absolute(heap, "link fractal heap") {
                    let index = try file.required(nameIndex, "link name index")
                    let fractal = try FractalHeap(file, at: heapOffset)
                    for record in try BTreeV2.records(file, at: index, type: 5) {
                        let (offset, size) = try fractal.object(file, id: Array(record.dropFirst(4)))
                        result.append(try link(file, HeaderMessage(type: MessageType.link, flags: 0, offset: offset, size: size)))
                        guard result.count <= maxLinks else { throw HDF5Error(.limitExceeded, "too many links") }
                    }
                }
            default:
                break
            }
        }
        if !sawSymbolTable, result.isEmpty, let table = fallbackSymbolTable {
            try symbolTable(file, btree: table.btree, heap: table.heap, into: &result)
        }
        return result
    }

    /// Parses a link message.
    static func link(_ file: FileBytes, _ m: HeaderMessage) throws -> (String, LinkTarget) {
        var c = try file.cursor(at: m.offset, length: m.size, "link message")
        let version = try c.u8("link version")
        guard version == 1 else { throw HDF5Error(.unsupported, "link message version \(version)", offset: m.offset) }
        let flags = try c.u8()
        var type: UInt8 = 0
        if flags & 0x08 != 0 { type = try c.u8() }
        if flags & 0x04 != 0 { try c.skip(8) }
        if flags & 0x10 != 0 { try c.skip(1) }
        let nameLength = try c.int(1 << Int(flags & 3), "link name length")
        let name = String(decoding: try c.bytes(nameLength, "link name"), as: UTF8.self)
        switch type {
        case 0:
            return (name, .hard(try file.required(try c.address(), "link target")))
        case 1:
            let n = try c.u16()
            return (name, .soft(String(decoding: try c.bytes(n, "soft link"), as: UTF8.self)))
        default:
            return (name, .external)
        }
    }

    /// Walks a symbol-table group's v1 B-tree and symbol nodes.
    static func symbolTable(_ file: FileBytes, btree: UInt64, heap: UInt64, into result: inout [(String, LinkTarget)]) throws {
        let heap = try LocalHeap(file, at: try file.required(heap, "local heap"))
        var visited = Set<Int>()
        try walk(file, try file.required(btree, "group B-tree"), heap, depth: 0, &visited, &result)
    }

    private static func walk(_ file: FileBytes, _ offset: Int, _ heap: LocalHeap, depth: Int, _ visited: inout Set<Int>, _ result: inout [(String, LinkTarget)]) throws {
        guard depth < maxDepth else { throw HDF5Error(.limitExceeded, "group B-tree too deep", offset: offset) }
        guard visited.insert(offset).inserted else { throw HDF5Error(.malformed, "group B-tree cycle", offset: offset) }
        var c = try file.cursor(at: offset, "group B-tree node")
        try c.signature("TREE", "group B-tree node")
        let type = try c.u8()
        guard type == 0 else { throw HDF5Error(.malformed, "B-tree node type \(type) in a group", offset: offset) }
        let level = Int(try c.u8())
        let entries = try c.u16()
        try c.skip(2 * file.offsetSize)
        for _ in 0..<entries {
            _ = try c.length("key")
            let child = try file.required(try c.address(), "group B-tree child")
            if level > 0 {
                try walk(file, child, heap, depth: depth + 1, &visited, &result)
            } else {
                guard visited.insert(child).inserted else {
                    throw HDF5Error(.malformed, "symbol table node listed twice", offset: child)
                }
                try symbolNode(file, child, heap, &result)
            }
        }
    }

    private static func symbolNode(_ file: FileBytes, _ offset: Int, _ heap: LocalHeap, _ result: inout [(String, LinkTarget)]) throws {
        var c = try file.cursor(at: offset, "symbol table node")
        try c.signature("SNOD", "symbol table node")
        try c.skip(2)
        let count = try c.u16()
        for _ in 0..<count {
            let nameOffset = try c.int(file.offsetSize, "link name offset")
            let header = try file.absolute(try c.address(), "object header")  // undefined for soft links
            let cache = try c.u32()
            try c.skip(4)
            var scratch = try file.cursor(at: c.position, length: 16, "scratch")
            try c.skip(16)
            let name = try heap.string(file, at: nameOffset)
            if cache == 2 {
                let target = try scratch.u32()
                result.append((name, .soft(try heap.string(file, at: target))))
            } else {
                guard let header else { throw HDF5Error(.malformed, "link '\(name)' has no object header", offset: c.position) }
                result.append((name, .hard(header)))
            }
            guard result.count <= maxLinks else { throw HDF5Error(.limitExceeded, "too many links") }
        }
    }
}

