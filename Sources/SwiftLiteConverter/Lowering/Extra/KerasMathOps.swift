import KerasModel
import SwiftLiteSchema

/// More elementwise Keras operations (`keras.src.ops.numpy`, `.math`, `.nn`): unary math (Rsqrt,
/// Sin, Cos, Floor, Ceil, Round, Sign, Reciprocal, Log1p, Expm1, Log2, Log10, Erf), activations
/// (HardTanh, LogSigmoid, TanhShrink, SparsePlus, SparseSigmoid, Squareplus, SoftShrink,
/// HardShrink, Celu, Glu, Normalize), Clip, Where, comparisons and logical ops, Mod, FloorDivide,
/// ZerosLike and OnesLike.
enum KerasMathOps {
    /// The lowerings by registry key.
    static let lowerings: [String: LayerLowering] = [
        "ops.Rsqrt": unary(.rsqrt),
        "ops.Sin": unary(.sin),
        "ops.Cos": unary(.cos),
        "ops.Floor": unary(.floor),
        "ops.Ceil": unary(.ceil),
        "ops.Round": round,
        "ops.Sign": unary(.sign),
        "ops.Reciprocal": reciprocal,
        "ops.Log1p": log1p,
        "ops.Expm1": expm1,
        "ops.Log2": logBase(inverseLog: 1.4426950408889634),
        "ops.Log10": logBase(inverseLog: 0.4342944819032518),
        "ops.Erf": erf,
        "ops.HardTanh": activation("hard_tanh"),
        "ops.LogSigmoid": activation("log_sigmoid"),
        "ops.TanhShrink": activation("tanh_shrink"),
        "ops.SparsePlus": activation("sparse_plus"),
        "ops.SparseSigmoid": activation("sparse_sigmoid"),
        "ops.Squareplus": activation("squareplus", parameter: "b", default: 4),
        "ops.SoftShrink": activation("soft_shrink", parameter: "threshold", default: 0.5),
        "ops.HardShrink": activation("hard_shrink", parameter: "threshold", default: 0.5),
        "ops.Glu": activation("glu", parameter: "axis", default: -1),
        "ops.Celu": celu,
        "ops.Normalize": normalize,
        "ops.Clip": clip,
        "ops.Where": whereOp,
        "ops.Greater": compare(.greater),
        "ops.GreaterEqual": compare(.greaterEqual),
        "ops.Less": compare(.less),
        "ops.LessEqual": compare(.lessEqual),
        "ops.Equal": compare(.equal),
        "ops.LogicalAnd": logical(.logicalAnd),
        "ops.LogicalOr": logical(.logicalOr),
        "ops.LogicalNot": logicalNot,
        "ops.Mod": arithmetic(.floorMod),
        "ops.FloorDivide": arithmetic(.floorDiv),
        "ops.ZerosLike": filledLike(0),
        "ops.OnesLike": filledLike(1),
    ]

    /// The first tensor among the call's positional arguments (keyword arguments such as
    /// `constant_values` are read by the lowering itself).
    static func firstTensor(_ node: KerasNode, _ context: LoweringContext) throws(ConversionError) -> TensorID {
        guard let ref = node.args.first?.tensors.first ?? node.kwargs.first?.1.tensors.first else {
            throw ConversionError(.unsupported, "the operation has no tensor operand", layer: node.layer)
        }
        return try context.tensor(ref, for: node.layer)
    }

    /// A float-only one-input op.
    static func unary(_ opcode: BuiltinOperator) -> LayerLowering {
        { node, context throws(ConversionError) in
            let x = try KerasOpsLowerings.operand(node, &context)
            try StructureConfig.requireFloat(context, x, layer: node.layer)
            return [context.unary(opcode, x, name: node.layer.name, origin: node.layer.name)]
        }
    }

    /// `ops.round(x, decimals=0)`: ROUND (half to even, as NumPy).
    static let round: LayerLowering = { node, context throws(ConversionError) in
        let decimals = try StructureConfig.int(node.layer, "decimals", default: 0)
        guard decimals == 0 else {
            throw ConversionError(.unsupported, "decimals=\(decimals) is not supported (0 only)", layer: node.layer)
        }
        return try unary(.round)(node, &context)
    }

    /// `1 / x`.
    static let reciprocal: LayerLowering = { node, context throws(ConversionError) in
        let x = try KerasOpsLowerings.operand(node, &context)
        try StructureConfig.requireFloat(context, x, layer: node.layer)
        let one = context.scalar(1, name: "\(node.layer.name)/one")
        return [try context.binary(.div, one, x, name: node.layer.name, origin: node.layer.name)]
    }

