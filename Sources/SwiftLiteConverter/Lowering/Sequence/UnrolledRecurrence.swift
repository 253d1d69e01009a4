import KerasModel
import SwiftLiteSchema

/// A recurrent layer unrolled over its (static) time steps: the input projection of every step is
/// one FULLY_CONNECTED over the whole sequence (bias included), UNPACK splits it into steps, each
/// step adds the recurrent projection and applies the cell's gates with elementwise ops, and PACK
/// gathers the outputs when the whole sequence is returned. The zero initial state is folded away
/// at the first step (no recurrent term), so no zero tensors are needed and the batch stays dynamic.
enum UnrolledRecurrence {
    /// Emits the layer and returns its Keras outputs (output, then states with `return_state`).
    static func emit(
        spec: RecurrentSpec, weights: RecurrentWeights, call: RecurrentEmitter.CallInputs,
        source: RecurrentEmitter.Source, context: inout LoweringContext
    ) throws(ConversionError) -> [TensorID] {
        let origin = source.layer.name
        let name = source.name
        let units = spec.units
        let width = spec.cell.gateCount * units
        let sequence = call.sequence
        let shape = context.graph[sequence].shape
        let steps = shape[1]
        let kernel = context.constant(
            key: "\(source.key)/unrolled/kernel", name: "\(name)/kernel", shape: [width, weights.inputSize],
            floats: RecurrentWeights.transposedColumns(weights.kernel, start: 0, count: width))
        let bias = weights.bias == nil
            ? nil
            : context.constant(
                key: "\(source.key)/unrolled/bias", name: "\(name)/bias", shape: [width],
                floats: weights.inputBias(units: width))
        let projected = SequenceEmit.fullyConnected(
            &context, sequence, weights: kernel, bias: bias, outputs: width, keepNumDims: true,
            name: "\(name)/input_projection", origin: origin)
        let stepInputs = SequenceEmit.unpack(&context, projected, axis: 1, count: steps, name: "\(name)/steps", origin: origin)
        var stepMasks: [TensorID] = []
        if let mask = call.mask {
            let column = context.reshape(mask, to: [shape[0], steps, 1], name: "\(name)/mask_column", origin: origin)
            stepMasks = SequenceEmit.unpack(&context, column, axis: 1, count: steps, name: "\(name)/step_masks", origin: origin)
        }
        let cell = Cell(spec: spec, weights: weights, source: source)
        var h: TensorID? = call.states.first
        var c: TensorID? = call.states.count > 1 ? call.states[1] : nil
        // With a mask, the output of a masked step repeats the previous output (zeros before the
        // first), which differs from the carried state only when an initial state is given.
        let separateOutput = !stepMasks.isEmpty && !spec.zeroOutputForMask && !call.states.isEmpty
        var previousOutput: TensorID?
        var outputs: [TensorID] = []
        let order = spec.goBackwards ? Array((0..<steps).reversed()) : Array(0..<steps)
        for (index, t) in order.enumerated() {
            let prefix = "\(name)/step\(index)"
            var newH: TensorID
            var newC: TensorID?
            switch spec.cell {
            case .lstm:
                (newH, newC) = try cell.lstmStep(stepInputs[t], h: h, c: c, prefix: prefix, context: &context)
            case .gru:
                newH = try cell.gruStep(stepInputs[t], h: h, prefix: prefix, context: &context)
            case .simpleRNN:
                newH = try cell.rnnStep(stepInputs[t], h: h, prefix: prefix, context: &context)
            }
            guard !stepMasks.isEmpty else {
                h = newH
                c = newC
                outputs.append(newH)
                continue
            }
            let keep = stepMasks[t]
            let output: TensorID
            if spec.zeroOutputForMask {
                output = try cell.select(keep, newH, nil, "\(prefix)/masked_output", &context)
            } else if separateOutput {
                output = try cell.select(keep, newH, previousOutput, "\(prefix)/masked_output", &context)
                previousOutput = output
            } else {
                output = try cell.select(keep, newH, h, "\(prefix)/masked_h", &context)
            }
            h = separateOutput || spec.zeroOutputForMask
                ? try cell.select(keep, newH, h, "\(prefix)/masked_h", &context) : output
            if let newC { c = try cell.select(keep, newC, c, "\(prefix)/masked_c", &context) }
            outputs.append(output)
        }
        guard let last = outputs.last, let finalH = h, outputs.count == steps else {
            throw ConversionError(.invalidModel, "a sequence without time steps", layer: source.layer)
        }
        var result = [spec.returnSequences ? SequenceEmit.pack(&context, outputs, axis: 1, name: name, origin: origin) : last]
        if spec.returnState {
            result.append(finalH)
            if spec.cell == .lstm, let c { result.append(c) }
        }
        return result
    }

