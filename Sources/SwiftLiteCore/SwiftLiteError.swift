/// The error type of the SwiftLite runtime: what went wrong and where (operator, node, tensor).
///
/// ```swift
/// do { try interpreter.allocateTensors() }
/// catch { print(error) }   // "node 3 (CONV_2D v2): unsupported ... "
/// ```
public struct SwiftLiteError: Error, CustomStringConvertible, Sendable {
    /// The class of failure.
    public enum Code: String, Sendable, Equatable {
        /// The model file could not be read or is invalid.
        case invalidModel
        /// An operator (or its version, or its type combination) is not supported.
        case unsupported
        /// A caller passed something invalid (wrong index, wrong size, wrong type).
        case invalidArgument
        /// Shapes do not agree.
        case shapeMismatch
        /// Types do not agree.
        case typeMismatch
        /// An operation failed at run time because of the data (index out of range, ...).
        case runtimeFailure
        /// The interpreter is not in the right state (e.g. invoke before allocateTensors).
        case invalidState
        /// A file could not be read or written.
        case io
        /// Running the model would go past one of the interpreter's ``RuntimeLimits`` (memory,
        /// loop iterations, subgraph nesting).
        case resourceExhausted
    }

    /// The class of failure.
    public var code: Code
    /// What is wrong.
    public var message: String
    /// The operator's name (`CONV_2D`, `CUSTOM:Foo`), if any.
    public var opName: String?
    /// The operator's version, if known.
    public var opVersion: Int?
    /// The node's index in its subgraph's execution plan, if any.
    public var node: Int?
    /// The subgraph, if any.
    public var subgraph: Int?
    /// The tensor index, if any.
    public var tensor: Int?
    /// The tensor's name, if any.
    public var tensorName: String?
    /// A lower-level cause, described.
    public var underlying: String?

    /// Creates an error.
    public init(
        _ code: Code, _ message: String, opName: String? = nil, opVersion: Int? = nil, node: Int? = nil,
        subgraph: Int? = nil, tensor: Int? = nil, tensorName: String? = nil, underlying: String? = nil
    ) {
        self.code = code
        self.message = message
        self.opName = opName
        self.opVersion = opVersion
        self.node = node
        self.subgraph = subgraph
        self.tensor = tensor
        self.tensorName = tensorName
        self.underlying = underlying
    }

    /// `subgraph S, node N (OP vV), tensor T `name`: message`.
    public var description: String {
        var location: [String] = []
        if let subgraph, subgraph != 0 { location.append("subgraph \(subgraph)") }
        if let node {
            var text = "node \(node)"
            if let opName { text += " (\(opName)" + (opVersion.map { " v\($0)" } ?? "") + ")" }
            location.append(text)
        } else if let opName {
            location.append(opName + (opVersion.map { " v\($0)" } ?? ""))
        }
        if let tensor { location.append("tensor \(tensor)" + (tensorName.map { " `\($0)`" } ?? "")) }
        var text = location.isEmpty ? message : location.joined(separator: ", ") + ": " + message
        if let underlying { text += " (\(underlying))" }
        return text
    }
}
