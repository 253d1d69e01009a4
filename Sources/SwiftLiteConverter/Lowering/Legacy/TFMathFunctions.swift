import KerasModel
import SwiftLiteSchema

/// Elementwise TF functions recorded by tf-keras: arithmetic operators and `tf.math` functions
/// (with NumPy broadcasting; numbers and arrays saved in the call become constants), comparisons,
/// unary math, and the `tf.nn` activations (through ``LoweringContext/emitActivation(_:input:layer:output:)``).
enum TFMathFunctions {
    static let xy = ["x", "y"]

    /// The functions by name (without `tf.`).
    static let functions: [String: TFFunction] = {
        var table: [String: TFFunction] = [:]
        // `x + y` is recorded as `__operators__.add`; `-`, `*`, `/`, `**` as the math functions.
        let binaries: [(BuiltinOperator, [String], Bool)] = [
            (.add, ["__operators__.add", "math.add", "add"], false),
            (.sub, ["__operators__.sub", "math.subtract", "subtract"], false),
            (.mul, ["__operators__.mul", "math.multiply", "multiply"], false),
            (.div, ["__operators__.truediv", "math.truediv", "math.divide", "truediv", "divide"], true),
            (.maximum, ["math.maximum", "maximum"], false),
            (.minimum, ["math.minimum", "minimum"], false),
            (.squaredDifference, ["math.squared_difference"], true),
            (.floorDiv, ["compat.v1.floor_div", "math.floordiv", "__operators__.floordiv"], false),
            (.floorMod, ["math.floormod", "math.mod"], false),
        ]
        for (opcode, names, floatOnly) in binaries {
            for name in names { table[name] = TFFunction(xy + ["name"], binary(opcode, floatOnly: floatOnly)) }
        }
        for name in ["__operators__.pow", "math.pow", "pow"] { table[name] = TFFunction(xy + ["name"], power) }
        let comparisons: [(BuiltinOperator, [String])] = [
            (.greater, ["math.greater", "__operators__.gt"]), (.greaterEqual, ["math.greater_equal", "__operators__.ge"]),
            (.less, ["math.less", "__operators__.lt"]), (.lessEqual, ["math.less_equal", "__operators__.le"]),
            (.equal, ["math.equal"]), (.notEqual, ["math.not_equal"]),
        ]
        for (opcode, names) in comparisons {
            for name in names { table[name] = TFFunction(xy + ["name"], compare(opcode)) }
        }
        table["__operators__.eq"] = TFFunction(["self", "other"], compare(.equal, ["self", "other"]))
        table["__operators__.ne"] = TFFunction(["self", "other"], compare(.notEqual, ["self", "other"]))
        let unaries: [(BuiltinOperator, [String], Bool)] = [
            (.neg, ["math.negative", "__operators__.neg", "negative"], false),
            (.abs, ["math.abs", "abs"], false),
            (.square, ["math.square", "square"], true),
            (.sqrt, ["math.sqrt", "sqrt"], true),
            (.rsqrt, ["math.rsqrt"], true),
            (.exp, ["math.exp", "exp"], true),
            (.log, ["math.log"], true),
            (.sin, ["math.sin"], true),
            (.cos, ["math.cos"], true),
            (.floor, ["math.floor", "floor"], true),
            (.ceil, ["math.ceil"], true),
            (.round, ["math.round", "round"], true),
            (.sign, ["math.sign", "sign"], false),
        ]
        for (opcode, names, floatOnly) in unaries {
            for name in names { table[name] = TFFunction(["x", "name"], unary(opcode, floatOnly: floatOnly)) }
        }
        table["math.reciprocal"] = TFFunction(["x", "name"], reciprocal)
        // Activations: Keras's emitters compute what TF's kernels do for these.
        let activations: [(String, [String], String)] = [
            ("relu", ["nn.relu"], "features"), ("relu6", ["nn.relu6"], "features"), ("elu", ["nn.elu"], "features"),
            ("selu", ["nn.selu"], "features"), ("sigmoid", ["math.sigmoid", "nn.sigmoid", "sigmoid"], "x"),
            ("tanh", ["math.tanh", "nn.tanh", "tanh"], "x"), ("softplus", ["math.softplus", "nn.softplus"], "features"),
            ("softsign", ["math.softsign", "nn.softsign"], "features"), ("log_sigmoid", ["math.log_sigmoid"], "x"),
        ]
        for (activation, names, parameter) in activations {
            for name in names { table[name] = TFFunction([parameter, "name"], activate(activation, parameter)) }
        }
        for name in ["nn.silu", "nn.swish"] { table[name] = TFFunction(["features", "beta", "name"], silu) }
        table["nn.gelu"] = TFFunction(["features", "approximate", "name"], gelu)
        table["nn.leaky_relu"] = TFFunction(["features", "alpha", "name"], leakyRelu)
        for name in ["nn.softmax", "math.softmax"] { table[name] = TFFunction(["logits", "axis", "name", "dim"], softmax(log: false)) }
        for name in ["nn.log_softmax", "math.log_softmax"] {
            table[name] = TFFunction(["logits", "axis", "name", "dim"], softmax(log: true))
        }
        for name in ["math.l2_normalize", "nn.l2_normalize"] {
            table[name] = TFFunction(["x", "axis", "epsilon", "name", "dim"], l2Normalize)
        }
        table["math.add_n"] = TFFunction(["inputs", "name"], addN)
        return table
    }()

