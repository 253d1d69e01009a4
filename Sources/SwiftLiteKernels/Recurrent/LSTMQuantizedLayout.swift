import SwiftLiteCore

/// The operands of a quantized UNIDIRECTIONAL_SEQUENCE_LSTM (integer or hybrid), checked
/// against TFLite's rules: sizes, which optional tensors are present together, element types
/// per role, and variable state tensors. Both quantized paths start from it.
struct LSTMQuantizedLayout {
    typealias Slot = UnidirectionalSequenceLSTMKernel.Slot
    typealias Gate = UnidirectionalSequenceLSTMKernel.Gate

    /// Element types expected per role.
    struct Types {
        var input: ElementType
        var weights: ElementType
        var bias: ElementType
        var peephole: ElementType
        var layerNorm: ElementType
        var outputState: ElementType
        var cellState: ElementType
    }

    let steps: Int, batches: Int, inputSize: Int, cells: Int, outputs: Int
    let useCIFG: Bool, usePeephole: Bool, useLayerNorm: Bool, useProjection: Bool
    let timeMajor: Bool

    init(_ context: KernelContext, timeMajor: Bool, types: Types) throws(SwiftLiteError) {
        guard context.inputs.count == 20 || context.inputs.count == 24 else {
            throw context.error(.invalidArgument, "takes 20 or 24 inputs, the node has \(context.inputs.count)")
        }
        try context.expectCounts(inputs: 20...24, outputs: 1...1)
        self.timeMajor = timeMajor
        let input = try context.input(Slot.input)
        try context.expectType(input, [types.input], what: "input")
        guard input.rank == 3 else {
            throw context.error(.shapeMismatch, "input must be 3-D, got \(input.shape)", tensor: input)
        }
        steps = timeMajor ? input.shape[0] : input.shape[1]
        batches = timeMajor ? input.shape[1] : input.shape[0]
        inputSize = input.shape[2]
        let inputToOutput = try context.input(Slot.inputWeights + Gate.output)
        let recurrentToOutput = try context.input(Slot.recurrentWeights + Gate.output)
        guard inputToOutput.rank == 2, recurrentToOutput.rank == 2 else {
            throw context.error(.unsupported, "quantized LSTMs need 2-D input and recurrent weights (diagonal recurrent weights are float-only)", tensor: recurrentToOutput)
        }
        cells = inputToOutput.shape[0]
        outputs = recurrentToOutput.shape[1]
        guard inputSize > 0, cells > 0, outputs > 0 else {
            throw context.error(.shapeMismatch, "input size \(inputSize), cell count \(cells) and output size \(outputs) must be positive")
        }

        useCIFG = context.optionalInput(Slot.inputWeights + Gate.input) == nil
        guard useCIFG == (context.optionalInput(Slot.recurrentWeights + Gate.input) == nil) else {
            throw context.error(.invalidArgument, "input-to-input and recurrent-to-input weights must both be present or both absent")
        }
        let (cells, inputSize, outputs) = (self.cells, self.inputSize, self.outputs)
        func expect(_ slot: TensorSlot, _ type: ElementType, _ shape: [Int], _ what: String) throws(SwiftLiteError) {
            try context.expectType(slot, [type], what: what)
            guard slot.shape == shape else {
                throw context.error(.shapeMismatch, "\(what) have shape \(slot.shape), expected \(shape)", tensor: slot)
            }
        }
        for gate in 0..<4 where !(useCIFG && gate == Gate.input) {
            try expect(try context.input(Slot.inputWeights + gate), types.weights, [cells, inputSize], "input-to-gate weights")
            try expect(try context.input(Slot.recurrentWeights + gate), types.weights, [cells, outputs], "recurrent weights")
            try expect(try context.input(Slot.bias + gate), types.bias, [cells], "gate bias")
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
        usePeephole = allPeepholes && !noPeepholes
        for case let weights? in peepholes { try expect(weights, types.peephole, [cells], "peephole weights") }

        if let projection = context.optionalInput(Slot.projectionWeights) {
            try expect(projection, types.weights, [outputs, cells], "projection weights")
            useProjection = true
        } else {
            guard outputs == cells else {
                throw context.error(.shapeMismatch, "without projection the output size \(outputs) must equal the cell count \(cells)")
            }
            guard context.optionalInput(Slot.projectionBias) == nil else {
                throw context.error(.invalidArgument, "a projection bias needs projection weights")
            }
            useProjection = false
        }
        if let bias = context.optionalInput(Slot.projectionBias) {
            try expect(bias, types.bias, [outputs], "projection bias")
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
                try expect(coefficients, types.layerNorm, [cells], "layer-norm coefficients")
            }
        }

        let outputState = try context.input(Slot.outputState)
        let cellState = try context.input(Slot.cellState)
        for (state, count, type) in [(outputState, batches * outputs, types.outputState), (cellState, batches * cells, types.cellState)] {
            try context.expectType(state, [type], what: "state")
            guard state.isVariable else {
                throw context.error(.invalidArgument, "state tensor must be a variable tensor", tensor: state)
            }
            guard state.elementCount == count else {
                throw context.error(.shapeMismatch, "state has \(state.elementCount) elements, expected \(count)", tensor: state)
            }
        }
    }

    /// The output shape: the input's with the last dimension replaced by the output size.
    func outputShape(_ context: KernelContext) throws(SwiftLiteError) -> [Int] {
        let input = try context.input(Slot.input)
        return [input.shape[0], input.shape[1], outputs]
    }
}
