import SwiftLiteCore

/// DEPTH_TO_SPACE (versions 1-2) and SPACE_TO_DEPTH (versions 1-2) on NHWC tensors of any
/// fixed-size type, with a positive `block_size` b.
///
/// DEPTH_TO_SPACE turns `[n, h, w, c·b²]` into `[n, h·b, w·b, c]`: output pixel `(y, x)` channel
/// `k` comes from input pixel `(y / b, x / b)` channel `((y % b)·b + x % b)·c + k`.
/// SPACE_TO_DEPTH is its inverse, `[n, h·b, w·b, c]` to `[n, h, w, c·b²]`.
public final class DepthSpaceKernel: OpKernel {
    /// The direction of the rearrangement.
    public enum Direction: Sendable {
        /// DEPTH_TO_SPACE.
        case depthToSpace
        /// SPACE_TO_DEPTH.
        case spaceToDepth
    }

    let direction: Direction
    let blockSize: Int

    /// A kernel rearranging in `direction` with `blockSize`.
    public init(_ direction: Direction, blockSize: Int) {
        self.direction = direction
        self.blockSize = blockSize
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        guard input.rank == 4 else {
            throw context.error(.invalidArgument, "expects a 4-D NHWC input, it has shape \(input.shape)", tensor: input)
        }
        guard blockSize > 0 else { throw context.error(.invalidArgument, "block_size \(blockSize) must be positive") }
        let (n, h, w, c) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let b = blockSize
        let shape: [Int]
        switch direction {
        case .depthToSpace:
            guard c % (b * b) == 0 else {
                throw context.error(.shapeMismatch, "depth \(c) is not a multiple of block_size² = \(b * b)", tensor: input)
            }
            shape = [n, h * b, w * b, c / (b * b)]
        case .spaceToDepth:
            guard h % b == 0, w % b == 0 else {
                throw context.error(.shapeMismatch, "height \(h) and width \(w) must be multiples of block_size \(b)", tensor: input)
            }
            shape = [n, h / b, w / b, c * b * b]
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        let size = try DataMovement.elementSize(context, input)
        guard let source = input.data, let destination = output.data else { return }
        // Walk the space-side tensor; each run of `depth` channels maps to one slot of the
        // depth-side tensor.
        let space = direction == .depthToSpace ? output.shape : input.shape
        let deep = direction == .depthToSpace ? input.shape : output.shape
        let b = blockSize
        let depth = space[3]
        let runBytes = depth * size
        for n in 0..<space[0] {
            for y in 0..<space[1] {
                for x in 0..<space[2] {
                    let spaceOffset = ((n * space[1] + y) * space[2] + x) * depth
                    let channel = ((y % b) * b + x % b) * depth
                    let deepOffset = ((n * deep[1] + y / b) * deep[2] + x / b) * deep[3] + channel
                    if direction == .depthToSpace {
                        (destination + spaceOffset * size).copyMemory(from: source + deepOffset * size, byteCount: runBytes)
                    } else {
                        (destination + deepOffset * size).copyMemory(from: source + spaceOffset * size, byteCount: runBytes)
                    }
                }
            }
        }
    }
}
