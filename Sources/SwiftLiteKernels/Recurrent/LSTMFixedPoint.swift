import SwiftLiteCore

/// The gemmlowp fixed-point arithmetic TFLite's integer LSTM (`lstm_eval.cc`, 8x8→16) runs on:
/// 16-bit logistic and tanh, the 32-bit inverse square root of layer normalization, and the
/// rescale of its accumulators, reproduced bit for bit (wrapping where gemmlowp's plain integer
/// arithmetic wraps, saturating where it saturates, rounding ties away from zero).
///
/// A fixed-point value is a raw signed integer plus a number of integer bits `m`; the raw value
/// `r` stands for `r / 2^(bits - 1 - m)`. Products add integer bits.
///
/// These are private to the recurrent kernels for now; the shared
/// `SwiftLiteCore/FixedPointFunctions.swift` is expected to provide the same functions, and the
/// LSTM can move onto it once both exist.
enum LSTMFixedPoint {
    // MARK: Primitives

    /// gemmlowp's `SaturatingRoundingDoublingHighMul`: the high half of `2ab`, rounded to
    /// nearest with ties away from zero; `min * min` saturates to `max`.
    @inline(__always)
    static func doublingHighMultiply<R: FixedWidthInteger & SignedInteger>(_ a: R, _ b: R) -> R {
        if a == b && a == R.min { return R.max }
        let product = Int64(a) * Int64(b)
        let half = Int64(1) << (R.bitWidth - 2)
        let nudge = product >= 0 ? half : 1 - half
        return R(truncatingIfNeeded: (product + nudge) / (Int64(1) << (R.bitWidth - 1)))
    }

    /// gemmlowp's `RoundingDivideByPOT`: `x / 2^exponent`, ties away from zero (exponent 0...31).
    @inline(__always)
    static func roundingDivideByPOT<R: FixedWidthInteger & SignedInteger>(_ x: R, _ exponent: Int) -> R {
        guard exponent > 0 else { return x }
        let mask = R(truncatingIfNeeded: (Int64(1) << exponent) - 1)
        let remainder = x & mask
        let threshold = (mask >> 1) &+ (x < 0 ? 1 : 0)
        return (x >> R(exponent)) &+ (remainder > threshold ? 1 : 0)
    }

    /// gemmlowp's `SaturatingRoundingMultiplyByPOT`: a saturating left shift for positive
    /// exponents, a rounding right shift for negative ones.
    @inline(__always)
    static func multiplyByPOT<R: FixedWidthInteger & SignedInteger>(_ x: R, _ exponent: Int) -> R {
        if exponent == 0 { return x }
        if exponent < 0 { return roundingDivideByPOT(x, -exponent) }
        let threshold = (Int64(1) << (R.bitWidth - 1 - exponent)) - 1
        if Int64(x) > threshold { return R.max }
        if Int64(x) < -threshold { return R.min }
        return R(truncatingIfNeeded: Int64(x) << exponent)
    }

    /// A constant given as the raw value of its 32-bit representation, narrowed with rounding to
    /// `R` (gemmlowp's `RescaleConstantInitializer`).
    @inline(__always)
    static func constant<R: FixedWidthInteger & SignedInteger>(_ raw32: Int32, _ type: R.Type) -> R {
        R(truncatingIfNeeded: roundingDivideByPOT(raw32, 32 - R.bitWidth))
    }

    /// The raw value of 1 in a format with `integerBits` integer bits (the largest value when
    /// there are none).
    @inline(__always)
    static func one<R: FixedWidthInteger & SignedInteger>(_ type: R.Type, integerBits: Int) -> R {
        integerBits == 0 ? R.max : R(1) << (R.bitWidth - 1 - integerBits)
    }

    /// `a + b`, saturating for 16-bit values and wrapping for 32-bit ones.
    @inline(__always)
    static func addSaturatingIf16Bit<R: FixedWidthInteger & SignedInteger>(_ a: R, _ b: R) -> R {
        R.bitWidth <= 16 ? R(clamping: Int64(a) + Int64(b)) : a &+ b
    }

