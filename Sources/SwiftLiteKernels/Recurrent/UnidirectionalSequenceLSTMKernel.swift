import SwiftLiteCore

/// UNIDIRECTIONAL_SEQUENCE_LSTM versions 1–4: float32 (TFLite's `lstm_eval::EvalFloat`, below),
/// integer (int8 input and weights, int16 cell state: `IntegerLSTM`, TFLite's
/// `EvalInteger8x8_16`) and hybrid (float32 input, int8 weights: `HybridLSTM`, TFLite's
/// `EvalHybrid`).
///
/// Inputs (TFLite's 24-input layout; 20 inputs means no layer normalization), `-` marks an
/// optional input:
/// 0 input `[time, batch, in]` (time major) or `[batch, time, in]`;
/// 1- / 2 / 3 / 4 input-to-{input, forget, cell, output} weights `[cell, in]`;
/// 5- / 6 / 7 / 8 recurrent-to-{input, forget, cell, output} weights `[cell, out]` (or
/// `[cell]` for diagonal recurrent weights);
/// 9- / 10- / 11- peephole (cell-to-gate) weights `[cell]`;
/// 12- / 13 / 14 / 15 gate biases `[cell]`;
/// 16- projection weights `[out, cell]`, 17- projection bias `[out]`;
/// 18 output state `[batch, out]`, 19 cell state `[batch, cell]` (variable tensors, kept across
/// invocations); 20- / 21- / 22- / 23- layer-norm coefficients `[cell]`.
/// Without input-gate weights the cell is CIFG (input gate = 1 - forget gate).
///
/// Per time step and batch row: each gate is `bias + W·x + R·h (+ peephole ⊙ c)` (with layer
/// norm: the sum without bias is normalized, scaled by the coefficients, then the bias added),
/// squashed by a sigmoid (the cell gate by the fused activation); then
/// `c = clip(f ⊙ c + i ⊙ g)`, `h = o ⊙ act(c)`, optionally projected and clipped. Dot products
/// are summed in float32 from zero and added to the running gate value, as TFLite does.
public final class UnidirectionalSequenceLSTMKernel: OpKernel {
    /// `UnidirectionalSequenceLSTMOptions`.
    public struct Parameters: Sendable, Equatable {
        /// Activation of the cell gate and of the cell state before the output gate.
        public var activation: FusedActivation
        /// Clip the cell state to ±cellClip when positive.
        public var cellClip: Float
        /// Clip the projection output to ±projectionClip when positive.
        public var projectionClip: Float
        /// Whether the input is `[time, batch, in]` rather than `[batch, time, in]`.
        public var timeMajor: Bool
        /// Hybrid LSTMs: quantize float operands with a zero point (asymmetric) rather than
        /// symmetrically.
        public var asymmetricQuantizeInputs: Bool

        /// Creates parameters.
        public init(activation: FusedActivation = .tanh, cellClip: Float = 0, projectionClip: Float = 0, timeMajor: Bool = false,
                    asymmetricQuantizeInputs: Bool = false) {
            self.activation = activation
            self.cellClip = cellClip
            self.projectionClip = projectionClip
            self.timeMajor = timeMajor
            self.asymmetricQuantizeInputs = asymmetricQuantizeInputs
        }
    }

    enum Slot {
        static let input = 0
        static let inputWeights = 1, recurrentWeights = 5, peepholeWeights = 9, bias = 12, layerNorm = 20
        static let projectionWeights = 16, projectionBias = 17, outputState = 18, cellState = 19
    }

    /// Gate order within the four-gate groups of inputs: input, forget, cell, output.
    enum Gate {
        static let input = 0, forget = 1, cell = 2, output = 3
    }

    let parameters: Parameters
    private var batches = 0, steps = 0, inputSize = 0, cells = 0, outputs = 0
    private var useCIFG = false, useLayerNorm = false
    private var diagonal = [false, false, false, false]
    /// Four gate buffers of `cells`, then one of `cells` for the activated cell state.
    private var scratch: [Float] = []
    private var gates: [GateTensors] = []
    private var projectionWeights: TensorSlot?
    private var projectionBias: TensorSlot?
    private var integer: IntegerLSTM?
    private var hybrid: HybridLSTM?

