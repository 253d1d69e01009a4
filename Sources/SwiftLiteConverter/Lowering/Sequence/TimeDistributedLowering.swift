import KerasModel
import SwiftLiteSchema

/// Lowering for `TimeDistributed(inner)`: the `[batch, time, ...]` input is reshaped to
/// `[batch * time, ...]`, the inner layer is lowered through the registry as if called on that
/// tensor, and its output is reshaped back to `[batch, time, ...]`.
enum TimeDistributedLowering {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = ["TimeDistributed": lower]

    /// Lowers one call of a `TimeDistributed` layer.
    @Sendable
    static func lower(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        if let mask = node.kwarg("mask"), !mask.tensors.isEmpty {
            throw ConversionError(.unsupported, "masked sequences are not supported", layer: layer)
        }
        guard let first = node.args.first, case .tensor(let ref) = first else {
            throw ConversionError(.invalidModel, "the first argument must be the input sequence", layer: layer)
        }
        let input = try context.tensor(ref, for: layer)
        let inner = try innerLayer(of: layer)
        let key = LoweringRegistry.key(for: inner)
        guard let lowering = LoweringRegistry.all[key] else {
            throw ConversionError(
                .unsupported, "TimeDistributed wraps \(inner.className), which SwiftLite cannot convert", layer: layer)
        }
        let shape = context.graph[input].shape
        guard shape.count >= 3 else {
            throw ConversionError(.unsupported, "expected a [batch, time, ...] input, got shape \(shape)", layer: layer)
        }
        let (batch, steps) = (shape[0], shape[1])
        let rest = Array(shape.dropFirst(2))
        guard !rest.contains(where: { $0 < 0 }), batch > 0 || steps > 0 else {
            throw ConversionError(
                .unsupported, "TimeDistributed needs known dimensions besides one of batch and time, got \(shape)",
                layer: layer)
        }
        let merged = batch > 0 && steps > 0 ? batch * steps : -1
        let flattened = context.reshape(input, to: [merged] + rest, name: "\(layer.name)/merged_input", origin: layer.name)

        // Call the inner layer on the flattened tensor through a reference no Keras node uses.
        var slot = -1_000_000
        while context.values[KerasTensorRef(node: slot, output: 0)] != nil { slot -= 1 }
        let innerRef = KerasTensorRef(node: slot, output: 0)
        context.values[innerRef] = flattened
        defer { context.values[innerRef] = nil }
        let innerNode = KerasNode(layer: inner, args: [.tensor(innerRef)], kwargs: [], outputSpecs: [nil])
        let outputs = try lowering(innerNode, &context)
        guard outputs.count == 1 else {
            throw ConversionError(
                .unsupported, "the wrapped \(inner.className) has \(outputs.count) outputs; one is supported", layer: layer)
        }
        let innerShape = context.graph[outputs[0]].shape
        guard let innerBatch = innerShape.first, innerBatch == merged || innerBatch < 0 || merged < 0 else {
            throw ConversionError(.invalidModel, "the wrapped layer changed the batch: \(innerShape)", layer: layer)
        }
        let outRest = Array(innerShape.dropFirst())
        guard !outRest.contains(where: { $0 < 0 }) else {
            throw ConversionError(.unsupported, "the wrapped layer's output shape \(innerShape) is not static", layer: layer)
        }
        return [context.reshape(outputs[0], to: [batch, steps] + outRest, name: layer.name, origin: layer.name)]
    }

    /// The wrapped layer, with its weights (`layer/...` in `.keras` files; all of the wrapper's in
    /// legacy files) and an id under the wrapper's so its constants are cached separately.
    static func innerLayer(of layer: KerasLayer) throws(ConversionError) -> KerasLayer {
        guard let serialized = layer.config["layer"], let className = serialized["class_name"]?.stringValue,
              let config = serialized["config"]
        else {
            throw ConversionError(.invalidModel, "missing the wrapped `layer` config", layer: layer)
        }
        var weights = layer.weights
        if weights.format == .keras {
            weights.entries = weights.entries.compactMap { entry in
                entry.name.hasPrefix("layer/") ? (String(entry.name.dropFirst("layer/".count)), entry.array) : nil
            }
        }
        let name = config["name"]?.stringValue ?? "\(layer.name)_inner"
        return KerasLayer(
            id: "\(layer.id)/layer", name: name, className: className, module: serialized["module"]?.stringValue,
            config: config, weights: weights)
    }
}
