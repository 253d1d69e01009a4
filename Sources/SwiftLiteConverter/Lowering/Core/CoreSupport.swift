import KerasModel
import SwiftLiteSchema

/// Config and weight lookups shared by the core layer lowerings, each throwing a
/// ``ConversionError`` that names the layer.
extension KerasLayer {
    /// The config value `key` as a double, or `fallback` when it is absent or `null`.
    func double(_ key: String, default fallback: Double) throws(ConversionError) -> Double {
        guard let value = config[key] else { return fallback }
        guard let number = value.doubleValue else {
            throw ConversionError(.invalidModel, "config `\(key)` is not a number", layer: self)
        }
        return number
    }

    /// The config value `key` as a double, or `nil` when it is absent or `null`.
    func optionalDouble(_ key: String) throws(ConversionError) -> Double? {
        guard let value = config[key] else { return nil }
        guard let number = value.doubleValue else {
            throw ConversionError(.invalidModel, "config `\(key)` is not a number", layer: self)
        }
        return number
    }

    /// The config value `key` as a bool, or `fallback`.
    func bool(_ key: String, default fallback: Bool) throws(ConversionError) -> Bool {
        guard let value = config[key] else { return fallback }
        guard let flag = value.boolValue else {
            throw ConversionError(.invalidModel, "config `\(key)` is not a bool", layer: self)
        }
        return flag
    }

    /// The config value `key` as a string, or `fallback`.
    func string(_ key: String, default fallback: String) throws(ConversionError) -> String {
        guard let value = config[key] else { return fallback }
        guard let text = value.stringValue else {
            throw ConversionError(.invalidModel, "config `\(key)` is not a string", layer: self)
        }
        return text
    }

    /// The config value `key` as an integer, or `fallback`.
    func int(_ key: String, default fallback: Int) throws(ConversionError) -> Int {
        guard let value = config[key] else { return fallback }
        if let number = value.intValue { return number }
        // Keras sometimes saves one-element tuples for scalars (`axis: [3]`).
        if let items = value.intList(), items.count == 1 { return items[0] }
        throw ConversionError(.invalidModel, "config `\(key)` is not an integer", layer: self)
    }

    /// The config value `key` as `count` integers (a single integer is repeated), or `fallback`.
    func ints(_ key: String, count: Int, default fallback: [Int]? = nil) throws(ConversionError) -> [Int] {
        guard let value = config[key] else {
            if let fallback { return fallback }
            throw ConversionError(.invalidModel, "config `\(key)` is missing", layer: self)
        }
        guard let items = value.intList(count: count), items.count == count else {
            throw ConversionError(.invalidModel, "config `\(key)` is not \(count) integers", layer: self)
        }
        return items
    }

    /// The weight at `kerasPath` (`.keras`) or position `legacyIndex` (legacy `.h5`), checked
    /// against `shape` when given.
    func weight(_ kerasPath: String, _ legacyIndex: Int, shape: [Int]? = nil) throws(ConversionError) -> KerasArray {
        let array: KerasArray
        do {
            array = try weights.array(kerasPath: kerasPath, legacyIndex: legacyIndex, layer: name)
        } catch {
            throw ConversionError(.invalidModel, error.description, layer: self)
        }
        guard array.values.count == array.shape.reduce(1, *) else {
            throw ConversionError(.invalidModel, "weight `\(kerasPath)` holds \(array.values.count) values for shape \(array.shape)", layer: self)
        }
        if let shape, array.shape != shape {
            throw ConversionError(
                .invalidModel, "weight `\(kerasPath)` has shape \(array.shape), expected \(shape)", layer: self)
        }
        return array
    }

    /// The bias weight at `kerasPath` / `legacyIndex` (checked against `shape`), or nil when the
    /// config's `use_bias` (default true) is false.
    func bias(_ kerasPath: String, _ legacyIndex: Int, shape: [Int]) throws(ConversionError) -> KerasArray? {
        guard try bool("use_bias", default: true) else { return nil }
        return try weight(kerasPath, legacyIndex, shape: shape)
    }

    /// Throws unless the layer's variables are float32 (policies `float32`, `mixed_float16`,
    /// `mixed_bfloat16`); quantized layers and float16/bfloat16 policies are not converted.
    func requireFloat32() throws(ConversionError) {
        if let quantization = config["quantization_config"] {
            throw ConversionError(.unsupported, "quantized layers (quantization_config \(quantization.serialized())) are not supported", layer: self)
        }
        guard let dtype = config["dtype"] else { return }
        var policy = dtype.stringValue
        if policy == nil, let inner = dtype["config"] {
            policy = inner["name"]?.stringValue
        }
        // Mixed-precision policies keep float32 variables; the converted model computes in float32,
        // as TF's converter does for them.
        if let policy, !["float32", "mixed_float16", "mixed_bfloat16"].contains(policy) {
            throw ConversionError(.unsupported, "dtype policy `\(policy)` is not supported (float32 only)", layer: self)
        }
    }

    /// Throws unless `data_format` is `channels_last` (or absent).
    func requireChannelsLast() throws(ConversionError) {
        let format = try string("data_format", default: "channels_last")
        guard format == "channels_last" else {
            throw ConversionError(.unsupported, "data_format `\(format)` is not supported (channels_last only)", layer: self)
        }
    }
}

