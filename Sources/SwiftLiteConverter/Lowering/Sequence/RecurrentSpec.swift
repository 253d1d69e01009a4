import KerasModel
import SwiftLiteSchema

/// The configuration of a Keras recurrent layer (`LSTM`, `GRU`, `SimpleRNN`) that lowering needs,
/// read from the layer's config with Keras's defaults.
struct RecurrentSpec: Sendable {
    /// Which cell.
    enum Cell: String, Sendable {
        case lstm = "LSTM", gru = "GRU", simpleRNN = "SimpleRNN"

        /// How many gate blocks the kernels hold (4 for LSTM, 3 for GRU, 1 for SimpleRNN).
        var gateCount: Int {
            switch self {
            case .lstm: 4
            case .gru: 3
            case .simpleRNN: 1
            }
        }

        /// How many state tensors the cell carries (and `return_state` returns).
        var stateCount: Int { self == .lstm ? 2 : 1 }
    }

    var cell: Cell
    var units: Int
    /// `activation` (the candidate/cell activation; the only one for SimpleRNN).
    var activation: String
    /// `recurrent_activation` (gates of LSTM and GRU).
    var recurrentActivation: String
    var useBias: Bool
    var returnSequences: Bool
    var returnState: Bool
    var goBackwards: Bool
    var stateful: Bool
    /// GRU only: apply the reset gate after the recurrent matmul (Keras 3's default).
    var resetAfter: Bool
    /// With a mask: output zeros at masked steps instead of repeating the previous output.
    var zeroOutputForMask: Bool

    /// Reads the spec of `layer`, whose class names the cell.
    init(layer: KerasLayer) throws(ConversionError) {
        guard let cell = Cell(rawValue: layer.className) else {
            throw ConversionError(.unsupported, "not a recurrent layer class", layer: layer)
        }
        try self.init(cell: cell, config: layer.config, layer: layer)
    }

    /// Reads the spec of a `cell` layer from `config` (errors name `layer`).
    init(cell: Cell, config: JSONValue, layer: KerasLayer) throws(ConversionError) {
        self.cell = cell
        guard let units = config["units"]?.intValue, units > 0 else {
            throw ConversionError(.invalidModel, "missing or invalid `units`", layer: layer)
        }
        self.units = units
        activation = try Self.activationName(config["activation"], default: "tanh", what: "activation", layer: layer)
        recurrentActivation = try Self.activationName(
            config["recurrent_activation"], default: "sigmoid", what: "recurrent_activation", layer: layer)
        useBias = config["use_bias"]?.boolValue ?? true
        returnSequences = config["return_sequences"]?.boolValue ?? false
        returnState = config["return_state"]?.boolValue ?? false
        goBackwards = config["go_backwards"]?.boolValue ?? false
        stateful = config["stateful"]?.boolValue ?? false
        resetAfter = config["reset_after"]?.boolValue ?? true
        zeroOutputForMask = config["zero_output_for_mask"]?.boolValue ?? false
    }

    /// An activation given by name (`"tanh"`) or as a serialized function object.
    static func activationName(
        _ value: JSONValue?, default fallback: String, what: String, layer: KerasLayer
    ) throws(ConversionError) -> String {
        guard let value else { return fallback }
        if let name = value.stringValue { return name }
        if let name = value["config"]?.stringValue, value["module"]?.stringValue?.hasPrefix("keras") ?? false {
            return name
        }
        // An activation layer object with a function equivalent (a default ReLU, ...).
        if value["class_name"]?.stringValue != "function",
           let parsed = try? LoweringContext.activation(value, layer: layer, key: what),
           let name = LoweringContext.activationFunctionName(parsed) {
            return name
        }
        throw ConversionError(.unsupported, "\(what) must be a built-in activation, got \(value)", layer: layer)
    }

    /// The number of model outputs of one call: the output, then the states when `return_state`.
    var outputCount: Int { returnState ? 1 + cell.stateCount : 1 }
}

/// The kernels of one recurrent cell as Keras stores them: `kernel [in, G*units]`,
/// `recurrent_kernel [units, G*units]`, and `bias` (`[G*units]`, or `[2, 3*units]` for a GRU with
/// `reset_after`), with the G gate blocks in Keras's order (LSTM i, f, c, o; GRU z, r, h).
struct RecurrentWeights: Sendable {
    var kernel: KerasArray
    var recurrent: KerasArray
    var bias: KerasArray?
    /// The input feature count.
    var inputSize: Int { kernel.shape.first ?? 0 }

    /// Reads and checks the weights of a cell. `prefix` is the path of the wrapped layer inside a
    /// wrapper (`forward_layer/`) in `.keras` files; `legacyOffset` its first position in a legacy
    /// `.h5` file's weight list.
    init(
        spec: RecurrentSpec, layer: KerasLayer, inputSize: Int, prefix: String = "", legacyOffset: Int = 0
    ) throws(ConversionError) {
        func read(_ index: Int) throws(ConversionError) -> KerasArray {
            do {
                return try layer.weights.array(
                    kerasPath: "\(prefix)cell/vars/\(index)", legacyIndex: legacyOffset + index, layer: layer.name)
            } catch {
                throw ConversionError(.invalidModel, error.description, layer: layer)
            }
        }
        let width = spec.cell.gateCount * spec.units
        kernel = try read(0)
        recurrent = try read(1)
        bias = spec.useBias ? try read(2) : nil
        guard kernel.shape == [inputSize, width] else {
            throw ConversionError(
                .invalidModel, "kernel has shape \(kernel.shape), expected [\(inputSize), \(width)]", layer: layer)
        }
        guard recurrent.shape == [spec.units, width] else {
            throw ConversionError(
                .invalidModel, "recurrent kernel has shape \(recurrent.shape), expected [\(spec.units), \(width)]",
                layer: layer)
        }
        if let bias {
            let expected = spec.cell == .gru && spec.resetAfter ? [2, width] : [width]
            guard bias.shape == expected else {
                throw ConversionError(.invalidModel, "bias has shape \(bias.shape), expected \(expected)", layer: layer)
            }
        }
    }

    /// The number of weight arrays the cell stores (for legacy offsets of wrapped layers).
    static func count(spec: RecurrentSpec) -> Int { spec.useBias ? 3 : 2 }

    /// Columns `[start, start + count)` of a row-major `[rows, columns]` matrix, transposed to
    /// `[count, rows]` (TFLite's `[out, in]` weight layout).
    static func transposedColumns(_ matrix: KerasArray, start: Int, count: Int) -> [Float] {
        let rows = matrix.shape[0], columns = matrix.shape[1]
        var result = [Float](repeating: 0, count: count * rows)
        for c in 0..<count {
            for r in 0..<rows { result[c * rows + r] = matrix.values[r * columns + start + c] }
        }
        return result
    }

    /// The input-side bias of all gates (`[G*units]`), zeros without a bias.
    func inputBias(units width: Int) -> [Float] {
        guard let bias else { return [Float](repeating: 0, count: width) }
        return Array(bias.values.prefix(width))
    }

    /// The recurrent-side bias of a GRU with `reset_after` (`[3*units]`), if any.
    func recurrentBias(units width: Int) -> [Float]? {
        guard let bias, bias.shape.count == 2 else { return nil }
        return Array(bias.values[width..<(2 * width)])
    }
}
