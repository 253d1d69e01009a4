import FlatBuffers

/// Why a `.tflite` model could not be read, validated or written, and where.
///
/// The description reads like `subgraph 0, tensor 12 `conv/weights`: buffer 7 has 100 bytes,
/// shape [8, 3, 3, 3] float32 needs 864`.
public struct ModelError: Error, CustomStringConvertible, Sendable {
    /// The class of failure.
    public enum Code: String, Sendable, Equatable {
        /// The file could not be opened, read or written.
        case io
        /// The bytes are not a well-formed TFLite FlatBuffer.
        case malformedFlatBuffer
        /// The FlatBuffer is well-formed but the model it describes is inconsistent.
        case invalidModel
        /// The model uses a schema version this reader does not implement.
        case unsupportedVersion
        /// The model is too large to write or to hold.
        case tooLarge
        /// The caller asked for something that cannot be done (e.g. overwrite the input).
        case invalidArgument
    }

    /// The class of failure.
    public var code: Code
    /// What is wrong.
    public var message: String
    /// The subgraph involved, if any.
    public var subgraph: Int?
    /// The operator involved (index in its subgraph), if any.
    public var op: Int?
    /// The operator's name (e.g. `CONV_2D`), if any.
    public var opName: String?
    /// The tensor involved (index in its subgraph), if any.
    public var tensor: Int?
    /// The tensor's name, if known.
    public var tensorName: String?
    /// The byte offset in the file, if known.
    public var byteOffset: Int?
    /// The lower-level error that caused this one, if any.
    public var underlying: FlatBufferError?

    /// Creates an error; fill in the location fields that apply.
    public init(
        _ code: Code, _ message: String, subgraph: Int? = nil, op: Int? = nil, opName: String? = nil,
        tensor: Int? = nil, tensorName: String? = nil, byteOffset: Int? = nil,
        underlying: FlatBufferError? = nil
    ) {
        self.code = code
        self.message = message
        self.subgraph = subgraph
        self.op = op
        self.opName = opName
        self.tensor = tensor
        self.tensorName = tensorName
        self.byteOffset = byteOffset
        self.underlying = underlying
    }

    /// Location first, then the message.
    public var description: String {
        var location: [String] = []
        if let subgraph { location.append("subgraph \(subgraph)") }
        if let op {
            location.append("operator \(op)" + (opName.map { " (\($0))" } ?? ""))
        }
        if let tensor {
            location.append("tensor \(tensor)" + (tensorName.map { " `\($0)`" } ?? ""))
        }
        var text = location.isEmpty ? message : location.joined(separator: ", ") + ": " + message
        if let byteOffset { text += " (at byte \(byteOffset))" }
        return text
    }
}
