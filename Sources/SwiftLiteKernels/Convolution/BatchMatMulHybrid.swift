import SwiftLiteCore

/// The hybrid (dynamic-range) BATCH_MATMUL (TFLite's `EvalHybrid` and hybrid
/// `reference_ops::BatchMatMul`): float lhs and output, int8 rhs with one scale or one per
/// output column. Every lhs row (K values) is quantized to int8 at every eval, symmetrically or,
/// with `asymmetric_quantize_inputs`, with a zero point. Each output `[m, n]` is
/// `row scale × (column scale) × Float(T)` with `T = Int32(Float(Σ_k q[m, k] × w[k, n]) −
/// Float(column sum) × zero point)` (the correction goes through float and is truncated, as in
/// TFLite); per-tensor weights fold their scale into the row scales first.
///
/// TFLite reshapes the operands as its `Eval` does (folding `[…, A, M, K]` into `[…, A·M, K]`
/// when the rhs has a unit third-to-last dimension) and, in its hybrid kernel, finds a batch's
/// row scales, zero points and column sums at `Σ batch index × M` (resp. `× N`) over the
/// broadcast batch dimensions. SwiftLite follows those exact rules, so results match TFLite's
/// also for more than one batch dimension.
final class BatchMatMulHybrid {
    let adjointLeft: Bool
    let adjointRight: Bool
    let asymmetric: Bool
    private var weightDims = [Int](repeating: 1, count: 5)
    private var inputDims = [Int](repeating: 1, count: 5)
    private var rows = 0, columns = 0, depth = 0
    private var inputRows = 0
    /// TFLite's walk over the three (extended) batch dimensions: the broadcast sizes, each
    /// operand's element step, and the row-scale and column-sum steps of its hybrid kernel.
    private var batch = [1, 1, 1]
    private var weightExtent = [0, 0, 0]
    private var inputExtent = [0, 0, 0]
    private var rowStep = [0, 0, 0]
    private var columnStep = [0, 0, 0]
    private var columnScales: [Float] = []
    private var perChannel = false
    /// The weights as `[batch…][N][K]` int8 (transposed when the rhs is `[…, K, N]`).
    private var weights: [Int8] = []
    private var columnSums: [Int32] = []
    private var lhsRows: [Float] = []
    private var quantizedInput: [Int8] = []
    private var rowScales: [Float] = []
    private var rowOffsets: [Int32] = []

    init(adjointLeft: Bool, adjointRight: Bool, asymmetric: Bool) {
        self.adjointLeft = adjointLeft
        self.adjointRight = adjointRight
        self.asymmetric = asymmetric
    }

