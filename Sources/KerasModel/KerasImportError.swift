/// An error importing a Keras model: what went wrong and where (file member, layer, weight path).
public struct KerasImportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The category of a ``KerasImportError``.
    public enum Kind: String, Sendable {
        /// The file could not be opened or read.
        case io
        /// The bytes do not form a valid archive, JSON document or HDF5 file.
        case malformed
        /// A valid feature this importer does not implement (a compression method, a config form).
        case unsupported
        /// A layer, weight or archive member that the model refers to is missing.
        case notFound
        /// A size, count or depth limit was exceeded.
        case limitExceeded
    }

    /// The category of the error.
    public let kind: Kind
    /// What went wrong.
    public let message: String
    /// Where: an archive member, a layer name or a weight path, when known.
    public var location: String?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, location: String? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// A one-line description with the location.
    public var description: String {
        var text = "Keras import \(kind.rawValue): \(message)"
        if let location { text += " (at \(location))" }
        return text
    }
}
