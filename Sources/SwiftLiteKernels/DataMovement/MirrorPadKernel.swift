import SwiftLiteCore

/// MIRROR_PAD (versions 1-3): pads each dimension with a mirror image of the input's edge,
/// `paddings[i] = (before, after)` (int32 or int64 `[rank, 2]`). REFLECT leaves the edge element
/// out of the mirror (paddings at most size - 1); SYMMETRIC repeats it (at most size). Any
/// fixed-size type; quantized uint8/int8/int16 outputs must share the input's scale and zero
/// point, as TFLite requires. Paddings known only when the graph runs make the output dynamic.
public final class MirrorPadKernel: OpKernel, IndexMapCopyKernel {
    /// Whether the mirror includes the edge element.
    public enum Mode: Sendable {
        /// Mirror without the edge: `[1, 2, 3]` padded by 2 gives `3 2 | 1 2 3 | 2 1`.
        case reflect
        /// Mirror with the edge: `[1, 2, 3]` padded by 2 gives `2 1 | 1 2 3 | 3 2`.
        case symmetric
    }

    let mode: Mode
    var plan = IndexMapCopy()

    /// A kernel mirroring in `mode`.
    public init(mode: Mode) {
        self.mode = mode
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 1...1)
        let input = try context.input(0)
        let paddings = try context.input(1)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, paddings, what: "paddings")
        guard paddings.rank == 2, paddings.shape[0] == input.rank, paddings.shape[1] == 2 else {
            throw context.error(.shapeMismatch, "paddings must have shape [\(input.rank), 2], it has \(paddings.shape)", tensor: paddings)
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        try DataMovement.requireSameQuantization(context, input: input, output: output)
        try planAtPrepare(context, output: output, operandsKnown: paddings.hasKnownValue)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        try evalCopy(context)
    }

    func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy {
        let input = try context.input(0)
        let pairs = try DataMovement.pairs(context, try context.input(1), count: input.rank, what: "paddings")
        let edge = mode == .reflect ? 1 : 0
        var shape: [Int] = []
        for (axis, (before, after)) in pairs.enumerated() {
            let limit = input.shape[axis] - edge
            guard before >= 0, after >= 0, before <= limit, after <= limit else {
                throw context.error(.invalidArgument, "paddings (\(before), \(after)) of dimension \(axis) must be in 0...\(max(limit, 0)) for size \(input.shape[axis]) in \(mode == .reflect ? "REFLECT" : "SYMMETRIC") mode")
            }
            shape.append(input.shape[axis] + before + after)
        }
        let strides = DataMovement.strides(input.shape)
        return IndexMapCopy(shape: shape) { dimension, index in
            let size = input.shape[dimension]
            var position = index - pairs[dimension].0
            if position < 0 {
                position = -position - 1 + edge
            } else if position >= size {
                position = 2 * size - 1 - position - edge
            }
            return position * strides[dimension]
        }
    }
}
