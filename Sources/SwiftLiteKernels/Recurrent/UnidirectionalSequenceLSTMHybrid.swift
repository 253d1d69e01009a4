import SwiftLiteCore

/// The hybrid UNIDIRECTIONAL_SEQUENCE_LSTM (TFLite's `EvalHybrid`): float32 input, states,
/// biases and layer-norm coefficients with int8 weights (input, recurrent, peephole and
/// projection), each with one scale.
///
/// Per step, on all batch rows of a time step (time major) or one row (batch major): each
/// float operand row that is not all zeros is quantized to int8 on the fly, symmetrically
/// (`scale = max|v| / 127`, values rounded and clamped to ±127) or, with
/// `asymmetric_quantize_inputs`, asymmetrically (TFLite's double-precision min/max range and
/// nudged zero point). A gate starts from its bias (0 with layer normalization) and accumulates
/// `float(Σ w·q - rowsum(w)·zp) · (scale_row · scale_w)` for the input and for the output state,
/// then the peephole `(scale_w · w) · c`; layer normalization, the bias and the activation follow
/// as in the float kernel. The cell update is the float one; the hidden state `o · act(c)` is
/// quantized again for the projection. A row of zeros skips its product, as in TFLite.
final class HybridLSTM {
    typealias Slot = UnidirectionalSequenceLSTMKernel.Slot
    typealias Gate = UnidirectionalSequenceLSTMKernel.Gate

    /// What one gate needs.
    struct GateParameters {
        var inputWeights: TensorSlot?
        var recurrentWeights: TensorSlot?
        var inputScale: Float = 1
        var recurrentScale: Float = 1
        var inputRowSums: [Int32] = []
        var recurrentRowSums: [Int32] = []
        var bias: TensorSlot?
        var peephole: [Float] = []
        var layerNorm: TensorSlot?
    }

    let layout: LSTMQuantizedLayout
    let parameters: UnidirectionalSequenceLSTMKernel.Parameters
    private var gates: [GateParameters] = []
    private var projection: TensorSlot?
    private var projectionScale: Float = 1
    private var projectionRowSums: [Int32] = []
    private var projectionBias: TensorSlot?
    /// Four gate buffers then the activated hidden state, each `batches × cells`.
    private var scratch: [Float] = []
    /// Quantized rows of the input, the output state and the hidden state.
    private var quantizedInput: [Int8] = []
    private var quantizedState: [Int8] = []
    private var quantizedHidden: [Int8] = []
    /// Per batch row: scale and zero point of the quantized input, state and hidden rows.
    private var factors: [Float] = []
    private var zeroPoints: [Int32] = []

    /// Checks the operands and precomputes the weights' row sums and the peephole weights.
    init(_ context: KernelContext, parameters: UnidirectionalSequenceLSTMKernel.Parameters) throws(SwiftLiteError) {
        self.parameters = parameters
        let weightType = try context.input(Slot.inputWeights + Gate.output).type
        guard weightType == .int8 else {
            throw context.error(.unsupported, "unsupported hybrid LSTM weight type \(weightType) (supported: int8)")
        }
        layout = try LSTMQuantizedLayout(
            context, timeMajor: parameters.timeMajor,
            types: .init(input: .float32, weights: .int8, bias: .float32, peephole: .int8, layerNorm: .float32,
                         outputState: .float32, cellState: .float32))
        let l = layout
        gates = []
        for gate in 0..<4 {
            var g = GateParameters()
            guard !(l.useCIFG && gate == Gate.input) else {
                gates.append(g)
                continue
            }
            let inputWeights = try context.input(Slot.inputWeights + gate)
            let recurrentWeights = try context.input(Slot.recurrentWeights + gate)
            g.inputWeights = inputWeights
            g.recurrentWeights = recurrentWeights
            g.inputScale = try Self.scale(context, inputWeights)
            g.recurrentScale = try Self.scale(context, recurrentWeights)
            g.inputRowSums = Self.rowSums(inputWeights)
            g.recurrentRowSums = Self.rowSums(recurrentWeights)
            g.bias = try context.input(Slot.bias + gate)
            if l.usePeephole && gate != Gate.cell {
                let weights = try context.input(Slot.peepholeWeights + (gate == Gate.output ? 2 : gate))
                let scale = try Self.scale(context, weights)
                g.peephole = weights.buffer(of: Int8.self).map { scale * Float($0) }
            }
            if l.useLayerNorm { g.layerNorm = try context.input(Slot.layerNorm + gate) }
            gates.append(g)
        }
        if let weights = context.optionalInput(Slot.projectionWeights) {
            projection = weights
            projectionScale = try Self.scale(context, weights)
            projectionRowSums = Self.rowSums(weights)
            projectionBias = context.optionalInput(Slot.projectionBias)
        }
        let rows = l.batches
        scratch = [Float](repeating: 0, count: 5 * rows * l.cells)
        quantizedInput = [Int8](repeating: 0, count: rows * l.inputSize)
        quantizedState = [Int8](repeating: 0, count: rows * l.outputs)
        quantizedHidden = [Int8](repeating: 0, count: rows * l.cells)
        factors = [Float](repeating: 0, count: 3 * rows)
        zeroPoints = [Int32](repeating: 0, count: 3 * rows)
        let output = try context.output(0)
        output.type = .float32
        try context.resizeOutput(output, to: try l.outputShape(context))
    }

