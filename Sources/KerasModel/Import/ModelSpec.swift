import SwiftLiteSchema

/// `keras_history` of a saved tensor: which call (`node`) of which layer produced it, and which
/// of that call's outputs it is.
struct HistoryRef: Hashable, CustomStringConvertible {
    var layer: String
    var node: Int
    var tensor: Int

    var description: String { "[\(layer), \(node), \(tensor)]" }
}

/// One saved argument of a layer call, before tensor references are resolved.
indirect enum ArgSpec {
    case tensor(HistoryRef, KerasTensorSpec?)
    case list([ArgSpec])
    case dict([(String, ArgSpec)])
    case value(JSONValue)

    /// Every tensor in the argument, depth first (dict values in saved order).
    var histories: [HistoryRef] {
        switch self {
        case .tensor(let ref, _): [ref]
        case .list(let items): items.flatMap(\.histories)
        case .dict(let fields): fields.flatMap(\.1.histories)
        case .value: []
        }
    }
}

/// One saved call of a layer (`inbound_nodes` entry).
struct CallSpec {
    var args: [ArgSpec]
    var kwargs: [(String, ArgSpec)]

    var histories: [HistoryRef] { args.flatMap(\.histories) + kwargs.flatMap(\.1.histories) }
}

/// A model's inputs or outputs as saved: a flat list of references, with dict keys when the model
/// was built with a dict.
struct EndpointSpec {
    var refs: [HistoryRef]
    /// The dict keys, parallel to `refs`, when the structure was a dict.
    var keys: [String]?
}

/// One entry of a model's `layers` list.
struct LayerSpec {
    var name: String
    var className: String
    var module: String?
    var config: JSONValue
    /// Saved calls (empty for Sequential members and input layers).
    var calls: [CallSpec]
    /// The model this layer is, when it is a nested Functional or Sequential model.
    var nested: ModelSpec?
    /// Weights, attached after parsing.
    var weights: KerasWeights
    /// What saved node indices referring to this layer start at (1 for Keras 2 nested models,
    /// whose construction call is node 0).
    var nodeOffset: Int

    var isInputLayer: Bool { className == "InputLayer" }
    var isOperation: Bool { module?.hasPrefix("keras.src.ops") ?? false }
}

/// A Functional or Sequential model as saved, before flattening.
final class ModelSpec {
    enum Kind { case functional, sequential }

    let name: String
    let kind: Kind
    var layers: [LayerSpec]
    /// Functional: `input_layers`.
    let inputs: EndpointSpec
    /// Functional: `output_layers`.
    let outputs: EndpointSpec
    /// Sequential: the input shape when known (InputLayer, `batch_input_shape`, `build_input_shape`).
    let sequentialInput: KerasGraphInput?

    init(name: String, kind: Kind, layers: [LayerSpec], inputs: EndpointSpec, outputs: EndpointSpec,
         sequentialInput: KerasGraphInput?) {
        self.name = name
        self.kind = kind
        self.layers = layers
        self.inputs = inputs
        self.outputs = outputs
        self.sequentialInput = sequentialInput
    }

    /// Every layer of this model and of nested models, depth first, with its path below this model.
    func forEachLayer(prefix: String = "", _ body: (String, LayerSpec) throws(KerasImportError) -> Void) throws(KerasImportError) {
        for layer in layers {
            try body(prefix + layer.name, layer)
            if let nested = layer.nested { try nested.forEachLayer(prefix: prefix + layer.name + "/", body) }
        }
    }
}

/// Caps on model structure applied while importing.
public struct KerasImportLimits: Sendable {
    /// The most layers (all nesting levels together).
    public var maxLayers: Int
    /// The deepest nesting of models inside models.
    public var maxNestingDepth: Int
    /// The most nodes in the flattened graph (nested models called several times are inlined per call).
    public var maxNodes: Int
    /// The most calls of one layer.
    public var maxCallsPerLayer: Int
    /// The highest output index a tensor reference may use (plus one).
    public var maxOutputsPerCall: Int
    /// Limits for the `.keras` ZIP container.
    public var archive = ZipLimits()

    /// Creates limits.
    public init(
        maxLayers: Int = 50_000, maxNestingDepth: Int = 32, maxNodes: Int = 200_000, maxCallsPerLayer: Int = 10_000,
        maxOutputsPerCall: Int = 4096
    ) {
        self.maxLayers = maxLayers
        self.maxNestingDepth = maxNestingDepth
        self.maxNodes = maxNodes
        self.maxCallsPerLayer = maxCallsPerLayer
        self.maxOutputsPerCall = maxOutputsPerCall
    }
}
