import KerasModel
import SwiftLiteSchema

/// Lowers one recurrent layer (LSTM, GRU, SimpleRNN) over a `[batch, time, features]` sequence:
/// TFLite's fused sequence op where it can express the layer (LSTM with sigmoid gates,
/// SimpleRNN with a tanh/relu/relu6 activation), otherwise an unrolled graph of per-step ops
/// (GRU, `return_state` on LSTM, other activations, initial states), which needs a static number
/// of time steps. A Keras mask (`Embedding(mask_zero=True)`, `Masking`) is applied in the unrolled
/// form: at masked steps the states are kept and the output repeats (or is zero with
/// `zero_output_for_mask`).
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

    /// The tensors one call reads.
    struct CallInputs {
        /// The `[batch, time, features]` sequence.
        var sequence: TensorID
        /// `initial_state` tensors (empty: zeros).
        var states: [TensorID] = []
        /// The boolean `[batch, time]` mask, if any.
        var mask: TensorID?
    }

    /// Emits the layer and returns its Keras outputs: the output (the last step, or the whole
    /// sequence with `return_sequences`), then with `return_state` the final states (h, and c for
    /// an LSTM).
    static func emit(
        spec: RecurrentSpec, weights: RecurrentWeights, call: CallInputs, source: Source, context: inout LoweringContext
    ) throws(ConversionError) -> [TensorID] {
        let sequence = call.sequence, initialStates = call.states
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
        if let mask = call.mask {
            let maskTensor = context.graph[mask]
            guard maskTensor.type == .bool, maskTensor.shape.count == 2, maskTensor.shape[1] == input.shape[1] else {
                throw ConversionError(
                    .unsupported, "the mask must be a boolean [batch, time] tensor, got \(maskTensor.type)\(maskTensor.shape)",
                    layer: layer)
            }
        }
        if call.mask == nil, canFuse(spec, initialStates: initialStates) {
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
        return try UnrolledRecurrence.emit(spec: spec, weights: weights, call: call, source: source, context: &context)
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

    /// The sequence, initial-state and mask tensors of a recurrent layer call (`layer(x)`,
    /// `layer(x, initial_state=[h, c])`, `layer(x, mask=m)`).
    static func callInputs(of node: KerasNode, context: LoweringContext) throws(ConversionError) -> CallInputs {
        guard let first = node.args.first, case .tensor(let ref) = first else {
            throw ConversionError(.invalidModel, "the first argument must be the input sequence", layer: node.layer)
        }
        var mask: TensorID?
        if let maskRef = node.kwarg("mask")?.tensors.first {
            mask = try context.tensor(maskRef, for: node.layer)
        }
        if let constants = node.kwarg("constants"), !constants.tensors.isEmpty {
            throw ConversionError(.unsupported, "RNN `constants` are not supported", layer: node.layer)
        }
        let sequence = try context.tensor(ref, for: node.layer)
        var stateRefs = node.kwarg("initial_state")?.tensors ?? []
        if stateRefs.isEmpty, node.args.count > 1 { stateRefs = node.args.dropFirst().flatMap(\.tensors) }
        var states: [TensorID] = []
        for ref in stateRefs { states.append(try context.tensor(ref, for: node.layer)) }
        return CallInputs(sequence: sequence, states: states, mask: mask)
    }
}