    private static func scale(_ context: KernelContext, _ slot: TensorSlot) throws(SwiftLiteError) -> Float {
        guard let quantization = slot.quantization, let scale = quantization.scales.first else {
            throw context.error(.invalidModel, "int8 LSTM weights have no quantization parameters", tensor: slot)
        }
        guard quantization.scales.count == 1 else {
            throw context.error(.unsupported, "per-channel quantized LSTM weights are not supported (TFLite uses one scale)", tensor: slot)
        }
        guard scale.isFinite else {
            throw context.error(.invalidModel, "LSTM weight scale \(scale) is not finite", tensor: slot)
        }
        return scale
    }

    private static func rowSums(_ weights: TensorSlot) -> [Int32] {
        let w = weights.buffer(of: Int8.self)
        let (rows, columns) = (weights.shape[0], weights.shape[1])
        guard w.count == rows * columns else { return [Int32](repeating: 0, count: rows) }
        return (0..<rows).map { row in (0..<columns).reduce(Int32(0)) { $0 &+ Int32(w[row * columns + $1]) } }
    }

    /// Runs the sequence, updating the state tensors and writing the output.
    func run(_ context: KernelContext) throws(SwiftLiteError) {
        let l = layout
        let input = try context.input(Slot.input).buffer(of: Float.self)
        let outputState = try context.input(Slot.outputState).buffer(of: Float.self)
        let cellState = try context.input(Slot.cellState).buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
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

    /// A quantized operand: int8 rows with a scale and zero point per row.
    struct QuantizedRows {
        var values: UnsafeMutablePointer<Int8>
        var scales: UnsafeMutablePointer<Float>
        var zeroPoints: UnsafeMutablePointer<Int32>
    }

    /// One time step over `rows` batch rows (TFLite's `LstmStepHybrid`).
    private func step(rows: Int, x: UnsafeMutablePointer<Float>, h: UnsafeMutablePointer<Float>,
                      c: UnsafeMutablePointer<Float>, out: UnsafeMutablePointer<Float>) {
        let l = layout
        let count = rows * l.cells
        let stride = l.batches * l.cells
        let asymmetric = parameters.asymmetricQuantizeInputs
        scratch.withUnsafeMutableBufferPointer { scratch in
        quantizedInput.withUnsafeMutableBufferPointer { qx in
        quantizedState.withUnsafeMutableBufferPointer { qh in
        quantizedHidden.withUnsafeMutableBufferPointer { qo in
        factors.withUnsafeMutableBufferPointer { factors in
        zeroPoints.withUnsafeMutableBufferPointer { zeros in
            guard let base = scratch.baseAddress, let qxBase = qx.baseAddress, let qhBase = qh.baseAddress,
                  let qoBase = qo.baseAddress, let sf = factors.baseAddress, let zp = zeros.baseAddress else { return }
            let (i, f, g, o, activated) = (base, base + stride, base + 2 * stride, base + 3 * stride, base + 4 * stride)
            let inputRows = QuantizedRows(values: qxBase, scales: sf, zeroPoints: zp)
            let stateRows = QuantizedRows(values: qhBase, scales: sf + l.batches, zeroPoints: zp + l.batches)
            let hiddenRows = QuantizedRows(values: qoBase, scales: sf + 2 * l.batches, zeroPoints: zp + 2 * l.batches)
            let inputIsZero = Self.isZero(x, rows * l.inputSize)
            let stateIsZero = Self.isZero(h, rows * l.outputs)
            if !inputIsZero { Self.quantize(x, rows: rows, columns: l.inputSize, into: inputRows, asymmetric: asymmetric) }
            if !stateIsZero { Self.quantize(h, rows: rows, columns: l.outputs, into: stateRows, asymmetric: asymmetric) }
            let operands = (input: inputIsZero ? nil : inputRows, state: stateIsZero ? nil : stateRows)
            if !l.useCIFG { computeGate(Gate.input, rows: rows, operands, c: c, into: i, activation: .sigmoid) }
            computeGate(Gate.forget, rows: rows, operands, c: c, into: f, activation: .sigmoid)
            computeGate(Gate.cell, rows: rows, operands, c: nil, into: g, activation: parameters.activation)
            let clip = parameters.cellClip
            for k in 0..<count { c[k] = f[k] * c[k] }
            for k in 0..<count { c[k] += g[k] * (l.useCIFG ? 1 - f[k] : i[k]) }
            if clip > 0 {
                for k in 0..<count { c[k] = max(min(clip, c[k]), -clip) }
            }
            computeGate(Gate.output, rows: rows, operands, c: c, into: o, activation: .sigmoid)
            for k in 0..<count { activated[k] = o[k] * parameters.activation.apply(c[k]) }
            if let weights = projection?.buffer(of: Int8.self).baseAddress {
                let bias = projectionBias?.buffer(of: Float.self)
                for b in 0..<rows {
                    for r in 0..<l.outputs { h[b * l.outputs + r] = bias.map { $0[r] } ?? 0 }
                }
                if !Self.isZero(activated, count) {
                    Self.quantize(activated, rows: rows, columns: l.cells, into: hiddenRows, asymmetric: asymmetric)
                    projectionRowSums.withUnsafeBufferPointer { sums in
                        Self.accumulate(weights, rows: l.outputs, columns: l.cells, scale: projectionScale, rowSums: sums,
                                        operand: hiddenRows, batchRows: rows, asymmetric: asymmetric, into: h)
                    }
                }
                let projectionClip = parameters.projectionClip
                if projectionClip > 0 {
                    for k in 0..<(rows * l.outputs) { h[k] = max(min(projectionClip, h[k]), -projectionClip) }
                }
            } else {
                for k in 0..<(rows * l.outputs) { h[k] = activated[k] }
            }
            for k in 0..<(rows * l.outputs) { out[k] = h[k] }
        }
        }
        }
        }
        }
        }
    }

    /// How a gate's sum is squashed.
    enum Activation { case sigmoid, fused(FusedActivation) }

    private func computeGate(_ index: Int, rows: Int, _ operands: (input: QuantizedRows?, state: QuantizedRows?),
                             c: UnsafeMutablePointer<Float>?, into gate: UnsafeMutablePointer<Float>,
                             activation: FusedActivation) {
        computeGate(index, rows: rows, operands, c: c, into: gate, activation: .fused(activation))
    }

    private func computeGate(_ index: Int, rows: Int, _ operands: (input: QuantizedRows?, state: QuantizedRows?),
                             c: UnsafeMutablePointer<Float>?, into gate: UnsafeMutablePointer<Float>, activation: Activation) {
        let l = layout
        let p = gates[index]
        let n = l.cells
        let asymmetric = parameters.asymmetricQuantizeInputs
        guard let bias = p.bias?.buffer(of: Float.self), bias.count >= n else { return }
        let layerNorm = p.layerNorm?.buffer(of: Float.self)
        for b in 0..<rows {
            for r in 0..<n { gate[b * n + r] = layerNorm == nil ? bias[r] : 0 }
        }
        if let operand = operands.input, let weights = p.inputWeights?.buffer(of: Int8.self).baseAddress {
            p.inputRowSums.withUnsafeBufferPointer { sums in
                Self.accumulate(weights, rows: n, columns: l.inputSize, scale: p.inputScale, rowSums: sums,
                                operand: operand, batchRows: rows, asymmetric: asymmetric, into: gate)
            }
        }
        if let operand = operands.state, let weights = p.recurrentWeights?.buffer(of: Int8.self).baseAddress {
            p.recurrentRowSums.withUnsafeBufferPointer { sums in
                Self.accumulate(weights, rows: n, columns: l.outputs, scale: p.recurrentScale, rowSums: sums,
                                operand: operand, batchRows: rows, asymmetric: asymmetric, into: gate)
            }
        }
        if let c, !p.peephole.isEmpty {
            for b in 0..<rows {
                for r in 0..<n { gate[b * n + r] += p.peephole[r] * c[b * n + r] }
            }
        }
        if let layerNorm, layerNorm.count >= n {
            for b in 0..<rows {
                let row = gate + b * n
                var sum: Float = 0
                for r in 0..<n { sum += row[r] }
                let mean = sum / Float(n)
                var squares: Float = 0
                for r in 0..<n {
                    let difference = row[r] - mean
                    squares += difference * difference
                }
                let inverse = 1 / (squares / Float(n) + 1e-8).squareRoot()
                for r in 0..<n { row[r] = (row[r] - mean) * inverse }
                for r in 0..<n { row[r] = layerNorm[r] * row[r] }
                for r in 0..<n { row[r] += bias[r] }
            }
        }
        let count = rows * n
        switch activation {
        case .sigmoid: for k in 0..<count { gate[k] = 1 / (1 + expf(-gate[k])) }
        case .fused(let fused): for k in 0..<count { gate[k] = fused.apply(gate[k]) }
        }
    }

    /// `result[b, r] += float(Σ w[r]·q[b] - rowsum[r]·zp[b]) · (scale[b] · weightScale)`
    /// (TFLite's hybrid `MatrixBatchVectorMultiplyAccumulate`).
    private static func accumulate(_ weights: UnsafePointer<Int8>, rows: Int, columns: Int, scale: Float,
                                   rowSums: UnsafeBufferPointer<Int32>, operand: QuantizedRows, batchRows: Int,
                                   asymmetric: Bool, into result: UnsafeMutablePointer<Float>) {
        for b in 0..<batchRows {
            let factor = operand.scales[b] * scale
            let offset = asymmetric ? operand.zeroPoints[b] : 0
            let vector = operand.values + b * columns
            for r in 0..<rows {
                var dot: Int32 = 0
                let row = weights + r * columns
                for k in 0..<columns { dot &+= Int32(row[k]) * Int32(vector[k]) }
                if asymmetric { dot &-= rowSums[r] &* offset }
                result[b * rows + r] += Float(dot) * factor
            }
        }
    }

    /// Whether all `count` values are zero (TFLite's `IsZeroVector`).
    private static func isZero(_ values: UnsafeMutablePointer<Float>, _ count: Int) -> Bool {
        for k in 0..<count where values[k] != 0 { return false }
        return true
    }

    /// `value` clamped to `-lowest...127` as an int8 (NaN, which only garbage inputs produce, as 0).
    @inline(__always)
    private static func saturate(_ value: Float, _ lowest: Float) -> Int8 {
        value.isNaN ? 0 : Int8(min(max(value, -lowest), 127))
    }

    /// Quantizes each row of `values` to int8 (TFLite's `BatchQuantizeFloats`).
    private static func quantize(_ values: UnsafeMutablePointer<Float>, rows: Int, columns: Int, into target: QuantizedRows,
                                 asymmetric: Bool) {
        for b in 0..<rows {
            let row = values + b * columns
            let q = target.values + b * columns
            var low = row[0], high = row[0]
            for k in 1..<max(columns, 1) {
                if row[k] < low { low = row[k] }
                if row[k] > high { high = row[k] }
            }
            if asymmetric {
                let rmin = Double(min(0, low)), rmax = Double(max(0, high))
                guard rmin != rmax else {
                    for k in 0..<columns { q[k] = 0 }
                    target.scales[b] = 1
                    target.zeroPoints[b] = 0
                    continue
                }
                let scale = (rmax - rmin) / 255
                let fromMin = -128 - rmin / scale
                let fromMax = 127 - rmax / scale
                let errorMin = 128 + abs(rmin / scale)
                let errorMax = 127 + abs(rmax / scale)
                let zeroPoint = errorMin < errorMax ? fromMin : fromMax
                let nudged: Int32 = zeroPoint.isNaN ? 0
                    : zeroPoint <= -128 ? -128 : zeroPoint >= 127 ? 127 : Int32(FixedPoint.round(zeroPoint))
                let factor = Float(scale)
                target.scales[b] = factor
                target.zeroPoints[b] = nudged
                let inverse = 1 / factor
                for k in 0..<columns {
                    q[k] = Self.saturate(FixedPoint.round(Float(nudged) + row[k] * inverse), 128)
                }
            } else {
                let range = max(abs(low), abs(high))
                guard range != 0 else {
                    for k in 0..<columns { q[k] = 0 }
                    target.scales[b] = 1
                    target.zeroPoints[b] = 0
                    continue
                }
                target.scales[b] = range / 127
                target.zeroPoints[b] = 0
                let inverse = 127 / range
                for k in 0..<columns {
                    q[k] = Self.saturate(FixedPoint.round(row[k] * inverse), 127)
                }
            }
        }
    }
}
