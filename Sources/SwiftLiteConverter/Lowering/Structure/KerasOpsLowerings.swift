import KerasModel
import SwiftLiteSchema

/// Elementwise Keras operations recorded in functional models (module `keras.src.ops.numpy`,
/// `keras.src.ops.nn`, `keras.src.ops.core`): arithmetic with tensors or saved numbers, unary math,
/// activations (through ``LoweringContext/emitActivation(_:input:layer:)``) and casts. Shape
/// operations live in ``KerasShapeOpsLowerings``.
enum KerasOpsLowerings {
    /// The lowerings by registry key (`ops.` + class name).
    static let lowerings: [String: LayerLowering] = [
        "ops.Add": binary(.add),
        "ops.Subtract": binary(.sub),
        "ops.Multiply": binary(.mul),
        "ops.Divide": binary(.div, floatOnly: true),
        "ops.TrueDivide": binary(.div, floatOnly: true),
        "ops.Maximum": binary(.maximum),
        "ops.Minimum": binary(.minimum),
        "ops.Power": binary(.pow, floatOnly: true),
        "ops.Negative": unary(.neg),
        "ops.Absolute": unary(.abs),
        "ops.Square": unary(.square, floatOnly: true),
        "ops.Sqrt": unary(.sqrt, floatOnly: true),
        "ops.Exp": unary(.exp, floatOnly: true),
        "ops.Log": unary(.log, floatOnly: true),
        "ops.Tanh": activation("tanh"),
        "ops.Relu": activation("relu"),
        "ops.Relu6": activation("relu6"),
        "ops.Sigmoid": activation("sigmoid"),
        "ops.Silu": activation("silu"),
        "ops.HardSigmoid": activation("hard_sigmoid"),
        "ops.HardSilu": activation("hard_silu"),
        "ops.Softplus": activation("softplus"),
        "ops.Softsign": activation("softsign"),
        "ops.Selu": activation("selu"),
        "ops.Elu": elu,
        "ops.Gelu": gelu,
        "ops.LeakyRelu": leakyRelu,
        "ops.Softmax": softmax(log: false),
        "ops.LogSoftmax": softmax(log: true),
        "ops.Cast": cast,
    ]

