import SwiftLiteCore

/// The hybrid (dynamic-range) FULLY_CONNECTED: float input and output, int8 (or int4) weights
/// with one scale or one per unit, float bias. Each input row is quantized to int8 at every
/// eval, symmetrically or, with `asymmetric_quantize_inputs`, with a zero point (TFLite's
/// `BatchQuantizeFloats`). For dense weights (TFLite's `EvalHybridDense`) each output is
/// `bias + Float(Σ w × q − row sum × zero point) × scale`, the scale being the row's scale times
/// the weight scale (per-tensor weights fold it into the row scale first). Sparse 1x16-block
/// weights follow TFLite's sparse kernel: the zero-point correction is subtracted in float
/// before the products are added. All-zero inputs give the bias. Then the activation, applied
/// in float (tanh and sign bit included, as TFLite's `ApplyActivationToVector`).
final class FullyConnectedHybrid: OpKernel {
    let activation: FusedActivation
    let keepNumDims: Bool
    let asymmetric: Bool
    private var shape = FullyConnectedShape()
    private var unitScales: [Float] = []
    private var perChannel = false
    private var sparse = false
    /// Weights copied when they are not plain int8 data (int4 unpacked, sparse expanded).
    private var ownedWeights: [Int8] = []
    private var rowSums: [Int32] = []
    private var quantizedInput: [Int8] = []
    private var rowScales: [Float] = []
    private var rowOffsets: [Int32] = []

