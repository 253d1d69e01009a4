/// An activation fused into an operator (TFLite's `ActivationFunctionType`).
public enum FusedActivation: Sendable, Equatable {
    /// None.
    case none
    /// max(x, 0).
    case relu
    /// clamp(x, -1, 1).
    case reluN1To1
    /// clamp(x, 0, 6).
    case relu6
    /// tanh(x).
    case tanh
    /// sign bit (TFLite declares it; no builtin kernel applies it).
    case signBit

    /// The clamp range for float outputs; nil for activations that are not a clamp (tanh, sign bit).
    public var floatRange: (lower: Float, upper: Float)? {
        switch self {
        case .none: (-.infinity, .infinity)
        case .relu: (0, .infinity)
        case .reluN1To1: (-1, 1)
        case .relu6: (0, 6)
        case .tanh, .signBit: nil
        }
    }

    /// The clamp TFLite's float kernels apply for this activation (`CalculateActivationRange`):
    /// activations that are not a clamp (tanh, sign bit) clamp nothing there, so kernels built on
    /// that helper ignore them, as TFLite's do.
    public var clampRange: (lower: Float, upper: Float) {
        floatRange ?? (-.infinity, .infinity)
    }

    /// Applies the activation to one float value, as TFLite's `ActivationFunctionWithMinMax`
    /// (and tanh for `.tanh`).
    @inlinable
    public func apply(_ value: Float) -> Float {
        switch self {
        case .none: value
        case .relu: Swift.max(value, 0)
        case .reluN1To1: Swift.min(Swift.max(value, -1), 1)
        case .relu6: Swift.min(Swift.max(value, 0), 6)
        case .tanh: tanhf(value)
        case .signBit: value
        }
    }
}

