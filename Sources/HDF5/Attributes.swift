/// Parses attribute messages, in the object header or in dense storage.
enum AttributeReader {
    static func attributes(_ file: FileBytes, _ messages: [HeaderMessage]) throws -> [(String, HDF5Value)] {
        var result: [(String, HDF5Value)] = []
        for m in messages {
            if m.type == MessageType.attribute {
                result.append(try attribute(file, m))
            } else if m.type == MessageType.attributeInfo {
                var c = try file.cursor(at: m.offset, length: m.size, "attribute info message")
                try c.skip(1)
                let flags = try c.u8()
                if flags & 1 != 0 { try c.skip(2) }
                let heap = try c.address(), nameIndex = try c.address()
                if let heapOffset = try file.absolute(heap, "attribute fractal heap") {
                    let fractal = try FractalHeap(file, at: heapOffset)
                    let index = try file.required(nameIndex, "attribute name index")
                    for record in try BTreeV2.records(file, at: index, type: 8) {
                        let (offset, size) = try fractal.object(file, id: Array(record.prefix(8)))
                        result.append(try attribute(file, HeaderMessage(type: MessageType.attribute, flags: 0, offset: offset, size: size)))
                    }
                }
            }
        }
        return result
    }

    static func attribute(_ file: FileBytes, _ m: HeaderMessage) throws -> (String, HDF5Value) {
        var c = try file.cursor(at: m.offset, length: m.size, "attribute message")
        let version = try c.u8("attribute version")
        let flags = try c.u8()
        let nameSize = try c.u16(), typeSize = try c.u16(), spaceSize = try c.u16()
        guard (1...3).contains(version) else { throw HDF5Error(.unsupported, "attribute message version \(version)", offset: m.offset) }
        guard flags & 3 == 0 else { throw HDF5Error(.unsupported, "shared attribute datatype/dataspace", offset: m.offset) }
        if version == 3 { try c.skip(1) }
        func padded(_ n: Int) -> Int { version == 1 ? (n + 7) / 8 * 8 : n }
        let nameBytes = try c.bytes(nameSize, "attribute name")
        try c.skip(padded(nameSize) - nameSize)
        let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
        return try HDF5Error.at(path: "@" + name) {
            var t = try file.cursor(at: c.position, length: min(typeSize, c.remaining), "attribute datatype")
            let type = try DataTypeParser.parse(&t, vlenElementSize: 8 + file.offsetSize)
            try c.skip(padded(typeSize), "attribute datatype")
            var s = try file.cursor(at: c.position, length: min(spaceSize, c.remaining), "attribute dataspace")
            let shape = try DataspaceParser.parse(&s)
            try c.skip(padded(spaceSize), "attribute dataspace")
            guard let shape else { return (name, .raw(type: type, shape: [], bytes: [])) }
            let count = try Checked.product(shape, "attribute element count")
            let bytes = try c.bytes(try Checked.multiply(count, type.size, "attribute data size"), "attribute data")
            return (name, try ValueDecoder.decode(file, type: type, shape: shape, bytes: bytes))
        }
    }
}
