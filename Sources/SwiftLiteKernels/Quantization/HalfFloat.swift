/// IEEE 754 half-precision (binary16) conversions on raw bits, so float16 tensors work on every
/// platform (Swift's `Float16` type is unavailable on macOS x86-64).
public enum HalfFloat {
    /// The float32 value of half-precision `bits` (exact: every half value is representable;
    /// NaN payloads are kept in the high mantissa bits).
    @inlinable
    public static func float(fromBits bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = UInt32(bits >> 10) & 0x1F
        let mantissa = UInt32(bits & 0x03FF)
        switch exponent {
        case 0:
            // Zero or subnormal: mantissa * 2^-24.
            let magnitude = Float(mantissa) * 0x1p-24
            return sign == 0 ? magnitude : -magnitude
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        default:
            return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
        }
    }

    /// The half-precision bits nearest to `value` (round to nearest, ties to even; overflow
    /// gives infinity; NaN stays NaN).
    @inlinable
    public static func bits(from value: Float) -> UInt16 {
        let raw = value.bitPattern
        let sign = UInt16((raw >> 16) & 0x8000)
        let exponent = Int((raw >> 23) & 0xFF)
        var mantissa = raw & 0x007F_FFFF
        if exponent == 0xFF {
            return sign | 0x7C00 | (mantissa == 0 ? 0 : UInt16(0x0200 | (mantissa >> 13)))
        }
        let halfExponent = exponent - 127 + 15
        if halfExponent >= 0x1F { return sign | 0x7C00 }
        if halfExponent <= 0 {
            // Subnormal half (or zero): shift the full significand into place, rounding.
            guard halfExponent >= -10 else { return sign }
            mantissa |= 0x0080_0000
            let shift = UInt32(14 - halfExponent)
            return sign | UInt16(roundShift(mantissa, by: shift))
        }
        // Normal: a carry out of the mantissa correctly bumps the exponent (up to infinity).
        let rounded = roundShift(mantissa, by: 13)
        return sign | UInt16((UInt32(halfExponent) << 10) + rounded)
    }

    /// `value >> shift`, rounded to nearest with ties to even.
    @usableFromInline
    static func roundShift(_ value: UInt32, by shift: UInt32) -> UInt32 {
        let kept = value >> shift
        let remainder = value & ((1 << shift) - 1)
        let half: UInt32 = 1 << (shift - 1)
        if remainder > half || (remainder == half && kept & 1 == 1) { return kept + 1 }
        return kept
    }
}