    /// The per-step arithmetic of one cell, with its recurrent weight constants.
    struct Cell {
        let spec: RecurrentSpec
        let weights: RecurrentWeights
        let source: RecurrentEmitter.Source

        var layer: KerasLayer { source.layer }
        var origin: String { source.layer.name }

        /// `recurrent_kernel` columns `[start, start + count)` as FULLY_CONNECTED weights.
        func recurrentWeights(start: Int, count: Int, context: inout LoweringContext) -> TensorID {
            context.constant(
                key: "\(source.key)/unrolled/recurrent[\(start):\(start + count)]",
                name: "\(source.name)/recurrent_kernel_\(start)_\(start + count)", shape: [count, spec.units],
                floats: RecurrentWeights.transposedColumns(weights.recurrent, start: start, count: count))
        }

        /// `h · recurrent_kernel[:, start..<start+count]` (+ `bias`).
        func recurrentProjection(
            _ h: TensorID, start: Int, count: Int, bias: TensorID?, name: String, context: inout LoweringContext
        ) -> TensorID {
            let weights = recurrentWeights(start: start, count: count, context: &context)
            return SequenceEmit.fullyConnected(
                &context, h, weights: weights, bias: bias, outputs: count, keepNumDims: false, name: name, origin: origin)
        }

        func add(_ a: TensorID, _ b: TensorID?, _ name: String, _ context: inout LoweringContext) throws(ConversionError) -> TensorID {
            guard let b else { return a }
            return try context.binary(.add, a, b, name: name, origin: origin)
        }

        /// `keep ? value : otherwise` (SELECT_V2 with a `[batch, 1]` condition); `otherwise` nil is zeros.
        func select(
            _ keep: TensorID, _ value: TensorID, _ otherwise: TensorID?, _ name: String, _ context: inout LoweringContext
        ) throws(ConversionError) -> TensorID {
            let fallback = otherwise ?? context.scalar(0, name: "\(source.name)/zero")
            return context.graph.addOperator(
                .selectV2, options: .selectV2Options(SelectV2Options()), inputs: [keep, value, fallback], output: name,
                shape: context.graph[value].shape, origin: origin)
        }

        func mul(_ a: TensorID, _ b: TensorID, _ name: String, _ context: inout LoweringContext) throws(ConversionError) -> TensorID {
            try context.binary(.mul, a, b, name: name, origin: origin)
        }

        func act(_ function: String, _ x: TensorID, _ name: String, _ context: inout LoweringContext) throws(ConversionError) -> TensorID {
            try SequenceEmit.activation(&context, function, x, layer: layer, name: name)
        }

        /// LSTM: gates `x·W + b + h·R` split into i, f, c̃, o; `c = f·c + i·act(c̃)`, `h = o·act(c)`.
        func lstmStep(
            _ x: TensorID, h: TensorID?, c: TensorID?, prefix: String, context: inout LoweringContext
        ) throws(ConversionError) -> (TensorID, TensorID) {
            let units = spec.units
            var gates = x
            if let h {
                let recurrent = recurrentProjection(h, start: 0, count: 4 * units, bias: nil, name: "\(prefix)/recurrent", context: &context)
                gates = try add(x, recurrent, "\(prefix)/gates", &context)
            }
            let parts = SequenceEmit.splitLast(&context, gates, count: 4, name: "\(prefix)/split", origin: origin)
            let i = try act(spec.recurrentActivation, parts[0], "\(prefix)/input_gate", &context)
            let f = try act(spec.recurrentActivation, parts[1], "\(prefix)/forget_gate", &context)
            let candidate = try act(spec.activation, parts[2], "\(prefix)/candidate", &context)
            let o = try act(spec.recurrentActivation, parts[3], "\(prefix)/output_gate", &context)
            var newC = try mul(i, candidate, "\(prefix)/input_times_candidate", &context)
            if let c {
                let kept = try mul(f, c, "\(prefix)/forget_times_cell", &context)
                newC = try add(kept, newC, "\(prefix)/c", &context)
            }
            let squashed = try act(spec.activation, newC, "\(prefix)/c_activated", &context)
            let newH = try mul(o, squashed, "\(prefix)/h", &context)
            return (newH, newC)
        }

