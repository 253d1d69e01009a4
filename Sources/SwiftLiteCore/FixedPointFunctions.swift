/// gemmlowp's fixed-point number formats and the transcendental functions TFLite's quantized
/// kernels evaluate in them (softmax, log-softmax, logistic, tanh, LSTM gates, reciprocals).
///
/// A fixed-point value is a raw signed integer (`Int32` or `Int16`) plus a number of *integer
/// bits* `m`: the raw value `r` represents `r / 2^(bits - 1 - m)`, so the format covers
/// `[-2^m, 2^m)`. The integer bits are passed explicitly (gemmlowp carries them in the type);
/// products of two values add their integer bits.
///
/// Every function reproduces gemmlowp's integer arithmetic bit for bit, including where it
/// wraps (plain additions and subtractions), saturates (the doubling high multiply, left
/// shifts) and rounds (to nearest, ties away from zero), so quantized kernels built on them match
/// TFLite exactly.
public enum FixedPointFunctions {
    // MARK: Primitives

    /// The number of fractional bits of a format with `integerBits` integer bits.
    @inlinable
    public static func fractionalBits<Raw: FixedWidthInteger & SignedInteger>(_ type: Raw.Type, integerBits: Int) -> Int {
        Raw.bitWidth - 1 - integerBits
    }

