import KerasModel
import SwiftLiteSchema

/// Emitters for Keras activation functions (`keras.activations.*`), used by the activation layers
/// and by every layer with an `activation` argument (Dense, Conv2D, recurrent cells, ...).
extension LoweringContext {
    /// True for the activation names that lower to nothing (`linear`, the empty string).
    public static func isIdentityActivation(_ name: String) -> Bool {
        name == "linear" || name.isEmpty
    }

    /// The activation name in a layer config value: a string (`"relu"`), a serialized function
    /// object (`{"class_name": "function", "config": "relu", ...}`), or an activation layer object
    /// equivalent to a named function (see ``activation(_:layer:key:)``); `nil`/absent means linear.
    public static func activationName(_ value: JSONValue?, layer: KerasLayer) throws(ConversionError) -> String {
        let parsed = try activation(value, layer: layer)
        guard let name = activationFunctionName(parsed) else {
            throw ConversionError(.unsupported, "activation \(value?.serialized() ?? "null") has no built-in function equivalent", layer: layer)
        }
        return name
    }

    /// Applies the Keras activation function `name` (with its default parameters) to `input`.
    ///
    /// The last operator's output is named `output` (default: the layer's name) and intermediates
    /// `output/<what>`; all operators carry the layer's name as origin. `linear` returns `input`
    /// itself. Softmax and log-softmax act on the last axis. Unknown names throw `.unsupported`.
    public mutating func emitActivation(
        _ name: String, input: TensorID, layer: KerasLayer, output: String? = nil
    ) throws(ConversionError) -> TensorID {
        let out = output ?? layer.name
        let origin = layer.name
        let x = input
        switch name {
        case "linear", "": return x
        case "relu": return unary(.relu, x, name: out, origin: origin)
        case "relu6": return unary(.relu6, x, name: out, origin: origin)
        case "hard_tanh": return unary(.reluN1To1, x, name: out, origin: origin)
        case "sigmoid": return unary(.logistic, x, name: out, origin: origin)
        case "tanh": return unary(.tanh, x, name: out, origin: origin)
        case "exponential": return unary(.exp, x, name: out, origin: origin)
        case "elu": return unary(.elu, x, name: out, origin: origin)
        case "hard_swish", "hard_silu": return unary(.hardSwish, x, name: out, origin: origin)
        case "softmax": return try emitSoftmax(x, axis: -1, layer: layer, output: out)
        case "log_softmax":
            return unary(.logSoftmax, x, options: .logSoftmaxOptions(LogSoftmaxOptions()), name: out, origin: origin)
        case "leaky_relu": return emitLeakyReLU(x, alpha: 0.2, layer: layer, output: out)
        case "gelu": return emitGELU(x, approximate: false, layer: layer, output: out)
        case "swish", "silu":
            let gate = unary(.logistic, x, name: "\(out)/sigmoid", origin: origin)
            return try binary(.mul, x, gate, name: out, origin: origin)
        case "hard_sigmoid":
            // Keras 3: relu6(x + 3) / 6.
            let shifted = try binary(.add, x, scalar(3, name: "\(out)/three"), name: "\(out)/add", origin: origin)
            let clipped = unary(.relu6, shifted, name: "\(out)/relu6", origin: origin)
            return try binary(.mul, clipped, scalar(1.0 / 6.0, name: "\(out)/one_sixth"), name: out, origin: origin)
        case "selu":
            // scale * elu(x, alpha) = scale * leaky(elu(x), alpha): elu is negative exactly where x is.
            let alpha: Float = 1.6732632423543772
            let scale: Float = 1.0507009873554805
            let e = unary(.elu, x, name: "\(out)/elu", origin: origin)
            let scaled = emitLeakyReLU(e, alpha: alpha, layer: layer, output: "\(out)/alpha")
            return try binary(.mul, scaled, scalar(scale, name: "\(out)/scale"), name: out, origin: origin)
        case "softplus": return try emitSoftplus(x, layer: layer, output: out)
        case "softsign":
            let magnitude = unary(.abs, x, name: "\(out)/abs", origin: origin)
            let denominator = try binary(.add, magnitude, scalar(1, name: "\(out)/one"), name: "\(out)/add", origin: origin)
            return try binary(.div, x, denominator, name: out, origin: origin)
        case "mish":
            let soft = try emitSoftplus(x, layer: layer, output: "\(out)/softplus")
            let gate = unary(.tanh, soft, name: "\(out)/tanh", origin: origin)
            return try binary(.mul, x, gate, name: out, origin: origin)
        case "tanh_shrink":
            let t = unary(.tanh, x, name: "\(out)/tanh", origin: origin)
            return try binary(.sub, x, t, name: out, origin: origin)
        case "log_sigmoid":
            // log(sigmoid(x)) = -softplus(-x), stable for large |x|.
            let negated = unary(.neg, x, name: "\(out)/neg", origin: origin)
            let soft = try emitSoftplus(negated, layer: layer, output: "\(out)/softplus")
            return unary(.neg, soft, name: out, origin: origin)
        case "celu": return try emitCELU(x, alpha: 1, layer: layer, output: out)
        case "squareplus":
            // (x + sqrt(x² + b)) / 2 with b = 4.
            let square = try binary(.mul, x, x, name: "\(out)/square", origin: origin)
            let shifted = try binary(.add, square, scalar(4, name: "\(out)/b"), name: "\(out)/add_b", origin: origin)
            let root = unary(.sqrt, shifted, name: "\(out)/sqrt", origin: origin)
            let sum = try binary(.add, x, root, name: "\(out)/sum", origin: origin)
            return try binary(.mul, sum, scalar(0.5, name: "\(out)/half"), name: out, origin: origin)
        case "soft_shrink":
            // x - clip(x, -t, t) with t = 0.5.
            let upper = try binary(.minimum, x, scalar(0.5, name: "\(out)/threshold"), name: "\(out)/min", origin: origin)
            let clipped = try binary(.maximum, upper, scalar(-0.5, name: "\(out)/neg_threshold"), name: "\(out)/clip", origin: origin)
            return try binary(.sub, x, clipped, name: out, origin: origin)
        case "hard_shrink":
            let magnitude = unary(.abs, x, name: "\(out)/abs", origin: origin)
            let keep = try emitGreater(magnitude, scalar(0.5, name: "\(out)/threshold"), name: "\(out)/keep", origin: origin)
            return try emitSelect(keep, x, scalar(0, name: "\(out)/zero"), name: out, origin: origin)
        default:
            throw ConversionError(.unsupported, "activation `\(name)` is not supported", layer: layer)
        }
    }

