import SwiftLiteSchema

/// Turns a saved model config (Keras 3 `config.json`, or the `model_config` attribute of a legacy
/// `.h5` written by Keras 3 or Keras 2) into a ``ModelSpec`` tree.
struct ConfigParser {
    let limits: KerasImportLimits
    private(set) var layerCount = 0

    init(limits: KerasImportLimits) {
        self.limits = limits
    }

    /// Whether a layer entry is itself a Functional or Sequential model.
    static func isModel(className: String, config: JSONValue) -> Bool {
        guard config["layers"]?.arrayValue != nil else { return false }
        return className == "Sequential" || config["input_layers"] != nil || config["output_layers"] != nil
    }

    /// Parses a model object `{"class_name": ..., "config": {...}}`.
    mutating func parseModel(_ json: JSONValue, depth: Int = 0, location: String = "model config") throws(KerasImportError) -> ModelSpec {
        guard depth <= limits.maxNestingDepth else {
            throw KerasImportError(.limitExceeded, "models nested deeper than \(limits.maxNestingDepth)", location: location)
        }
        guard let className = json["class_name"]?.stringValue else {
            throw KerasImportError(.malformed, "the model config has no `class_name`", location: location)
        }
        guard let config = json["config"], case .object = config else {
            throw KerasImportError(.malformed, "the model config has no `config` object", location: location)
        }
        guard Self.isModel(className: className, config: config) else {
            throw KerasImportError(
                .unsupported,
                "model class `\(className)` is neither Functional nor Sequential (subclassed models keep no layer graph)",
                location: location)
        }
        let name = config["name"]?.stringValue ?? json["name"]?.stringValue ?? "model"
        let here = depth == 0 ? "model `\(name)`" : "\(location)/\(name)"
        guard let layerList = config["layers"]?.arrayValue else {
            throw KerasImportError(.malformed, "`layers` is not a list", location: here)
        }
        var layers: [LayerSpec] = []
        var names = Set<String>()
        for (index, entry) in layerList.enumerated() {
            layerCount += 1
            guard layerCount <= limits.maxLayers else {
                throw KerasImportError(.limitExceeded, "more than \(limits.maxLayers) layers", location: here)
            }
            let layer = try parseLayer(entry, index: index, depth: depth, location: here)
            guard names.insert(layer.name).inserted else {
                throw KerasImportError(.malformed, "two layers are named `\(layer.name)`", location: here)
            }
            layers.append(layer)
        }
        if className == "Sequential" {
            let input = try Self.sequentialInput(config: config, layers: layers, location: here)
            return ModelSpec(
                name: name, kind: .sequential, layers: layers, inputs: EndpointSpec(refs: [], keys: nil),
                outputs: EndpointSpec(refs: [], keys: nil), sequentialInput: input)
        }
        // Keras 2 numbers the calls of a nested model that was built on its own inputs from 1: its
        // node 0 is the construction call, which the config leaves out.
        let legacyNodes = layerList.contains { $0["inbound_nodes"]?.arrayValue?.contains { $0.arrayValue != nil } ?? false }
        if legacyNodes {
            for index in layers.indices {
                guard let nested = layers[index].nested else { continue }
                if nested.kind == .functional || nested.layers.first?.isInputLayer == true { layers[index].nodeOffset = 1 }
            }
        }
        guard let inputs = config["input_layers"], let outputs = config["output_layers"] else {
            throw KerasImportError(.malformed, "a functional model needs `input_layers` and `output_layers`", location: here)
        }
        return ModelSpec(
            name: name, kind: .functional, layers: layers,
            inputs: try Self.parseEndpoints(inputs, what: "input_layers", location: here),
            outputs: try Self.parseEndpoints(outputs, what: "output_layers", location: here), sequentialInput: nil)
    }