    /// A kernel with `parameters`.
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        guard context.inputs.count == 20 || context.inputs.count == 24 else {
            throw context.error(.invalidArgument, "takes 20 or 24 inputs, the node has \(context.inputs.count)")
        }
        try context.expectCounts(inputs: 20...24, outputs: 1...1)
        let p = parameters
        guard p.cellClip >= 0, p.projectionClip >= 0 else {
            throw context.error(.invalidArgument, "cell_clip \(p.cellClip) and proj_clip \(p.projectionClip) must not be negative")
        }
        guard p.activation != .signBit else {
            throw context.error(.unsupported, "unsupported fused activation \(p.activation)")
        }
        let input = try context.input(Slot.input)
        integer = nil
        hybrid = nil
        let weightType = try context.input(Slot.inputWeights + Gate.output).type
        if input.type == .int8 {
            integer = try IntegerLSTM(context, parameters: p)
            return
        }
        if input.type == .float32, weightType == .int8 || weightType == .uint8 {
            hybrid = try HybridLSTM(context, parameters: p)
            return
        }
        try context.expectType(input, [.float32], what: "input")
        guard input.rank == 3 else {
            throw context.error(.shapeMismatch, "input must be 3-D, got \(input.shape)", tensor: input)
        }
        steps = p.timeMajor ? input.shape[0] : input.shape[1]
        batches = p.timeMajor ? input.shape[1] : input.shape[0]
        inputSize = input.shape[2]

        let outputWeights = try context.input(Slot.inputWeights + Gate.output)
        guard outputWeights.rank == 2 else {
            throw context.error(.shapeMismatch, "input-to-output weights must be 2-D, got \(outputWeights.shape)", tensor: outputWeights)
        }
        cells = outputWeights.shape[0]
        let recurrentOutput = try context.input(Slot.recurrentWeights + Gate.output)
        outputs = recurrentOutput.rank == 1 ? recurrentOutput.shape[0] : (recurrentOutput.rank == 2 ? recurrentOutput.shape[1] : -1)
        guard outputs >= 0 else {
            throw context.error(.shapeMismatch, "recurrent-to-output weights must be 1-D or 2-D, got \(recurrentOutput.shape)", tensor: recurrentOutput)
        }

        useCIFG = context.optionalInput(Slot.inputWeights + Gate.input) == nil
        guard useCIFG == (context.optionalInput(Slot.recurrentWeights + Gate.input) == nil) else {
            throw context.error(.invalidArgument, "input-to-input and recurrent-to-input weights must both be present or both absent")
        }
        for gate in 0..<4 where !(useCIFG && gate == Gate.input) {
            let weights = try context.input(Slot.inputWeights + gate)
            try expectFloatShape(weights, [cells, inputSize], context, "input-to-gate weights")
            let recurrent = try context.input(Slot.recurrentWeights + gate)
            diagonal[gate] = recurrent.rank == 1
            if diagonal[gate] {
                guard outputs == cells else {
                    throw context.error(.shapeMismatch, "diagonal recurrent weights need as many outputs as cells", tensor: recurrent)
                }
                try expectFloatShape(recurrent, [cells], context, "recurrent weights")
            } else {
                try expectFloatShape(recurrent, [cells, outputs], context, "recurrent weights")
            }
            try expectFloatShape(try context.input(Slot.bias + gate), [cells], context, "gate bias")
        }
        if useCIFG, context.optionalInput(Slot.bias + Gate.input) != nil {
            throw context.error(.invalidArgument, "a CIFG LSTM (no input gate weights) must not have an input gate bias")
        }

        let peepholes = (0..<3).map { context.optionalInput(Slot.peepholeWeights + $0) }  // input, forget, output
        let allPeepholes = (peepholes[0] != nil || useCIFG) && peepholes[1] != nil && peepholes[2] != nil
        let noPeepholes = peepholes.allSatisfy { $0 == nil }
        guard allPeepholes || noPeepholes else {
            throw context.error(.invalidArgument, "peephole weights must be all present (the input one optional with CIFG) or all absent")
        }
        for case let weights? in peepholes { try expectFloatShape(weights, [cells], context, "peephole weights") }

        if let projection = context.optionalInput(Slot.projectionWeights) {
            try expectFloatShape(projection, [outputs, cells], context, "projection weights")
        } else {
            guard outputs == cells else {
                throw context.error(.shapeMismatch, "without projection the output size \(outputs) must equal the cell count \(cells)")
            }
            guard context.optionalInput(Slot.projectionBias) == nil else {
                throw context.error(.invalidArgument, "a projection bias needs projection weights")
            }
        }
        if let bias = context.optionalInput(Slot.projectionBias) {
            try expectFloatShape(bias, [outputs], context, "projection bias")
        }

