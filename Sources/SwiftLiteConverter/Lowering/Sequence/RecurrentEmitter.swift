import KerasModel
import SwiftLiteSchema

/// Lowers one recurrent layer (LSTM, GRU, SimpleRNN) over a `[batch, time, features]` sequence:
/// TFLite's fused sequence op where it can express the layer (LSTM with sigmoid gates,
/// SimpleRNN with a tanh/relu/relu6 activation), otherwise an unrolled graph of per-step ops
/// (GRU, `return_state` on LSTM, other activations, initial states), which needs a static number
/// of time steps.
enum RecurrentEmitter {
    /// Where a recurrent layer's weights and names come from.
    struct Source {
        /// The layer (for errors and op origins).
        var layer: KerasLayer
        /// Cache-key prefix for weight constants (the layer id, plus `/forward` inside wrappers).
        var key: String
        /// Tensor name prefix.
        var name: String
    }

    /// Emits the layer and returns its Keras outputs: the output (the last step, or the whole
    /// sequence with `return_sequences`), then with `return_state` the final states (h, and c for
    /// an LSTM).
    static func emit(
        spec: RecurrentSpec, weights: RecurrentWeights, sequence: TensorID, initialStates: [TensorID],
        source: Source, context: inout LoweringContext
    ) throws(ConversionError) -> [TensorID] {
        let layer = source.layer
        let input = context.graph[sequence]
        guard input.type == .float32 else {
            throw ConversionError(.unsupported, "only float32 sequences are supported, got \(input.type)", layer: layer)
        }
        guard input.shape.count == 3 else {
            throw ConversionError(
                .unsupported, "expected a [batch, time, features] input, got shape \(input.shape)", layer: layer)
        }
        guard input.shape[2] == weights.inputSize else {
            throw ConversionError(
                .invalidModel, "input has \(input.shape[2]) features but the kernel expects \(weights.inputSize)",
                layer: layer)
        }
        if !initialStates.isEmpty {
            guard initialStates.count == spec.cell.stateCount else {
                throw ConversionError(
                    .invalidModel, "expected \(spec.cell.stateCount) initial state tensors, got \(initialStates.count)",
                    layer: layer)
            }
            for state in initialStates where context.graph[state].shape.last != spec.units {
                throw ConversionError(
                    .invalidModel, "initial state has shape \(context.graph[state].shape), expected [batch, \(spec.units)]",
                    layer: layer)
            }
        }
        if canFuse(spec, initialStates: initialStates) {
            if spec.stateful, input.shape[0] < 1 {
                throw ConversionError(
                    .unsupported, "a stateful layer needs a fixed batch size (give the Input a batch_size)", layer: layer)
            }
            return try FusedRecurrence.emit(spec: spec, weights: weights, sequence: sequence, source: source, context: &context)
        }
        if spec.stateful {
            throw ConversionError(
                .unsupported,
                "stateful=True is only supported where the fused op applies (LSTM with sigmoid recurrent activation and tanh/relu/relu6 activation without return_state, or SimpleRNN with tanh/relu/relu6)",
                layer: layer)
        }
        guard input.shape[1] > 0 else {
            throw ConversionError(
                .unsupported,
                "\(spec.cell.rawValue) with these options is unrolled over time steps, which needs a fixed sequence length (the input's time dimension is None)",
                layer: layer)
        }
        return try UnrolledRecurrence.emit(
            spec: spec, weights: weights, sequence: sequence, initialStates: initialStates, source: source,
            context: &context)
    }

    /// Whether TFLite's fused op expresses the layer exactly.
    static func canFuse(_ spec: RecurrentSpec, initialStates: [TensorID]) -> Bool {
        guard initialStates.isEmpty, SequenceEmit.fusedSequenceActivation(spec.activation) != nil else { return false }
        switch spec.cell {
        case .lstm: return spec.recurrentActivation == "sigmoid" && !spec.returnState
        case .simpleRNN: return true
        case .gru: return false
        }
    }

    /// The sequence and initial-state tensors of a recurrent layer call (`layer(x)`,
    /// `layer(x, initial_state=[h, c])`); a Keras mask is refused.
    static func callInputs(of node: KerasNode, context: LoweringContext) throws(ConversionError) -> (sequence: TensorID, states: [TensorID]) {
        guard let first = node.args.first, case .tensor(let ref) = first else {
            throw ConversionError(.invalidModel, "the first argument must be the input sequence", layer: node.layer)
        }
        if let mask = node.kwarg("mask"), !mask.tensors.isEmpty {
            throw ConversionError(
                .unsupported, "masked sequences (Embedding mask_zero=True or a Masking layer) are not supported",
                layer: node.layer)
        }
        if let constants = node.kwarg("constants"), !constants.tensors.isEmpty {
            throw ConversionError(.unsupported, "RNN `constants` are not supported", layer: node.layer)
        }
        let sequence = try context.tensor(ref, for: node.layer)
        var stateRefs = node.kwarg("initial_state")?.tensors ?? []
        if stateRefs.isEmpty, node.args.count > 1 { stateRefs = node.args.dropFirst().flatMap(\.tensors) }
        var states: [TensorID] = []
        for ref in stateRefs { states.append(try context.tensor(ref, for: node.layer)) }
        return (sequence, states)
    }
}
