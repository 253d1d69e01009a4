import SwiftLiteCore

/// FULLY_CONNECTED versions 1–14: `output[b, o] = sum_d input[b, d] * weights[o, d] + bias[o]`,
/// then the fused activation (TFLite's `reference_ops::FullyConnected`). With `keepNumDims` the
/// output keeps the input's leading dimensions; otherwise it is 2-D `[batch, units]`.
///
/// Types: float32 (dense or sparse weights); uint8, int8 and int16 quantized
/// (``FullyConnectedQuantized``); float32 input with int8 weights, hybrid
/// (``FullyConnectedHybrid``). The shuffled uint8 weights format is refused at registration.
public final class FullyConnectedKernel: OpKernel {
    let activation: FusedActivation
    let keepNumDims: Bool
    private var batches = 0
    private var depth = 0
    private var units = 0
    /// Sparse (pruned) weights expanded once at prepare; empty for dense weights.
    private var denseWeights: [Float] = []
    /// Constant weights transposed once at prepare to [depth][units padded to 16], so 16 units
    /// are computed side by side in SIMD lanes (each lane still sums in the reference order).
    private var packedWeights: [Float] = []
    private var paddedUnits = 0
    let asymmetricQuantizeInputs: Bool
    let quantizedBiasType: ElementType?
    /// The integer (``FullyConnectedQuantized``) or hybrid (``FullyConnectedHybrid``) path, chosen in prepare from the types;
    /// nil for float32.
    private var typedPath: (any OpKernel)?

    /// A kernel with a fused `activation`; `asymmetricQuantizeInputs` and `quantizedBiasType`
    /// are the options the hybrid and 16-bit paths read.
    public init(activation: FusedActivation, keepNumDims: Bool, asymmetricQuantizeInputs: Bool = false,
                quantizedBiasType: ElementType? = nil) {
        self.activation = activation
        self.keepNumDims = keepNumDims
        self.asymmetricQuantizeInputs = asymmetricQuantizeInputs
        self.quantizedBiasType = quantizedBiasType
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let weights = try context.input(1)
        let output = try context.output(0)
        typedPath = nil
        if input.type != .float32 {
            let path = FullyConnectedQuantized(activation: activation, keepNumDims: keepNumDims, quantizedBiasType: quantizedBiasType)
            try path.prepare(context)
            typedPath = path
            return
        }
        if weights.type != .float32 {
            let path = FullyConnectedHybrid(activation: activation, keepNumDims: keepNumDims, asymmetric: asymmetricQuantizeInputs)
            try path.prepare(context)
            typedPath = path
            return
        }
        try context.expectType(input, [.float32], what: "input")
        try context.expectType(weights, [.float32], what: "weights")
        guard weights.rank == 2 else {
            throw context.error(.shapeMismatch, "weights must be 2-D, got \(weights.shape)", tensor: weights)
        }
        units = weights.shape[0]
        depth = weights.shape[1]
        denseWeights = []
        if let sparsity = weights.sparsity {
            // TFLite's sparse FULLY_CONNECTED skips zero weights; adding the zeros back changes
            // no finite sum, so expanding once gives the same results.
            guard weights.hasKnownValue, let source = weights.data else {
                throw context.error(.unsupported, "sparse weights must be constant", tensor: weights)
            }
            let expansion: SparseExpansion
            do {
                expansion = try SparseExpansion(shape: weights.shape, sparsity: sparsity, storedCount: weights.capacity / 4)
            } catch {
                throw context.error(.invalidModel, "invalid sparse weights: \(error)", tensor: weights)
            }
            denseWeights = [Float](repeating: 0, count: expansion.denseCount)
            denseWeights.withUnsafeMutableBytes { expansion.expand(from: source, to: $0.baseAddress!, elementSize: 4) }
        }
        guard depth > 0, input.elementCount % depth == 0 else {
            throw context.error(.shapeMismatch, "input \(input.shape) does not divide into rows of \(depth)")
        }
        batches = input.elementCount / depth
        packedWeights = []
        if weights.hasKnownValue {
            paddedUnits = (units + 15) / 16 * 16
            packedWeights = [Float](repeating: 0, count: depth * paddedUnits)
            let dense = denseWeights
            let source = weights.buffer(of: Float.self)
            let (units, depth, padded) = (units, depth, paddedUnits)
            packedWeights.withUnsafeMutableBufferPointer { packed in
                for o in 0..<units {
                    for d in 0..<depth {
                        packed[d * padded + o] = dense.isEmpty ? source[o * depth + d] : dense[o * depth + d]
                    }
                }
            }
        }
        if let bias = context.optionalInput(2) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.elementCount == units else {
                throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(units) units", tensor: bias)
            }
        }
        output.type = .float32
        if keepNumDims {
            guard input.shape.last == depth else {
                throw context.error(.shapeMismatch, "keep_num_dims needs the input's last dimension \(input.shape) to be \(depth)")
            }
            try context.resizeOutput(output, to: input.shape.dropLast() + [units])
        } else {
            try context.resizeOutput(output, to: [batches, units])
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let typedPath { return try typedPath.eval(context) }
        let input = try context.input(0).buffer(of: Float.self)
        let weightSlot = try context.input(1)
        let bias = context.optionalInput(2)?.buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        if !packedWeights.isEmpty {
            computePacked(input, bias, output)
        } else if denseWeights.isEmpty {
            compute(input, weightSlot.buffer(of: Float.self), bias, output)
        } else {
            denseWeights.withUnsafeMutableBufferPointer { compute(input, $0, bias, output) }
        }
    }

    private func compute(_ input: UnsafeMutableBufferPointer<Float>, _ weights: UnsafeMutableBufferPointer<Float>,
                         _ bias: UnsafeMutableBufferPointer<Float>?, _ output: UnsafeMutableBufferPointer<Float>) {
        let (lower, upper) = activation.clampRange
        for b in 0..<batches {
            for o in 0..<units {
                var total: Float = 0
                let row = b * depth
                let column = o * depth
                for d in 0..<depth { total += input[row + d] * weights[column + d] }
                let biased = total + (bias.map { $0[o] } ?? 0)
                output[b * units + o] = min(max(biased, lower), upper)
            }
        }
    }

    private func computePacked(_ input: UnsafeMutableBufferPointer<Float>, _ bias: UnsafeMutableBufferPointer<Float>?,
                               _ output: UnsafeMutableBufferPointer<Float>) {
        let (lower, upper) = activation.clampRange
        let padded = paddedUnits
        packedWeights.withUnsafeBufferPointer { packed in
            guard let weights = packed.baseAddress, let x = input.baseAddress else { return }
            for b in 0..<batches {
                let row = x + b * depth
                var block = 0
                while block < units {
                    var total = SIMD16<Float>(repeating: 0)
                    var w = weights + block
                    for d in 0..<depth {
                        total = total + SIMD16<Float>(repeating: row[d]) * UnsafeRawPointer(w).loadUnaligned(as: SIMD16<Float>.self)
                        w += padded
                    }
                    for lane in 0..<min(16, units - block) {
                        let o = block + lane
                        let biased = total[lane] + (bias.map { $0[o] } ?? 0)
                        output[b * units + o] = min(max(biased, lower), upper)
                    }
                    block += 16
                }
            }
        }
    }
}
