import SwiftLiteCore

/// The integer UNIDIRECTIONAL_SEQUENCE_LSTM (TFLite's `EvalInteger8x8_16`): int8 input, output
/// and output state, int8 weights, int32 biases, int16 cell state (scale a power of two), int16
/// peephole and layer-norm coefficients, and five intermediate tensors whose scales fix the gate
/// formats (with layer normalization; otherwise the gates are Q3.12) and the hidden state's
/// quantization.
///
/// Everything is precomputed in prepare exactly as TFLite's `PopulateQuantizedLstmParams8x8_16`
/// does, with its float32 arithmetic: the effective scales (weight scale × operand scale /
/// gate scale, the hidden scale 2^-15 / hidden scale × 2^-15 in double, the projection scale),
/// split into Q31 multipliers; the zero-point corrections folded into the biases
/// (`bias - zp × rowsum(W)`; the projection's adds `+ hidden_zp × rowsum`, as TFLite does);
/// the quantized clips (truncated toward zero) and the layer-norm variance guards.
///
/// Per step, on all batch rows of a time step (time major) or one row (batch major):
/// - each gate: `rescale(b_x + W_x·x) + rescale(b_h + W_h·h)` saturated to int16, plus the
///   rescaled peephole product (TFLite walks it over `outputs` entries per row), then integer
///   layer normalization (mean and variance in 64 bits, gemmlowp's inverse square root) and
///   gemmlowp's logistic on Q3.12 (tanh for the cell gate);
/// - `c = sat(round(f·c / 2^15) + round(i·g / 2^(30 + cellScale)))` (CIFG: `i = 32767 - f`),
///   clipped;
/// - the hidden state `o · tanh(c)` (tanh on the cell state's format) rescaled to the hidden
///   quantization, then projected (int8) or stored as the output state.
///
/// Accumulator rescales use gemmlowp's double rounding, as the official 2.3.0 runtime does.
final class IntegerLSTM {
    typealias Slot = UnidirectionalSequenceLSTMKernel.Slot
    typealias Gate = UnidirectionalSequenceLSTMKernel.Gate

    /// What one gate needs.
    struct GateParameters {
        var inputWeights: TensorSlot?
        var recurrentWeights: TensorSlot?
        var inputBias: [Int32] = []
        var recurrentBias: [Int32] = []
        var inputScale = QuantizedMultiplier(significand: 0, shift: 0)
        var recurrentScale = QuantizedMultiplier(significand: 0, shift: 0)
        var peephole: TensorSlot?
        var peepholeScale = QuantizedMultiplier(significand: 0, shift: 0)
        var layerNorm: TensorSlot?
        var layerNormBias: TensorSlot?
        var layerNormScale = QuantizedMultiplier(significand: 0, shift: 0)
        var varianceGuard: Int32 = 1
    }

    let layout: LSTMQuantizedLayout
    private var gates: [GateParameters] = []
    private var cellScale = 0
    private var cellClip: Int16 = 0
    private var projectionClip: Int8 = 0
    private var hiddenScale = QuantizedMultiplier(significand: 0, shift: 0)
    private var hiddenZeroPoint: Int32 = 0
    private var projection: TensorSlot?
    private var projectionScale = QuantizedMultiplier(significand: 0, shift: 0)
    private var projectionBias: [Int32] = []
    private var outputStateZeroPoint: Int32 = 0
    /// Gate buffers (input, forget, cell, output), each `batches × cells`, one after another.
    private var gateScratch: [Int16] = []
    private var hiddenScratch: [Int8] = []

