/// An error reading an HDF5 file: what went wrong, in which object and at which byte offset.
public struct HDF5Error: Error, CustomStringConvertible, Sendable, Equatable {
    /// The category of an ``HDF5Error``.
    public enum Kind: String, Sendable {
        /// The file could not be opened or read.
        case io
        /// The bytes do not form a valid HDF5 structure (bad signature, out-of-bounds offset, ...).
        case malformed
        /// A valid HDF5 feature this reader does not implement.
        case unsupported
        /// A lookup by name or path found nothing.
        case notFound
        /// A size, count or depth limit was exceeded.
        case limitExceeded
        /// The data cannot be converted to the requested type.
        case typeMismatch
    }

    /// The category of the error.
    public let kind: Kind
    /// What went wrong.
    public let message: String
    /// The path of the object being read, when known.
    public var path: String?
    /// The byte offset in the file where the problem was found, when known.
    public var offset: Int?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, path: String? = nil, offset: Int? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
        self.offset = offset
    }

    /// A one-line description with the object path and byte offset.
    public var description: String {
        var text = "HDF5 \(kind.rawValue): \(message)"
        if let path { text += " (object '\(path)')" }
        if let offset { text += " (at byte \(offset))" }
        return text
    }
}

extension HDF5Error {
    /// Adds `path` to an error thrown by `body` unless it already names one.
    static func at<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as HDF5Error {
            if error.path == nil { error.path = path }
            throw error
        }
    }
}