    init(activation: FusedActivation, keepNumDims: Bool, asymmetric: Bool) {
        self.activation = activation
        self.keepNumDims = keepNumDims
        self.asymmetric = asymmetric
    }

    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let weights = try context.input(1)
        let output = try context.output(0)
        guard weights.type == .int8 || weights.type == .int4 else {
            throw context.error(.unsupported, "unsupported hybrid FULLY_CONNECTED weight type \(weights.type) (supported: int8, int4)", tensor: weights)
        }
        shape = try FullyConnectedShape(context, input: input, weights: weights, keepNumDims: keepNumDims)
        if let bias = context.optionalInput(2) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.elementCount == shape.units else {
                throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(shape.units) units", tensor: bias)
            }
        }
        perChannel = weights.quantization?.isPerAxis ?? false
        unitScales = try context.weightScales(of: weights, channels: shape.units, axis: 0, what: "weights")
        sparse = weights.sparsity != nil
        ownedWeights = try FullyConnectedShape.int8Weights(context, weights) ?? []
        rowSums = [Int32](repeating: 0, count: shape.units)
        if weights.hasKnownValue { computeRowSums(weights) }
        quantizedInput = [Int8](repeating: 0, count: shape.rows * shape.depth)
        rowScales = [Float](repeating: 0, count: shape.rows)
        rowOffsets = [Int32](repeating: 0, count: shape.rows)
        output.type = .float32
        try context.resizeOutput(output, to: shape.outputShape)
    }

    private func withWeights<R>(_ slot: TensorSlot, _ body: (UnsafePointer<Int8>) -> R) -> R? {
        if !ownedWeights.isEmpty {
            return ownedWeights.withUnsafeBufferPointer { $0.baseAddress.map(body) }
        }
        let buffer = slot.buffer(of: Int8.self)
        guard buffer.count >= shape.units * shape.depth, let base = buffer.baseAddress else { return nil }
        return body(base)
    }

    private func computeRowSums(_ slot: TensorSlot) {
        let (units, depth) = (shape.units, shape.depth)
        _ = withWeights(slot) { w in
            rowSums.withUnsafeMutableBufferPointer { sums in
                for o in 0..<units {
                    var total: Int32 = 0
                    for d in 0..<depth { total &+= Int32(w[o * depth + d]) }
                    sums[o] = total
                }
            }
        }
    }

    func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let weights = try context.input(1)
        if !weights.hasKnownValue { computeRowSums(weights) }
        let input = try context.input(0).buffer(of: Float.self)
        let bias = context.optionalInput(2)?.buffer(of: Float.self).baseAddress
        let output = try context.output(0).buffer(of: Float.self)
        let (rows, depth, units) = (shape.rows, shape.depth, shape.units)
        guard let x = input.baseAddress, let out = output.baseAddress, input.count >= rows * depth,
              output.count >= rows * units else { return }
        for b in 0..<rows {
            for o in 0..<units { out[b * units + o] = bias?[o] ?? 0 }
        }
        if HybridInputQuantizer.isZero(x, count: rows * depth) {
            applyActivation(out, count: rows * units)
            return
        }
        quantizeRows(x)
        _ = withWeights(weights) { w in
            if sparse {
                accumulateSparse(w, out)
            } else {
                accumulate(w, out)
            }
        }
        applyActivation(out, count: rows * units)
    }

    private func quantizeRows(_ x: UnsafePointer<Float>) {
        let (rows, depth) = (shape.rows, shape.depth)
        let weightScale = unitScales[0]
        let perChannel = self.perChannel
        quantizedInput.withUnsafeMutableBufferPointer { quantized in
            guard let q = quantized.baseAddress else { return }
            for b in 0..<rows {
                if asymmetric {
                    (rowScales[b], rowOffsets[b]) = HybridInputQuantizer.asymmetric(x + b * depth, count: depth, into: q + b * depth)
                } else {
                    rowScales[b] = HybridInputQuantizer.symmetric(x + b * depth, count: depth, into: q + b * depth)
                    rowOffsets[b] = 0
                }
                if !perChannel { rowScales[b] *= weightScale }
            }
        }
    }

    /// TFLite's dense hybrid product: the zero-point correction in integers.
    private func accumulate(_ w: UnsafePointer<Int8>, _ out: UnsafeMutablePointer<Float>) {
        let (rows, depth, units) = (shape.rows, shape.depth, shape.units)
        let perChannel = self.perChannel
        quantizedInput.withUnsafeBufferPointer { quantized in
            rowSums.withUnsafeBufferPointer { sums in
                unitScales.withUnsafeBufferPointer { unitScales in
                    guard let q = quantized.baseAddress else { return }
                    for b in 0..<rows {
                        let rowScale = rowScales[b]
                        let offset = rowOffsets[b]
                        for o in 0..<units {
                            let dot = Self.dot(q + b * depth, w + o * depth, depth) &- sums[o] &* offset
                            let scale = perChannel ? unitScales[o] * rowScale : rowScale
                            out[b * units + o] += Float(dot) * scale
                        }
                    }
                }
            }
        }
    }

    /// TFLite's sparse hybrid product: the zero-point correction subtracted in float first.
    private func accumulateSparse(_ w: UnsafePointer<Int8>, _ out: UnsafeMutablePointer<Float>) {
        let (rows, depth, units) = (shape.rows, shape.depth, shape.units)
        let perChannel = self.perChannel
        quantizedInput.withUnsafeBufferPointer { quantized in
            rowSums.withUnsafeBufferPointer { sums in
                unitScales.withUnsafeBufferPointer { unitScales in
                    guard let q = quantized.baseAddress else { return }
                    for b in 0..<rows {
                        let rowScale = rowScales[b]
                        if asymmetric {
                            let scaledZeroPoint = rowScale * Float(rowOffsets[b])
                            for o in 0..<units {
                                let scale = perChannel ? scaledZeroPoint * unitScales[o] : scaledZeroPoint
                                out[b * units + o] -= scale * Float(sums[o])
                            }
                        }
                        for o in 0..<units {
                            let dot = Self.dot(q + b * depth, w + o * depth, depth)
                            let scale = perChannel ? rowScale * unitScales[o] : rowScale
                            out[b * units + o] += Float(dot) * scale
                        }
                    }
                }
            }
        }
    }

    private func applyActivation(_ out: UnsafeMutablePointer<Float>, count: Int) {
        guard activation != .none else { return }
        for index in 0..<count { out[index] = HybridActivation.apply(activation, out[index]) }
    }

    /// `Σ a[d] × b[d]` of int8 vectors in wrapping 32-bit arithmetic.
    static func dot(_ a: UnsafePointer<Int8>, _ b: UnsafePointer<Int8>, _ count: Int) -> Int32 {
        var lanes = SIMD16<Int32>(repeating: 0)
        var d = 0
        while d + 16 <= count {
            let x = SIMD16<Int32>(truncatingIfNeeded: UnsafeRawPointer(a + d).loadUnaligned(as: SIMD16<Int8>.self))
            let y = SIMD16<Int32>(truncatingIfNeeded: UnsafeRawPointer(b + d).loadUnaligned(as: SIMD16<Int8>.self))
            lanes &+= x &* y
            d += 16
        }
        var total = lanes.wrappedSum()
        while d < count {
            total &+= Int32(a[d]) &* Int32(b[d])
            d += 1
        }
        return total
    }
}