    private mutating func parseLayer(_ entry: JSONValue, index: Int, depth: Int, location: String) throws(KerasImportError) -> LayerSpec {
        guard case .object = entry, let className = entry["class_name"]?.stringValue else {
            throw KerasImportError(.malformed, "layer #\(index) has no `class_name`", location: location)
        }
        let config = entry["config"] ?? .object([])
        guard case .object = config else {
            throw KerasImportError(.malformed, "layer #\(index) (`\(className)`) has no `config` object", location: location)
        }
        guard let name = entry["name"]?.stringValue ?? config["name"]?.stringValue, !name.isEmpty else {
            throw KerasImportError(.malformed, "layer #\(index) (`\(className)`) has no name", location: location)
        }
        let here = "\(location), layer `\(name)`"
        var calls: [CallSpec] = []
        if let nodes = entry["inbound_nodes"] {
            guard let list = nodes.arrayValue else {
                throw KerasImportError(.malformed, "`inbound_nodes` is not a list", location: here)
            }
            guard list.count <= limits.maxCallsPerLayer else {
                throw KerasImportError(.limitExceeded, "\(list.count) calls (limit \(limits.maxCallsPerLayer))", location: here)
            }
            calls = try list.map { node throws(KerasImportError) in try Self.parseCall(node, location: here) }
        }
        var nested: ModelSpec?
        if Self.isModel(className: className, config: config) {
            nested = try parseModel(entry, depth: depth + 1, location: location)
        }
        var module = entry["module"]?.stringValue
        if module == nil, nested == nil, Self.isKeras3OperationWithoutModule(entry, className: className, config: config) {
            module = "keras.src.ops"
        }
        return LayerSpec(
            name: name, className: className, module: module, config: config, calls: calls,
            nested: nested, weights: .empty(.keras), nodeOffset: 0)
    }

    /// Keras 3's legacy `.h5` writer drops `module`, so an operation node (`x + 3.0` saved as class
    /// `Add`) looks like a layer of the same class name. An operation's config holds `name` and its
    /// own arguments; a layer's config carries `trainable` or `dtype` (some layers, such as the
    /// spatial dropouts, write only `dtype`). Entries with neither, called in the Keras 3
    /// `{"args", "kwargs"}` form, are operations, as are the operations that take a `dtype`
    /// argument (none shares its class name with a layer). They get module `keras.src.ops`.
    static func isKeras3OperationWithoutModule(_ entry: JSONValue, className: String, config: JSONValue) -> Bool {
        guard className != "InputLayer", config["trainable"] == nil,
              config["dtype"] == nil || operationsWithDTypeArgument.contains(className),
              let nodes = entry["inbound_nodes"]?.arrayValue, let first = nodes.first, case .object = first
        else { return false }
        return true
    }

    /// Keras 3 operation classes whose config includes a `dtype` argument.
    static let operationsWithDTypeArgument: Set<String> = [
        "Arange", "Array", "Cast", "ConvertToTensor", "Cumprod", "Cumsum", "EmptyLike", "Full", "FullLike", "Geomspace",
        "Nancumprod", "Nancumsum", "OnesLike", "Prod", "SaturateCast", "View", "ZerosLike",
    ]

    // MARK: - Calls

    /// One `inbound_nodes` entry: Keras 3 `{"args": [...], "kwargs": {...}}` or Keras 2
    /// `[[layer, node, tensor, {kwargs}], ...]`.
    static func parseCall(_ node: JSONValue, location: String) throws(KerasImportError) -> CallSpec {
        switch node {
        case .object:
            let args = node["args"]?.arrayValue ?? []
            var kwargs: [(String, ArgSpec)] = []
            if let kw = node["kwargs"] {
                guard case .object(let fields) = kw else {
                    throw KerasImportError(.malformed, "call `kwargs` is not an object", location: location)
                }
                kwargs = try fields.map { field throws(KerasImportError) in (field.0, try parseArg(field.1, location: location)) }
            }
            return CallSpec(args: try args.map { arg throws(KerasImportError) in try parseArg(arg, location: location) }, kwargs: kwargs)
        case .array:
            return try parseLegacyCall(node, location: location)
        default:
            throw KerasImportError(.malformed, "an inbound node is neither an object nor a list", location: location)
        }
    }