    /// `(a + b) / 2` rounded to nearest, ties away from zero.
    @inline(__always)
    static func roundingHalfSum<R: FixedWidthInteger & SignedInteger>(_ a: R, _ b: R) -> R {
        let sum = Int64(a) + Int64(b)
        return R(truncatingIfNeeded: (sum + (sum >= 0 ? 1 : -1)) / 2)
    }

    // MARK: Rescaling accumulators

    /// TFLite's `MultiplyByQuantizedMultiplier` on an int32 as the official 2.3.0 runtime's
    /// LSTM computes it: gemmlowp's double rounding (a wrapping left shift, the rounding doubling
    /// high multiply by the significand, then a rounding right shift).
    @inline(__always)
    static func rescale(_ x: Int32, _ significand: Int32, _ shift: Int) -> Int32 {
        let left = max(shift, 0)
        let right = max(-shift, 0)
        let shifted = left >= 32 ? 0 : x &* Int32(truncatingIfNeeded: Int64(1) << left)
        return roundingDivideByPOT(doublingHighMultiply(shifted, significand), min(right, 31))
    }

    /// `rescale` with a `QuantizedMultiplier`.
    @inline(__always)
    static func rescale(_ x: Int32, _ multiplier: QuantizedMultiplier) -> Int32 {
        rescale(x, multiplier.significand, multiplier.shift)
    }

    // MARK: Exponential, logistic, tanh

    /// `exp(a)` for `a` in [-1/4, 0) with 0 integer bits (a Taylor expansion around -1/8).
    static func expOnQuarterInterval<R: FixedWidthInteger & SignedInteger>(_ a: R) -> R {
        let constantTerm: R = constant(1_895_147_668, R.self)
        let oneThird: R = constant(715_827_883, R.self)
        let x = a &+ (R(1) << (R.bitWidth - 1 - 3))
        let x2 = doublingHighMultiply(x, x)
        let x3 = doublingHighMultiply(x2, x)
        let x4 = doublingHighMultiply(x2, x2)
        let x4Over4 = multiplyByPOT(x4, -2)
        let polynomial = multiplyByPOT(doublingHighMultiply(x4Over4 &+ x3, oneThird) &+ x2, -1)
        return addSaturatingIf16Bit(constantTerm, doublingHighMultiply(constantTerm, x &+ polynomial))
    }

    /// `exp(a)` for `a <= 0` given with `integerBits` integer bits; 0 integer bits out.
    static func expOnNegativeValues<R: FixedWidthInteger & SignedInteger>(_ a: R, integerBits: Int) -> R {
        let fractional = R.bitWidth - 1 - integerBits
        let oneQuarter = R(1) << (fractional - 2)
        let moduloQuarter = (a & (oneQuarter &- 1)) &- oneQuarter
        var result = expOnQuarterInterval(multiplyByPOT(moduloQuarter, integerBits))
        let remainder = moduloQuarter &- a
        // Multiply in exp(-2^k) (Q0.31 constants) for each bit k = -2 ... 4 of the remainder.
        @inline(__always) func factor(_ exponent: Int, _ multiplier: Int32) {
            guard integerBits > exponent, remainder & (R(1) << (fractional + exponent)) != 0 else { return }
            result = doublingHighMultiply(result, constant(multiplier, R.self))
        }
        factor(-2, 1_672_461_947)
        factor(-1, 1_302_514_674)
        factor(0, 790_015_084)
        factor(1, 290_630_308)
        factor(2, 39_332_535)
        factor(3, 720_401)
        factor(4, 242)
        if integerBits > 5 {
            let clamp: R = constant(-(Int32(1) << (36 - integerBits)), R.self)
            if a < clamp { result = 0 }
        }
        if a == 0 { result = one(R.self, integerBits: 0) }
        return result
    }