    /// The product of two fixed-point values (integer bits add up): the high half of `2ab`,
    /// rounded to nearest with ties away from zero; `min * min` saturates to `max`
    /// (gemmlowp's `SaturatingRoundingDoublingHighMul`, ARM's `VQRDMULH`).
    @inlinable
    public static func multiply<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw, _ b: Raw) -> Raw {
        if a == b && a == Raw.min { return Raw.max }
        let product = Int64(a) * Int64(b)
        let half = Int64(1) << (Raw.bitWidth - 2)
        let nudge = product >= 0 ? half : 1 - half
        return Raw(truncatingIfNeeded: (product + nudge) / (Int64(1) << (Raw.bitWidth - 1)))
    }

    /// `x / 2^exponent` rounded to nearest, ties away from zero (gemmlowp's
    /// `RoundingDivideByPOT`), with gemmlowp's arithmetic in `Raw` (its mask truncated to
    /// `Raw` for exponents as wide as the type).
    @inlinable
    public static func roundingDivideByPOT<Raw: FixedWidthInteger & SignedInteger>(_ x: Raw, _ exponent: Int) -> Raw {
        let mask = Raw(truncatingIfNeeded: (Int64(1) << exponent) - 1)
        let remainder = x & mask
        let threshold = (mask >> 1) &+ (x < 0 ? 1 : 0)
        return (x >> exponent) &+ (remainder > threshold ? 1 : 0)
    }

    /// `x * 2^exponent`: a saturating left shift for positive exponents, a rounding right shift
    /// for negative ones (gemmlowp's `SaturatingRoundingMultiplyByPOT`; TFLite's
    /// `SaturatingRoundingMultiplyByPOTParam` for the non-negative case).
    @inlinable
    public static func saturatingRoundingMultiplyByPOT<Raw: FixedWidthInteger & SignedInteger>(_ x: Raw, _ exponent: Int) -> Raw {
        if exponent == 0 { return x }
        if exponent < 0 { return roundingDivideByPOT(x, -exponent) }
        let threshold = Int64((Int32(1) << (Raw.bitWidth - 1 - exponent)) &- 1)
        if Int64(x) > threshold { return Raw.max }
        if Int64(x) < -threshold { return Raw.min }
        return Raw(truncatingIfNeeded: Int64(x) << exponent)
    }

    /// A value changed from `source` to `destination` integer bits (gemmlowp's `Rescale`).
    @inlinable
    public static func rescale<Raw: FixedWidthInteger & SignedInteger>(_ x: Raw, from source: Int, to destination: Int) -> Raw {
        saturatingRoundingMultiplyByPOT(x, source - destination)
    }

    /// `(a + b) / 2` rounded to nearest, ties away from zero (gemmlowp's `RoundingHalfSum`).
    @inlinable
    public static func roundingHalfSum<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw, _ b: Raw) -> Raw {
        let sum = Int64(a) + Int64(b)
        let sign: Int64 = sum >= 0 ? 1 : -1
        return Raw(truncatingIfNeeded: (sum + sign) / 2)
    }

    /// `a + b`, saturating for 16-bit (and narrower) raw types and wrapping for 32-bit ones
    /// (gemmlowp's `AddSaturatingIf16Bit`).
    @inlinable
    public static func addSaturatingIf16Bit<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw, _ b: Raw) -> Raw {
        guard Raw.bitWidth <= 16 else { return a &+ b }
        return Raw(clamping: Int64(a) + Int64(b))
    }

    /// The value 1 (the largest value, for a format without integer bits).
    @inlinable
    public static func one<Raw: FixedWidthInteger & SignedInteger>(_ type: Raw.Type, integerBits: Int) -> Raw {
        integerBits == 0 ? Raw.max : Raw(1) << fractionalBits(Raw.self, integerBits: integerBits)
    }

    /// `2^exponent`, exactly representable in the format.
    @inlinable
    public static func powerOfTwo<Raw: FixedWidthInteger & SignedInteger>(_ exponent: Int, _ type: Raw.Type, integerBits: Int) -> Raw {
        Raw(1) << (fractionalBits(Raw.self, integerBits: integerBits) + exponent)
    }

    /// A constant given as the raw value of its 32-bit representation, narrowed (rounding) to
    /// `Raw` (gemmlowp's `RescaleConstantInitializer`).
    @inlinable
    public static func constant<Raw: FixedWidthInteger & SignedInteger>(_ raw32: Int32, _ type: Raw.Type) -> Raw {
        Raw(truncatingIfNeeded: roundingDivideByPOT(raw32, 32 - Raw.bitWidth))
    }

    // MARK: Exponential

    /// `exp(a)` for `a` in [-1/4, 0), input and output with 0 integer bits (a Taylor expansion
    /// around -1/8).
    @inlinable
    public static func expOnIntervalBetweenNegativeOneQuarterAnd0Excl<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw) -> Raw {
        let constantTerm: Raw = constant(1_895_147_668, Raw.self)  // exp(-1/8)
        let oneThird: Raw = constant(715_827_883, Raw.self)
        let x = a &+ powerOfTwo(-3, Raw.self, integerBits: 0)
        let x2 = multiply(x, x)
        let x3 = multiply(x2, x)
        let x4 = multiply(x2, x2)
        let x4Over4 = saturatingRoundingMultiplyByPOT(x4, -2)
        let polynomial = saturatingRoundingMultiplyByPOT(multiply(x4Over4 &+ x3, oneThird) &+ x2, -1)
        return addSaturatingIf16Bit(constantTerm, multiply(constantTerm, x &+ polynomial))
    }

    /// `exp(a)` for `a <= 0` with `integerBits` integer bits; the result has 0 integer bits
    /// (gemmlowp's `exp_on_negative_values`: the fractional quarter through the Taylor
    /// expansion, then a barrel of `exp(-2^k)` factors, zero below -32 for wide formats).
    @inlinable
    public static func expOnNegativeValues<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw, integerBits: Int) -> Raw {
        let fractional = fractionalBits(Raw.self, integerBits: integerBits)
        let oneQuarter: Raw = powerOfTwo(-2, Raw.self, integerBits: integerBits)
        let mask = oneQuarter &- 1
        let aModQuarterMinusQuarter = (a & mask) &- oneQuarter
        var result = expOnIntervalBetweenNegativeOneQuarterAnd0Excl(rescale(aModQuarterMinusQuarter, from: integerBits, to: 0))
        let remainder = aModQuarterMinusQuarter &- a
        // Multiply in exp(-2^k) (Q0.31 constants) for each bit k = -2 ... 4 of the remainder.
        func factor(_ exponent: Int, _ multiplier: Int32) {
            guard integerBits > exponent, remainder & (Raw(1) << (fractional + exponent)) != 0 else { return }
            result = multiply(result, constant(multiplier, Raw.self))
        }
        factor(-2, 1_672_461_947)
        factor(-1, 1_302_514_674)
        factor(0, 790_015_084)
        factor(1, 290_630_308)
        factor(2, 39_332_535)
        factor(3, 720_401)
        factor(4, 242)
        if integerBits > 5 {
            let clamp: Raw = constant(-(Int32(1) << (36 - integerBits)), Raw.self)  // -32
            if a < clamp { result = 0 }
        }
        if a == 0 { result = one(Raw.self, integerBits: 0) }
        return result
    }

    // MARK: Reciprocal, logistic, tanh

    /// Newton-Raphson iterations for `1 / (2 * halfDenominator)`, in a format with 2 integer
    /// bits (shared by the two division helpers below).
    @inlinable
    static func reciprocalOfDoubled<Raw: FixedWidthInteger & SignedInteger>(halfDenominator: Raw) -> Raw {
        let fortyEightOverSeventeen: Raw = constant(1_515_870_810, Raw.self)
        let minusThirtyTwoOverSeventeen: Raw = constant(-1_010_580_540, Raw.self)
        let oneIn2: Raw = one(Raw.self, integerBits: 2)
        var x = fortyEightOverSeventeen &+ multiply(halfDenominator, minusThirtyTwoOverSeventeen)
        for _ in 0..<3 {
            let halfDenominatorTimesX = multiply(halfDenominator, x)
            let oneMinus = oneIn2 &- halfDenominatorTimesX
            x = x &+ rescale(multiply(x, oneMinus), from: 4, to: 2)
        }
        return x
    }

    /// `1 / (1 + a)` for `a` in (0, 1), 0 integer bits in and out.
    @inlinable
    public static func oneOverOnePlusXForXIn0To1<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw) -> Raw {
        let halfDenominator = roundingHalfSum(a, one(Raw.self, integerBits: 0))
        let x = reciprocalOfDoubled(halfDenominator: halfDenominator)
        // x has 2 integer bits; halving it exactly gives 1 integer bit.
        return rescale(x, from: 1, to: 0)
    }

    /// `(1 - a) / (1 + a)` for `a` in (0, 1), 0 integer bits in and out.
    @inlinable
    public static func oneMinusXOverOnePlusXForXIn0To1<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw) -> Raw {
        let halfDenominator = roundingHalfSum(a, one(Raw.self, integerBits: 0))
        let x = reciprocalOfDoubled(halfDenominator: halfDenominator)
        return rescale(x &- one(Raw.self, integerBits: 2), from: 2, to: 0)
    }

    /// `-tanh(a)` for `a < 0`, with `integerBits` integer bits in and 0 out.
    @inlinable
    public static func negativeTanhOnNegativeValues<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw, integerBits: Int) -> Raw {
        oneMinusXOverOnePlusXForXIn0To1(expOnNegativeValues(a, integerBits: integerBits + 1))
    }

    /// `tanh(a)` with `integerBits` integer bits in and 0 out.
    @inlinable
    public static func tanh<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw, integerBits: Int) -> Raw {
        if a == 0 { return 0 }
        let negative = a < 0
        let n = negative ? a : 0 &- a
        let t = negativeTanhOnNegativeValues(n, integerBits: integerBits)
        return negative ? 0 &- t : t
    }

    /// `1 / (1 + exp(-a))` for `a > 0`, with `integerBits` integer bits in and 0 out.
    @inlinable
    public static func logisticOnPositiveValues<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw, integerBits: Int) -> Raw {
        oneOverOnePlusXForXIn0To1(expOnNegativeValues(0 &- a, integerBits: integerBits))
    }

    /// `1 / (1 + exp(-a))` with `integerBits` integer bits in and 0 out.
    @inlinable
    public static func logistic<Raw: FixedWidthInteger & SignedInteger>(_ a: Raw, integerBits: Int) -> Raw {
        if a == 0 { return constant(1 << 30, Raw.self) }
        let positive = a > 0
        let absolute = positive ? a : 0 &- a
        let resultIfPositive = logisticOnPositiveValues(absolute, integerBits: integerBits)
        return positive ? resultIfPositive : one(Raw.self, integerBits: 0) &- resultIfPositive
    }

    // MARK: TFLite's 32-bit helpers (internal/common.h)

    /// Leading zero bits of `x` as an unsigned 32-bit value (32 for 0).
    @inlinable
    public static func countLeadingZeros(_ x: UInt32) -> Int { x.leadingZeroBitCount }

    /// Redundant sign bits of `x` (`__builtin_clrsb`: 31 for 0 and -1).
    @inlinable
    public static func countLeadingSignBits(_ x: Int32) -> Int {
        x >= 0 ? x.leadingZeroBitCount - 1 : (~x).leadingZeroBitCount - 1
    }

    /// `a + b` saturated to the Int32 range.
    @inlinable
    public static func saturatingAdd(_ a: Int32, _ b: Int32) -> Int32 { Int32(clamping: Int64(a) + Int64(b)) }

    /// `a - b` saturated to the Int32 range.
    @inlinable
    public static func saturatingSubtract(_ a: Int32, _ b: Int32) -> Int32 { Int32(clamping: Int64(a) - Int64(b)) }

    /// `a - b` saturated to the Int16 range.
    @inlinable
    public static func saturatingSubtract(_ a: Int16, _ b: Int16) -> Int16 { Int16(clamping: Int32(a) - Int32(b)) }

    /// `1 / x` for a positive `x` with `integerDigits` integer bits, as a Q0.31 value and the
    /// number of bits `x` has above 1 (TFLite's `GetReciprocal`): the result times
    /// `2^-numBitsOverUnit` is the reciprocal.
    @inlinable
    public static func reciprocal(_ x: Int32, integerDigits: Int) -> (value: Int32, numBitsOverUnit: Int) {
        let headroomPlusOne = countLeadingZeros(UInt32(bitPattern: x))
        let shifted = (UInt32(bitPattern: x) << UInt32(truncatingIfNeeded: headroomPlusOne)) &- (UInt32(1) << 31)
        let value = oneOverOnePlusXForXIn0To1(Int32(bitPattern: shifted))
        return (value, integerDigits - headroomPlusOne)
    }

    /// `log(x)` for `x >= 1` (`inputIntegerBits` integer bits in, `outputIntegerBits` out;
    /// TFLite's `log_x_for_x_greater_than_or_equal_to_1`): the input's power of two from its
    /// leading zeros, then a rational approximation of the logarithm of the normalized rest.
    public static func logXForXGreaterThanOrEqualTo1(_ x: Int32, inputIntegerBits: Int, outputIntegerBits: Int) -> Int32 {
        let accumulatorBits = outputIntegerBits + 1
        let logOf2: Int32 = 1_488_522_236
        let sqrtSqrtHalf: Int32 = 1_805_811_301
        let sqrtHalf: Int32 = 1_518_500_250
        let oneQuarter: Int32 = 536_870_912
        let alphaN: Int32 = 117_049_297
        let alphaD: Int32 = 127_690_142
        let alphaI: Int32 = 1_057_819_769
        let alphaF: Int32 = 638_450_708
        let shiftedQuarter = rescale(oneQuarter, from: 0, to: accumulatorBits)

        let zA = x
        let zAHeadroomPlusOne = countLeadingZeros(UInt32(bitPattern: zA))
        let rATemp = saturatingRoundingMultiplyByPOT(zA, zAHeadroomPlusOne - 1)
        let rA = saturatingRoundingMultiplyByPOT(multiply(rATemp, sqrtHalf), 1)
        let zAPowerAdjusted = saturatingAdd(
            saturatingRoundingMultiplyByPOT(Int32(inputIntegerBits - zAHeadroomPlusOne), 31 - accumulatorBits),
            shiftedQuarter)

        let zB = multiply(zA, sqrtHalf)
        let zBHeadroom = countLeadingZeros(UInt32(bitPattern: zB)) - 1
        let rB = saturatingRoundingMultiplyByPOT(zA, zBHeadroom)
        let zBPowerAdjusted = saturatingSubtract(
            saturatingRoundingMultiplyByPOT(Int32(inputIntegerBits - zBHeadroom), 31 - accumulatorBits),
            shiftedQuarter)

        let r = min(rA, rB)
        let zPowerAdjusted = max(zAPowerAdjusted, zBPowerAdjusted)

        let p = roundingHalfSum(r, sqrtSqrtHalf)
        var q = r &- sqrtSqrtHalf
        q = q &+ q
        let commonSquare = multiply(q, q)
        let numerator = multiply(q, r) &+ multiply(multiply(q, commonSquare), alphaN)
        let denominatorMinusOne = multiply(p, alphaI &+ q &+ multiply(alphaD, commonSquare)) &+ multiply(alphaF, q)
        let reciprocalDenominator = oneOverOnePlusXForXIn0To1(denominatorMinusOne)
        let numeratorScaled = rescale(numerator, from: 0, to: accumulatorBits)
        let sum = multiply(zPowerAdjusted, logOf2) &+ multiply(numeratorScaled, reciprocalDenominator)
        return rescale(sum, from: accumulatorBits, to: outputIntegerBits)
    }

    /// `1 / sqrt(input)` for `input > 1` as a Q0.31 multiplier and a shift, negated when
    /// `reverseShift` is -1 (TFLite's `GetInvSqrtQuantizedMultiplierExp`: five Newton-Raphson
    /// steps on a normalized input). Inputs 0 and 1 give `(Int32.max, 0)`.
    public static func inverseSquareRoot(_ input: Int32, reverseShift: Int) -> (multiplier: Int32, shift: Int) {
        if input <= 1 { return (Int32.max, 0) }
        var value = input
        var shift = 11
        while value >= 1 << 29 {
            value /= 4
            shift += 1
        }
        let maxLeftShiftBits = countLeadingZeros(UInt32(bitPattern: value)) - 1
        let leftShiftBitPairs = maxLeftShiftBits / 2 - 1
        shift -= leftShiftBitPairs
        value <<= Int32(2 * leftShiftBitPairs)
        let input3 = value >> 1  // 3 integer bits
        let halfInput = saturatingRoundingMultiplyByPOT(input3, -1)
        let halfThree: Int32 = (1 << 28) + (1 << 27)
        var x: Int32 = one(Int32.self, integerBits: 3)
        for _ in 0..<5 {
            let x3 = rescale(multiply(multiply(x, x), x), from: 9, to: 3)
            x = rescale(multiply(halfThree, x) &- multiply(halfInput, x3), from: 6, to: 3)
        }
        let halfSqrt2: Int32 = 1_518_500_250
        var result = multiply(x, halfSqrt2)
        if shift < 0 {
            result <<= Int32(-shift)
            shift = 0
        }
        return (result, shift * reverseShift)
    }
}
