import SwiftLiteSchema

/// A reference to one output of one node of a ``KerasGraph``: `keras_history` resolved to indices.
public struct KerasTensorRef: Hashable, Sendable, CustomStringConvertible {
    /// The index of the producing node in ``KerasGraph/nodes``.
    public var node: Int
    /// Which output of that node.
    public var output: Int

    /// Creates a reference.
    public init(node: Int, output: Int) {
        self.node = node
        self.output = output
    }

    /// `node:output`.
    public var description: String { "\(node):\(output)" }
}

/// One argument of a layer call, as saved in `inbound_nodes`: tensors resolved to references,
/// everything else kept as JSON.
public indirect enum KerasArgument: Sendable, Equatable {
    /// A tensor produced by an earlier node.
    case tensor(KerasTensorRef)
    /// A list or tuple of arguments (e.g. the inputs of `Add`).
    case list([KerasArgument])
    /// A plain value (number, string, `null`, dict without tensors).
    case value(JSONValue)

    /// Every tensor reference in this argument, depth first.
    public var tensors: [KerasTensorRef] {
        switch self {
        case .tensor(let ref): [ref]
        case .list(let items): items.flatMap(\.tensors)
        case .value: []
        }
    }
}

/// The declared shape and type of a Keras tensor (`None` dimensions are `nil`).
public struct KerasTensorSpec: Sendable, Equatable {
    /// The shape, batch dimension first; `nil` for unknown dimensions.
    public var shape: [Int?]
    /// The Keras dtype name (`float32`, `int32`, ...).
    public var dtype: String

    /// Creates a spec.
    public init(shape: [Int?], dtype: String) {
        self.shape = shape
        self.dtype = dtype
    }
}

/// One call of a layer (or of a Keras operation such as `keras.src.ops.numpy.Add`) in the graph.
public struct KerasNode: Sendable {
    /// The layer called. Shared layers appear in several nodes with the same ``KerasLayer/id``.
    public var layer: KerasLayer
    /// Positional arguments of the call.
    public var args: [KerasArgument]
    /// Keyword arguments of the call, in saved order.
    public var kwargs: [(String, KerasArgument)]
    /// The shapes/dtypes of the node's outputs where the file records them (Keras 3 records the
    /// shapes of tensors consumed by later nodes); `nil` where unknown.
    public var outputSpecs: [KerasTensorSpec?]

    /// Creates a node.
    public init(
        layer: KerasLayer, args: [KerasArgument], kwargs: [(String, KerasArgument)],
        outputSpecs: [KerasTensorSpec?]
    ) {
        self.layer = layer
        self.args = args
        self.kwargs = kwargs
        self.outputSpecs = outputSpecs
    }

    /// The keyword argument named `name`, if present.
    public func kwarg(_ name: String) -> KerasArgument? {
        kwargs.first { $0.0 == name }?.1
    }

    /// Every tensor the call consumes (positional then keyword), depth first.
    public var inputTensors: [KerasTensorRef] {
        args.flatMap(\.tensors) + kwargs.flatMap { $0.1.tensors }
    }
}

/// A Keras model as one flat, topologically ordered graph of layer calls: nested models are
/// inlined, `InputLayer`s become graph inputs (they have no node).
public struct KerasGraph: Sendable {
    /// The model's name from its config.
    public var name: String
    /// Graph inputs in the model's input order; `KerasTensorRef(node: -1 - i, output: 0)` refers to
    /// input `i` in node arguments.
    public var inputs: [KerasGraphInput]
    /// Layer calls in an order where every argument is produced earlier.
    public var nodes: [KerasNode]
    /// The model outputs, in order, with their output names (the producing layer's name).
    public var outputs: [(name: String, tensor: KerasTensorRef)]

    /// Creates a graph.
    public init(
        name: String, inputs: [KerasGraphInput], nodes: [KerasNode],
        outputs: [(name: String, tensor: KerasTensorRef)]
    ) {
        self.name = name
        self.inputs = inputs
        self.nodes = nodes
        self.outputs = outputs
    }

    /// The reference that node arguments use for graph input `index`.
    public static func inputRef(_ index: Int) -> KerasTensorRef {
        KerasTensorRef(node: -1 - index, output: 0)
    }
}

/// One graph input: the `InputLayer` name and its declared shape.
public struct KerasGraphInput: Sendable, Equatable {
    /// The input layer's name (becomes the signature input key).
    public var name: String
    /// Shape and dtype from `batch_shape` / `batch_input_shape`.
    public var spec: KerasTensorSpec

    /// Creates an input.
    public init(name: String, spec: KerasTensorSpec) {
        self.name = name
        self.spec = spec
    }
}