        /// GRU (gates z, r, h): `z = σ(x_z + h·R_z)`, `r = σ(x_r + h·R_r)`, candidate
        /// `act(x_h + r·(h·R_h + b_h))` (reset after) or `act(x_h + (r·h)·R_h)`, and
        /// `h' = z·h + (1 - z)·candidate`, computed as `candidate + z·(h - candidate)`.
        func gruStep(_ x: TensorID, h: TensorID?, prefix: String, context: inout LoweringContext) throws(ConversionError) -> TensorID {
            let units = spec.units
            let xs = SequenceEmit.splitLast(&context, x, count: 3, name: "\(prefix)/split_input", origin: origin)
            var recurrentParts: [TensorID?] = [nil, nil, nil]
            let recurrentBias = weights.recurrentBias(units: 3 * units)
            if spec.resetAfter {
                if let h {
                    let bias = recurrentBias.map { values in
                        context.constant(
                            key: "\(source.key)/unrolled/recurrent_bias", name: "\(source.name)/recurrent_bias",
                            shape: [3 * units], floats: values)
                    }
                    let projected = recurrentProjection(
                        h, start: 0, count: 3 * units, bias: bias, name: "\(prefix)/recurrent", context: &context)
                    recurrentParts = SequenceEmit.splitLast(
                        &context, projected, count: 3, name: "\(prefix)/split_recurrent", origin: origin)
                } else if let recurrentBias {
                    // Zero state: the recurrent projection is just the recurrent bias.
                    for gate in 0..<3 {
                        recurrentParts[gate] = context.constant(
                            key: "\(source.key)/unrolled/recurrent_bias_\(gate)",
                            name: "\(source.name)/recurrent_bias_\(gate)", shape: [units],
                            floats: Array(recurrentBias[(gate * units)..<((gate + 1) * units)]))
                    }
                }
            } else if let h {
                let projected = recurrentProjection(
                    h, start: 0, count: 2 * units, bias: nil, name: "\(prefix)/recurrent", context: &context)
                let parts = SequenceEmit.splitLast(&context, projected, count: 2, name: "\(prefix)/split_recurrent", origin: origin)
                recurrentParts[0] = parts[0]
                recurrentParts[1] = parts[1]
            }
            let z = try act(
                spec.recurrentActivation, try add(xs[0], recurrentParts[0], "\(prefix)/z_sum", &context),
                "\(prefix)/update_gate", &context)
            var candidateSum = xs[2]
            if spec.resetAfter {
                if let recurrentH = recurrentParts[2] {
                    let r = try act(
                        spec.recurrentActivation, try add(xs[1], recurrentParts[1], "\(prefix)/r_sum", &context),
                        "\(prefix)/reset_gate", &context)
                    candidateSum = try add(xs[2], try mul(r, recurrentH, "\(prefix)/reset_recurrent", &context), "\(prefix)/candidate_sum", &context)
                }
            } else if let h {
                let r = try act(
                    spec.recurrentActivation, try add(xs[1], recurrentParts[1], "\(prefix)/r_sum", &context),
                    "\(prefix)/reset_gate", &context)
                let resetH = try mul(r, h, "\(prefix)/reset_state", &context)
                let projected = recurrentProjection(
                    resetH, start: 2 * units, count: units, bias: nil, name: "\(prefix)/recurrent_candidate", context: &context)
                candidateSum = try add(xs[2], projected, "\(prefix)/candidate_sum", &context)
            }
            let candidate = try act(spec.activation, candidateSum, "\(prefix)/candidate", &context)
            guard let h else {
                let scaled = try mul(z, candidate, "\(prefix)/z_times_candidate", &context)
                return try context.binary(.sub, candidate, scaled, name: "\(prefix)/h", origin: origin)
            }
            let difference = try context.binary(.sub, h, candidate, name: "\(prefix)/h_minus_candidate", origin: origin)
            let scaled = try mul(z, difference, "\(prefix)/z_times_difference", &context)
            return try add(candidate, scaled, "\(prefix)/h", &context)
        }

        /// SimpleRNN: `h = act(x·W + b + h·R)`.
        func rnnStep(_ x: TensorID, h: TensorID?, prefix: String, context: inout LoweringContext) throws(ConversionError) -> TensorID {
            var sum = x
            if let h {
                let recurrent = recurrentProjection(h, start: 0, count: spec.units, bias: nil, name: "\(prefix)/recurrent", context: &context)
                sum = try add(x, recurrent, "\(prefix)/sum", &context)
            }
            return try act(spec.activation, sum, "\(prefix)/h", &context)
        }
    }
}