    /// Checks the operands and precomputes every scale, bias and clip.
    init(_ context: KernelContext, parameters: UnidirectionalSequenceLSTMKernel.Parameters) throws(SwiftLiteError) {
        layout = try LSTMQuantizedLayout(
            context, timeMajor: parameters.timeMajor,
            types: .init(input: .int8, weights: .int8, bias: .int32, peephole: .int16, layerNorm: .int16,
                         outputState: .int8, cellState: .int16))
        guard context.intermediates.count == 5 else {
            throw context.error(.invalidModel, "an integer LSTM needs 5 intermediate tensors (gate and hidden quantization), the node has \(context.intermediates.count)")
        }
        let (input, output) = (try context.input(Slot.input), try context.output(0))
        try context.expectType(output, [.int8], what: "output")
        let inputScale = try context.affineQuantization(of: input, what: "input").scale
        let outputState = try context.input(Slot.outputState)
        let cellState = try context.input(Slot.cellState)
        let (outputStateScale, outputStateZero) = try context.affineQuantization(of: outputState, what: "output state")
        outputStateZeroPoint = outputStateZero
        let cellStateScale = try context.affineQuantization(of: cellState, what: "cell state").scale
        if output.quantization == nil { output.quantization = outputState.quantization }
        let outputScale = try context.affineQuantization(of: output, what: "output").scale

        // The cell state's scale must be a power of two (TFLite's CheckedLog2).
        let log2Scale = logf(cellStateScale) * (1 / logf(2))
        let roundedLog2 = FixedPoint.round(log2Scale)
        guard abs(log2Scale - roundedLog2) < 1e-3 else {
            throw context.error(.invalidModel, "the cell state's scale \(cellStateScale) is not a power of two", tensor: cellState)
        }
        cellScale = Int(roundedLog2)
        guard (0...6).contains(15 + cellScale) else {
            throw context.error(.unsupported, "the cell state's scale 2^\(cellScale) leaves tanh \(15 + cellScale) integer bits (TFLite supports 0...6)", tensor: cellState)
        }
        if layout.usePeephole && layout.outputs > layout.cells {
            throw context.error(.unsupported, "peephole weights with more outputs (\(layout.outputs)) than cells (\(layout.cells)): TFLite's integer kernel walks the peephole product over the output size and reads past the cell state")
        }
        cellClip = parameters.cellClip > 0
            ? Int16(min(max(parameters.cellClip / cellStateScale, -32768), 32767)) : 0
        projectionClip = parameters.projectionClip > 0
            ? Int8(min(max(parameters.projectionClip / outputScale, -128), 127)) : 0

        // Gate formats: the intermediates' scales with layer normalization, else Q3.12.
        var gateScales = [Float](repeating: Float(pow(2.0, -12.0)), count: 4)
        if layout.useLayerNorm {
            for gate in 0..<4 where !(layout.useCIFG && gate == Gate.input) {
                gateScales[gate] = try context.affineQuantization(of: context.intermediates[gate], what: "gate intermediate \(gate)").scale
            }
        }
        let hidden = context.intermediates[4]
        guard let hiddenQuantization = hidden.quantization, let hiddenScaleValue = hiddenQuantization.scales.first,
              hiddenScaleValue > 0, hiddenScaleValue.isFinite else {
            throw context.error(.invalidModel, "the hidden-state intermediate needs a positive scale", tensor: hidden)
        }
        hiddenZeroPoint = Int32(clamping: hiddenQuantization.zeroPoint)
        hiddenScale = QuantizedMultiplier(Double(Float(pow(2.0, -15.0) / Double(hiddenScaleValue) * pow(2.0, -15.0))))

        let inputZero = try context.affineQuantization(of: input, what: "input").zeroPoint
        gates = []
        for gate in 0..<4 {
            var g = GateParameters()
            guard !(layout.useCIFG && gate == Gate.input) else {
                gates.append(g)
                continue
            }
            let inputWeights = try context.input(Slot.inputWeights + gate)
            let recurrentWeights = try context.input(Slot.recurrentWeights + gate)
            g.inputWeights = inputWeights
            g.recurrentWeights = recurrentWeights
            let inputWeightScale = try Self.weightScale(context, inputWeights)
            let recurrentWeightScale = try Self.weightScale(context, recurrentWeights)
            g.inputScale = QuantizedMultiplier(Double(inputWeightScale * inputScale / gateScales[gate]))
            g.recurrentScale = QuantizedMultiplier(Double(recurrentWeightScale * outputStateScale / gateScales[gate]))
            let bias = try context.input(Slot.bias + gate)
            g.inputBias = Self.foldZeroPoint(-inputZero, weights: inputWeights, bias: layout.useLayerNorm ? nil : bias)
            g.recurrentBias = Self.foldZeroPoint(-outputStateZero, weights: recurrentWeights, bias: nil)
            if layout.usePeephole && gate != Gate.cell {
                let peephole = try context.input(Slot.peepholeWeights + (gate == Gate.output ? 2 : gate))
                g.peephole = peephole
                let scale = try Self.weightScale(context, peephole)
                g.peepholeScale = QuantizedMultiplier(Double(Float(pow(2.0, Double(cellScale)) * Double(scale) / Double(gateScales[gate]))))
            }
            if layout.useLayerNorm {
                let coefficients = try context.input(Slot.layerNorm + gate)
                g.layerNorm = coefficients
                g.layerNormBias = bias
                let scale = try Self.weightScale(context, coefficients)
                g.layerNormScale = QuantizedMultiplier(Double(scale))
                let guardValue = 10000 * scale
                g.varianceGuard = guardValue < 2_147_483_520 ? max(1, Int32(guardValue)) : Int32.max
            }
            gates.append(g)
        }
        if let weights = context.optionalInput(Slot.projectionWeights) {
            projection = weights
            let scale = try Self.weightScale(context, weights)
            projectionScale = QuantizedMultiplier(Double(scale * hiddenScaleValue / outputStateScale))
            projectionBias = Self.foldZeroPoint(hiddenZeroPoint, weights: weights, bias: context.optionalInput(Slot.projectionBias))
        }
        let rows = layout.batches * layout.cells
        gateScratch = [Int16](repeating: 0, count: 4 * rows)
        hiddenScratch = [Int8](repeating: 0, count: rows)
        try context.resizeOutput(output, to: try layout.outputShape(context))
    }

