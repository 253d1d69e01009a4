/// A row-major walk over a shape that tracks flat offsets into up to three other tensors, each
/// with its own element strides (0 along dimensions it does not vary in). Kernels build one in
/// prepare; walking allocates nothing (the index counter lives on the stack).
///
/// Broadcasting uses it with the output shape and the inputs' broadcast strides; reductions use
/// it with the input shape and the output's strides (0 along reduced axes).
public struct IndexWalk: Sendable {
    /// The shape walked, in row-major order.
    public let shape: [Int]
    /// Strides of the three tracked tensors (missing ones are all zeros).
    public let strides: ([Int], [Int], [Int])
    /// The number of positions walked.
    public let count: Int
    /// Whether every tracked tensor is laid out exactly like `shape`, so all offsets equal the
    /// position.
    public let isIdentity: Bool

    /// A walk over `shape` with up to three stride vectors (each of `shape.count` entries).
    public init(shape: [Int], strides list: [[Int]]) {
        self.shape = shape
        let zeros = [Int](repeating: 0, count: shape.count)
        let padded = list + Array(repeating: zeros, count: Swift.max(0, 3 - list.count))
        strides = (padded[0], padded[1], padded[2])
        count = ShapeMath.count(shape)
        let dense = IndexWalk.denseStrides(shape)
        isIdentity = list.allSatisfy { $0 == dense }
    }

    /// A walk over `outputShape` with the offsets of `inputShapes` broadcast to it (NumPy rules;
    /// the caller has checked the shapes broadcast).
    public static func broadcasting(_ inputShapes: [[Int]], to outputShape: [Int]) -> IndexWalk {
        IndexWalk(shape: outputShape, strides: inputShapes.map { Broadcast.strides(of: $0, broadcastTo: outputShape) })
    }

    /// Row-major element strides of `shape`.
    public static func denseStrides(_ shape: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: shape.count)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            result[axis] = step
            step *= shape[axis]
        }
        return result
    }

    /// Calls `body(position, offset0, offset1, offset2)` for every position of `shape`.
    @inline(__always)
    public func forEach(_ body: (Int, Int, Int, Int) -> Void) {
        guard count > 0 else { return }
        if isIdentity {
            for position in 0..<count { body(position, position, position, position) }
            return
        }
        let rank = shape.count
        guard rank > 0 else {
            body(0, 0, 0, 0)
            return
        }
        let (s0, s1, s2) = strides
        let last = rank - 1
        let inner = shape[last]
        let step0 = s0[last], step1 = s1[last], step2 = s2[last]
        withUnsafeTemporaryAllocation(of: Int.self, capacity: rank) { counter in
            counter.initialize(repeating: 0)
            var base0 = 0, base1 = 0, base2 = 0
            var position = 0
            while position < count {
                var o0 = base0, o1 = base1, o2 = base2
                for _ in 0..<inner {
                    body(position, o0, o1, o2)
                    position += 1
                    o0 += step0
                    o1 += step1
                    o2 += step2
                }
                var axis = last - 1
                while axis >= 0 {
                    counter[axis] += 1
                    base0 += s0[axis]
                    base1 += s1[axis]
                    base2 += s2[axis]
                    if counter[axis] < shape[axis] { break }
                    base0 -= s0[axis] * shape[axis]
                    base1 -= s1[axis] * shape[axis]
                    base2 -= s2[axis] * shape[axis]
                    counter[axis] = 0
                    axis -= 1
                }
            }
        }
    }
}