    /// LEAKY_RELU: `x > 0 ? x : alpha * x` (any alpha, as the TFLite kernel computes it).
    mutating func emitLeakyReLU(_ x: TensorID, alpha: Float, layer: KerasLayer, output: String) -> TensorID {
        var options = LeakyReluOptions()
        options.alpha = alpha
        return unary(.leakyRelu, x, options: .leakyReluOptions(options), name: output, origin: layer.name)
    }

    /// GELU, exact (erf) or with the tanh approximation.
    mutating func emitGELU(_ x: TensorID, approximate: Bool, layer: KerasLayer, output: String) -> TensorID {
        var options = GeluOptions()
        options.approximate = approximate
        return unary(.gelu, x, options: .geluOptions(options), name: output, origin: layer.name)
    }

    /// Keras `elu(x, alpha)`: ELU alone for alpha 1, otherwise ELU then LEAKY_RELU(alpha), which
    /// scales exactly the negative part.
    mutating func emitELU(_ x: TensorID, alpha: Float, layer: KerasLayer, output: String) -> TensorID {
        if alpha == 1 { return unary(.elu, x, name: output, origin: layer.name) }
        let e = unary(.elu, x, name: "\(output)/elu", origin: layer.name)
        return emitLeakyReLU(e, alpha: alpha, layer: layer, output: output)
    }

    /// Keras `celu(x, alpha)` = alpha * elu(x / alpha).
    mutating func emitCELU(_ x: TensorID, alpha: Float, layer: KerasLayer, output: String) throws(ConversionError) -> TensorID {
        if alpha == 1 { return unary(.elu, x, name: output, origin: layer.name) }
        let scaled = try binary(.mul, x, scalar(1 / alpha, name: "\(output)/inv_alpha"), name: "\(output)/scaled", origin: layer.name)
        let e = unary(.elu, scaled, name: "\(output)/elu", origin: layer.name)
        return try binary(.mul, e, scalar(alpha, name: "\(output)/alpha"), name: output, origin: layer.name)
    }

