import KerasModel
import SwiftLiteSchema

/// Lowering for `Bidirectional(LSTM | GRU | SimpleRNN)`: the forward and the backward layer as two
/// unidirectional layers (the backward one reads the sequence reversed, and its output sequence is
/// reversed back), merged by `merge_mode` (concat, sum, ave, mul, or None for two outputs). TFLite's
/// BIDIRECTIONAL_SEQUENCE_LSTM is not used.
enum BidirectionalLowering {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = ["Bidirectional": lower]

    /// Lowers one call of a `Bidirectional` layer.
    @Sendable
    static func lower(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let config = layer.config
        guard let forwardConfig = config["layer"] else {
            throw ConversionError(.invalidModel, "missing the wrapped `layer` config", layer: layer)
        }
        let forward = try wrapped(forwardConfig, layer: layer)
        let backward: (spec: RecurrentSpec, config: JSONValue)
        if let backwardConfig = config["backward_layer"] {
            backward = try wrapped(backwardConfig, layer: layer)
        } else {
            var spec = forward.spec
            spec.goBackwards = !spec.goBackwards
            backward = (spec, forward.config)
        }
        guard forward.spec.goBackwards != backward.spec.goBackwards else {
            throw ConversionError(.invalidModel, "the forward and backward layers read the sequence in the same direction", layer: layer)
        }
        guard forward.spec.returnSequences == backward.spec.returnSequences,
              forward.spec.returnState == backward.spec.returnState
        else {
            throw ConversionError(
                .invalidModel, "the forward and backward layers differ in return_sequences or return_state", layer: layer)
        }
        // An absent merge_mode is Keras's default, concat; an explicit null returns both outputs.
        let mergeMode: String? = config.keys.contains("merge_mode") ? config["merge_mode"]?.stringValue : "concat"
        if let mergeMode, !["concat", "sum", "ave", "mul"].contains(mergeMode) {
            throw ConversionError(.unsupported, "unsupported merge_mode `\(mergeMode)`", layer: layer)
        }

        let call = try RecurrentEmitter.callInputs(of: node, context: context)
        let inputSize = context.graph[call.sequence].shape.last ?? 0
        let half = call.states.count / 2
        let forwardWeights = try RecurrentWeights(
            spec: forward.spec, layer: layer, inputSize: inputSize, prefix: "forward_layer/", legacyOffset: 0)
        let backwardWeights = try RecurrentWeights(
            spec: backward.spec, layer: layer, inputSize: inputSize, prefix: "backward_layer/",
            legacyOffset: RecurrentWeights.count(spec: forward.spec))
        let forwardCall = RecurrentEmitter.CallInputs(
            sequence: call.sequence, states: Array(call.states.prefix(half)), mask: call.mask)
        let backwardCall = RecurrentEmitter.CallInputs(
            sequence: call.sequence, states: Array(call.states.dropFirst(half)), mask: call.mask)
        let forwardOutputs = try RecurrentEmitter.emit(
            spec: forward.spec, weights: forwardWeights, call: forwardCall,
            source: .init(layer: layer, key: "\(layer.id)/forward", name: "\(layer.name)/forward"), context: &context)
        var backwardOutputs = try RecurrentEmitter.emit(
            spec: backward.spec, weights: backwardWeights, call: backwardCall,
            source: .init(layer: layer, key: "\(layer.id)/backward", name: "\(layer.name)/backward"), context: &context)
        if forward.spec.returnSequences {
            backwardOutputs[0] = SequenceEmit.reverse(
                &context, backwardOutputs[0], axis: 1, name: "\(layer.name)/backward/reversed_output", origin: layer.name)
        }
        let y = forwardOutputs[0], yReversed = backwardOutputs[0]
        var outputs: [TensorID]
        switch mergeMode {
        case "concat":
            let axis = context.graph[y].shape.count - 1
            outputs = [try context.concatenate([y, yReversed], axis: axis, name: layer.name, origin: layer.name)]
        case "sum":
            outputs = [try context.binary(.add, y, yReversed, name: layer.name, origin: layer.name)]
        case "mul":
            outputs = [try context.binary(.mul, y, yReversed, name: layer.name, origin: layer.name)]
        case "ave":
            let sum = try context.binary(.add, y, yReversed, name: "\(layer.name)/sum", origin: layer.name)
            let half = context.scalar(0.5, name: "\(layer.name)/half")
            outputs = [try context.binary(.mul, sum, half, name: layer.name, origin: layer.name)]
        default:
            outputs = [y, yReversed]
        }
        outputs += forwardOutputs.dropFirst()
        outputs += backwardOutputs.dropFirst()
        return outputs
    }

    /// The spec of a wrapped recurrent layer from its serialized form (`{class_name, config}`).
    private static func wrapped(_ serialized: JSONValue, layer: KerasLayer) throws(ConversionError) -> (spec: RecurrentSpec, config: JSONValue) {
        guard let className = serialized["class_name"]?.stringValue, let config = serialized["config"] else {
            throw ConversionError(.invalidModel, "the wrapped layer has no class_name/config", layer: layer)
        }
        guard let cell = RecurrentSpec.Cell(rawValue: className) else {
            throw ConversionError(
                .unsupported, "Bidirectional wraps \(className); only LSTM, GRU and SimpleRNN are supported", layer: layer)
        }
        var spec = try RecurrentSpec(cell: cell, config: config, layer: layer)
        // Bidirectional sets zero_output_for_mask to return_sequences on both layers.
        spec.zeroOutputForMask = spec.returnSequences
        return (spec, config)
    }
}