    /// The single tensor operand of a one-input operation.
    static func operand(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> TensorID {
        let operands = try KerasOperands.tensors(node, &context)
        guard operands.count == 1 else {
            throw ConversionError(.unsupported, "expected one operand, got \(operands.count)", layer: node.layer)
        }
        return operands[0]
    }

    /// `x1 op x2` with NumPy broadcasting.
    static func binary(_ opcode: BuiltinOperator, floatOnly: Bool = false) -> LayerLowering {
        { node, context throws(ConversionError) in
            let operands = try KerasOperands.tensors(node, &context)
            guard operands.count == 2 else {
                throw ConversionError(.unsupported, "expected two operands, got \(operands.count)", layer: node.layer)
            }
            if floatOnly { try StructureConfig.requireFloat(context, operands[0], layer: node.layer) }
            return [try context.binary(opcode, operands[0], operands[1], name: node.layer.name, origin: node.layer.name)]
        }
    }

    /// A one-input elementwise op.
    static func unary(_ opcode: BuiltinOperator, floatOnly: Bool = false) -> LayerLowering {
        { node, context throws(ConversionError) in
            let x = try operand(node, &context)
            if floatOnly { try StructureConfig.requireFloat(context, x, layer: node.layer) }
            return [context.unary(opcode, x, name: node.layer.name, origin: node.layer.name)]
        }
    }

    /// A Keras activation by its `keras.activations` name.
    static func activation(_ name: String) -> LayerLowering {
        { node, context throws(ConversionError) in
            let x = try operand(node, &context)
            try StructureConfig.requireFloat(context, x, layer: node.layer)
            return [try context.emitActivation(name, input: x, layer: node.layer)]
        }
    }

    /// `ops.elu(x, alpha)`: the `elu` activation when alpha is 1.
    static let elu: LayerLowering = { node, context throws(ConversionError) in
        let alpha = node.layer.config["alpha"]?.doubleValue ?? 1
        guard alpha == 1 else {
            throw ConversionError(.unsupported, "alpha=\(alpha) is not supported (1 only)", layer: node.layer)
        }
        return try activation("elu")(node, &context)
    }

    /// `ops.gelu(x, approximate)`: GELU with the tanh approximation or the exact erf form.
    static let gelu: LayerLowering = { node, context throws(ConversionError) in
        let approximate = try StructureConfig.bool(node.layer, "approximate", default: true)
        if !approximate { return try activation("gelu")(node, &context) }
        let x = try operand(node, &context)
        try StructureConfig.requireFloat(context, x, layer: node.layer)
        var options = GeluOptions()
        options.approximate = true
        return [context.unary(.gelu, x, options: .geluOptions(options), name: node.layer.name, origin: node.layer.name)]
    }

    /// `ops.leaky_relu(x, negative_slope)`: LEAKY_RELU.
    static let leakyRelu: LayerLowering = { node, context throws(ConversionError) in
        let x = try operand(node, &context)
        try StructureConfig.requireFloat(context, x, layer: node.layer)
        var options = LeakyReluOptions()
        options.alpha = Float(node.layer.config["negative_slope"]?.doubleValue ?? 0.2)
        return [context.unary(.leakyRelu, x, options: .leakyReluOptions(options), name: node.layer.name, origin: node.layer.name)]
    }

    /// `ops.softmax(x, axis)` / `ops.log_softmax(x, axis)` over one axis: on the last axis directly,
    /// on another one between two TRANSPOSEs that swap it with the last.
    static func softmax(log: Bool) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            let x = try operand(node, &context)
            try StructureConfig.requireFloat(context, x, layer: layer)
            let axes = try StructureConfig.axes(layer, "axis") ?? [-1]
            guard axes.count == 1 else {
                throw ConversionError(.unsupported, "axis=\(axes) is not supported (one axis only)", layer: layer)
            }
            return [try emitSoftmax(x, axis: axes[0], log: log, layer: layer, &context)]
        }
    }

    /// Softmax or log-softmax of `x` over `axis` (negative counts from the end), named after `layer`.
    static func emitSoftmax(
        _ input: TensorID, axis given: Int, log: Bool, layer: KerasLayer, _ context: inout LoweringContext
    ) throws(ConversionError) -> TensorID {
        var x = input
        let rank = context.graph[x].shape.count
        guard rank >= 1 else {
            throw ConversionError(.unsupported, "softmax of a scalar is not supported", layer: layer)
        }
        let axis = try StructureConfig.axis(given, rank: rank, layer: layer)
        var swap: [Int]?
        if axis != rank - 1 {
            var permutation = Array(0..<rank)
            permutation.swapAt(axis, rank - 1)
            swap = permutation
            x = context.transpose(x, permutation: permutation, name: "\(layer.name)/to_last", origin: layer.name)
        }
        let outName = swap == nil ? layer.name : "\(layer.name)/last"
        var y: TensorID
        if log {
            y = context.unary(.logSoftmax, x, options: .logSoftmaxOptions(LogSoftmaxOptions()), name: outName, origin: layer.name)
        } else if swap == nil {
            y = try context.emitActivation("softmax", input: x, layer: layer)
        } else {
            var options = SoftmaxOptions()
            options.beta = 1
            y = context.unary(.softmax, x, options: .softmaxOptions(options), name: outName, origin: layer.name)
        }
        if let swap {
            y = context.transpose(y, permutation: swap, name: layer.name, origin: layer.name)
        }
        return y
    }

    /// `ops.cast(x, dtype)`: CAST (Keras truncates floats toward zero, as CAST does).
    static let cast: LayerLowering = { node, context throws(ConversionError) in
        let x = try operand(node, &context)
        let dtype = try StructureConfig.string(node.layer, "dtype", default: "float32")
        let type = try GraphLowering.tensorType(forKerasDType: dtype, what: "cast of `\(node.layer.name)`")
        let output = StructureOps.cast(&context, x, to: type, name: node.layer.name, origin: node.layer.name)
        return [output]
    }
}
