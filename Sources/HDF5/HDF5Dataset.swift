/// A dataset: an n-dimensional array of elements of one datatype.
public struct HDF5Dataset: Sendable {
    /// The file the dataset belongs to.
    public let file: HDF5File
    /// The dataset's full path.
    public let path: String
    let header: Int

    init(file: HDF5File, path: String, header: Int) {
        self.file = file
        self.path = path
        self.header = header
    }

    private var access: ObjectAccess { ObjectAccess(file: file, path: path, header: header) }

    private struct Info {
        var shape: [Int]
        var type: HDF5DataType
        var layout: DataLayout
        var filters: [Filter]
    }

    private func info() throws -> Info {
        try HDF5Error.at(path: path) {
            let bytes = file.bytes
            var shape: [Int]?, type: HDF5DataType?, layout: DataLayout?, filters: [Filter] = []
            for m in try access.messages() {
                if m.flags & 0x02 != 0, [MessageType.dataspace, MessageType.datatype, MessageType.layout, MessageType.filterPipeline].contains(m.type) {
                    throw HDF5Error(.unsupported, "shared (committed) header message of type \(m.type)", offset: m.offset)
                }
                switch m.type {
                case MessageType.dataspace:
                    var c = try bytes.cursor(at: m.offset, length: m.size, "dataspace message")
                    shape = try DataspaceParser.parse(&c) ?? []
                case MessageType.datatype:
                    var c = try bytes.cursor(at: m.offset, length: m.size, "datatype message")
                    type = try DataTypeParser.parse(&c, vlenElementSize: 8 + bytes.offsetSize)
                case MessageType.layout:
                    layout = try DataLayout.parse(bytes, m)
                case MessageType.filterPipeline:
                    filters = try Filter.parsePipeline(bytes, m)
                default:
                    break
                }
            }
            guard let shape, let type, let layout else {
                throw HDF5Error(.malformed, "dataset lacks a dataspace, datatype or layout message")
            }
            return Info(shape: shape, type: type, layout: layout, filters: filters)
        }
    }

    /// The dimensions (`[]` for a scalar).
    public var shape: [Int] { get throws { try info().shape } }

    /// The element type.
    public var dataType: HDF5DataType { get throws { try info().type } }

    /// The dataset's attributes by name.
    public var attributes: [String: HDF5Value] { get throws { try access.attributes() } }

    /// The raw little-endian element bytes in row-major order (variable-length strings: heap references).
    public func readBytes() throws -> [UInt8] {
        let info = try info()
        return try HDF5Error.at(path: path) { try raw(info) }
    }

    private func raw(_ info: Info) throws -> [UInt8] {
        let count = try Checked.product(info.shape, "element count")
        let total = try Checked.multiply(count, info.type.size, "dataset size")
        guard total <= file.maxDataBytes else {
            throw HDF5Error(.limitExceeded, "dataset of \(total) bytes exceeds the \(file.maxDataBytes)-byte limit")
        }
        switch info.layout {
        case .compact(let offset, let size):
            guard size >= total else { throw HDF5Error(.malformed, "compact data holds \(size) bytes, need \(total)", offset: offset) }
            return try file.bytes.bytes(at: offset, length: total, "compact data")
        case .contiguous(let address, let size):
            guard size >= total else { throw HDF5Error(.malformed, "contiguous data holds \(size) bytes, need \(total)") }
            guard let address else { return [UInt8](repeating: 0, count: total) }
            return try file.bytes.bytes(at: address, length: total, "contiguous data")
        case .chunked(let chunk, let elementSize, let index):
            guard elementSize == info.type.size else {
                throw HDF5Error(.malformed, "chunk element size \(elementSize) differs from the datatype size \(info.type.size)")
            }
            let reader = ChunkReader(file: file.bytes, shape: info.shape, chunk: chunk, elementSize: elementSize, filters: info.filters)
            return try reader.read(index: index, total: total)
        }
    }

    /// All elements decoded (numbers, booleans or strings).
    public func read() throws -> HDF5Value {
        let info = try info()
        return try HDF5Error.at(path: path) {
            try ValueDecoder.decode(file.bytes, type: info.type, shape: info.shape, bytes: try raw(info))
        }
    }

    /// All elements as `Float` (float16/32/64 and integers are converted), in row-major order.
    public func readFloats() throws -> [Float] {
        let info = try info()
        return try HDF5Error.at(path: path) {
            let bytes = try raw(info)
            switch info.type {
            case .float(4):
                let n = bytes.count / 4
                return [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
                    bytes.withUnsafeBytes { raw in
                        for i in 0..<n { buffer[i] = Float(bitPattern: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self).littleEndian) }
                    }
                    initialized = n
                }
            default:
                guard let values = try ValueDecoder.decode(file.bytes, type: info.type, shape: info.shape, bytes: bytes).doubles else {
                    throw HDF5Error(.typeMismatch, "\(info.type) is not numeric")
                }
                return values.map { Float($0) }
            }
        }
    }
}
