/// A Keras model read from disk: a Keras 3 `.keras` archive or a legacy `.h5` file.
public struct KerasModelFile: Sendable {
    /// The file format.
    public var format: KerasWeights.Format
    /// `keras_version` from `metadata.json` or the `.h5` attributes, when present.
    public var kerasVersion: String?
    /// The model as a flat graph of layer calls with weights attached.
    public var graph: KerasGraph

    /// Creates a model from its parts.
    public init(format: KerasWeights.Format, kerasVersion: String?, graph: KerasGraph) {
        self.format = format
        self.kerasVersion = kerasVersion
        self.graph = graph
    }
}