        useLayerNorm = context.inputs.count == 24 && context.optionalInput(Slot.layerNorm + Gate.forget) != nil
        if useLayerNorm {
            for gate in 0..<4 {
                let coefficients = context.optionalInput(Slot.layerNorm + gate)
                if useCIFG && gate == Gate.input {
                    guard coefficients == nil else {
                        throw context.error(.invalidArgument, "a CIFG LSTM must not have input layer-norm coefficients")
                    }
                    continue
                }
                guard let coefficients else {
                    throw context.error(.invalidArgument, "layer normalization needs coefficients for every gate")
                }
                try expectFloatShape(coefficients, [cells], context, "layer-norm coefficients")
            }
        }

        let outputState = try context.input(Slot.outputState)
        let cellState = try context.input(Slot.cellState)
        for (state, count) in [(outputState, batches * outputs), (cellState, batches * cells)] {
            try context.expectType(state, [.float32], what: "state")
            guard state.isVariable else {
                throw context.error(.invalidArgument, "state tensor must be a variable tensor", tensor: state)
            }
            guard state.elementCount == count else {
                throw context.error(.shapeMismatch, "state has \(state.elementCount) elements, expected \(count)", tensor: state)
            }
        }

        guard inputSize > 0, cells > 0, outputs > 0 else {
            throw context.error(.shapeMismatch, "input size \(inputSize), cell count \(cells) and output size \(outputs) must be positive")
        }
        gates = (0..<4).map { gate in
            GateTensors(
                input: context.optionalInput(Slot.inputWeights + gate),
                recurrent: context.optionalInput(Slot.recurrentWeights + gate),
                bias: context.optionalInput(Slot.bias + gate),
                layerNorm: useLayerNorm ? context.optionalInput(Slot.layerNorm + gate) : nil,
                peephole: gate == Gate.cell ? nil : context.optionalInput(Slot.peepholeWeights + (gate == Gate.output ? 2 : gate)))
        }
        projectionWeights = context.optionalInput(Slot.projectionWeights)
        projectionBias = context.optionalInput(Slot.projectionBias)
        scratch = [Float](repeating: 0, count: 5 * cells)
        let output = try context.output(0)
        output.type = .float32
        try context.resizeOutput(output, to: [input.shape[0], input.shape[1], outputs])
    }

    private func expectFloatShape(_ slot: TensorSlot, _ shape: [Int], _ context: KernelContext, _ what: String) throws(SwiftLiteError) {
        try context.expectType(slot, [.float32], what: what)
        guard slot.shape == shape else {
            throw context.error(.shapeMismatch, "\(what) have shape \(slot.shape), expected \(shape)", tensor: slot)
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let integer { return try integer.run(context) }
        if let hybrid { return try hybrid.run(context) }
        let input = try context.input(Slot.input).buffer(of: Float.self)
        let outputState = try context.input(Slot.outputState).buffer(of: Float.self)
        let cellState = try context.input(Slot.cellState).buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let (steps, batches, inputSize, outputs, cells) = (self.steps, self.batches, self.inputSize, self.outputs, self.cells)
        guard steps > 0, batches > 0, let inputBase = input.baseAddress, let outputBase = output.baseAddress,
              let hBase = outputState.baseAddress, let cBase = cellState.baseAddress,
              input.count >= steps * batches * inputSize, output.count >= steps * batches * outputs,
              outputState.count >= batches * outputs, cellState.count >= batches * cells else { return }
        let timeMajor = parameters.timeMajor
        scratch.withUnsafeMutableBufferPointer { scratch in
            guard let scratchBase = scratch.baseAddress else { return }
            for b in 0..<batches {
                for t in 0..<steps {
                    let row = timeMajor ? t * batches + b : b * steps + t
                    step(x: inputBase + row * inputSize, h: hBase + b * outputs, c: cBase + b * cells,
                         out: outputBase + row * outputs, scratch: scratchBase)
                }
            }
        }
    }

    /// The tensors feeding one gate (nil when omitted).
    struct GateTensors {
        var input: TensorSlot?, recurrent: TensorSlot?, bias: TensorSlot?, layerNorm: TensorSlot?, peephole: TensorSlot?
    }

    /// How a gate's sum is squashed.
    enum GateActivation { case sigmoid, fused }

    /// One time step of one batch row: updates `h` and `c` in place and writes `out`.
    private func step(x: UnsafeMutablePointer<Float>, h: UnsafeMutablePointer<Float>,
                      c: UnsafeMutablePointer<Float>, out: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>) {
        let cells = self.cells
        let inputIsZero = (0..<inputSize).allSatisfy { x[$0] == 0 }
        func gateBuffer(_ gate: Int) -> UnsafeMutablePointer<Float> { scratch + gate * cells }
        // The input, forget and cell gates read the old cell state; the output gate the new one.
        if !useCIFG {
            computeGate(Gate.input, x: x, inputIsZero: inputIsZero, h: h, c: c, into: gateBuffer(Gate.input), activation: .sigmoid)
        }
        computeGate(Gate.forget, x: x, inputIsZero: inputIsZero, h: h, c: c, into: gateBuffer(Gate.forget), activation: .sigmoid)
        let cellActivation = parameters.activation
        computeGate(Gate.cell, x: x, inputIsZero: inputIsZero, h: h, c: nil, into: gateBuffer(Gate.cell), activation: .fused)
        let (forget, cellGate, inputGate) = (gateBuffer(Gate.forget), gateBuffer(Gate.cell), gateBuffer(Gate.input))
        let clip = parameters.cellClip
        for i in 0..<cells {
            var value = forget[i] * c[i]
            value += cellGate[i] * (useCIFG ? 1 - forget[i] : inputGate[i])
            if clip > 0 { value = min(max(value, -clip), clip) }
            c[i] = value
        }
        computeGate(Gate.output, x: x, inputIsZero: inputIsZero, h: h, c: c, into: gateBuffer(Gate.output), activation: .sigmoid)
        let outputGate = gateBuffer(Gate.output)
        let activated = scratch + 4 * cells
        for i in 0..<cells { activated[i] = outputGate[i] * cellActivation.apply(c[i]) }
        if let projection = projectionWeights?.buffer(of: Float.self) {
            let projectionClip = parameters.projectionClip
            let bias = projectionBias?.buffer(of: Float.self)
            for o in 0..<outputs {
                var dot: Float = 0
                let row = o * cells
                for i in 0..<cells { dot += projection[row + i] * activated[i] }
                var value = (bias.map { $0[o] } ?? 0) + dot
                if projectionClip > 0 { value = min(max(value, -projectionClip), projectionClip) }
                h[o] = value
            }
        } else {
            for o in 0..<outputs { h[o] = activated[o] }
        }
        for o in 0..<outputs { out[o] = h[o] }
    }

    /// One gate for one batch row: `bias + W·x + R·h (+ peephole ⊙ c)`, layer-normalized when
    /// configured, then `activation`.
    private func computeGate(_ gate: Int, x: UnsafeMutablePointer<Float>, inputIsZero: Bool,
                             h: UnsafeMutablePointer<Float>, c: UnsafeMutablePointer<Float>?,
                             into result: UnsafeMutablePointer<Float>, activation: GateActivation) {
        let (cells, inputSize, outputs) = (self.cells, self.inputSize, self.outputs)
        let tensors = gates[gate]
        guard let inputWeights = tensors.input?.buffer(of: Float.self), let recurrent = tensors.recurrent?.buffer(of: Float.self),
              let bias = tensors.bias?.buffer(of: Float.self) else { return }
        let layerNorm = tensors.layerNorm?.buffer(of: Float.self)
        let peephole = c == nil ? nil : tensors.peephole?.buffer(of: Float.self)
        for i in 0..<cells {
            var value: Float = layerNorm == nil ? bias[i] : 0
            if !inputIsZero {
                var dot: Float = 0
                let row = i * inputSize
                for k in 0..<inputSize { dot += inputWeights[row + k] * x[k] }
                value += dot
            }
            if diagonal[gate] {
                value += recurrent[i] * h[i]
            } else {
                var dot: Float = 0
                let row = i * outputs
                for k in 0..<outputs { dot += recurrent[row + k] * h[k] }
                value += dot
            }
            if let peephole, let c { value += peephole[i] * c[i] }
            result[i] = value
        }
        if let layerNorm {
            var sum: Float = 0
            for i in 0..<cells { sum += result[i] }
            let mean = sum / Float(cells)
            var squares: Float = 0
            for i in 0..<cells {
                let difference = result[i] - mean
                squares += difference * difference
            }
            let inverseDeviation = 1 / (squares / Float(cells) + 1e-8).squareRoot()
            for i in 0..<cells { result[i] = (result[i] - mean) * inverseDeviation * layerNorm[i] + bias[i] }
        }
        switch activation {
        case .sigmoid: for i in 0..<cells { result[i] = 1 / (1 + expf(-result[i])) }
        case .fused: for i in 0..<cells { result[i] = parameters.activation.apply(result[i]) }
        }
    }
}