    /// `x op y` with broadcasting (ADD, SUB, MUL, DIV, ...).
    static func binary(_ opcode: BuiltinOperator, floatOnly: Bool) -> @Sendable (TFCall, inout LoweringContext) throws(ConversionError) -> [TensorID] {
        { call, context throws(ConversionError) in
            let operands = try call.operands(xy, &context)
            if floatOnly { try call.requireFloat(operands[0], context) }
            return [try context.binary(opcode, operands[0], operands[1], name: call.name, origin: call.name)]
        }
    }

    /// `tf.pow(x, y)`: MUL for a constant exponent 2 (what `x ** 2` usually is), POW otherwise.
    static func power(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let operands = try call.operands(xy, &context)
        try call.requireFloat(operands[0], context)
        if case .tensor? = call.argument("x"), case .value(let exponent)? = call.argument("y"), exponent.doubleValue == 2 {
            return [try context.binary(.mul, operands[0], operands[0], name: call.name, origin: call.name)]
        }
        return [try context.binary(.pow, operands[0], operands[1], name: call.name, origin: call.name)]
    }

    /// A comparison: a bool tensor, broadcast.
    static func compare(_ opcode: BuiltinOperator, _ parameters: [String] = xy) -> @Sendable (TFCall, inout LoweringContext) throws(ConversionError) -> [TensorID] {
        { call, context throws(ConversionError) in
            let operands = try call.operands(parameters, &context)
            let a = context.graph[operands[0]].shape, b = context.graph[operands[1]].shape
            guard let shape = LoweringContext.broadcastShape(a, b) else {
                throw ConversionError(.invalidModel, "tf.\(call.function) cannot broadcast \(a) and \(b)", layer: call.layer)
            }
            return [context.graph.addOperator(opcode, inputs: operands, output: call.name, type: .bool, shape: shape, origin: call.name)]
        }
    }

    /// A one-input elementwise op.
    static func unary(_ opcode: BuiltinOperator, floatOnly: Bool) -> @Sendable (TFCall, inout LoweringContext) throws(ConversionError) -> [TensorID] {
        { call, context throws(ConversionError) in
            let x = try call.tensor("x", &context)
            if floatOnly { try call.requireFloat(x, context) }
            return [context.unary(opcode, x, name: call.name, origin: call.name)]
        }
    }

    /// `1 / x`.
    static func reciprocal(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("x", &context)
        try call.requireFloat(x, context)
        return [try context.binary(.div, context.scalar(1, name: "\(call.name)/one"), x, name: call.name, origin: call.name)]
    }