    /// Checks the rhs and sizes the buffers; shapes were checked by the kernel.
    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        let lhs = try context.input(0)
        let rhs = try context.input(1)
        guard rhs.type == .int8 else {
            throw context.error(.unsupported, "unsupported hybrid BATCH_MATMUL rhs type \(rhs.type) (supported: int8)", tensor: rhs)
        }
        var lhsShape = lhs.shape
        var rhsShape = rhs.shape
        let (lr, rr) = (lhsShape.count, rhsShape.count)
        if !adjointLeft, rr > 2, lr > 2, rhsShape[rr - 3] == 1 {
            lhsShape = Array(lhsShape[..<(lr - 3)]) + [lhsShape[lr - 3] * lhsShape[lr - 2], lhsShape[lr - 1]]
            rhsShape = Array(rhsShape[..<(rr - 3)]) + [rhsShape[rr - 2], rhsShape[rr - 1]]
        }
        let lhsMatrix = Array(lhsShape.suffix(2))
        let rhsMatrix = Array(rhsShape.suffix(2))
        rows = adjointLeft ? lhsMatrix[1] : lhsMatrix[0]
        depth = adjointLeft ? lhsMatrix[0] : lhsMatrix[1]
        columns = adjointRight ? rhsMatrix[0] : rhsMatrix[1]
        weightDims = [Int](repeating: 1, count: 5 - rhsShape.count) + Array(rhsShape.dropLast(2)) + [columns, depth]
        inputDims = [Int](repeating: 1, count: 5 - lhsShape.count) + Array(lhsShape.dropLast(2)) + [depth, rows]
        inputRows = lhs.elementCount / max(depth, 1)
        let (w, i) = (weightDims, inputDims)
        batch = (0..<3).map { axis in w[axis] == i[axis] || w[axis] != 1 ? w[axis] : i[axis] }
        weightExtent = (0..<3).map { Self.extent(w, $0) }
        inputExtent = (0..<3).map { Self.extent(i, $0) }
        rowStep = inputExtent.map { $0 == 0 ? 0 : rows }
        columnStep = weightExtent.map { $0 == 0 ? 0 : columns }
        perChannel = rhs.quantization?.isPerAxis ?? false
        let columnAxis = rhs.rank - (adjointRight ? 2 : 1)
        columnScales = try context.weightScales(of: rhs, channels: columns, axis: columnAxis, what: "rhs")
        let matrices = weightDims[0] * weightDims[1] * weightDims[2]
        weights = [Int8](repeating: 0, count: matrices * columns * depth)
        columnSums = [Int32](repeating: 0, count: matrices * columns)
        if rhs.hasKnownValue { loadWeights(rhs) }
        lhsRows = adjointLeft ? [Float](repeating: 0, count: lhs.elementCount) : []
        quantizedInput = [Int8](repeating: 0, count: lhs.elementCount)
        rowScales = [Float](repeating: 0, count: inputRows)
        rowOffsets = [Int32](repeating: 0, count: inputRows)
    }

    /// Copies the rhs as `[matrix][n][k]` and sums each column.
    private func loadWeights(_ rhs: TensorSlot) {
        let source = rhs.buffer(of: Int8.self)
        let (columns, depth) = (self.columns, self.depth)
        guard source.count >= weights.count else { return }
        let matrices = weights.count / max(columns * depth, 1)
        weights.withUnsafeMutableBufferPointer { target in
            for matrix in 0..<matrices {
                let base = matrix * columns * depth
                for n in 0..<columns {
                    for k in 0..<depth {
                        target[base + n * depth + k] = adjointRight ? source[base + n * depth + k] : source[base + k * columns + n]
                    }
                }
            }
        }
        weights.withUnsafeBufferPointer { w in
            columnSums.withUnsafeMutableBufferPointer { sums in
                for row in sums.indices {
                    var total: Int32 = 0
                    for k in 0..<depth { total &+= Int32(w[row * depth + k]) }
                    sums[row] = total
                }
            }
        }
    }

    /// TFLite's batch extent: 0 for a unit dimension (broadcast), else the size of what follows.
    private static func extent(_ dims: [Int], _ axis: Int) -> Int {
        dims[axis] == 1 ? 0 : dims[(axis + 1)...].reduce(1, *)
    }

    func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let lhs = try context.input(0)
        let rhs = try context.input(1)
        if !rhs.hasKnownValue { loadWeights(rhs) }
        let input = lhs.buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        guard let x = input.baseAddress, let out = output.baseAddress, input.count == quantizedInput.count else { return }
        let (rows, columns, depth) = (self.rows, self.columns, self.depth)
        var source = UnsafePointer(x)
        if adjointLeft {
            // The rows of an adjoint lhs are its columns: transpose each matrix first, as TFLite does.
            let matrices = input.count / max(rows * depth, 1)
            lhsRows.withUnsafeMutableBufferPointer { target in
                for matrix in 0..<matrices {
                    let base = matrix * rows * depth
                    for m in 0..<rows {
                        for k in 0..<depth { target[base + m * depth + k] = x[base + k * rows + m] }
                    }
                }
            }
        }
        let weightScale = columnScales[0]
        let perChannel = self.perChannel
        lhsRows.withUnsafeBufferPointer { transposed in
            if adjointLeft, let base = transposed.baseAddress { source = base }
            quantizedInput.withUnsafeMutableBufferPointer { quantized in
                guard let q = quantized.baseAddress else { return }
                for r in 0..<inputRows {
                    if asymmetric {
                        (rowScales[r], rowOffsets[r]) = HybridInputQuantizer.asymmetric(source + r * depth, count: depth, into: q + r * depth)
                    } else {
                        rowScales[r] = HybridInputQuantizer.symmetric(source + r * depth, count: depth, into: q + r * depth)
                        rowOffsets[r] = 0
                    }
                    if !perChannel { rowScales[r] *= weightScale }
                }
            }
        }
        let (batch, weightExtent, inputExtent, rowStep, columnStep) = (self.batch, self.weightExtent, self.inputExtent, self.rowStep, self.columnStep)
        guard output.count >= batch[0] * batch[1] * batch[2] * rows * columns else { return }
        quantizedInput.withUnsafeBufferPointer { quantized in
            weights.withUnsafeBufferPointer { weights in
                columnSums.withUnsafeBufferPointer { sums in
                    columnScales.withUnsafeBufferPointer { columnScales in
                        rowScales.withUnsafeBufferPointer { scales in
                            rowOffsets.withUnsafeBufferPointer { offsets in
                                guard let q = quantized.baseAddress, let wb = weights.baseAddress else { return }
                                for b0 in 0..<batch[0] {
                                    for b1 in 0..<batch[1] {
                                        for b2 in 0..<batch[2] {
                                            let inputBase = b0 * inputExtent[0] + b1 * inputExtent[1] + b2 * inputExtent[2]
                                            let weightBase = b0 * weightExtent[0] + b1 * weightExtent[1] + b2 * weightExtent[2]
                                            let rowBase = b0 * rowStep[0] + b1 * rowStep[1] + b2 * rowStep[2]
                                            let sumBase = b0 * columnStep[0] + b1 * columnStep[1] + b2 * columnStep[2]
                                            let outBase = ((b0 * batch[1] + b1) * batch[2] + b2) * rows * columns
                                            for m in 0..<rows {
                                                let rowScale = scales[rowBase + m]
                                                let offset = Float(offsets[rowBase + m])
                                                for n in 0..<columns {
                                                    let dot = FullyConnectedHybrid.dot(q + inputBase + m * depth, wb + weightBase + n * depth, depth)
                                                    let corrected = HybridInputQuantizer.truncate(Float(dot) - Float(sums[sumBase + n]) * offset)
                                                    let scale = perChannel ? rowScale * columnScales[n] : rowScale
                                                    out[outBase + m * columns + n] = 0 + scale * Float(corrected)
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
