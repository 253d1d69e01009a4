import SwiftLiteCore

/// SPACE_TO_BATCH_ND (versions 1-4) and BATCH_TO_SPACE_ND (versions 1-4) on 4-D NHWC (or 3-D
/// NHC) tensors of any fixed-size type, with an int32/int64 `block_shape` (one positive entry
/// per spatial dimension) and a `[spatial, 2]` paddings (SPACE_TO_BATCH) or crops
/// (BATCH_TO_SPACE) matrix of non-negative values.
///
/// SPACE_TO_BATCH_ND pads the spatial dimensions, then moves each block position `(i, j)` into
/// its own batch group: output batch `(i·bw + j)·n + b` holds pixels `(y·bh + i, x·bw + j)` of
/// input batch `b`. Padding is zero, or the zero point of a quantized uint8/int8 output.
/// Quantized uint8/int8/int16 outputs must share the input's scale and zero point (int16 zero
/// points 0), as TFLite requires.
/// BATCH_TO_SPACE_ND is the inverse, dropping the cropped border. Operands known only when the
/// graph runs make the output dynamic.
public final class SpaceBatchKernel: OpKernel {
    /// The direction of the rearrangement.
    public enum Direction: Sendable {
        /// SPACE_TO_BATCH_ND.
        case spaceToBatch
        /// BATCH_TO_SPACE_ND.
        case batchToSpace
    }

    struct Plan {
        var block = (1, 1)
        /// Padding before (space to batch) or crop before (batch to space), per spatial dimension.
        var before = (0, 0)
        var outputShape: [Int] = []
    }

    let direction: Direction
    private var plan = Plan()
    private var padByte: UInt8 = 0

    /// A kernel rearranging in `direction`.
    public init(_ direction: Direction) {
        self.direction = direction
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 3...3, outputs: 1...1)
        let input = try context.input(0)
        let block = try context.input(1)
        let margins = try context.input(2)
        let output = try context.output(0)
        let size = try DataMovement.elementSize(context, input)
        guard input.rank == 3 || input.rank == 4 else {
            throw context.error(.unsupported, "supports 3-D and 4-D inputs, the input has shape \(input.shape)", tensor: input)
        }
        try DataMovement.expectIndexType(context, block, what: "block_shape")
        try DataMovement.expectIndexType(context, margins, what: direction == .spaceToBatch ? "paddings" : "crops")
        output.type = input.type
        output.inheritQuantization(from: input)
        try DataMovement.requireSameQuantization(context, input: input, output: output)
        padByte = 0
        if direction == .spaceToBatch, size == 1, let zero = output.quantization?.zeroPoint {
            // TFLite pads every 8-bit type with the output zero point's low byte.
            padByte = UInt8(truncatingIfNeeded: zero)
        }
        if block.hasKnownValue && margins.hasKnownValue {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.outputShape)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.outputShape)
        }
        let size = try DataMovement.elementSize(context, input)
        guard let destination = output.data, output.elementCount > 0 else { return }
        if direction == .spaceToBatch {
            destination.initializeMemory(as: UInt8.self, repeating: padByte, count: output.byteCount)
        }
        guard let source = input.data, input.elementCount > 0 else { return }
        // Views as [batch, height, width, depth] (3-D tensors have width 1).
        let wide = input.rank == 4
        let (inN, inH, inW) = (input.shape[0], input.shape[1], wide ? input.shape[2] : 1)
        let (outN, outH, outW) = (output.shape[0], output.shape[1], wide ? output.shape[2] : 1)
        let depth = input.shape[input.rank - 1]
        let runBytes = depth * size
        let (blockH, blockW) = plan.block
        let (beforeH, beforeW) = plan.before
        // Walk the batch-side tensor; each pixel maps to at most one pixel of the space side.
        let batchSide = direction == .spaceToBatch ? (outN, outH, outW) : (inN, inH, inW)
        let spaceSide = direction == .spaceToBatch ? (inN, inH, inW) : (outN, outH, outW)
        for batch in 0..<batchSide.0 {
            let spaceBatch = batch % spaceSide.0
            let group = batch / spaceSide.0
            let shiftH = group / blockW
            let shiftW = group % blockW
            for y in 0..<batchSide.1 {
                let spaceY = y * blockH + shiftH - beforeH
                guard spaceY >= 0, spaceY < spaceSide.1 else { continue }
                for x in 0..<batchSide.2 {
                    let spaceX = x * blockW + shiftW - beforeW
                    guard spaceX >= 0, spaceX < spaceSide.2 else { continue }
                    let batchOffset = ((batch * batchSide.1 + y) * batchSide.2 + x) * runBytes
                    let spaceOffset = ((spaceBatch * spaceSide.1 + spaceY) * spaceSide.2 + spaceX) * runBytes
                    if direction == .spaceToBatch {
                        (destination + batchOffset).copyMemory(from: source + spaceOffset, byteCount: runBytes)
                    } else {
                        (destination + spaceOffset).copyMemory(from: source + batchOffset, byteCount: runBytes)
                    }
                }
            }
        }
    }

    private func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> Plan {
        let input = try context.input(0)
        let blockSlot = try context.input(1)
        let spatial = input.rank - 2
        let marginName = direction == .spaceToBatch ? "paddings" : "crops"
        guard blockSlot.rank == 1, blockSlot.elementCount == spatial else {
            throw context.error(.shapeMismatch, "block_shape must be a vector of \(spatial) entries, it has shape \(blockSlot.shape)", tensor: blockSlot)
        }
        let block = try DataMovement.indexValues(context, blockSlot, what: "block_shape")
        let margins = try DataMovement.pairs(context, try context.input(2), count: spatial, what: marginName)
        var shape = input.shape
        var batch = input.shape[0]
        for dimension in 0..<spatial {
            let b = block[dimension]
            let (before, after) = margins[dimension]
            guard b >= 1 else { throw context.error(.invalidArgument, "block_shape \(block) must be positive") }
            guard before >= 0, after >= 0, before <= Int(Int32.max), after <= Int(Int32.max), b <= Int(Int32.max) else {
                throw context.error(.invalidArgument, "\(marginName) must be in 0...\(Int32.max) and block_shape at most \(Int32.max)")
            }
            let extent = input.shape[dimension + 1]
            switch direction {
            case .spaceToBatch:
                let padded = extent + before + after
                guard padded % b == 0 else {
                    throw context.error(.shapeMismatch, "padded dimension \(dimension + 1) of size \(padded) is not a multiple of block \(b)")
                }
                shape[dimension + 1] = padded / b
                let (product, overflow) = batch.multipliedReportingOverflow(by: b)
                guard !overflow, product <= Int(Int32.max) else {
                    throw context.error(.invalidArgument, "the output batch \(batch) x \(b) is too large")
                }
                batch = product
            case .batchToSpace:
                guard batch % b == 0 else {
                    throw context.error(.shapeMismatch, "batch \(input.shape[0]) is not a multiple of the block size product \(block)")
                }
                batch /= b
                let cropped = extent * b - before - after
                guard cropped >= 0 else {
                    throw context.error(.shapeMismatch, "crops \(before)+\(after) exceed dimension \(dimension + 1) of size \(extent * b)")
                }
                shape[dimension + 1] = cropped
            }
        }
        shape[0] = batch
        var plan = Plan()
        plan.outputShape = shape
        plan.block = (block[0], spatial == 2 ? block[1] : 1)
        plan.before = (margins[0].0, spatial == 2 ? margins[1].0 : 0)
        return plan
    }
}
