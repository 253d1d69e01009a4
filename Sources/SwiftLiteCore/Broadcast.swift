/// NumPy-style broadcasting, as TFLite's binary and ternary elementwise ops apply it.
public enum Broadcast {
    /// The broadcast shape of `shapes`, or nil if they are incompatible.
    public static func shape(_ shapes: [Int]...) -> [Int]? {
        shape(of: shapes)
    }

    /// The broadcast shape of `shapes`, or nil if they are incompatible.
    public static func shape(of shapes: [[Int]]) -> [Int]? {
        let rank = shapes.map(\.count).max() ?? 0
        var result = [Int](repeating: 1, count: rank)
        for shape in shapes {
            let offset = rank - shape.count
            for (axis, dimension) in shape.enumerated() {
                let current = result[offset + axis]
                if current == dimension || dimension == 1 { continue }
                if current == 1 { result[offset + axis] = dimension; continue }
                return nil
            }
        }
        return result
    }

    /// Element strides of `shape` when read as `outputShape` (0 along broadcast dimensions).
    public static func strides(of shape: [Int], broadcastTo outputShape: [Int]) -> [Int] {
        let rank = outputShape.count
        var strides = [Int](repeating: 0, count: rank)
        var step = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            let outAxis = rank - shape.count + axis
            strides[outAxis] = shape[axis] == 1 ? 0 : step
            step *= shape[axis]
        }
        return strides
    }

    /// Flat offsets of `shape` read as `outputShape`, in the output's row-major order.
    public static func offsets(of shape: [Int], broadcastTo outputShape: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(ShapeMath.count(outputShape))
        IndexWalk.broadcasting([shape], to: outputShape).forEach { _, offset, _, _ in result.append(offset) }
        return result
    }
}

/// Shape helpers shared by kernels.
public enum ShapeMath {
    /// The product of the dimensions.
    @inlinable
    public static func count(_ shape: [Int]) -> Int {
        shape.reduce(1, *)
    }

    /// Normalizes a possibly negative axis against `rank`; nil when out of range.
    @inlinable
    public static func axis(_ axis: Int, rank: Int) -> Int? {
        let normalized = axis < 0 ? axis + rank : axis
        return normalized >= 0 && normalized < Swift.max(rank, 1) ? normalized : nil
    }

    /// The product of dimensions before `axis`, at `axis`, and after it.
    @inlinable
    public static func split(_ shape: [Int], at axis: Int) -> (outer: Int, size: Int, inner: Int) {
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        return (outer, shape[axis], inner)
    }
}

/// TFLite's padding schemes and the output sizes and paddings they give.
public enum Padding: Sendable, Equatable {
    /// Output size ceil(input / stride), padded evenly (extra at the end).
    case same
    /// No padding.
    case valid

    /// The output size along one spatial dimension.
    @inlinable
    public func outputSize(input: Int, filter: Int, stride: Int, dilation: Int) -> Int {
        let effectiveFilter = (filter - 1) * dilation + 1
        switch self {
        case .same: return (input + stride - 1) / stride
        case .valid: return Swift.max(0, (input + stride - effectiveFilter) / stride)
        }
    }

    /// The padding before the data (and the extra 0/1 after it) along one spatial dimension.
    @inlinable
    public func padding(input: Int, filter: Int, stride: Int, dilation: Int, output: Int) -> (before: Int, extraAfter: Int) {
        let effectiveFilter = (filter - 1) * dilation + 1
        let total = Swift.max(0, (output - 1) * stride + effectiveFilter - input)
        return (total / 2, total % 2)
    }
}
