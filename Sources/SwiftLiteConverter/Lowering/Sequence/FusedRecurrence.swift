import KerasModel
import SwiftLiteSchema

/// UNIDIRECTIONAL_SEQUENCE_LSTM / UNIDIRECTIONAL_SEQUENCE_RNN for a Keras LSTM / SimpleRNN.
///
/// The ops keep their recurrent state in variable tensors that TFLite zeroes only when tensors are
/// allocated and that carry the final state of one invoke into the next. A Keras layer that is not
/// stateful starts every call from zeros, so each state tensor is written with zeros of shape
/// `[batch, units]` by an ADD (`zeros_like(x[:, 0, :1]) + zeros[1, units]`) just before the op: the state is reset on every
/// invoke, and its batch follows the input when the batch is resized. With `stateful=True` the
/// reset is left out, so the state carries over between invokes as in Keras.
enum FusedRecurrence {
    /// Emits the fused op for `spec` (LSTM or SimpleRNN) and returns the Keras outputs.
    static func emit(
        spec: RecurrentSpec, weights: RecurrentWeights, sequence: TensorID, source: RecurrentEmitter.Source,
        context: inout LoweringContext
    ) throws(ConversionError) -> [TensorID] {
        guard let activation = SequenceEmit.fusedSequenceActivation(spec.activation) else {
            throw ConversionError(.unsupported, "activation `\(spec.activation)` cannot be fused", layer: source.layer)
        }
        let origin = source.layer.name
        let name = source.name
        let input = spec.goBackwards
            ? SequenceEmit.reverse(&context, sequence, axis: 1, name: "\(name)/reversed_input", origin: origin)
            : sequence
        let shape = context.graph[input].shape
        let (batch, steps, units) = (shape[0], shape[1], spec.units)
        let stateCount = spec.cell.stateCount
        let stateNames = spec.cell == .lstm ? ["output_state", "cell_state"] : ["hidden_state"]
        var states: [TensorID] = []
        for index in 0..<stateCount {
            states.append(context.graph.addTensor(GraphTensor(
                name: "\(name)/\(stateNames[index])", type: .float32, shape: [batch, units], isVariable: true)))
        }
        if !spec.stateful {
            // ZEROS_LIKE rather than a multiplication by zero: a NaN or infinity in the input
            // must not leak into the state.
            let probe = SequenceEmit.batchProbe(&context, input, name: "\(name)/batch_probe", origin: origin)
            let batchZeros = context.unary(.zerosLike, probe, name: "\(name)/batch_zeros", origin: origin)
            let zeros = context.constant(
                key: "zeros:[1, \(units)]", name: "\(name)/zero_state", shape: [1, units],
                floats: [Float](repeating: 0, count: units))
            for state in states {
                context.graph.addOperator(GraphOperator(
                    opcode: .add, options: .addOptions(AddOptions()), inputs: [batchZeros, zeros], outputs: [state],
                    origin: origin))
            }
        }
        let sequenceName = spec.returnSequences ? name : "\(name)/sequence"
        let outputs: TensorID
        switch spec.cell {
        case .lstm:
            outputs = lstm(
                spec: spec, weights: weights, input: input, states: states, activation: activation, source: source,
                outputName: sequenceName, outputShape: [batch, steps, units], context: &context)
        case .simpleRNN:
            outputs = rnn(
                spec: spec, weights: weights, input: input, state: states[0], activation: activation, source: source,
                outputName: sequenceName, outputShape: [batch, steps, units], context: &context)
        case .gru:
            throw ConversionError(.unsupported, "TFLite has no fused GRU op", layer: source.layer)
        }
        let last = spec.returnSequences && !spec.returnState
            ? outputs
            : SequenceEmit.timeStep(
                &context, outputs, index: -1, name: spec.returnSequences ? "\(name)/last_output" : name, origin: origin)
        var result = [spec.returnSequences ? outputs : last]
        if spec.returnState {
            // A SimpleRNN's final state is its last output (the LSTM takes the unrolled path instead).
            result.append(last)
        }
        return result
    }

    private static let lstmGateNames = ["input", "forget", "cell", "output"]

    private static func lstm(
        spec: RecurrentSpec, weights: RecurrentWeights, input: TensorID, states: [TensorID],
        activation: ActivationFunctionType, source: RecurrentEmitter.Source, outputName: String, outputShape: [Int],
        context: inout LoweringContext
    ) -> TensorID {
        let units = spec.units
        let inputSize = weights.inputSize
        let bias = weights.inputBias(units: 4 * units)
        var inputWeights: [TensorID] = [], recurrentWeights: [TensorID] = [], biases: [TensorID] = []
        for (gate, gateName) in lstmGateNames.enumerated() {
            inputWeights.append(context.constant(
                key: "\(source.key)/lstm/input_to_\(gateName)", name: "\(source.name)/input_to_\(gateName)_weights",
                shape: [units, inputSize],
                floats: RecurrentWeights.transposedColumns(weights.kernel, start: gate * units, count: units)))
            recurrentWeights.append(context.constant(
                key: "\(source.key)/lstm/recurrent_to_\(gateName)",
                name: "\(source.name)/recurrent_to_\(gateName)_weights", shape: [units, units],
                floats: RecurrentWeights.transposedColumns(weights.recurrent, start: gate * units, count: units)))
            biases.append(context.constant(
                key: "\(source.key)/lstm/\(gateName)_gate_bias", name: "\(source.name)/\(gateName)_gate_bias",
                shape: [units], floats: Array(bias[(gate * units)..<((gate + 1) * units)])))
        }
        var options = UnidirectionalSequenceLSTMOptions()
        options.fusedActivationFunction = activation
        options.cellClip = 0
        options.projClip = 0
        options.timeMajor = false
        let inputs: [TensorID?] =
            [input] + inputWeights + recurrentWeights + [nil, nil, nil] + biases + [nil, nil] + states
            + [nil, nil, nil, nil]
        return context.graph.addOperator(
            .unidirectionalSequenceLstm, options: .unidirectionalSequenceLSTMOptions(options), inputs: inputs,
            output: outputName, shape: outputShape, origin: source.layer.name)
    }

    private static func rnn(
        spec: RecurrentSpec, weights: RecurrentWeights, input: TensorID, state: TensorID,
        activation: ActivationFunctionType, source: RecurrentEmitter.Source, outputName: String, outputShape: [Int],
        context: inout LoweringContext
    ) -> TensorID {
        let units = spec.units
        let inputWeights = context.constant(
            key: "\(source.key)/rnn/input_weights", name: "\(source.name)/input_weights",
            shape: [units, weights.inputSize],
            floats: RecurrentWeights.transposedColumns(weights.kernel, start: 0, count: units))
        let recurrentWeights = context.constant(
            key: "\(source.key)/rnn/recurrent_weights", name: "\(source.name)/recurrent_weights", shape: [units, units],
            floats: RecurrentWeights.transposedColumns(weights.recurrent, start: 0, count: units))
        let bias = context.constant(
            key: "\(source.key)/rnn/bias", name: "\(source.name)/bias", shape: [units],
            floats: weights.inputBias(units: units))
        var options = SequenceRNNOptions()
        options.timeMajor = false
        options.fusedActivationFunction = activation
        return context.graph.addOperator(
            .unidirectionalSequenceRnn, options: .sequenceRNNOptions(options),
            inputs: [input, inputWeights, recurrentWeights, bias, state], output: outputName, shape: outputShape,
            origin: source.layer.name)
    }
}
