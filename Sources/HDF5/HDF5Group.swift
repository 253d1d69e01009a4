/// A group: a named collection of links to groups and datasets.
public struct HDF5Group: Sendable {
    /// The file the group belongs to.
    public let file: HDF5File
    /// The group's full path, `/` for the root.
    public let path: String
    let header: Int

    /// The longest path (in components) a lookup will follow.
    public static let maxPathComponents = 256

    init(file: HDF5File, path: String, header: Int) {
        self.file = file
        self.path = path
        self.header = header
    }

    private var access: ObjectAccess { ObjectAccess(file: file, path: path, header: header) }

    func links() throws -> [(String, LinkTarget)] {
        try HDF5Error.at(path: path) {
            try LinkReader.links(file.bytes, try access.messages(),
                                 fallbackSymbolTable: header == file.rootOffset ? file.rootSymbolTable : nil)
        }
    }

    /// The group's members, sorted by name.
    public var children: [HDF5Link] {
        get throws {
            try links().map { name, target in
                switch target {
                case .hard(let offset):
                    let messages = try HDF5Error.at(path: joinPath(path, name)) { try ObjectHeader.messages(file.bytes, at: offset) }
                    return HDF5Link(name: name, kind: ObjectAccess.kind(messages))
                case .soft: return HDF5Link(name: name, kind: .softLink)
                case .external: return HDF5Link(name: name, kind: .externalLink)
                }
            }.sorted { $0.name < $1.name }
        }
    }

    /// The group's attributes by name.
    public var attributes: [String: HDF5Value] { get throws { try access.attributes() } }

    /// The object at a `/`-separated path relative to this group (absolute paths start at the root).
    public subscript(path: String) -> HDF5Object {
        get throws { try object(at: path) }
    }

    /// The object at a `/`-separated path relative to this group (absolute paths start at the root).
    public func object(at path: String) throws -> HDF5Object {
        try resolve(path, softLinkDepth: 0)
    }

    private func resolve(_ path: String, softLinkDepth: Int) throws -> HDF5Object {
        guard softLinkDepth <= 16 else { throw HDF5Error(.limitExceeded, "too many nested soft links", path: path) }
        var group = path.hasPrefix("/") ? file.root : self
        let parts = path.split(separator: "/").map(String.init).filter { $0 != "." }
        guard parts.count <= Self.maxPathComponents else {
            throw HDF5Error(.limitExceeded, "path has more than \(Self.maxPathComponents) components", path: path)
        }
        if parts.isEmpty { return .group(group) }
        var index = 0
        while index < parts.count {
            let name = parts[index]
            guard let target = try group.links().first(where: { $0.0 == name })?.1 else {
                throw HDF5Error(.notFound, "no member '\(name)'", path: group.path)
            }
            let childPath = joinPath(group.path, name)
            switch target {
            case .hard(let offset):
                let messages = try HDF5Error.at(path: childPath) { try ObjectHeader.messages(file.bytes, at: offset) }
                let isLast = index == parts.count - 1
                if ObjectAccess.kind(messages) == .dataset {
                    guard isLast else { throw HDF5Error(.notFound, "'\(name)' is a dataset, not a group", path: childPath) }
                    return .dataset(HDF5Dataset(file: file, path: childPath, header: offset))
                }
                group = HDF5Group(file: file, path: childPath, header: offset)
                if isLast { return .group(group) }
                index += 1
            case .soft(let target):
                let rest = parts[(index + 1)...].joined(separator: "/")
                let resolved = try group.resolve(target, softLinkDepth: softLinkDepth + 1)
                guard case .group(let g) = resolved else {
                    if rest.isEmpty { return resolved }
                    throw HDF5Error(.notFound, "soft link '\(name)' is not a group", path: childPath)
                }
                if rest.isEmpty { return .group(g) }
                return try g.resolve(rest, softLinkDepth: softLinkDepth + 1)
            case .external:
                throw HDF5Error(.unsupported, "external link", path: childPath)
            }
        }
        return .group(group)
    }

    /// The group at `path`.
    public func group(_ path: String) throws -> HDF5Group {
        guard case .group(let g) = try object(at: path) else {
            throw HDF5Error(.notFound, "'\(path)' is not a group", path: self.path)
        }
        return g
    }

    /// The dataset at `path`.
    public func dataset(_ path: String) throws -> HDF5Dataset {
        guard case .dataset(let d) = try object(at: path) else {
            throw HDF5Error(.notFound, "'\(path)' is not a dataset", path: self.path)
        }
        return d
    }
}
