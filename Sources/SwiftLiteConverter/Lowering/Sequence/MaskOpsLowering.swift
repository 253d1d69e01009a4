import KerasModel
import SwiftLiteSchema

/// Lowerings for the Keras operations that compute sequence masks in functional graphs:
/// `Embedding(mask_zero=True)` records `ops.NotEqual(ids, 0)`, and `Masking` records
/// `ops.Any(ops.NotEqual(x, mask_value), axis=-1)`; the boolean `[batch, time]` result reaches
/// recurrent layers as their `mask` argument. NOT_EQUAL and REDUCE_ANY.
enum MaskOpsLowering {
    /// Operation key → lowering.
    static let lowerings: [String: LayerLowering] = [
        "ops.NotEqual": notEqual,
        "ops.Any": any,
    ]

    /// `x != y` with a tensor or a scalar on either side; the scalar takes the tensor's type.
    @Sendable
    static func notEqual(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        guard node.args.count == 2 else {
            throw ConversionError(.invalidModel, "not_equal takes two arguments, got \(node.args.count)", layer: layer)
        }
        var operands: [TensorID?] = []
        for argument in node.args {
            if case .tensor(let ref) = argument {
                operands.append(try context.tensor(ref, for: layer))
            } else {
                operands.append(nil)
            }
        }
        guard let typed = operands.compactMap({ $0 }).first else {
            throw ConversionError(.unsupported, "not_equal of two constants", layer: layer)
        }
        let type = context.graph[typed].type
        for index in 0..<2 where operands[index] == nil {
            guard case .value(let value) = node.args[index], let number = value.doubleValue else {
                throw ConversionError(.unsupported, "not_equal with a non-numeric operand", layer: layer)
            }
            operands[index] = try scalar(number, type: type, name: "\(layer.name)/operand", context: &context, layer: layer)
        }
        guard let a = operands[0], let b = operands[1] else {
            throw ConversionError(.invalidModel, "not_equal operand missing", layer: layer)
        }
        guard context.graph[a].type == context.graph[b].type else {
            throw ConversionError(
                .unsupported, "not_equal of \(context.graph[a].type) and \(context.graph[b].type)", layer: layer)
        }
        guard let shape = LoweringContext.broadcastShape(context.graph[a].shape, context.graph[b].shape) else {
            throw ConversionError(.invalidModel, "not_equal cannot broadcast its operands", layer: layer)
        }
        return [context.graph.addOperator(
            .notEqual, options: .notEqualOptions(NotEqualOptions()), inputs: [a, b], output: layer.name, type: .bool,
            shape: shape, origin: layer.name)]
    }

    /// `any(x, axis, keepdims)` over boolean tensors.
    @Sendable
    static func any(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let input = try context.singleInput(of: node)
        let shape = context.graph[input].shape
        guard context.graph[input].type == .bool else {
            throw ConversionError(.unsupported, "any over \(context.graph[input].type) tensors", layer: layer)
        }
        let rank = shape.count
        var axes: [Int]
        if let list = layer.config["axis"]?.intList(count: 1) {
            axes = list
        } else {
            axes = Array(0..<rank)
        }
        axes = axes.map { $0 < 0 ? $0 + rank : $0 }
        guard axes.allSatisfy({ $0 >= 0 && $0 < rank }) else {
            throw ConversionError(.invalidModel, "any axis \(axes) out of range for rank \(rank)", layer: layer)
        }
        let keepDims = layer.config["keepdims"]?.boolValue ?? false
        var outShape: [Int] = []
        for (axis, size) in shape.enumerated() {
            if axes.contains(axis) {
                if keepDims { outShape.append(1) }
            } else {
                outShape.append(size)
            }
        }
        var options = ReducerOptions()
        options.keepDims = keepDims
        let axisTensor = context.int32Constant(name: "\(layer.name)/axis", shape: [axes.count], values: axes.map { Int32($0) })
        return [context.graph.addOperator(
            .reduceAny, options: .reducerOptions(options), inputs: [input, axisTensor], output: layer.name, type: .bool,
            shape: outShape, origin: layer.name)]
    }

    private static func scalar(
        _ value: Double, type: TensorType, name: String, context: inout LoweringContext, layer: KerasLayer
    ) throws(ConversionError) -> TensorID {
        switch type {
        case .float32: return context.scalar(Float(value), name: name)
        case .int32:
            guard let integer = Int32(exactly: value) else {
                throw ConversionError(.unsupported, "not_equal of an int32 tensor and \(value)", layer: layer)
            }
            return context.int32Constant(name: name, shape: [], values: [integer])
        case .int64:
            guard let integer = Int64(exactly: value) else {
                throw ConversionError(.unsupported, "not_equal of an int64 tensor and \(value)", layer: layer)
            }
            let bytes = withUnsafeBytes(of: integer.littleEndian) { Array($0) }
            return context.graph.addTensor(GraphTensor(name: name, type: .int64, shape: [], data: bytes))
        default:
            throw ConversionError(.unsupported, "not_equal on \(type) tensors", layer: layer)
        }
    }
}