    /// softplus(x) = log(1 + exp(x)), switched to `x` above 15 where the two agree in float32 (so
    /// that large inputs do not overflow EXP into an infinite result).
    mutating func emitSoftplus(_ x: TensorID, layer: KerasLayer, output: String) throws(ConversionError) -> TensorID {
        let origin = layer.name
        let e = unary(.exp, x, name: "\(output)/exp", origin: origin)
        let shifted = try binary(.add, e, scalar(1, name: "\(output)/one"), name: "\(output)/add", origin: origin)
        let log = unary(.log, shifted, name: "\(output)/log", origin: origin)
        let large = try emitGreater(x, scalar(15, name: "\(output)/cutoff"), name: "\(output)/large", origin: origin)
        return try emitSelect(large, x, log, name: output, origin: origin)
    }

    /// SOFTMAX along `axis` (negative counts from the end): one SOFTMAX on the last axis, otherwise
    /// TRANSPOSE (swapping `axis` and the last axis), SOFTMAX, TRANSPOSE back.
    mutating func emitSoftmax(_ x: TensorID, axis: Int, layer: KerasLayer, output: String, beta: Float = 1) throws(ConversionError) -> TensorID {
        let rank = graph[x].shape.count
        let resolved = try SpatialMath.axis(axis, rank: rank, layer: layer)
        var options = SoftmaxOptions()
        options.beta = beta
        if resolved == rank - 1 {
            return unary(.softmax, x, options: .softmaxOptions(options), name: output, origin: layer.name)
        }
        var permutation = Array(0..<rank)
        permutation.swapAt(resolved, rank - 1)
        let moved = transpose(x, permutation: permutation, name: "\(output)/transpose_in", origin: layer.name)
        let soft = unary(.softmax, moved, options: .softmaxOptions(options), name: "\(output)/softmax", origin: layer.name)
        return transpose(soft, permutation: permutation, name: output, origin: layer.name)
    }

    /// Keras `relu(x, negative_slope, max_value, threshold)` in the cheapest exact TFLite form:
    /// RELU, RELU6, RELU + MINIMUM, LEAKY_RELU (+ MINIMUM) for a zero threshold, otherwise
    /// `x > threshold ? min(x, max_value) : negative_slope * (x - threshold)` with GREATER and
    /// SELECT_V2.
    mutating func emitReLU(
        _ x: TensorID, negativeSlope: Float, maxValue: Float?, threshold: Float, layer: KerasLayer, output: String
    ) throws(ConversionError) -> TensorID {
        let origin = layer.name
        if threshold == 0, negativeSlope == 0 {
            guard let maxValue else { return unary(.relu, x, name: output, origin: origin) }
            if maxValue == 6 { return unary(.relu6, x, name: output, origin: origin) }
            let r = unary(.relu, x, name: "\(output)/relu", origin: origin)
            return try binary(.minimum, r, scalar(maxValue, name: "\(output)/max_value"), name: output, origin: origin)
        }
        if threshold == 0, negativeSlope > 0 {
            guard let maxValue else { return emitLeakyReLU(x, alpha: negativeSlope, layer: layer, output: output) }
            if maxValue >= 0 {
                // The negative branch is <= 0 <= max_value, so clipping after LEAKY_RELU only caps the top.
                let leaky = emitLeakyReLU(x, alpha: negativeSlope, layer: layer, output: "\(output)/leaky")
                return try binary(.minimum, leaky, scalar(maxValue, name: "\(output)/max_value"), name: output, origin: origin)
            }
        }
        let t = scalar(threshold, name: "\(output)/threshold")
        let above = try emitGreater(x, t, name: "\(output)/above", origin: origin)
        var kept = x
        if let maxValue {
            // Keras clips to [0, max_value] after thresholding; the lower bound only matters for a
            // negative threshold.
            let source = threshold < 0 ? unary(.relu, x, name: "\(output)/relu", origin: origin) : x
            kept = try binary(.minimum, source, scalar(maxValue, name: "\(output)/max_value"), name: "\(output)/clip", origin: origin)
        }
        var below = scalar(0, name: "\(output)/zero")
        if negativeSlope != 0 {
            let shifted = try binary(.sub, x, t, name: "\(output)/shifted", origin: origin)
            below = try binary(.mul, shifted, scalar(negativeSlope, name: "\(output)/slope"), name: "\(output)/negative", origin: origin)
        }
        return try emitSelect(above, kept, below, name: output, origin: origin)
    }
}