    /// A Keras 2 node: a nested structure (usually a list) whose leaves are
    /// `[layer, node_index, tensor_index(, kwargs)]` entries or `["_CONSTANT_VALUE", -1, value(, kwargs)]`;
    /// a one-element list is passed unwrapped, and the kwargs of the last entry apply to the call
    /// (tensors inside them are `[layer, node_index, tensor_index]` triples).
    static func parseLegacyCall(_ node: JSONValue, location: String) throws(KerasImportError) -> CallSpec {
        var kwargs: [(String, ArgSpec)] = []
        func isEntry(_ items: [JSONValue]) -> Bool {
            (items.count == 3 || items.count == 4) && items[0].stringValue != nil
        }
        func convert(_ value: JSONValue) throws(KerasImportError) -> ArgSpec {
            switch value {
            case .array(let items) where isEntry(items):
                if items.count == 4 {
                    guard case .object(let fields) = items[3] else {
                        throw KerasImportError(.malformed, "legacy inbound node kwargs is not an object", location: location)
                    }
                    kwargs = try fields.map { field throws(KerasImportError) in (field.0, try legacyKwarg(field.1, location: location)) }
                }
                if items[0].stringValue == "_CONSTANT_VALUE" { return .value(items[2]) }
                guard let ref = historyRef(Array(items.prefix(3))) else {
                    throw KerasImportError(.malformed, "invalid legacy inbound node entry", location: location)
                }
                return .tensor(ref, nil)
            case .array(let items):
                return .list(try items.map { item throws(KerasImportError) in try convert(item) })
            case .object(let fields):
                return .dict(try fields.map { field throws(KerasImportError) in (field.0, try convert(field.1)) })
            default:
                throw KerasImportError(.malformed, "invalid legacy inbound node entry", location: location)
            }
        }
        var packed = try convert(node)
        if case .list(let items) = packed, items.count == 1 { packed = items[0] }
        if case .list(let items) = packed, items.isEmpty { return CallSpec(args: [], kwargs: kwargs) }
        return CallSpec(args: [packed], kwargs: kwargs)
    }

    /// A Keras 2 kwarg value: `[layer, node, tensor]` triples are tensors, containers are searched.
    private static func legacyKwarg(_ value: JSONValue, location: String) throws(KerasImportError) -> ArgSpec {
        switch value {
        case .array(let items):
            if items.count == 3, let ref = historyRef(items) { return .tensor(ref, nil) }
            let parsed = try items.map { item throws(KerasImportError) in try legacyKwarg(item, location: location) }
            return parsed.contains(where: { !$0.histories.isEmpty }) ? .list(parsed) : .value(value)
        case .object(let fields):
            let parsed = try fields.map { field throws(KerasImportError) in (field.0, try legacyKwarg(field.1, location: location)) }
            return parsed.contains(where: { !$0.1.histories.isEmpty }) ? .dict(parsed) : .value(value)
        default:
            return .value(value)
        }
    }

    /// A saved argument: `__keras_tensor__` objects become tensors; containers holding tensors are
    /// kept as containers; everything else stays JSON.
    static func parseArg(_ value: JSONValue, location: String) throws(KerasImportError) -> ArgSpec {
        switch value {
        case .object(let fields):
            if value["class_name"]?.stringValue == "__keras_tensor__" {
                guard let config = value["config"], let history = config["keras_history"]?.arrayValue,
                      let ref = historyRef(history)
                else { throw KerasImportError(.malformed, "a saved tensor has no valid `keras_history`", location: location) }
                return .tensor(ref, tensorSpec(config))
            }
            let parsed = try fields.map { field throws(KerasImportError) in (field.0, try parseArg(field.1, location: location)) }
            return parsed.contains(where: { !$0.1.histories.isEmpty }) ? .dict(parsed) : .value(value)
        case .array(let items):
            let parsed = try items.map { item throws(KerasImportError) in try parseArg(item, location: location) }
            return parsed.contains(where: { !$0.histories.isEmpty }) ? .list(parsed) : .value(value)
        default:
            return .value(value)
        }
    }

