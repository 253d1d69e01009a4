/// A local heap (names of a symbol-table group's members).
struct LocalHeap {
    var dataOffset: Int
    var dataSize: Int

    init(_ file: FileBytes, at offset: Int) throws {
        var c = try file.cursor(at: offset, "local heap")
        try c.signature("HEAP", "local heap")
        try c.skip(4)
        dataSize = try c.length("local heap size")
        _ = try c.length()
        dataOffset = try file.required(try c.address(), "local heap data")
        try file.checkRange(dataOffset, dataSize, "local heap data")
    }

    /// The null-terminated string at `offset` in the heap.
    func string(_ file: FileBytes, at offset: Int) throws -> String {
        guard offset >= 0, offset < dataSize else {
            throw HDF5Error(.malformed, "local heap offset \(offset) outside the heap (\(dataSize) bytes)", offset: dataOffset)
        }
        var bytes: [UInt8] = []
        var i = dataOffset + offset
        while i < dataOffset + dataSize {
            let b = file.byte(i)
            if b == 0 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(b)
            i += 1
        }
        throw HDF5Error(.malformed, "unterminated local heap string", offset: dataOffset + offset)
    }
}

/// Reads objects from global heap collections (variable-length data), indexing each collection once.
struct GlobalHeap {
    private var collections: [UInt64: [Int: (offset: Int, size: Int)]] = [:]

    /// The bytes of object `index` in the collection at `address`.
    mutating func object(_ file: FileBytes, collection address: UInt64, index: Int) throws -> ArraySlice<UInt8> {
        let objects: [Int: (offset: Int, size: Int)]
        if let cached = collections[address] {
            objects = cached
        } else {
            objects = try Self.index(file, address)
            collections[address] = objects
        }
        guard let object = objects[index] else {
            throw HDF5Error(.malformed, "global heap object \(index) not found", offset: Int(clamping: address))
        }
        return try file.bytes(at: object.offset, length: object.size, "global heap object")[...]
    }

    private static func index(_ file: FileBytes, _ address: UInt64) throws -> [Int: (offset: Int, size: Int)] {
        let start = try file.required(address, "global heap collection")
        var c = try file.cursor(at: start, "global heap")
        try c.signature("GCOL", "global heap")
        try c.skip(4)
        let size = try c.length("global heap size")
        guard size >= 16, size <= file.count - start else {
            throw HDF5Error(.malformed, "global heap size \(size)", offset: start)
        }
        var h = try file.cursor(at: c.position, length: size - (c.position - start), "global heap")
        var objects: [Int: (offset: Int, size: Int)] = [:]
        while h.remaining >= 8 + file.lengthSize {
            let objectIndex = try h.u16()
            try h.skip(6)
            let objectSize = try h.length("global heap object size")
            if objectIndex == 0 { break }
            let offset = h.position
            try h.skip(objectSize, "global heap object")
            try h.align(8, from: start)
            objects[objectIndex] = (offset, objectSize)
        }
        return objects
    }
}
