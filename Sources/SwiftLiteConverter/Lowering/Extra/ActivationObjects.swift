import KerasModel
import SwiftLiteSchema

/// A layer's `activation` argument as saved: a Keras activation function (by name), or an
/// activation layer object (`Dense(3, activation=LeakyReLU(0.3))` saves the LeakyReLU's whole
/// config), which is lowered through ``LoweringRegistry`` as if it were a layer of its own.
public enum KerasActivation: Sendable {
    /// A `keras.activations` function by name (`linear` for none).
    case function(String)
    /// A serialized activation layer, rebuilt as a layer named after (and with the weights of) the
    /// layer that holds it.
    case layer(KerasLayer)

    /// True when the activation lowers to nothing.
    public var isIdentity: Bool {
        if case .function(let name) = self { return LoweringContext.isIdentityActivation(name) }
        return false
    }

    /// The activation layer classes an `activation` argument may hold.
    static let layerClasses: Set<String> = ["ReLU", "LeakyReLU", "ELU", "Softmax", "PReLU", "Activation"]
}

extension LoweringContext {
    /// Reads an `activation` config value (`key` names it in errors): a name, a serialized function
    /// (`{"class_name": "function", "config": "relu"}`), or a serialized activation layer (ReLU,
    /// LeakyReLU, ELU, Softmax, PReLU, Activation). Anything else is `.unsupported`.
    public static func activation(
        _ value: JSONValue?, layer: KerasLayer, key: String = "activation"
    ) throws(ConversionError) -> KerasActivation {
        guard let value else { return .function("linear") }
        if let name = value.stringValue { return .function(name) }
        guard let className = value["class_name"]?.stringValue else {
            throw ConversionError(.unsupported, "\(key) \(value.serialized()) is not a Keras activation", layer: layer)
        }
        if className == "function" {
            guard let name = value["config"]?.stringValue else {
                throw ConversionError(.unsupported, "\(key) \(value.serialized()) is not a Keras activation", layer: layer)
            }
            return .function(name)
        }
        let module = value["module"]?.stringValue
        guard KerasActivation.layerClasses.contains(className),
              module.map(isKerasLayerModule) ?? true
        else {
            let origin = module.map { " from `\($0)`" } ?? ""
            throw ConversionError(
                .unsupported, "\(key) object `\(className)`\(origin) is not supported (only built-in activation layers)",
                layer: layer)
        }
        let config = value["config"] ?? .object([])
        if className == "Activation" {
            return try activation(config["activation"], layer: layer, key: key)
        }
        if className == "PReLU" { return try preluActivation(config: config, module: module, layer: layer, key: key) }
        return .layer(activationLayer(className: className, module: module, config: config, weights: .empty(layer.weights.format), of: layer))
    }

    /// The activation as a `keras.activations` name when it has one (a default ReLU is `relu`, a
    /// LeakyReLU with slope 0.2 `leaky_relu`, ...), for fused ops that only take names; `nil`
    /// for a layer object with other options.
    public static func activationFunctionName(_ activation: KerasActivation) -> String? {
        switch activation {
        case .function(let name): return name
        case .layer(let layer):
            let config = layer.config
            func number(_ key: String) -> Double? { config[key]?.doubleValue }
            switch layer.className {
            case "ReLU":
                guard (number("negative_slope") ?? 0) == 0, (number("threshold") ?? 0) == 0 else { return nil }
                switch number("max_value") {
                case nil: return "relu"
                case 6?: return "relu6"
                default: return nil
                }
            case "LeakyReLU":
                return (number("negative_slope") ?? number("alpha") ?? 0.3) == 0.2 ? "leaky_relu" : nil
            case "ELU":
                return (number("alpha") ?? 1) == 1 ? "elu" : nil
            case "Softmax":
                let axis = config["axis"]?.intValue ?? config["axis"]?.intList()?.first ?? -1
                return axis == -1 && config["axis"]?.intList().map({ $0.count == 1 }) ?? true ? "softmax" : nil
            default: return nil
            }
        }
    }

