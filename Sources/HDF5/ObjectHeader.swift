/// One header message: its type and where its body lies in the file.
struct HeaderMessage {
    var type: Int
    var flags: UInt8
    var offset: Int
    var size: Int
}

/// Message type numbers used by this reader.
enum MessageType {
    static let dataspace = 0x01
    static let linkInfo = 0x02
    static let datatype = 0x03
    static let fillValueOld = 0x04
    static let link = 0x06
    static let layout = 0x08
    static let filterPipeline = 0x0B
    static let attribute = 0x0C
    static let continuation = 0x10
    static let symbolTable = 0x11
    static let attributeInfo = 0x15
}

/// Reads the messages of a version 1 or version 2 object header, following continuation blocks.
enum ObjectHeader {
    static let maxMessages = 65_536
    static let maxContinuations = 1_024

    static func messages(_ file: FileBytes, at offset: Int) throws -> [HeaderMessage] {
        var c = try file.cursor(at: offset, "object header")
        var result: [HeaderMessage] = []
        var blocks: [(Int, Int)] = []
        var visited = Set<Int>()
        let v2: Bool
        var creationOrder = false
        if try file.bytes(at: offset, length: min(4, file.count - offset), "object header") == Array("OHDR".utf8) {
            v2 = true
            try c.skip(4)
            let version = try c.u8("object header version")
            guard version == 2 else { throw HDF5Error(.unsupported, "object header version \(version)", offset: offset) }
            let flags = try c.u8()
            creationOrder = flags & 0x04 != 0
            if flags & 0x20 != 0 { try c.skip(16, "times") }
            if flags & 0x10 != 0 { try c.skip(4, "attribute phase change") }
            let size = try c.int(1 << Int(flags & 3), "object header chunk size")
            blocks.append((c.position, size))
        } else {
            v2 = false
            let version = try c.u8("object header version")
            guard version == 1 else { throw HDF5Error(.unsupported, "object header version \(version)", offset: offset) }
            try c.skip(1)
            _ = try c.u16()
            try c.skip(4)
            let size = try c.u32("object header size")
            try c.skip(4)
            blocks.append((c.position, size))
        }
        var index = 0
        while index < blocks.count {
            let (start, size) = blocks[index]
            index += 1
            guard visited.insert(start).inserted else {
                throw HDF5Error(.malformed, "object header continuation loop", offset: start)
            }
            var b = try file.cursor(at: start, length: size, "object header block")
            if v2 && index > 1 {
                try b.signature("OCHK", "object header continuation")
            }
            let trailer = v2 && index > 1 ? 4 : 0  // chunk 0's size excludes its checksum
            let headerSize = v2 ? (creationOrder ? 6 : 4) : 8
            while b.remaining - trailer >= headerSize {
                let type: Int, msgSize: Int, flags: UInt8
                if v2 {
                    type = Int(try b.u8()); msgSize = try b.u16(); flags = try b.u8()
                    if creationOrder { try b.skip(2) }
                } else {
                    type = try b.u16(); msgSize = try b.u16(); flags = try b.u8(); try b.skip(3)
                }
                let body = b.position
                try b.need(msgSize, "header message body")
                guard msgSize <= b.remaining - trailer else {
                    throw HDF5Error(.malformed, "header message overruns its block", offset: body)
                }
                try b.skip(msgSize)
                if type == MessageType.continuation {
                    var m = try file.cursor(at: body, length: msgSize, "continuation message")
                    let address = try file.required(try m.address(), "continuation block")
                    let length = try m.length()
                    guard blocks.count < maxContinuations else {
                        throw HDF5Error(.limitExceeded, "too many object header continuations", offset: body)
                    }
                    blocks.append((address, length))
                } else if type != 0 {
                    guard result.count < maxMessages else {
                        throw HDF5Error(.limitExceeded, "too many header messages", offset: body)
                    }
                    result.append(HeaderMessage(type: type, flags: flags, offset: body, size: msgSize))
                }
                if !v2 { try b.align(8, from: start) }
            }
        }
        return result
    }
}