    /// The per-tensor scale of a quantized constant (per-axis scales are refused: TFLite's LSTM
    /// reads only the first).
    private static func weightScale(_ context: KernelContext, _ slot: TensorSlot) throws(SwiftLiteError) -> Float {
        guard let quantization = slot.quantization, let scale = quantization.scales.first else {
            throw context.error(.invalidModel, "\(slot.type) LSTM operand has no quantization parameters", tensor: slot)
        }
        guard quantization.scales.count == 1 else {
            throw context.error(.unsupported, "per-channel quantized LSTM operands are not supported (TFLite uses one scale)", tensor: slot)
        }
        guard scale > 0, scale.isFinite else {
            throw context.error(.invalidModel, "LSTM operand scale \(scale) must be positive and finite", tensor: slot)
        }
        return scale
    }

    /// `bias + zeroPoint × rowsum(weights)` per row (TFLite's
    /// `PrecomputeZeroPointTimesWeightWithBias`), wrapping like its int32 arithmetic.
    private static func foldZeroPoint(_ zeroPoint: Int32, weights: TensorSlot, bias: TensorSlot?) -> [Int32] {
        let rows = weights.shape[0], columns = weights.shape[1]
        var result = [Int32](repeating: 0, count: rows)
        if let bias {
            let values = bias.buffer(of: Int32.self)
            for row in 0..<min(rows, values.count) { result[row] = values[row] }
        }
        guard zeroPoint != 0 else { return result }
        let w = weights.buffer(of: Int8.self)
        guard w.count == rows * columns else { return result }
        for row in 0..<rows {
            var sum: Int32 = 0
            for column in 0..<columns { sum &+= Int32(w[row * columns + column]) }
            result[row] &+= sum &* zeroPoint
        }
        return result
    }

    /// Runs the sequence, updating the state tensors and writing the output.
    func run(_ context: KernelContext) throws(SwiftLiteError) {
        let l = layout
        let input = try context.input(Slot.input).buffer(of: Int8.self)
        let outputState = try context.input(Slot.outputState).buffer(of: Int8.self)
        let cellState = try context.input(Slot.cellState).buffer(of: Int16.self)
        let output = try context.output(0).buffer(of: Int8.self)
        guard l.steps > 0, l.batches > 0, let x = input.baseAddress, let out = output.baseAddress,
              let h = outputState.baseAddress, let c = cellState.baseAddress,
              input.count >= l.steps * l.batches * l.inputSize, output.count >= l.steps * l.batches * l.outputs,
              outputState.count >= l.batches * l.outputs, cellState.count >= l.batches * l.cells else { return }
        if l.timeMajor {
            for t in 0..<l.steps {
                step(rows: l.batches, x: x + t * l.batches * l.inputSize, h: h, c: c, out: out + t * l.batches * l.outputs)
            }
        } else {
            for b in 0..<l.batches {
                for t in 0..<l.steps {
                    let row = b * l.steps + t
                    step(rows: 1, x: x + row * l.inputSize, h: h + b * l.outputs, c: c + b * l.cells, out: out + row * l.outputs)
                }
            }
        }
    }

