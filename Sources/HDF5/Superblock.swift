/// The parsed superblock: field sizes and the root group's object header.
struct Superblock {
    var version: Int
    var offsetSize: Int
    var lengthSize: Int
    var baseAddress: Int
    var rootObjectHeader: Int
    /// The root group's symbol-table cache (v0/1 superblocks), used when its object header lacks one.
    var rootSymbolTable: (btree: UInt64, heap: UInt64)?

    static let signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Finds the signature at 0, 512, 1024, ... and parses the superblock.
    static func read(_ bytes: FileBytes) throws -> (Superblock, FileBytes) {
        var start = 0
        while true {
            guard start <= bytes.count - 9 else {
                throw HDF5Error(.malformed, "no HDF5 signature found (not an HDF5 file)")
            }
            if try bytes.bytes(at: start, length: 8, "signature") == signature { break }
            start = start == 0 ? 512 : start * 2
        }
        var c = try bytes.cursor(at: start + 8, "superblock")
        let version = Int(try c.u8("superblock version"))
        var sb = Superblock(version: version, offsetSize: 8, lengthSize: 8, baseAddress: 0, rootObjectHeader: 0)
        var file = bytes
        func sizes(_ o: Int, _ l: Int) throws {
            guard [2, 4, 8].contains(o), [2, 4, 8].contains(l) else {
                throw HDF5Error(.unsupported, "offset/length sizes \(o)/\(l)", offset: start)
            }
            sb.offsetSize = o; sb.lengthSize = l
            file.offsetSize = o; file.lengthSize = l
        }
        switch version {
        case 0, 1:
            try c.skip(4, "superblock versions")
            let o = Int(try c.u8()), l = Int(try c.u8())
            try sizes(o, l)
            try c.skip(1 + 4 + 4)
            if version == 1 { try c.skip(4) }
            let base = try c.address("base address")
            try c.skip(o * 3, "superblock addresses")
            // Root group symbol table entry.
            try c.skip(o, "root link name")
            let header = try c.address("root object header")
            let cacheType = try c.u32()
            try c.skip(4)
            if cacheType == 1 {
                sb.rootSymbolTable = (try c.address(), try c.address())
            }
            sb.baseAddress = try baseOffset(base, start, bytes)
            file.baseAddress = sb.baseAddress
            sb.rootObjectHeader = try file.required(header, "root object header")
        case 2, 3:
            let o = Int(try c.u8()), l = Int(try c.u8())
            try sizes(o, l)
            try c.skip(1, "flags")
            let base = try c.address("base address")
            _ = try c.address("superblock extension")
            _ = try c.address("end of file")
            let header = try c.address("root object header")
            sb.baseAddress = try baseOffset(base, start, bytes)
            file.baseAddress = sb.baseAddress
            sb.rootObjectHeader = try file.required(header, "root object header")
        default:
            throw HDF5Error(.unsupported, "superblock version \(version)", offset: start + 8)
        }
        return (sb, file)
    }

    private static func baseOffset(_ base: UInt64, _ start: Int, _ bytes: FileBytes) throws -> Int {
        guard base < UInt64(bytes.count) else {
            throw HDF5Error(.malformed, "base address \(base) is past the end of the file", offset: start)
        }
        return Int(base)
    }
}
