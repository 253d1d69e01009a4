import KerasModel
import SwiftLiteSchema

// TEMPORARY stand-in for lower-core's shared activation emitter; deleted when it lands on main.
extension LoweringContext {
    /// Emits the Keras activation `name` on `input` (temporary stand-in).
    public mutating func emitActivation(_ name: String, input: TensorID, layer: KerasLayer) throws(ConversionError) -> TensorID {
        let out = layer.name
        switch name {
        case "relu": return unary(.relu, input, name: out, origin: out)
        case "relu6": return unary(.relu6, input, name: out, origin: out)
        case "sigmoid": return unary(.logistic, input, name: out, origin: out)
        case "tanh": return unary(.tanh, input, name: out, origin: out)
        case "softmax":
            var options = SoftmaxOptions()
            options.beta = 1
            return unary(.softmax, input, options: .softmaxOptions(options), name: out, origin: out)
        case "silu":
            let s = unary(.logistic, input, name: "\(out)/sigmoid", origin: out)
            return try binary(.mul, input, s, name: out, origin: out)
        case "hard_sigmoid":
            let three = scalar(3, name: "\(out)/three")
            let shifted = try binary(.add, input, three, name: "\(out)/shift", origin: out)
            let clipped = unary(.relu6, shifted, name: "\(out)/relu6", origin: out)
            let sixth = scalar(1.0 / 6.0, name: "\(out)/sixth")
            return try binary(.mul, clipped, sixth, name: out, origin: out)
        case "gelu":
            return unary(.gelu, input, options: .geluOptions(GeluOptions()), name: out, origin: out)
        default:
            throw ConversionError(.unsupported, "activation \(name) (stub)", layer: layer)
        }
    }
}