    /// One time step over `rows` batch rows (TFLite's `LstmStepInteger8x8_16`).
    private func step(rows: Int, x: UnsafePointer<Int8>, h: UnsafeMutablePointer<Int8>, c: UnsafeMutablePointer<Int16>,
                      out: UnsafeMutablePointer<Int8>) {
        let l = layout
        let count = rows * l.cells
        let stride = l.batches * l.cells
        gateScratch.withUnsafeMutableBufferPointer { scratch in
        hiddenScratch.withUnsafeMutableBufferPointer { hidden in
            guard let base = scratch.baseAddress, scratch.count >= 4 * stride, let hiddenBase = hidden.baseAddress else { return }
            let (i, f, g, o) = (base, base + stride, base + 2 * stride, base + 3 * stride)
            if !l.useCIFG { computeGate(Gate.input, rows: rows, x: x, h: h, c: c, into: i, sigmoid: true) }
            computeGate(Gate.forget, rows: rows, x: x, h: h, c: c, into: f, sigmoid: true)
            computeGate(Gate.cell, rows: rows, x: x, h: h, c: c, into: g, sigmoid: false)
            // Cell update: c = f·c / 2^15 + i·g / 2^(30 + cellScale), the second product in f's buffer.
            let shift = 30 + cellScale
            for k in 0..<count {
                c[k] = Int16(truncatingIfNeeded: LSTMFixedPoint.roundingDivideByPOT(Int32(f[k]) * Int32(c[k]), 15))
            }
            for k in 0..<count {
                let inputValue = l.useCIFG ? Int16(truncatingIfNeeded: Int32(32767) - Int32(f[k])) : i[k]
                f[k] = Int16(truncatingIfNeeded: LSTMFixedPoint.roundingDivideByPOT(Int32(inputValue) * Int32(g[k]), shift))
            }
            for k in 0..<count {
                var value = Int16(clamping: Int32(c[k]) + Int32(f[k]))
                if cellClip > 0 { value = max(min(cellClip, value), -cellClip) }
                c[k] = value
            }
            computeGate(Gate.output, rows: rows, x: x, h: h, c: c, into: o, sigmoid: true)
            // Hidden state o · tanh(c), into the input gate's buffer first.
            for k in 0..<count { i[k] = LSTMFixedPoint.tanh(c[k], integerBits: 15 + cellScale) }
            if let projection = projection?.buffer(of: Int8.self), let weights = projection.baseAddress {
                for k in 0..<count {
                    hiddenBase[k] = hiddenValue(o[k], i[k], zeroPoint: -hiddenZeroPoint)
                }
                for k in 0..<(rows * l.outputs) { h[k] = 0 }
                projectionBias.withUnsafeBufferPointer { bias in
                    guard let biasBase = bias.baseAddress else { return }
                    Self.accumulate(UnsafePointer(hiddenBase), bias: biasBase, weights: weights, scale: projectionScale,
                                    rows: rows, columns: l.cells, outputsPerRow: l.outputs,
                                    zeroPoint: outputStateZeroPoint, into: h)
                }
                if projectionClip > 0 {
                    for k in 0..<(rows * l.outputs) { h[k] = max(min(projectionClip, h[k]), -projectionClip) }
                }
            } else {
                for k in 0..<count { h[k] = hiddenValue(o[k], i[k], zeroPoint: hiddenZeroPoint) }
            }
            for k in 0..<(rows * l.outputs) { out[k] = h[k] }
        }
        }
    }

    /// `o · tanh(c)` rescaled to the hidden state's int8 (TFLite's `CwiseMul` with a multiplier).
    @inline(__always)
    private func hiddenValue(_ gate: Int16, _ activated: Int16, zeroPoint: Int32) -> Int8 {
        let product = LSTMFixedPoint.rescale(Int32(gate) * Int32(activated), hiddenScale) &+ zeroPoint
        return Int8(min(max(product, -128), 127))
    }

