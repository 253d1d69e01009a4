import SwiftLiteCore

/// BATCH_MATMUL versions 1–4 (TFLite's `reference_ops::BatchMatMul`).
///
/// Both operands have rank 2 to 5; their leading (batch) dimensions broadcast NumPy-style and
/// the last two are matrices. `adj_x` / `adj_y` read the left / right matrix transposed. The
/// output is `[broadcast batch..., rows of lhs, columns of rhs]`; each element sums over the
/// shared dimension in increasing order in float32.
///
/// Types: float32; int8, int16 and int16 × int8 quantized (``BatchMatMulQuantized``); float32
/// lhs with an int8 rhs, hybrid (``BatchMatMulHybrid``). Shapes are checked here for every type.
public final class BatchMatMulKernel: OpKernel {
    let adjointLeft: Bool
    let adjointRight: Bool
    private var lhsOffsets: [Int] = []
    private var rhsOffsets: [Int] = []
    private var rows = 0, columns = 0, depth = 0
    let asymmetricQuantizeInputs: Bool
    /// The integer path, when the operands are quantized.
    private var quantized: BatchMatMulQuantized?
    /// The hybrid path, when a float lhs meets an integer rhs.
    private var hybrid: BatchMatMulHybrid?

    /// A kernel; `adjointLeft` / `adjointRight` are `adj_x` / `adj_y`;
    /// `asymmetricQuantizeInputs` is the option the hybrid path reads.
    public init(adjointLeft: Bool, adjointRight: Bool, asymmetricQuantizeInputs: Bool = false) {
        self.adjointLeft = adjointLeft
        self.adjointRight = adjointRight
        self.asymmetricQuantizeInputs = asymmetricQuantizeInputs
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let lhs = try context.input(0)
        let rhs = try context.input(1)
        let output = try context.output(0)
        quantized = nil
        hybrid = nil
        let float = lhs.type == .float32 && rhs.type == .float32
        if float {
            try context.expectType(lhs, [.float32], what: "lhs")
            try context.expectType(rhs, [.float32], what: "rhs")
        }
        guard (2...5).contains(lhs.rank), (2...5).contains(rhs.rank) else {
            throw context.error(.shapeMismatch, "operands must have rank 2 to 5, got \(lhs.shape) and \(rhs.shape)")
        }
        let lhsBatch = Array(lhs.shape.dropLast(2))
        let rhsBatch = Array(rhs.shape.dropLast(2))
        guard let batchShape = Broadcast.shape(lhsBatch, rhsBatch) else {
            throw context.error(.shapeMismatch, "batch dimensions \(lhsBatch) and \(rhsBatch) do not broadcast")
        }
        let (lhsRows, lhsDepth) = adjointLeft ? (lhs.shape[lhs.rank - 1], lhs.shape[lhs.rank - 2])
                                              : (lhs.shape[lhs.rank - 2], lhs.shape[lhs.rank - 1])
        let (rhsDepth, rhsColumns) = adjointRight ? (rhs.shape[rhs.rank - 1], rhs.shape[rhs.rank - 2])
                                                  : (rhs.shape[rhs.rank - 2], rhs.shape[rhs.rank - 1])
        guard lhsDepth == rhsDepth else {
            throw context.error(.shapeMismatch, "cannot multiply \(lhs.shape) (adj_x \(adjointLeft)) by \(rhs.shape) (adj_y \(adjointRight)): inner dimensions \(lhsDepth) and \(rhsDepth) differ")
        }
        rows = lhsRows
        columns = rhsColumns
        depth = lhsDepth
        let lhsMatrix = lhsRows * lhsDepth
        let rhsMatrix = rhsDepth * rhsColumns
        lhsOffsets = Self.batchOffsets(lhsBatch, batchShape, matrixSize: lhsMatrix)
        rhsOffsets = Self.batchOffsets(rhsBatch, batchShape, matrixSize: rhsMatrix)
        if lhs.type == .float32 {
            output.type = .float32
        }
        try context.resizeOutput(output, to: batchShape + [rows, columns])
        if float { return }
        if lhs.type == .float32 {
            let path = BatchMatMulHybrid(adjointLeft: adjointLeft, adjointRight: adjointRight, asymmetric: asymmetricQuantizeInputs)
            try path.prepare(context)
            hybrid = path
        } else {
            let path = BatchMatMulQuantized()
            try path.prepare(context)
            quantized = path
        }
    }

    /// The element offset of each output batch's matrix in an operand with batch dimensions
    /// `shape` broadcast to `batchShape`.
    static func batchOffsets(_ shape: [Int], _ batchShape: [Int], matrixSize: Int) -> [Int] {
        let strides = Broadcast.strides(of: shape, broadcastTo: batchShape)
        let count = batchShape.reduce(1, *)
        var offsets = [Int](repeating: 0, count: count)
        var coordinate = [Int](repeating: 0, count: batchShape.count)
        for index in 0..<count {
            var offset = 0
            for axis in batchShape.indices { offset += coordinate[axis] * strides[axis] }
            offsets[index] = offset * matrixSize
            var axis = batchShape.count - 1
            while axis >= 0 {
                coordinate[axis] += 1
                if coordinate[axis] < batchShape[axis] { break }
                coordinate[axis] = 0
                axis -= 1
            }
        }
        return offsets
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let hybrid { return try hybrid.eval(context) }
        if let quantized {
            return try quantized.eval(context, rows: rows, columns: columns, depth: depth, adjointLeft: adjointLeft,
                                      adjointRight: adjointRight, lhsOffsets: lhsOffsets, rhsOffsets: rhsOffsets)
        }
        let lhs = try context.input(0).buffer(of: Float.self)
        let rhs = try context.input(1).buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let (rows, columns, depth) = (self.rows, self.columns, self.depth)
        // Element strides of (row, k) in the left matrix and (k, column) in the right one.
        let (lhsRowStride, lhsDepthStride) = adjointLeft ? (1, rows) : (depth, 1)
        let (rhsDepthStride, rhsColumnStride) = adjointRight ? (1, depth) : (columns, 1)
        var outIndex = 0
        for batch in lhsOffsets.indices {
            let lhsBase = lhsOffsets[batch]
            let rhsBase = rhsOffsets[batch]
            for i in 0..<rows {
                for j in 0..<columns {
                    var total: Float = 0
                    var l = lhsBase + i * lhsRowStride
                    var r = rhsBase + j * rhsColumnStride
                    for _ in 0..<depth {
                        total += lhs[l] * rhs[r]
                        l += lhsDepthStride
                        r += rhsDepthStride
                    }
                    output[outIndex] = total
                    outIndex += 1
                }
            }
        }
    }
}
