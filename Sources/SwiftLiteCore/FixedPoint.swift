/// TFLite's fixed-point arithmetic for quantized kernels: real multipliers as (Q31 significand,
/// power-of-two exponent), the rescaling of int32/int64 accumulators, and gemmlowp's primitives.
///
/// TFLite can be built with one of two rescaling rules. The official runtime (ai-edge-litert
/// 2.3.0) uses the default, *double rounding*: a rounding doubling high multiply by the Q31
/// significand, then a rounding right shift — measured on its reference kernels (a multiplier of
/// 0.25 gives results single rounding cannot produce on 64 of 256 inputs). ``multiply(_:by:)-(Int32,_)``
/// is that rule; ``multiplySingleRounding(_:by:)`` is the other (`TFLITE_SINGLE_ROUNDING`).
public enum FixedPoint {
    /// `x * multiplier` as the official runtime rescales (TFLite's `MultiplyByQuantizedMultiplier`,
    /// double rounding).
    @inlinable
    public static func multiply(_ x: Int32, by multiplier: QuantizedMultiplier) -> Int32 {
        multiplyDoubleRounding(x, by: multiplier)
    }

    /// `x * multiplier` rounded once: `(x * m + 2^(30 - shift)) >> (31 - shift)` (TFLite built
    /// with `TFLITE_SINGLE_ROUNDING`).
    @inlinable
    public static func multiplySingleRounding(_ x: Int32, by multiplier: QuantizedMultiplier) -> Int32 {
        let totalShift = 31 - multiplier.shift
        let round = Int64(1) << (totalShift - 1)
        let result = (Int64(x) * Int64(multiplier.significand) + round) >> totalShift
        return Int32(truncatingIfNeeded: result)
    }

    /// `x * multiplier` for a 48-bit accumulator (16x8 kernels): the multiplier is first reduced
    /// to 16 bits, as TFLite does.
    @inlinable
    public static func multiply(_ x: Int64, by multiplier: QuantizedMultiplier) -> Int32 {
        let reduced: Int64 = multiplier.significand < 0x7FFF_0000
            ? Int64((multiplier.significand + (1 << 15)) >> 16) : 0x7FFF
        let totalShift = 15 - multiplier.shift
        let round = Int64(1) << (totalShift - 1)
        let result = (x &* reduced &+ round) >> totalShift
        return Int32(truncatingIfNeeded: result)
    }

    /// The double-rounding rescale (gemmlowp): a rounding doubling high multiply by the
    /// significand, then a rounding right shift.
    @inlinable
    public static func multiplyDoubleRounding(_ x: Int32, by multiplier: QuantizedMultiplier) -> Int32 {
        let leftShift = max(multiplier.shift, 0)
        let rightShift = max(-multiplier.shift, 0)
        return roundingDivideByPOT(
            saturatingRoundingDoublingHighMul(x &* (1 << leftShift), multiplier.significand), rightShift)
    }

    /// gemmlowp's `SaturatingRoundingDoublingHighMul`: the high 32 bits of `2 a b`, rounded to
    /// nearest (ties away from zero), saturating the one overflowing case.
    @inlinable
    public static func saturatingRoundingDoublingHighMul(_ a: Int32, _ b: Int32) -> Int32 {
        if a == b && a == Int32.min { return Int32.max }
        let product = Int64(a) * Int64(b)
        let nudge: Int64 = product >= 0 ? (1 << 30) : (1 - (1 << 30))
        return Int32(truncatingIfNeeded: (product + nudge) / (Int64(1) << 31))
    }

    /// gemmlowp's `RoundingDivideByPOT`: `x / 2^exponent` rounded to nearest, ties away from zero.
    @inlinable
    public static func roundingDivideByPOT(_ x: Int32, _ exponent: Int) -> Int32 {
        guard exponent > 0 else { return x }
        // In 64 bits so that exponents of 32 and more (tiny multipliers) cannot overflow the mask.
        let shift = Int64(min(exponent, 62))
        let wide = Int64(x)
        let mask = (Int64(1) << shift) - 1
        let remainder = wide & mask
        let threshold = (mask >> 1) + (x < 0 ? 1 : 0)
        return Int32(truncatingIfNeeded: (wide >> shift) + (remainder > threshold ? 1 : 0))
    }