    /// Applies `activation` to `input`: a function through
    /// ``emitActivation(_:input:layer:output:)-(String,_,_,_)``, a layer object through its
    /// ``LoweringRegistry`` lowering. The result is named `output` (default: the layer's name).
    public mutating func emitActivation(
        _ activation: KerasActivation, input: TensorID, layer: KerasLayer, output: String? = nil
    ) throws(ConversionError) -> TensorID {
        switch activation {
        case .function(let name):
            if let result = try emitExtraActivation(name, input: input, layer: layer, output: output ?? layer.name) {
                return result
            }
            return try emitActivation(name, input: input, layer: layer, output: output)
        case .layer(let object):
            guard let lowering = LoweringRegistry.all[object.className] else {
                throw ConversionError(.unsupported, "activation layer `\(object.className)` is not supported", layer: layer)
            }
            // The object reads its input through a reference no real node uses.
            let ref = KerasTensorRef(node: Int.min, output: 0)
            let saved = values[ref]
            values[ref] = input
            defer { values[ref] = saved }
            let node = KerasNode(layer: object, args: [.tensor(ref)], kwargs: [], outputSpecs: [nil])
            let outputs: [TensorID]
            do throws(ConversionError) {
                outputs = try lowering(node, &self)
            } catch {
                // Name the layer that holds the activation, and say which activation failed.
                throw ConversionError(error.kind, "activation \(object.className): \(error.message)", layer: layer)
            }
            guard outputs.count == 1, let result = outputs.first else {
                throw ConversionError(.invalidModel, "activation \(object.className) gave \(outputs.count) outputs", layer: layer)
            }
            if let output, result != input { graph[result].name = output }
            return result
        }
    }

    /// True for the modules Keras saves its own layers under (`keras.layers`, `keras.src.layers.*`,
    /// tf-keras's `keras.layers` / `tf_keras.layers`).
    static func isKerasLayerModule(_ module: String) -> Bool {
        (module.hasPrefix("keras.") || module.hasPrefix("tf_keras.")) && module.contains(".layers")
    }

    /// A PReLU activation: its saved alpha when the file has it (Keras saves it only when the PReLU
    /// was built before saving), otherwise the constant its `alpha_initializer` gives, which is
    /// what Keras itself computes after loading (a constant alpha is a LEAKY_RELU).
    private static func preluActivation(
        config: JSONValue, module: String?, layer: KerasLayer, key: String
    ) throws(ConversionError) -> KerasActivation {
        let weights = activationWeights(of: layer, innerName: config["name"]?.stringValue)
        if !weights.entries.isEmpty {
            return .layer(activationLayer(className: "PReLU", module: module, config: config, weights: weights, of: layer))
        }
        guard let alpha = constantInitializer(config["alpha_initializer"]) else {
            let initializer = config["alpha_initializer"]?.serialized() ?? "null"
            throw ConversionError(
                .unsupported, "\(key) PReLU has no saved alpha and a non-constant alpha_initializer \(initializer)",
                layer: layer)
        }
        var leaky = config
        leaky = ChannelsFirst.replacing("negative_slope", with: .double(alpha), in: leaky)
        return .layer(activationLayer(className: "LeakyReLU", module: module, config: leaky, weights: .empty(layer.weights.format), of: layer))
    }

    /// The value of a `Zeros`, `Ones` or `Constant` initializer (by name or serialized), else `nil`.
    static func constantInitializer(_ value: JSONValue?) -> Double? {
        guard let value else { return nil }
        let name = (value.stringValue ?? value["class_name"]?.stringValue ?? "").lowercased()
        switch name {
        case "zeros": return 0
        case "ones": return 1
        case "constant": return value["config"]?["value"]?.doubleValue ?? 0
        default: return nil
        }
    }

    /// The weights an activation layer object stored under the layer holding it: `activation/...`
    /// in `.keras` archives, `<inner name>/...` in legacy `.h5` files.
    private static func activationWeights(of layer: KerasLayer, innerName: String?) -> KerasWeights {
        let prefix: String
        switch layer.weights.format {
        case .keras: prefix = "activation/"
        case .legacyH5:
            guard let innerName else { return .empty(.legacyH5) }
            prefix = innerName + "/"
        }
        let entries = layer.weights.entries.compactMap { entry -> (name: String, array: KerasArray)? in
            entry.name.hasPrefix(prefix) ? (String(entry.name.dropFirst(prefix.count)), entry.array) : nil
        }
        return KerasWeights(format: layer.weights.format, entries: entries)
    }

    /// The synthetic layer for an activation object of `layer`: it takes the holder's name (so
    /// its output and intermediates are named after it) and a distinct id (so its constants are
    /// cached separately).
    private static func activationLayer(
        className: String, module: String?, config: JSONValue, weights: KerasWeights, of layer: KerasLayer
    ) -> KerasLayer {
        KerasLayer(id: "\(layer.id)/activation", name: layer.name, className: className, module: module, config: config, weights: weights)
    }
}

extension CoreNaming {
    /// ``linearOutput(_:activation:)-(_,String)`` for a ``KerasActivation``.
    static func linearOutput(_ layer: KerasLayer, activation: KerasActivation) -> String {
        activation.isIdentity ? layer.name : "\(layer.name)/linear"
    }
}
