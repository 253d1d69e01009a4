import SwiftLiteSchema

/// Emitters for the small TFLite ops that many lowerings need (elementwise arithmetic with
/// broadcasting, reshape, transpose, concatenation). Each appends one operator to the graph and
/// returns its output; shapes use -1 for the dynamic batch.
extension LoweringContext {
    /// The NumPy broadcast of two shapes (-1 stays -1 unless the other side is a known dimension > 1).
    public static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = max(a.count, b.count)
        let left = Array(repeating: 1, count: rank - a.count) + a
        let right = Array(repeating: 1, count: rank - b.count) + b
        var result: [Int] = []
        for (x, y) in zip(left, right) {
            if x == y { result.append(x) }
            else if x == 1 { result.append(y) }
            else if y == 1 { result.append(x) }
            else if x == -1 { result.append(y) }
            else if y == -1 { result.append(x) }
            else { return nil }
        }
        return result
    }

    /// `a OP b` for ADD, SUB, MUL, DIV, MAXIMUM, MINIMUM, SQUARED_DIFFERENCE, POW (with broadcasting).
    public mutating func binary(
        _ opcode: BuiltinOperator, _ a: TensorID, _ b: TensorID, name: String, origin: String
    ) throws(ConversionError) -> TensorID {
        guard let shape = Self.broadcastShape(graph[a].shape, graph[b].shape) else {
            throw ConversionError(
                .invalidModel, "\(opcode) cannot broadcast shapes \(graph[a].shape) and \(graph[b].shape)",
                layer: origin)
        }
        let options = GraphOperator.defaultOptions(for: opcode)
        return graph.addOperator(opcode, options: options, inputs: [a, b], output: name, type: graph[a].type, shape: shape, origin: origin)
    }

    /// A one-input op without options (RELU, LOGISTIC, TANH, EXP, ...), same shape and type.
    public mutating func unary(_ opcode: BuiltinOperator, _ x: TensorID, options: BuiltinOptions? = nil, name: String, origin: String) -> TensorID {
        graph.addOperator(opcode, options: options, inputs: [x], output: name, type: graph[x].type, shape: graph[x].shape, origin: origin)
    }

    /// RESHAPE to `shape` (at most one -1, which stands for the batch); the target shape is an int32
    /// constant input as TF's converter writes it.
    public mutating func reshape(_ x: TensorID, to shape: [Int], name: String, origin: String) -> TensorID {
        let target = int32Constant(name: "\(name)/shape", shape: [shape.count], values: shape.map { Int32($0) })
        return graph.addOperator(.reshape, inputs: [x, target], output: name, type: graph[x].type, shape: shape, origin: origin)
    }

    /// TRANSPOSE by `permutation`.
    public mutating func transpose(_ x: TensorID, permutation: [Int], name: String, origin: String) -> TensorID {
        let perm = int32Constant(name: "\(name)/perm", shape: [permutation.count], values: permutation.map { Int32($0) })
        let input = graph[x].shape
        return graph.addOperator(
            .transpose, options: .transposeOptions(TransposeOptions()), inputs: [x, perm], output: name,
            type: graph[x].type, shape: permutation.map { input[$0] }, origin: origin)
    }

    /// CONCATENATION along `axis` (non-negative).
    public mutating func concatenate(_ xs: [TensorID], axis: Int, name: String, origin: String) throws(ConversionError) -> TensorID {
        guard let first = xs.first else { throw ConversionError(.invalidModel, "concatenation of nothing", layer: origin) }
        var shape = graph[first].shape
        guard axis >= 0, axis < shape.count else {
            throw ConversionError(.invalidModel, "concatenation axis \(axis) out of range for rank \(shape.count)", layer: origin)
        }
        for x in xs.dropFirst() {
            let other = graph[x].shape
            guard other.count == shape.count else {
                throw ConversionError(.invalidModel, "concatenation of ranks \(shape.count) and \(other.count)", layer: origin)
            }
            shape[axis] = (shape[axis] < 0 || other[axis] < 0) ? -1 : shape[axis] + other[axis]
        }
        var options = ConcatenationOptions()
        options.axis = Int32(axis)
        return graph.addOperator(
            .concatenation, options: .concatenationOptions(options), inputs: xs, output: name,
            type: graph[first].type, shape: shape, origin: origin)
    }

    /// A scalar float32 constant.
    public mutating func scalar(_ value: Float, name: String) -> TensorID {
        constant(key: "scalar:\(value.bitPattern)", name: name, shape: [], floats: [value])
    }
}