    /// Rounds half away from zero, as `std::round` (TFLite's `TfLiteRound`).
    @inlinable
    public static func round(_ value: Float) -> Float { value.rounded(.toNearestOrAwayFromZero) }

    /// Rounds half away from zero, as `std::round`.
    @inlinable
    public static func round(_ value: Double) -> Double { value.rounded(.toNearestOrAwayFromZero) }
}

/// A real multiplier in TFLite's form: `significand * 2^(shift - 31)`, the significand in
/// [2^30, 2^31) (TFLite's `QuantizeMultiplier`).
public struct QuantizedMultiplier: Sendable, Equatable {
    /// The Q31 significand.
    public var significand: Int32
    /// The power-of-two exponent (positive: left shift).
    public var shift: Int

    /// Wraps parts.
    public init(significand: Int32, shift: Int) {
        self.significand = significand
        self.shift = shift
    }

    /// Splits `real` as TFLite does: frexp, round the fraction to Q31 (ties away from zero),
    /// renormalize 2^31, and flush exponents below -31 to zero. Exponents above 30 (multipliers
    /// of 2^30 and more, never produced by valid quantization parameters) saturate there so that
    /// no shift can overflow.
    public init(_ real: Double) {
        guard real != 0, real.isFinite else {
            self.init(significand: 0, shift: 0)
            return
        }
        let exponent = real.exponent + 1  // frexp: real = fraction * 2^exponent, |fraction| in [0.5, 1)
        let fraction = real / Double(sign: .plus, exponent: exponent, significand: 1)
        var fixed = Int64(FixedPoint.round(fraction * Double(Int64(1) << 31)))
        var shift = exponent
        if fixed == Int64(1) << 31 {
            fixed /= 2
            shift += 1
        }
        if shift < -31 {
            shift = 0
            fixed = 0
        }
        if shift > 30 {
            shift = 30
            fixed = (Int64(1) << 31) - 1
        }
        self.init(significand: Int32(clamping: fixed), shift: shift)
    }

    /// The real value represented.
    public var realValue: Double {
        Double(significand) * Double(sign: .plus, exponent: shift - 31, significand: 1)
    }
}

/// Quantization arithmetic shared by kernels' prepare steps.
public enum QuantizedRange {
    /// The representable range of an integer element type.
    public static func limits(of type: ElementType) -> (min: Int32, max: Int32)? {
        switch type {
        case .int8: (Int32(Int8.min), Int32(Int8.max))
        case .uint8: (0, 255)
        case .int16: (Int32(Int16.min), Int32(Int16.max))
        case .int32: (Int32.min, Int32.max)
        default: nil
        }
    }

    /// `zeroPoint + round(value / scale)` as TFLite's `Quantize` helper computes it (float
    /// division, ties away from zero); nil when it would overflow int32.
    public static func quantize(_ value: Float, scale: Float, zeroPoint: Int32) -> Int32? {
        let scaled = FixedPoint.round(value / scale)
        guard scaled >= Float(Int32.min), scaled <= Float(Int32.max) else { return nil }
        return zeroPoint &+ Int32(scaled)
    }

    /// The clamp a fused activation applies to quantized outputs (TFLite's
    /// `CalculateActivationRangeQuantized`); activations that are not a clamp clamp nothing.
    public static func activationRange(_ activation: FusedActivation, type: ElementType, scale: Float,
                                       zeroPoint: Int32) -> (min: Int32, max: Int32)? {
        guard let (qmin, qmax) = limits(of: type) else { return nil }
        func q(_ value: Float) -> Int32? { quantize(value, scale: scale, zeroPoint: zeroPoint) }
        switch activation {
        case .relu:
            guard let zero = q(0) else { return nil }
            return (max(qmin, zero), qmax)
        case .relu6:
            guard let zero = q(0), let six = q(6) else { return nil }
            return (max(qmin, zero), min(qmax, six))
        case .reluN1To1:
            guard let lower = q(-1), let upper = q(1) else { return nil }
            return (max(qmin, lower), min(qmax, upper))
        default:
            return (qmin, qmax)
        }
    }
}