    /// `[layer_name, node_index, tensor_index]`.
    static func historyRef(_ items: [JSONValue]) -> HistoryRef? {
        guard items.count == 3, let layer = items[0].stringValue, let node = items[1].intValue,
              let tensor = items[2].intValue, node >= 0, tensor >= 0
        else { return nil }
        return HistoryRef(layer: layer, node: node, tensor: tensor)
    }

    /// The shape and dtype of a saved tensor config, when both are readable.
    static func tensorSpec(_ config: JSONValue) -> KerasTensorSpec? {
        guard let shape = config["shape"].flatMap(shapeList) else { return nil }
        return KerasTensorSpec(shape: shape, dtype: dtypeName(config["dtype"]) ?? "float32")
    }

    /// A shape list with `null` for unknown dimensions.
    static func shapeList(_ value: JSONValue) -> [Int?]? {
        guard let items = value.arrayValue else { return nil }
        var shape: [Int?] = []
        for item in items {
            if item.isNull {
                shape.append(nil)
            } else if let dim = item.intValue, dim >= 0 {
                shape.append(dim)
            } else {
                return nil
            }
        }
        return shape
    }

    /// A dtype written as a string or as a `DTypePolicy` object.
    static func dtypeName(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        if let name = value.stringValue { return name }
        return value["config"]?["name"]?.stringValue
    }

    // MARK: - Inputs and outputs

    /// `input_layers` / `output_layers`: one triple, a list (possibly nested) or a dict of them.
    /// Dicts flatten in sorted key order, as Keras's `tree.flatten` does.
    static func parseEndpoints(_ value: JSONValue, what: String, location: String) throws(KerasImportError) -> EndpointSpec {
        if case .object(let fields) = value {
            var refs: [HistoryRef] = []
            var keys: [String] = []
            for (key, item) in fields.sorted(by: { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }) {
                let inner = try parseEndpoints(item, what: what, location: location)
                refs += inner.refs
                keys += inner.refs.map { _ in key }
            }
            return EndpointSpec(refs: refs, keys: keys)
        }
        guard let items = value.arrayValue else {
            throw KerasImportError(.malformed, "`\(what)` is neither a list nor a dict", location: location)
        }
        if items.first?.stringValue != nil {
            guard let ref = historyRef(items) else {
                throw KerasImportError(.malformed, "`\(what)` holds an invalid [layer, node, tensor] triple", location: location)
            }
            return EndpointSpec(refs: [ref], keys: nil)
        }
        var refs: [HistoryRef] = []
        for item in items { refs += try parseEndpoints(item, what: what, location: location).refs }
        return EndpointSpec(refs: refs, keys: nil)
    }

    /// The input of a Sequential model: its InputLayer, a first layer's `batch_input_shape` /
    /// `batch_shape`, or the model's `build_input_shape`; `nil` when none is saved.
    static func sequentialInput(config: JSONValue, layers: [LayerSpec], location: String) throws(KerasImportError) -> KerasGraphInput? {
        if let first = layers.first {
            let shape = first.config["batch_shape"] ?? first.config["batch_input_shape"]
            if let shape {
                guard let dims = shapeList(shape) else {
                    throw KerasImportError(.malformed, "invalid input shape", location: "\(location), layer `\(first.name)`")
                }
                let dtype = dtypeName(first.config["dtype"]) ?? "float32"
                let name = first.isInputLayer ? first.name : first.name + "_input"
                return KerasGraphInput(name: name, spec: KerasTensorSpec(shape: dims, dtype: dtype))
            }
        }
        if let shape = config["build_input_shape"], !shape.isNull {
            guard let dims = shapeList(shape) else {
                throw KerasImportError(.malformed, "invalid `build_input_shape`", location: location)
            }
            return KerasGraphInput(name: "input_layer", spec: KerasTensorSpec(shape: dims, dtype: "float32"))
        }
        return nil
    }
}