/// Spatial arithmetic shared by convolution and pooling lowerings.
enum SpatialMath {
    /// The output length of a convolution or pooling window along one axis (TF's SAME/VALID rules);
    /// -1 when the input length is unknown.
    static func outputLength(_ input: Int, window: Int, stride: Int, dilation: Int = 1, same: Bool) -> Int {
        guard input >= 0 else { return -1 }
        let effective = (window - 1) * dilation + 1
        if same { return (input + stride - 1) / stride }
        return max(0, (input - effective + stride) / stride)
    }

    /// The TFLite padding for a Keras `padding` string (`causal` is handled by the caller).
    static func padding(_ text: String, layer: KerasLayer) throws(ConversionError) -> Padding {
        switch text.lowercased() {
        case "same": return .same
        case "valid": return .valid
        default: throw ConversionError(.unsupported, "padding `\(text)` is not supported here", layer: layer)
        }
    }

    /// Normalizes a possibly negative axis against `rank`.
    static func axis(_ axis: Int, rank: Int, layer: KerasLayer) throws(ConversionError) -> Int {
        let resolved = axis < 0 ? axis + rank : axis
        guard resolved >= 0, resolved < rank else {
            throw ConversionError(.invalidModel, "axis \(axis) is out of range for rank \(rank)", layer: layer)
        }
        return resolved
    }
}

/// Small emitters used by the core lowerings (EXPAND_DIMS, SQUEEZE, PAD, SELECT_V2, GREATER).
extension LoweringContext {
    /// EXPAND_DIMS at `axis` (non-negative, at most the input rank).
    mutating func emitExpandDims(_ x: TensorID, axis: Int, name: String, origin: String) -> TensorID {
        let axisTensor = int32Constant(name: "\(name)/axis", shape: [], values: [Int32(axis)])
        var shape = graph[x].shape
        shape.insert(1, at: axis)
        return graph.addOperator(
            .expandDims, options: .expandDimsOptions(ExpandDimsOptions()), inputs: [x, axisTensor], output: name,
            type: graph[x].type, shape: shape, origin: origin)
    }

    /// SQUEEZE of the size-1 axes `axes` (non-negative).
    mutating func emitSqueeze(_ x: TensorID, axes: [Int], name: String, origin: String) -> TensorID {
        var options = SqueezeOptions()
        options.squeezeDims = axes.map { Int32($0) }
        let shape = graph[x].shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
        return graph.addOperator(
            .squeeze, options: .squeezeOptions(options), inputs: [x], output: name, type: graph[x].type,
            shape: shape, origin: origin)
    }

    /// PAD with zeros; `paddings` holds (before, after) per axis.
    mutating func emitPad(_ x: TensorID, paddings: [(Int, Int)], name: String, origin: String) -> TensorID {
        let values = paddings.flatMap { [Int32($0.0), Int32($0.1)] }
        let table = int32Constant(name: "\(name)/paddings", shape: [paddings.count, 2], values: values)
        let shape = zip(graph[x].shape, paddings).map { $0 < 0 ? -1 : $0 + $1.0 + $1.1 }
        return graph.addOperator(
            .pad, options: .padOptions(PadOptions()), inputs: [x, table], output: name, type: graph[x].type,
            shape: shape, origin: origin)
    }

    /// `a > b` as a bool tensor (with broadcasting).
    mutating func emitGreater(_ a: TensorID, _ b: TensorID, name: String, origin: String) throws(ConversionError) -> TensorID {
        guard let shape = Self.broadcastShape(graph[a].shape, graph[b].shape) else {
            throw ConversionError(.invalidModel, "GREATER cannot broadcast \(graph[a].shape) and \(graph[b].shape)", layer: origin)
        }
        return graph.addOperator(.greater, inputs: [a, b], output: name, type: .bool, shape: shape, origin: origin)
    }

    /// `condition ? a : b` elementwise (SELECT_V2, with broadcasting).
    mutating func emitSelect(_ condition: TensorID, _ a: TensorID, _ b: TensorID, name: String, origin: String) throws(ConversionError) -> TensorID {
        guard let ab = Self.broadcastShape(graph[a].shape, graph[b].shape),
              let shape = Self.broadcastShape(graph[condition].shape, ab)
        else {
            throw ConversionError(.invalidModel, "SELECT_V2 cannot broadcast its operands", layer: origin)
        }
        return graph.addOperator(
            .selectV2, options: .selectV2Options(SelectV2Options()), inputs: [condition, a, b], output: name,
            type: graph[a].type, shape: shape, origin: origin)
    }
}

/// Host-side weight rearrangement.
enum WeightLayout {
    /// `values` (row-major, `shape`) transposed by `permutation` (output axis i = input axis
    /// `permutation[i]`), as NumPy's `transpose`.
    static func transpose(_ values: [Float], shape: [Int], permutation: [Int]) -> [Float] {
        let rank = shape.count
        guard rank > 1, values.count == shape.reduce(1, *) else { return values }
        var strides = [Int](repeating: 1, count: rank)
        for axis in stride(from: rank - 2, through: 0, by: -1) { strides[axis] = strides[axis + 1] * shape[axis + 1] }
        let outShape = permutation.map { shape[$0] }
        let outStrides = permutation.map { strides[$0] }
        var result = [Float](repeating: 0, count: values.count)
        var index = [Int](repeating: 0, count: rank)
        for position in 0..<values.count {
            var source = 0
            for axis in 0..<rank { source += index[axis] * outStrides[axis] }
            result[position] = values[source]
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < outShape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return result
    }
}
