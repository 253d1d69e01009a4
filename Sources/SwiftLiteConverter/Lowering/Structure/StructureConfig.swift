import KerasModel
import SwiftLiteSchema

/// Config readers and argument checks shared by the structure lowerings (merging, reshaping,
/// resampling, embedding, Keras operations). Every failure names the layer and the option.
enum StructureConfig {
    /// An integer option; `fallback` when absent.
    static func int(_ layer: KerasLayer, _ key: String, default fallback: Int? = nil) throws(ConversionError) -> Int {
        if let value = layer.config[key] {
            guard let int = value.intValue else {
                throw ConversionError(.unsupported, "option \(key)=\(value.serialized()) is not an integer", layer: layer)
            }
            return int
        }
        if let fallback { return fallback }
        throw ConversionError(.invalidModel, "option \(key) is missing", layer: layer)
    }

    /// A string option; `fallback` when absent.
    static func string(_ layer: KerasLayer, _ key: String, default fallback: String) throws(ConversionError) -> String {
        guard let value = layer.config[key] else { return fallback }
        guard let string = value.stringValue else {
            throw ConversionError(.unsupported, "option \(key)=\(value.serialized()) is not a string", layer: layer)
        }
        return string
    }

    /// A bool option; `fallback` when absent.
    static func bool(_ layer: KerasLayer, _ key: String, default fallback: Bool) throws(ConversionError) -> Bool {
        guard let value = layer.config[key] else { return fallback }
        guard let bool = value.boolValue else {
            throw ConversionError(.unsupported, "option \(key)=\(value.serialized()) is not a bool", layer: layer)
        }
        return bool
    }

    /// An integer list option (a single integer is repeated `count` times).
    static func intList(_ layer: KerasLayer, _ key: String, count: Int? = nil) throws(ConversionError) -> [Int] {
        guard let value = layer.config[key] else {
            throw ConversionError(.invalidModel, "option \(key) is missing", layer: layer)
        }
        guard let list = value.intList(count: count), count == nil || list.count == count else {
            throw ConversionError(.unsupported, "option \(key)=\(value.serialized()) is not a list of \(count.map(String.init) ?? "") integers", layer: layer)
        }
        return list
    }

    /// An axis option that may be absent (`nil`), one integer, or a list of integers.
    static func axes(_ layer: KerasLayer, _ key: String) throws(ConversionError) -> [Int]? {
        guard let value = layer.config[key] else { return nil }
        if let single = value.intValue { return [single] }
        guard let list = value.intList() else {
            throw ConversionError(.unsupported, "option \(key)=\(value.serialized()) is not an axis or list of axes", layer: layer)
        }
        return list
    }

    /// `data_format`: true for `channels_first`, false for `channels_last` (the default).
    static func channelsFirst(_ layer: KerasLayer) throws(ConversionError) -> Bool {
        switch try string(layer, "data_format", default: "channels_last") {
        case "channels_last": return false
        case "channels_first": return true
        case let other: throw ConversionError(.unsupported, "data_format=\(other) is not supported", layer: layer)
        }
    }

    /// A (before, after) pair per spatial axis from `padding`/`cropping`: an integer (same on every
    /// side), a list of `spatial` integers (symmetric per axis), or a list of `spatial` pairs.
    static func pairs(_ layer: KerasLayer, _ key: String, spatial: Int) throws(ConversionError) -> [(Int, Int)] {
        guard let value = layer.config[key] else {
            throw ConversionError(.invalidModel, "option \(key) is missing", layer: layer)
        }
        let bad = ConversionError(.unsupported, "option \(key)=\(value.serialized()) is not understood", layer: layer)
        if let single = value.intValue { return Array(repeating: (single, single), count: spatial) }
        guard let items = value.arrayValue else { throw bad }
        if spatial == 1 {
            // Keras 1D layers store one (before, after) pair.
            guard let pair = value.intList(), pair.count == 2 else { throw bad }
            return [(pair[0], pair[1])]
        }
        guard items.count == spatial else { throw bad }
        var result: [(Int, Int)] = []
        for item in items {
            if let single = item.intValue { result.append((single, single)); continue }
            guard let pair = item.intList(), pair.count == 2 else { throw bad }
            result.append((pair[0], pair[1]))
        }
        guard result.allSatisfy({ $0.0 >= 0 && $0.1 >= 0 }) else { throw bad }
        return result
    }

    /// `axis` made non-negative for a tensor of `rank`.
    static func axis(_ axis: Int, rank: Int, layer: KerasLayer) throws(ConversionError) -> Int {
        let normalized = axis < 0 ? axis + rank : axis
        guard normalized >= 0, normalized < rank else {
            throw ConversionError(.invalidModel, "axis \(axis) is out of range for rank \(rank)", layer: layer)
        }
        return normalized
    }

    /// Each of `axes` made non-negative for a tensor of `rank` (order and repeats kept).
    static func axes(_ axes: [Int], rank: Int, layer: KerasLayer) throws(ConversionError) -> [Int] {
        var normalized: [Int] = []
        for value in axes { normalized.append(try axis(value, rank: rank, layer: layer)) }
        return normalized
    }

    /// The config's `axis` as one non-negative axis of a tensor of `rank`; a missing or null axis
    /// (over the flattened tensor, batch included) or several axes are unsupported.
    static func singleAxis(_ layer: KerasLayer, rank: Int) throws(ConversionError) -> Int {
        guard let given = try axes(layer, "axis"), given.count == 1 else {
            throw ConversionError(.unsupported, "axis=None (over the flattened batch) is not supported", layer: layer)
        }
        return try axis(given[0], rank: rank, layer: layer)
    }

    /// Throws unless `tensor` is float32 (`what` names the operand in the message).
    static func requireFloat(_ context: LoweringContext, _ tensor: TensorID, layer: KerasLayer, what: String = "input") throws(ConversionError) {
        let type = context.graph[tensor].type
        guard type == .float32 else {
            throw ConversionError(.unsupported, "\(what) of type \(type) is not supported (float32 only)", layer: layer)
        }
    }

    /// The product of `dims`, or `nil` when any of them is dynamic (-1).
    static func knownProduct<C: Collection<Int>>(_ dims: C) -> Int? {
        var product = 1
        for dim in dims {
            guard dim >= 0 else { return nil }
            product *= dim
        }
        return product
    }

    /// True when the node is a Keras operation call (`x + 1`) rather than a layer call. Legacy `.h5`
    /// files record no module for operations; there an operation is told by its config, which holds
    /// neither the `trainable` nor the `dtype` key that layer configs have (only a few operations
    /// such as Cast have a `dtype`, and no layer of the same name exists for them).
    static func isOperationCall(_ node: KerasNode) -> Bool {
        if node.layer.isOperation { return true }
        let config = node.layer.config
        return node.layer.module == nil && config["trainable"] == nil && config["dtype"] == nil
    }
}
