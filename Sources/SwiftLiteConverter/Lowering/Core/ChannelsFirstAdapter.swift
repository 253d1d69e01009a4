import KerasModel
import SwiftLiteSchema

/// Runs channels-last lowerings on `data_format="channels_first"` layers: the input is transposed
/// to channels-last (`[N, C, ...]` → `[N, ..., C]`), the layer is lowered as if it were
/// channels-last, and its output is transposed back.
enum ChannelsFirst {
    /// `lowering` extended to channels-first layers of one input.
    static func adapting(_ lowering: @escaping LayerLowering) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            guard try layer.string("data_format", default: "channels_last") == "channels_first" else {
                return try lowering(node, &context)
            }
            let refs = node.inputTensors
            guard refs.count == 1 else {
                throw ConversionError(.unsupported, "channels_first with \(refs.count) inputs is not supported", layer: layer)
            }
            let original = try context.tensor(refs[0], for: layer)
            let rank = context.graph[original].shape.count
            guard rank >= 3 else {
                throw ConversionError(.invalidModel, "channels_first needs an input of rank ≥ 3, got \(context.graph[original].shape)", layer: layer)
            }
            let toLast = [0] + Array(2..<rank) + [1]
            let toFirst = [0, rank - 1] + Array(1..<(rank - 1))
            let moved = context.transpose(original, permutation: toLast, name: "\(layer.name)/to_channels_last", origin: layer.name)
            var inner = node
            inner.layer.config = replacing("data_format", with: .string("channels_last"), in: layer.config)
            context.values[refs[0]] = moved
            let outputs: [TensorID]
            do throws(ConversionError) {
                outputs = try lowering(inner, &context)
            } catch {
                context.values[refs[0]] = original
                throw error
            }
            context.values[refs[0]] = original
            var result: [TensorID] = []
            for output in outputs {
                let outRank = context.graph[output].shape.count
                guard outRank == rank else { result.append(output); continue }
                context.graph[output].name = "\(layer.name)/channels_last"
                result.append(context.transpose(output, permutation: toFirst, name: layer.name, origin: layer.name))
            }
            return result
        }
    }

    /// `config` with `key` set to `value`.
    static func replacing(_ key: String, with value: JSONValue, in config: JSONValue) -> JSONValue {
        guard case .object(var fields) = config else { return config }
        if let index = fields.firstIndex(where: { $0.0 == key }) {
            fields[index].1 = value
        } else {
            fields.append((key, value))
        }
        return .object(fields)
    }
}