    /// One gate over `rows` rows (TFLite's `CalculateLstmGateInteger8x8_16`).
    private func computeGate(_ index: Int, rows: Int, x: UnsafePointer<Int8>, h: UnsafeMutablePointer<Int8>,
                             c: UnsafeMutablePointer<Int16>, into gate: UnsafeMutablePointer<Int16>, sigmoid: Bool) {
        let l = layout
        let p = gates[index]
        let count = rows * l.cells
        for k in 0..<count { gate[k] = 0 }
        guard let inputWeights = p.inputWeights?.buffer(of: Int8.self).baseAddress,
              let recurrentWeights = p.recurrentWeights?.buffer(of: Int8.self).baseAddress else { return }
        p.inputBias.withUnsafeBufferPointer { bias in
            guard let bias = bias.baseAddress else { return }
            Self.accumulate(x, bias: bias, weights: inputWeights, scale: p.inputScale, rows: rows, columns: l.inputSize,
                            outputsPerRow: l.cells, zeroPoint: 0, into: gate)
        }
        p.recurrentBias.withUnsafeBufferPointer { bias in
            guard let bias = bias.baseAddress else { return }
            Self.accumulate(UnsafePointer(h), bias: bias, weights: recurrentWeights, scale: p.recurrentScale, rows: rows,
                            columns: l.outputs, outputsPerRow: l.cells, zeroPoint: 0, into: gate)
        }
        if let peephole = p.peephole?.buffer(of: Int16.self), peephole.count >= l.outputs {
            // TFLite walks the peephole product over `outputs` entries per row (equal to the cell
            // count unless projecting; more outputs than cells is refused in prepare).
            var k = 0
            for _ in 0..<rows {
                for v in 0..<l.outputs {
                    let product = LSTMFixedPoint.rescale(Int32(peephole[v]) * Int32(c[k]), p.peepholeScale)
                    gate[k] = Int16(clamping: product &+ Int32(gate[k]))
                    k += 1
                }
            }
        }
        if let coefficients = p.layerNorm?.buffer(of: Int16.self), let bias = p.layerNormBias?.buffer(of: Int32.self),
           coefficients.count >= l.cells, bias.count >= l.cells {
            layerNormalize(gate, rows: rows, coefficients: coefficients, bias: bias, scale: p.layerNormScale,
                           varianceGuard: p.varianceGuard)
        }
        if sigmoid {
            for k in 0..<count { gate[k] = LSTMFixedPoint.logistic(gate[k], integerBits: 3) }
        } else {
            for k in 0..<count { gate[k] = LSTMFixedPoint.tanh(gate[k], integerBits: 3) }
        }
    }

    /// `output += rescale(bias + W·x) + zeroPoint` per row and output, saturated to `T`
    /// (TFLite's integer `MatrixBatchVectorMultiplyAccumulate`).
    private static func accumulate<T: FixedWidthInteger>(
        _ input: UnsafePointer<Int8>, bias: UnsafePointer<Int32>, weights: UnsafePointer<Int8>, scale: QuantizedMultiplier,
        rows: Int, columns: Int, outputsPerRow: Int, zeroPoint: Int32, into output: UnsafeMutablePointer<T>
    ) {
        let (low, high) = (Int32(T.min), Int32(T.max))
        for b in 0..<rows {
            let vector = input + b * columns
            for r in 0..<outputsPerRow {
                var sum = bias[r]
                let row = weights + r * columns
                for k in 0..<columns { sum &+= Int32(vector[k]) * Int32(row[k]) }
                var value = LSTMFixedPoint.rescale(sum, scale) &+ zeroPoint
                value &+= Int32(output[b * outputsPerRow + r])
                output[b * outputsPerRow + r] = T(truncatingIfNeeded: min(max(value, low), high))
            }
        }
    }

    /// TFLite's integer layer normalization of each row of `gate` (`ApplyLayerNorm`).
    private func layerNormalize(_ gate: UnsafeMutablePointer<Int16>, rows: Int, coefficients: UnsafeMutableBufferPointer<Int16>,
                                bias: UnsafeMutableBufferPointer<Int32>, scale: QuantizedMultiplier, varianceGuard: Int32) {
        let n = layout.cells
        for r in 0..<rows {
            let row = gate + r * n
            var sum: Int64 = 0
            var squares: Int64 = 0
            for j in 0..<n {
                let value = Int32(row[j])
                sum += Int64(value)
                squares += Int64(value &* value)
            }
            let mean = Int32(truncatingIfNeeded: sum * 1024 / Int64(n))
            let factor = Int64((1 << 20) / n)
            let variance = squares &* factor &- Int64(mean) * Int64(mean)
            var reduced = Int32(truncatingIfNeeded: variance / (1 << 20))
            if reduced < 1 { reduced = varianceGuard }
            let (inverse, inverseShift) = LSTMFixedPoint.inverseSquareRoot(reduced, reverseShift: -1)
            for j in 0..<n {
                let shifted = 1024 &* Int32(row[j]) &- mean
                let rescaled = LSTMFixedPoint.rescale(shifted, inverse, inverseShift)
                let weighted = Int64(rescaled &* Int32(coefficients[j]) &+ bias[j])
                let rounded = Int32(truncatingIfNeeded: (weighted > 0 ? weighted + 512 : weighted - 512) / 1024)
                let value = LSTMFixedPoint.rescale(rounded, scale.significand, scale.shift + 12)
                row[j] = Int16(clamping: value)
            }
        }
    }
}
