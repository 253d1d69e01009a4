import SwiftLiteCore

/// SQUEEZE (versions 1-2): removes dimensions of size 1, those listed in `squeeze_dims`
/// (negative entries count from the end; each must have size 1) or, when the list is empty,
/// every dimension of size 1. The elements are copied unchanged; any fixed-size type.
public final class SqueezeKernel: OpKernel {
    let squeezeDimensions: [Int]

    /// A kernel removing `squeezeDimensions` (all size-1 dimensions when empty).
    public init(squeezeDimensions: [Int]) {
        self.squeezeDimensions = squeezeDimensions
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        let rank = input.rank
        var squeezed = [Bool](repeating: false, count: rank)
        if squeezeDimensions.isEmpty {
            for axis in 0..<rank where input.shape[axis] == 1 { squeezed[axis] = true }
        } else {
            for dimension in squeezeDimensions {
                guard let axis = ShapeMath.axis(dimension, rank: rank), axis < rank else {
                    throw context.error(.invalidArgument, "squeeze dimension \(dimension) is out of range for rank \(rank)", tensor: input)
                }
                guard input.shape[axis] == 1 else {
                    throw context.error(.shapeMismatch, "cannot squeeze dimension \(dimension) of shape \(input.shape): its size is not 1", tensor: input)
                }
                squeezed[axis] = true
            }
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        let shape = (0..<rank).filter { !squeezed[$0] }.map { input.shape[$0] }
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        guard let source = input.data, let destination = output.data, source != destination else { return }
        destination.copyMemory(from: source, byteCount: min(input.byteCount, output.byteCount))
    }
}
