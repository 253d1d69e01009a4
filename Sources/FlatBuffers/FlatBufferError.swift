/// An error found while verifying, reading or building a FlatBuffer.
///
/// Every error says what was wrong and, where it applies, the byte offset in the buffer and the
/// path of fields that led there (for example `Model.subgraphs[0].tensors[3].name`).
public struct FlatBufferError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The class of problem.
    public enum Kind: String, Sendable, Equatable {
        /// The buffer is smaller than the structure it claims to contain.
        case truncated
        /// An offset points outside the buffer, or is zero where that is not allowed.
        case outOfBounds
        /// A value is not aligned as the format requires.
        case misaligned
        /// The file identifier does not match.
        case wrongIdentifier
        /// A vtable is malformed.
        case badVTable
        /// A string is not terminated.
        case badString
        /// Nesting deeper than the verifier allows.
        case tooDeep
        /// More tables than the verifier allows.
        case tooManyTables
        /// The buffer is larger than FlatBuffers can address (2 GiB).
        case tooLarge
        /// The file could not be read.
        case io
    }

    /// The class of problem.
    public var kind: Kind
    /// A human-readable explanation.
    public var message: String
    /// The byte offset in the buffer where the problem was found, if known.
    public var offset: Int?
    /// The field path from the root table to the problem, outermost first.
    public var path: [String]

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, offset: Int? = nil, path: [String] = []) {
        self.kind = kind
        self.message = message
        self.offset = offset
        self.path = path
    }

    /// The same error with `component` prepended to its path.
    public func within(_ component: String) -> FlatBufferError {
        var copy = self
        copy.path.insert(component, at: 0)
        return copy
    }

    /// `path: message (at byte N)`.
    public var description: String {
        var text = located
        if let offset { text += " (at byte \(offset))" }
        return text
    }

    /// `path: message`, without the byte offset.
    public var located: String {
        path.isEmpty ? message : path.joined(separator: ".") + ": " + message
    }
}
