import KerasModel
import SwiftLiteSchema

/// Lowering for `TimeDistributed(inner)`, the inner layer lowered through the registry:
///
/// - layers that act on the last axis or elementwise (Dense, activations, dropout, ...) are applied
///   to the `[batch, time, ...]` tensor directly, and Flatten becomes a reshape to
///   `[batch, time, features]`;
/// - with a fixed batch the input is reshaped to `[batch * time, ...]`, the inner layer applied, and
///   the result reshaped back;
/// - with a dynamic batch (the graph's -1 stands for the batch only, so `batch * time` has no
///   shape) the time steps are unpacked, the inner layer applied to each (its weights emitted once),
///   and the results packed again, which needs a fixed number of steps.
enum TimeDistributedLowering {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = ["TimeDistributed": lower]

    /// Inner layers that give the same result on `[batch, time, ...]` as per time step.
    static let stepwiseClasses: Set<String> = [
        "Dense", "Activation", "ReLU", "LeakyReLU", "ELU", "Dropout", "GaussianNoise", "GaussianDropout",
        "AlphaDropout", "ActivityRegularization", "Identity", "Rescaling",
    ]

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

        if stepwiseClasses.contains(inner.className) {
            return [try call(lowering, inner, on: input, context: &context, layer: layer)]
        }
        if inner.className == "Flatten", inner.config["data_format"]?.stringValue != "channels_first",
           !rest.contains(where: { $0 < 0 }) {
            return [context.reshape(input, to: [batch, steps, rest.reduce(1, *)], name: layer.name, origin: layer.name)]
        }
        guard !rest.contains(where: { $0 < 0 }) else {
            throw ConversionError(.unsupported, "TimeDistributed needs known dimensions after time, got \(shape)", layer: layer)
        }
        if batch > 0, steps > 0 {
            let merged = context.reshape(input, to: [batch * steps] + rest, name: "\(layer.name)/merged_input", origin: layer.name)
            let output = try call(lowering, inner, on: merged, context: &context, layer: layer)
            let outRest = Array(context.graph[output].shape.dropFirst())
            guard !outRest.contains(where: { $0 < 0 }) else {
                throw ConversionError(.unsupported, "the wrapped layer's output shape is not static", layer: layer)
            }
            return [context.reshape(output, to: [batch, steps] + outRest, name: layer.name, origin: layer.name)]
        }
        guard steps > 0 else {
            throw ConversionError(
                .unsupported,
                "TimeDistributed(\(inner.className)) with a dynamic batch is applied per time step, which needs a fixed number of steps",
                layer: layer)
        }
        let slices = SequenceEmit.unpack(&context, input, axis: 1, count: steps, name: "\(layer.name)/steps", origin: layer.name)
        var outputs: [TensorID] = []
        for slice in slices {
            outputs.append(try call(lowering, inner, on: slice, context: &context, layer: layer))
        }
        return [SequenceEmit.pack(&context, outputs, axis: 1, name: layer.name, origin: layer.name)]
    }

    /// Lowers `inner` called on `tensor` through a reference no Keras node uses; one output.
    private static func call(
        _ lowering: LayerLowering, _ inner: KerasLayer, on tensor: TensorID, context: inout LoweringContext,
        layer: KerasLayer
    ) throws(ConversionError) -> TensorID {
        var slot = -1_000_000
        while context.values[KerasTensorRef(node: slot, output: 0)] != nil { slot -= 1 }
        let ref = KerasTensorRef(node: slot, output: 0)
        context.values[ref] = tensor
        defer { context.values[ref] = nil }
        let node = KerasNode(layer: inner, args: [.tensor(ref)], kwargs: [], outputSpecs: [nil])
        let outputs = try lowering(node, &context)
        guard outputs.count == 1 else {
            throw ConversionError(
                .unsupported, "the wrapped \(inner.className) has \(outputs.count) outputs; one is supported", layer: layer)
        }
        return outputs[0]
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
