import KerasModel

/// An error converting a model: what went wrong and which layer (name and class) or op caused it.
public struct ConversionError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The category of a ``ConversionError``.
    public enum Kind: String, Sendable {
        /// A layer class, op, dtype or option value SwiftLite cannot convert.
        case unsupported
        /// The model is inconsistent (a weight of the wrong shape, a dangling reference, ...).
        case invalidModel
        /// The Keras file could not be read.
        case importFailed
        /// The output could not be written.
        case writeFailed
        /// The converted model failed its own check (an internal error).
        case verificationFailed
    }

    /// The category of the error.
    public let kind: Kind
    /// What went wrong.
    public let message: String
    /// The Keras layer name, when the error concerns one layer.
    public var layer: String?
    /// The Keras layer class, when the error concerns one layer.
    public var layerClass: String?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, layer: String? = nil, layerClass: String? = nil) {
        self.kind = kind
        self.message = message
        self.layer = layer
        self.layerClass = layerClass
    }

    /// An error about one layer.
    public init(_ kind: Kind, _ message: String, layer: KerasLayer) {
        self.init(kind, message, layer: layer.name, layerClass: layer.className)
    }

    /// A one-line description naming the layer and its class.
    public var description: String {
        var text = "conversion \(kind.rawValue): "
        if let layer { text += "layer `\(layer)`" + (layerClass.map { " (\($0))" } ?? "") + ": " }
        return text + message
    }
}
