import SwiftLiteCore

/// RNN versions 1–3 and UNIDIRECTIONAL_SEQUENCE_RNN versions 1–3, float32 (TFLite's
/// `kernel_utils::RnnBatchStep`): a fully connected recurrent cell.
///
/// Inputs: 0 input (`[batch, in]` for RNN; `[time, batch, in]` or `[batch, time, in]` for the
/// sequence op), 1 input weights `[units, in]`, 2 recurrent weights `[units, units]`, 3 bias
/// `[units]`, 4 hidden state `[batch, units]` (a variable tensor kept across invocations).
/// Each step computes `h = act(bias + W·x + R·h)` (each dot product summed in float32 from zero,
/// then added) and writes `h` to the output. Hybrid (int8 weights) variants are refused as
/// unsupported.
public final class RNNKernel: OpKernel {
    /// Which operator.
    public enum Form: Sendable, Equatable {
        /// RNN: one step over `[batch, in]`.
        case single
        /// UNIDIRECTIONAL_SEQUENCE_RNN over a sequence.
        case sequence(timeMajor: Bool)
    }

    let form: Form
    let activation: FusedActivation
    private var batches = 0, steps = 1, inputSize = 0, units = 0
    private var timeMajor = false

    /// A kernel of `form` with the fused `activation`.
    public init(_ form: Form, activation: FusedActivation) {
        self.form = form
        self.activation = activation
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 5...5, outputs: 1...1)
        let input = try context.input(0)
        let weights = try context.input(1)
        let recurrent = try context.input(2)
        let bias = try context.input(3)
        let state = try context.input(4)
        for (slot, what) in [(input, "input"), (weights, "input weights"), (recurrent, "recurrent weights"), (bias, "bias"), (state, "hidden state")] {
            try context.expectType(slot, [.float32], what: what)
        }
        guard activation != .signBit else {
            throw context.error(.unsupported, "unsupported fused activation \(activation)")
        }
        switch form {
        case .single:
            guard input.rank == 2 else { throw context.error(.shapeMismatch, "input must be 2-D, got \(input.shape)", tensor: input) }
            batches = input.shape[0]
            steps = 1
            inputSize = input.shape[1]
            timeMajor = true
        case .sequence(let major):
            guard input.rank == 3 else { throw context.error(.shapeMismatch, "input must be 3-D, got \(input.shape)", tensor: input) }
            timeMajor = major
            steps = major ? input.shape[0] : input.shape[1]
            batches = major ? input.shape[1] : input.shape[0]
            inputSize = input.shape[2]
        }
        guard weights.rank == 2, weights.shape[1] == inputSize else {
            throw context.error(.shapeMismatch, "input weights \(weights.shape) do not match input size \(inputSize)", tensor: weights)
        }
        units = weights.shape[0]
        guard recurrent.shape == [units, units] else {
            throw context.error(.shapeMismatch, "recurrent weights \(recurrent.shape) should be [\(units), \(units)]", tensor: recurrent)
        }
        guard bias.shape == [units] else {
            throw context.error(.shapeMismatch, "bias \(bias.shape) should be [\(units)]", tensor: bias)
        }
        guard state.shape == [batches, units] else {
            throw context.error(.shapeMismatch, "hidden state \(state.shape) should be [\(batches), \(units)]", tensor: state)
        }
        guard state.isVariable else {
            throw context.error(.invalidArgument, "hidden state must be a variable tensor", tensor: state)
        }
        let output = try context.output(0)
        output.type = .float32
        switch form {
        case .single: try context.resizeOutput(output, to: [batches, units])
        case .sequence: try context.resizeOutput(output, to: [input.shape[0], input.shape[1], units])
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0).buffer(of: Float.self)
        let weights = try context.input(1).buffer(of: Float.self)
        let recurrent = try context.input(2).buffer(of: Float.self)
        let bias = try context.input(3).buffer(of: Float.self)
        let state = try context.input(4).buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let (batches, steps, inputSize, units) = (self.batches, self.steps, self.inputSize, self.units)
        guard input.count >= batches * steps * inputSize, output.count >= batches * steps * units,
              state.count >= batches * units else { return }
        for b in 0..<batches {
            let h = b * units
            for t in 0..<steps {
                let row = timeMajor ? t * batches + b : b * steps + t
                let x = row * inputSize
                let out = row * units
                for u in 0..<units {
                    var value = bias[u]
                    var dot: Float = 0
                    for k in 0..<inputSize { dot += weights[u * inputSize + k] * input[x + k] }
                    value += dot
                    dot = 0
                    for k in 0..<units { dot += recurrent[u * units + k] * state[h + k] }
                    value += dot
                    output[out + u] = activation.apply(value)
                }
                for u in 0..<units { state[h + u] = output[out + u] }
            }
        }
    }
}
