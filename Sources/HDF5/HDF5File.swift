import FlatBuffers

/// A read-only HDF5 file (the subset h5py writes for Keras models), read in pure Swift.
///
/// Every offset and length is checked against the file size; malformed input ends in an
/// ``HDF5Error``, never a crash.
///
/// ```swift
/// let file = try HDF5File(path: "model.weights.h5")
/// let kernel = try file.root.dataset("layers/dense/vars/0").readFloats()
/// ```
public final class HDF5File: Sendable {
    let bytes: FileBytes
    let rootSymbolTable: (btree: UInt64, heap: UInt64)?
    /// The superblock version (0 for h5py's default, 2 or 3 with newer `libver`).
    public let superblockVersion: Int
    /// The largest dataset this reader will materialize, in bytes.
    public let maxDataBytes: Int

    /// Memory-maps and opens the file at `path`.
    public convenience init(path: String) throws {
        let storage: ByteStorage
        do {
            storage = try ByteStorage(mappingFileAt: path)
        } catch {
            throw HDF5Error(.io, "cannot open '\(path)': \(error)")
        }
        try self.init(storage: storage)
    }

    /// Opens an in-memory copy of `bytes`.
    public convenience init(bytes: [UInt8]) throws {
        try self.init(storage: ByteStorage(copying: bytes))
    }

    /// Opens the file held in `storage` without copying it.
    public init(storage: ByteStorage) throws {
        let (superblock, file) = try Superblock.read(FileBytes(storage: storage))
        bytes = file
        superblockVersion = superblock.version
        rootSymbolTable = superblock.rootSymbolTable
        rootOffset = superblock.rootObjectHeader
        maxDataBytes = min(1 << 32, storage.count.multipliedReportingOverflow(by: 1100).partialValue + (1 << 20))
    }

    let rootOffset: Int

    /// The root group `/`.
    public var root: HDF5Group { HDF5Group(file: self, path: "/", header: rootOffset) }
}

/// What a link in a group points to.
public enum HDF5ObjectKind: String, Sendable {
    /// A group.
    case group
    /// A dataset.
    case dataset
    /// A committed (named) datatype.
    case datatype
    /// A soft link (its target is not followed by ``HDF5Group/children``).
    case softLink
    /// A link into another file.
    case externalLink
}

/// One member of a group: its name and kind.
public struct HDF5Link: Sendable, Equatable {
    /// The member's name within its group.
    public let name: String
    /// What the link points to.
    public let kind: HDF5ObjectKind
}

/// A group or a dataset.
public enum HDF5Object: Sendable {
    /// A group.
    case group(HDF5Group)
    /// A dataset.
    case dataset(HDF5Dataset)

    /// The object's full path.
    public var path: String {
        switch self {
        case .group(let g): return g.path
        case .dataset(let d): return d.path
        }
    }

    /// The object's attributes.
    public var attributes: [String: HDF5Value] {
        get throws {
            switch self {
            case .group(let g): return try g.attributes
            case .dataset(let d): return try d.attributes
            }
        }
    }
}

/// Shared object-header access for groups and datasets.
struct ObjectAccess {
    let file: HDF5File
    let path: String
    let header: Int

    func messages() throws -> [HeaderMessage] {
        try HDF5Error.at(path: path) { try ObjectHeader.messages(file.bytes, at: header) }
    }

    func attributes() throws -> [String: HDF5Value] {
        try HDF5Error.at(path: path) {
            var result: [String: HDF5Value] = [:]
            for (name, value) in try AttributeReader.attributes(file.bytes, try messages()) { result[name] = value }
            return result
        }
    }

    static func kind(_ messages: [HeaderMessage]) -> HDF5ObjectKind {
        let types = Set(messages.map(\.type))
        if types.contains(MessageType.layout) { return .dataset }
        if types.contains(MessageType.datatype) && !types.contains(MessageType.dataspace) { return .datatype }
        return .group
    }
}

func joinPath(_ base: String, _ name: String) -> String {
    base == "/" ? "/" + name : base + "/" + name
}