    /// `log(1 + x)`.
    static let log1p: LayerLowering = { node, context throws(ConversionError) in
        let name = node.layer.name
        let x = try KerasOpsLowerings.operand(node, &context)
        try StructureConfig.requireFloat(context, x, layer: node.layer)
        let shifted = try context.binary(.add, x, context.scalar(1, name: "\(name)/one"), name: "\(name)/add", origin: name)
        return [context.unary(.log, shifted, name: name, origin: name)]
    }

    /// `exp(x) - 1`.
    static let expm1: LayerLowering = { node, context throws(ConversionError) in
        let name = node.layer.name
        let x = try KerasOpsLowerings.operand(node, &context)
        try StructureConfig.requireFloat(context, x, layer: node.layer)
        let e = context.unary(.exp, x, name: "\(name)/exp", origin: name)
        return [try context.binary(.sub, e, context.scalar(1, name: "\(name)/one"), name: name, origin: name)]
    }

    /// `log(x) / log(base)`, given `1 / log(base)`.
    static func logBase(inverseLog: Double) -> LayerLowering {
        { node, context throws(ConversionError) in
            let name = node.layer.name
            let x = try KerasOpsLowerings.operand(node, &context)
            try StructureConfig.requireFloat(context, x, layer: node.layer)
            let natural = context.unary(.log, x, name: "\(name)/log", origin: name)
            let factor = context.scalar(Float(inverseLog), name: "\(name)/inverse_log_base")
            return [try context.binary(.mul, natural, factor, name: name, origin: name)]
        }
    }