    /// One Newton-Raphson division shared by the logistic and tanh helpers: the reciprocal of
    /// `halfDenominator` (0 integer bits) in a format with 2 integer bits.
    private static func reciprocalIterations<R: FixedWidthInteger & SignedInteger>(_ halfDenominator: R) -> R {
        let c48Over17: R = constant(1_515_870_810, R.self)
        let cMinus32Over17: R = constant(-1_010_580_540, R.self)
        let oneF2 = one(R.self, integerBits: 2)
        var x = c48Over17 &+ doublingHighMultiply(halfDenominator, cMinus32Over17)
        for _ in 0..<3 {
            let product = doublingHighMultiply(halfDenominator, x)
            let oneMinus = oneF2 &- product
            x = x &+ multiplyByPOT(doublingHighMultiply(x, oneMinus), 2)
        }
        return x
    }

    /// `(1 - a) / (1 + a)` for `a` in (0, 1), 0 integer bits in and out.
    static func oneMinusXOverOnePlusX<R: FixedWidthInteger & SignedInteger>(_ a: R) -> R {
        let x = reciprocalIterations(roundingHalfSum(a, one(R.self, integerBits: 0)))
        return multiplyByPOT(x &- one(R.self, integerBits: 2), 2)
    }

    /// `1 / (1 + a)` for `a` in (0, 1), 0 integer bits in and out.
    static func oneOverOnePlusX<R: FixedWidthInteger & SignedInteger>(_ a: R) -> R {
        let x = reciprocalIterations(roundingHalfSum(a, one(R.self, integerBits: 0)))
        return multiplyByPOT(x, 1)
    }

    /// gemmlowp's `tanh` of a value with `integerBits` integer bits; 0 integer bits out.
    static func tanh<R: FixedWidthInteger & SignedInteger>(_ a: R, integerBits: Int) -> R {
        if a == 0 { return 0 }
        let negative = a < 0
        let n = negative ? a : 0 &- a
        let t = oneMinusXOverOnePlusX(expOnNegativeValues(n, integerBits: integerBits + 1))
        return negative ? 0 &- t : t
    }

    /// gemmlowp's `logistic` of a value with `integerBits` integer bits; 0 integer bits out.
    static func logistic<R: FixedWidthInteger & SignedInteger>(_ a: R, integerBits: Int) -> R {
        if a == 0 { return constant(1 << 30, R.self) }
        let positive = a > 0
        let magnitude = positive ? a : 0 &- a
        let ofPositive = oneOverOnePlusX(expOnNegativeValues(0 &- magnitude, integerBits: integerBits))
        return positive ? ofPositive : one(R.self, integerBits: 0) &- ofPositive
    }

    // MARK: Inverse square root

    /// TFLite's `GetInvSqrtQuantizedMultiplierExp`: `1 / sqrt(input)` as a Q31 significand and a
    /// shift (a Newton-Raphson iteration in gemmlowp's 32-bit fixed point), the shift negated
    /// when `reverseShift` is -1.
    static func inverseSquareRoot(_ input: Int32, reverseShift: Int) -> (Int32, Int) {
        guard input > 1 else { return (Int32.max, 0) }
        var value = input
        var shift = 11
        while value >= (1 << 29) {
            value /= 4
            shift += 1
        }
        let leftShiftPairs = (value.leadingZeroBitCount - 1) / 2 - 1
        shift -= leftShiftPairs
        value <<= Int32(2 * leftShiftPairs)
        let input3 = value >> 1  // 3 integer bits
        let halfInput = multiplyByPOT(input3, -1)
        let halfThree: Int32 = (1 << 28) + (1 << 27)
        var x: Int32 = 1 << 28  // 1 with 3 integer bits
        for _ in 0..<5 {
            let x3 = multiplyByPOT(doublingHighMultiply(doublingHighMultiply(x, x), x), 6)
            x = multiplyByPOT(doublingHighMultiply(halfThree, x) &- doublingHighMultiply(halfInput, x3), 3)
        }
        var result = doublingHighMultiply(x, 1_518_500_250)
        if shift < 0 {
            result <<= Int32(-shift)
            shift = 0
        }
        return (result, shift * reverseShift)
    }
}