    /// A Keras activation applied to the tensor `parameter`.
    static func activate(_ activation: String, _ parameter: String) -> @Sendable (TFCall, inout LoweringContext) throws(ConversionError) -> [TensorID] {
        { call, context throws(ConversionError) in
            let x = try call.tensor(parameter, &context)
            try call.requireFloat(x, context)
            return [try context.emitActivation(activation, input: x, layer: call.layer)]
        }
    }

    /// `tf.nn.silu(features, beta)`: `x * sigmoid(beta * x)`.
    static func silu(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("features", &context)
        try call.requireFloat(x, context)
        let beta = try call.double("beta", default: 1)
        if beta == 1 { return [try context.emitActivation("silu", input: x, layer: call.layer)] }
        let scaled = try context.binary(.mul, x, context.scalar(Float(beta), name: "\(call.name)/beta"), name: "\(call.name)/scaled", origin: call.name)
        let gate = context.unary(.logistic, scaled, name: "\(call.name)/sigmoid", origin: call.name)
        return [try context.binary(.mul, x, gate, name: call.name, origin: call.name)]
    }

    /// `tf.nn.gelu(features, approximate=False)`.
    static func gelu(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("features", &context)
        try call.requireFloat(x, context)
        let approximate = try call.bool("approximate", default: false)
        return [context.emitGELU(x, approximate: approximate, layer: call.layer, output: call.name)]
    }

    /// `tf.nn.leaky_relu(features, alpha=0.2)`.
    static func leakyRelu(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("features", &context)
        try call.requireFloat(x, context)
        let alpha = try call.double("alpha", default: 0.2)
        return [context.emitLeakyReLU(x, alpha: Float(alpha), layer: call.layer, output: call.name)]
    }

    /// `tf.nn.softmax(logits, axis=-1)` / `tf.nn.log_softmax`.
    static func softmax(log: Bool) -> @Sendable (TFCall, inout LoweringContext) throws(ConversionError) -> [TensorID] {
        { call, context throws(ConversionError) in
            let x = try call.tensor("logits", &context)
            try call.requireFloat(x, context)
            let axis = try call.int(call.firstGiven("axis", "dim") ?? "axis", default: -1)
            return [try KerasOpsLowerings.emitSoftmax(x, axis: axis, log: log, layer: call.layer, &context)]
        }
    }

    /// `tf.math.l2_normalize(x, axis, epsilon=1e-12)`: `x * rsqrt(max(sum(x², axis), epsilon))`, as
    /// TF computes it (TFLite's L2_NORMALIZATION has a fixed epsilon and only the last axis).
    static func l2Normalize(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("x", &context)
        try call.requireFloat(x, context)
        let rank = context.graph[x].shape.count
        var axes = Array(0..<rank)
        if let given = try call.ints(call.firstGiven("axis", "dim") ?? "axis") {
            axes = []
            for axis in given { axes.append(try call.axis(axis, rank: rank)) }
        }
        let epsilon = try call.double("epsilon", default: 1e-12)
        let name = call.name
        let squares = try context.binary(.mul, x, x, name: "\(name)/square", origin: name)
        let sum = StructureOps.reduce(&context, .sum, squares, axes: axes, keepDims: true, name: "\(name)/sum", origin: name)
        let floor = try context.binary(.maximum, sum, context.scalar(Float(epsilon), name: "\(name)/epsilon"), name: "\(name)/max", origin: name)
        let inverse = context.unary(.rsqrt, floor, name: "\(name)/rsqrt", origin: name)
        return [try context.binary(.mul, x, inverse, name: name, origin: name)]
    }

    /// `tf.math.add_n(inputs)`: ADD_N of same-shaped tensors.
    static func addN(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let inputs = try call.operandList("inputs", &context)
        let shape = context.graph[inputs[0]].shape
        guard inputs.allSatisfy({ context.graph[$0].shape == shape }) else {
            throw call.unsupported("inputs of different shapes")
        }
        if inputs.count == 1 { return inputs }
        return [context.graph.addOperator(
            .addN, inputs: inputs, output: call.name, type: context.graph[inputs[0]].type, shape: shape, origin: call.name)]
    }
}