    /// `erf(x)` (TFLite has no ERF): Abramowitz & Stegun 7.1.26, `sign(x) · (1 - poly(t) · exp(-x²))`
    /// with `t = 1 / (1 + p|x|)`, absolute error below 1.5e-7.
    static let erf: LayerLowering = { node, context throws(ConversionError) in
        let name = node.layer.name
        let x = try KerasOpsLowerings.operand(node, &context)
        try StructureConfig.requireFloat(context, x, layer: node.layer)
        let coefficients: [Float] = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429]
        let magnitude = context.unary(.abs, x, name: "\(name)/abs", origin: name)
        let scaled = try context.binary(.mul, magnitude, context.scalar(0.3275911, name: "\(name)/p"), name: "\(name)/p_abs", origin: name)
        let denominator = try context.binary(.add, scaled, context.scalar(1, name: "\(name)/one"), name: "\(name)/denominator", origin: name)
        let t = try context.binary(.div, context.scalar(1, name: "\(name)/one"), denominator, name: "\(name)/t", origin: name)
        // Horner: ((((a5 t + a4) t + a3) t + a2) t + a1) t.
        var poly = try context.binary(.mul, t, context.scalar(coefficients[4], name: "\(name)/a5"), name: "\(name)/horner4", origin: name)
        for index in stride(from: 3, through: 0, by: -1) {
            let sum = try context.binary(.add, poly, context.scalar(coefficients[index], name: "\(name)/a\(index + 1)"), name: "\(name)/horner_add\(index)", origin: name)
            poly = try context.binary(.mul, sum, t, name: "\(name)/horner\(index)", origin: name)
        }
        let square = try context.binary(.mul, x, x, name: "\(name)/square", origin: name)
        let negated = context.unary(.neg, square, name: "\(name)/neg_square", origin: name)
        let gaussian = context.unary(.exp, negated, name: "\(name)/gaussian", origin: name)
        let tail = try context.binary(.mul, poly, gaussian, name: "\(name)/tail", origin: name)
        let positive = try context.binary(.sub, context.scalar(1, name: "\(name)/one"), tail, name: "\(name)/erf_abs", origin: name)
        let sign = context.unary(.sign, x, name: "\(name)/sign", origin: name)
        return [try context.binary(.mul, positive, sign, name: name, origin: name)]
    }

    /// A Keras activation by name; with `parameter`, only its default value is supported.
    static func activation(_ function: String, parameter: String? = nil, default fallback: Double = 0) -> LayerLowering {
        { node, context throws(ConversionError) in
            if let parameter, let value = node.layer.config[parameter], value.doubleValue != fallback {
                throw ConversionError(.unsupported, "\(parameter)=\(value.serialized()) is not supported (\(fallback) only)", layer: node.layer)
            }
            let x = try KerasOpsLowerings.operand(node, &context)
            try StructureConfig.requireFloat(context, x, layer: node.layer)
            return [try context.emitActivation(KerasActivation.function(function), input: x, layer: node.layer)]
        }
    }

    /// `ops.celu(x, alpha)`.
    static let celu: LayerLowering = { node, context throws(ConversionError) in
        let x = try KerasOpsLowerings.operand(node, &context)
        try StructureConfig.requireFloat(context, x, layer: node.layer)
        let alpha = Float(node.layer.config["alpha"]?.doubleValue ?? 1)
        guard alpha > 0 else { throw ConversionError(.unsupported, "alpha=\(alpha) is not supported (positive only)", layer: node.layer) }
        return [try context.emitCELU(x, alpha: alpha, layer: node.layer, output: node.layer.name)]
    }

    /// `ops.normalize(x, axis, order, epsilon)` for order 2 (`x · rsqrt(max(Σx², ε²))`) and order 1
    /// (`x / max(Σ|x|, ε)`); ε defaults to Keras's 1e-7.
    static let normalize: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasOpsLowerings.operand(node, &context)
        try StructureConfig.requireFloat(context, x, layer: layer)
        let rank = context.graph[x].shape.count
        let axis = try StructureConfig.axis(try StructureConfig.int(layer, "axis", default: -1), rank: rank, layer: layer)
        guard axis > 0 else { throw ConversionError(.unsupported, "normalizing over the batch axis is not supported", layer: layer) }
        let epsilon = Float(layer.config["epsilon"]?.doubleValue ?? 1e-7)
        switch try StructureConfig.int(layer, "order", default: 2) {
        case 2:
            return [try NormalizationExtras.emitL2Normalize(&context, x, axes: [axis], epsilon: epsilon, name: layer.name)]
        case 1:
            let name = layer.name
            let magnitude = context.unary(.abs, x, name: "\(name)/abs", origin: name)
            let sum = StructureOps.reduce(&context, .sum, magnitude, axes: [axis], keepDims: true, name: "\(name)/sum", origin: name)
            let bounded = try context.binary(.maximum, sum, context.scalar(epsilon, name: "\(name)/epsilon"), name: "\(name)/norm", origin: name)
            return [try context.binary(.div, x, bounded, name: name, origin: name)]
        case let order:
            throw ConversionError(.unsupported, "order=\(order) is not supported (1 or 2)", layer: layer)
        }
    }

    /// `ops.clip(x, x_min, x_max)`: MAXIMUM then MINIMUM (RELU6 / RELU_N1_TO_1 for their ranges).
    static let clip: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try firstTensor(node, context)
        let type = context.graph[x].type
        guard type == .float32 || type == .int32 else {
            throw ConversionError(.unsupported, "clip of \(type) is not supported", layer: layer)
        }
        guard let low = layer.config["x_min"]?.doubleValue, let high = layer.config["x_max"]?.doubleValue else {
            throw ConversionError(.unsupported, "clip bounds must be numbers saved in the config", layer: layer)
        }
        let name = layer.name
        if type == .float32, low == 0, high == 6 { return [context.unary(.relu6, x, name: name, origin: name)] }
        if type == .float32, low == -1, high == 1 { return [context.unary(.reluN1To1, x, name: name, origin: name)] }
        let lowTensor = try StructureOps.constant(&context, type: type, shape: [], values: [low], name: "\(name)/x_min")
        let highTensor = try StructureOps.constant(&context, type: type, shape: [], values: [high], name: "\(name)/x_max")
        let floored = try context.binary(.maximum, x, lowTensor, name: "\(name)/max", origin: name)
        return [try context.binary(.minimum, floored, highTensor, name: name, origin: name)]
    }

    /// A tensor operand, or a saved number as a constant of `type`.
    static func operandTensor(
        _ argument: KerasArgument, type: TensorType, _ context: inout LoweringContext, layer: KerasLayer, name: String
    ) throws(ConversionError) -> TensorID {
        switch argument {
        case .tensor(let ref): return try context.tensor(ref, for: layer)
        case .value(let value):
            let constant = try KerasOperands.constant(value, layer: layer)
            if type == .int32, !constant.integral {
                throw ConversionError(.unsupported, "a float constant with int32 operands is not supported", layer: layer)
            }
            return try StructureOps.constant(&context, type: type, shape: constant.shape, values: constant.values, name: name)
        case .list:
            throw ConversionError(.unsupported, "a list operand is not supported here", layer: layer)
        }
    }

    /// `ops.where(condition, x1, x2)`: SELECT_V2 (x1 and x2 tensors or numbers). The one-argument form
    /// (indices of true elements) has a data-dependent shape and is not supported.
    static let whereOp: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let arguments = KerasOperands.arguments(of: node)
        guard arguments.count == 3, case .tensor(let conditionRef) = arguments[0] else {
            throw ConversionError(.unsupported, "where needs a condition tensor and two values (the one-argument form is not supported)", layer: layer)
        }
        var condition = try context.tensor(conditionRef, for: layer)
        var type: TensorType = .float32
        for argument in arguments.dropFirst() {
            if case .tensor(let ref) = argument { type = context.graph[try context.tensor(ref, for: layer)].type }
        }
        let a = try operandTensor(arguments[1], type: type, &context, layer: layer, name: "\(layer.name)/x1")
        let b = try operandTensor(arguments[2], type: type, &context, layer: layer, name: "\(layer.name)/x2")
        guard context.graph[a].type == context.graph[b].type else {
            throw ConversionError(.unsupported, "where of \(context.graph[a].type) and \(context.graph[b].type) values is not supported", layer: layer)
        }
        if context.graph[condition].type != .bool {
            let zero = try StructureOps.constant(&context, type: context.graph[condition].type, shape: [], values: [0], name: "\(layer.name)/zero")
            condition = context.graph.addOperator(
                .notEqual, inputs: [condition, zero], output: "\(layer.name)/condition", type: .bool,
                shape: context.graph[condition].shape, origin: layer.name)
        }
        return [try context.emitSelect(condition, a, b, name: layer.name, origin: layer.name)]
    }

    /// A comparison (bool result, broadcasting).
    static func compare(_ opcode: BuiltinOperator) -> LayerLowering {
        { node, context throws(ConversionError) in
            let operands = try KerasOperands.tensors(node, &context)
            guard operands.count == 2 else {
                throw ConversionError(.unsupported, "expected two operands, got \(operands.count)", layer: node.layer)
            }
            guard let shape = LoweringContext.broadcastShape(context.graph[operands[0]].shape, context.graph[operands[1]].shape) else {
                throw ConversionError(.invalidModel, "cannot broadcast the operands", layer: node.layer)
            }
            return [context.graph.addOperator(
                opcode, inputs: operands, output: node.layer.name, type: .bool, shape: shape, origin: node.layer.name)]
        }
    }

    /// LOGICAL_AND / LOGICAL_OR of two bool tensors.
    static func logical(_ opcode: BuiltinOperator) -> LayerLowering {
        { node, context throws(ConversionError) in
            let operands = try KerasOperands.tensors(node, &context)
            guard operands.count == 2, operands.allSatisfy({ context.graph[$0].type == .bool }) else {
                throw ConversionError(.unsupported, "expected two bool tensors", layer: node.layer)
            }
            guard let shape = LoweringContext.broadcastShape(context.graph[operands[0]].shape, context.graph[operands[1]].shape) else {
                throw ConversionError(.invalidModel, "cannot broadcast the operands", layer: node.layer)
            }
            return [context.graph.addOperator(
                opcode, inputs: operands, output: node.layer.name, type: .bool, shape: shape, origin: node.layer.name)]
        }
    }

    /// LOGICAL_NOT of a bool tensor.
    static let logicalNot: LayerLowering = { node, context throws(ConversionError) in
        let x = try KerasOpsLowerings.operand(node, &context)
        guard context.graph[x].type == .bool else {
            throw ConversionError(.unsupported, "logical_not of \(context.graph[x].type) is not supported", layer: node.layer)
        }
        return [context.unary(.logicalNot, x, name: node.layer.name, origin: node.layer.name)]
    }

    /// FLOOR_MOD / FLOOR_DIV (NumPy's floored semantics).
    static func arithmetic(_ opcode: BuiltinOperator) -> LayerLowering {
        { node, context throws(ConversionError) in
            let operands = try KerasOperands.tensors(node, &context)
            guard operands.count == 2 else {
                throw ConversionError(.unsupported, "expected two operands, got \(operands.count)", layer: node.layer)
            }
            return [try context.binary(opcode, operands[0], operands[1], name: node.layer.name, origin: node.layer.name)]
        }
    }

    /// `zeros_like` / `ones_like` (same type unless `dtype` says otherwise).
    static func filledLike(_ value: Double) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            let x = try firstTensor(node, context)
            var type = context.graph[x].type
            if let dtype = layer.config["dtype"]?.stringValue {
                type = try GraphLowering.tensorType(forKerasDType: dtype, what: "`\(layer.name)`")
            }
            guard type == .float32 || type == .int32 else {
                throw ConversionError(.unsupported, "\(type) results are not supported", layer: layer)
            }
            let source = StructureOps.cast(&context, x, to: type, name: "\(layer.name)/cast", origin: layer.name)
            let zeros = context.unary(.zerosLike, source, name: value == 0 ? layer.name : "\(layer.name)/zeros", origin: layer.name)
            if value == 0 { return [zeros] }
            let one = try StructureOps.constant(&context, type: type, shape: [], values: [value], name: "\(layer.name)/value")
            return [try context.binary(.add, zeros, one, name: layer.name, origin: layer.name)]
        }
    }
}
