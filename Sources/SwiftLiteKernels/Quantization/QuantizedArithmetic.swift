import SwiftLiteCore

/// Integer arithmetic shared by the quantized elementwise, activation and (de)quantization
/// kernels, reproducing what TFLite's kernels compute on x86-64 (including the results of C++
/// conversions and shifts that are undefined in the language but deterministic on that machine,
/// where TFLite's arithmetic reaches them).
///
/// Rescaling follows the official runtime's build, which uses TFLite's double rounding (not the
/// single rounding of ``FixedPoint/multiply(_:by:)-(Int32,_)``).
enum QuantizedArithmetic {
    /// `static_cast<int32_t>(value)` for a float as x86-64 computes it (`cvttss2si`): truncation
    /// toward zero, and `Int32.min` for NaN and values outside the Int32 range.
    static func truncatingToInt32(_ value: Float) -> Int32 {
        guard value.isFinite, value > -2_147_483_904, value < 2_147_483_648 else { return Int32.min }
        return Int32(value)
    }

    /// `static_cast<int32_t>(value)` for a double (`cvttsd2si`).
    static func truncatingToInt32(_ value: Double) -> Int32 {
        guard value.isFinite, value > -2_147_483_649, value < 2_147_483_648 else { return Int32.min }
        return Int32(value)
    }

    /// `x * multiplier` as the official runtime's `MultiplyByQuantizedMultiplier` computes it.
    ///
    /// ai-edge-litert 2.3.0 is built with TFLite's *double rounding* (checked bit for bit on
    /// RELU, LEAKY_RELU, ADD, DIV and friends): a left shift for positive exponents, gemmlowp's
    /// rounding doubling high multiply by the Q31 significand, then a rounding right shift for
    /// negative exponents. Shift counts outside [0, 31] behave as x86-64 executes them.
    static func multiply(_ x: Int32, by multiplier: QuantizedMultiplier) -> Int32 {
        multiply(x, multiplier.significand, shift: multiplier.shift)
    }

    /// ``multiply(_:by:)`` with an explicit significand and shift.
    static func multiply(_ x: Int32, _ significand: Int32, shift: Int) -> Int32 {
        let shifted = shift > 0 ? x &* (Int32(1) << Int32(shift & 31)) : x
        return roundingDivideByPOTMachine(FixedPointFunctions.multiply(shifted, significand), shift < 0 ? -shift : 0)
    }

    /// TFLite's `MultiplyByQuantizedMultiplierSmallerThanOneExp` in the double-rounding build:
    /// the high multiply, then a rounding shift by `-shift` even when `shift` is positive (which
    /// TFLite reaches for a SUB output multiplier above one, and for comparisons of inputs with
    /// scales above one; x86-64 then masks the negative count).
    static func multiplySmallerThanOne(_ x: Int32, by multiplier: QuantizedMultiplier) -> Int32 {
        multiplySmallerThanOne(x, multiplier.significand, shift: multiplier.shift)
    }

    /// ``multiplySmallerThanOne(_:by:)`` with an explicit significand and shift.
    static func multiplySmallerThanOne(_ x: Int32, _ significand: Int32, shift: Int) -> Int32 {
        roundingDivideByPOTMachine(FixedPointFunctions.multiply(x, significand), -shift)
    }

    /// TFLite's `MultiplyByQuantizedMultiplierGreaterThanOne` in the double-rounding build: a
    /// left shift by `shift` (its count masked as x86-64 does), then the high multiply.
    static func multiplyGreaterThanOne(_ x: Int32, _ significand: Int32, shift: Int) -> Int32 {
        FixedPointFunctions.multiply(x &* (Int32(1) << Int32(shift & 31)), significand)
    }

    /// gemmlowp's `RoundingDivideByPOT` on Int32 as x86-64 executes it for any exponent: the
    /// mask from a 64-bit shift (count masked to 6 bits) truncated to 32 bits, the arithmetic
    /// shift's count masked to 5 bits.
    static func roundingDivideByPOTMachine(_ x: Int32, _ exponent: Int) -> Int32 {
        let mask = Int32(truncatingIfNeeded: (Int64(1) << Int64(exponent & 63)) &- 1)
        let remainder = x & mask
        let threshold = (mask >> 1) &+ (x < 0 ? 1 : 0)
        return (x >> Int32(exponent & 31)) &+ (remainder > threshold ? 1 : 0)
    }

    /// TFLite's `QuantizeMultiplier` as the official runtime computes it: the significand of
    /// `real` rounded to Q31 (ties away from zero), exponents below -31 flushed to zero, and no
    /// cap on large exponents (the double-rounding build has none).
    static func quantizeMultiplier(_ real: Double) -> QuantizedMultiplier {
        guard real != 0, real.isFinite else { return QuantizedMultiplier(significand: 0, shift: 0) }
        let exponent = real.exponent + 1
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
        return QuantizedMultiplier(significand: Int32(clamping: fixed), shift: shift)
    }

    /// TFLite's `CheckedLog2`: `round(log2(x))` computed in float through natural logarithms,
    /// and whether `x` is within 1e-3 of that power of two (in the exponent).
    static func checkedLog2(_ x: Float) -> (log2: Int, isPowerOfTwo: Bool) {
        let log2 = logf(x) * (1 / logf(2))
        let rounded = FixedPoint.round(log2)
        return (Int(rounded), abs(log2 - rounded) < 1e-3)
    }

    /// TFLite's `QuantizeMultiplierSmallerThanOneExp`: the multiplier of a real in (0, 1), which
    /// TFLite aborts on otherwise; here a typed error naming `what`.
    static func multiplierBelowOne(_ real: Double, what: String, context: KernelContext) throws(SwiftLiteError)
        -> QuantizedMultiplier
    {
        guard real > 0, real < 1 else {
            throw context.error(.invalidModel, "\(what) multiplier \(real) must be in (0, 1) (check the tensors' quantization scales)")
        }
        return quantizeMultiplier(real)
    }

    /// TFLite's `QuantizeMultiplierGreaterThanOne`: the multiplier of a real above 1.
    static func multiplierAboveOne(_ real: Double, what: String, context: KernelContext) throws(SwiftLiteError)
        -> QuantizedMultiplier
    {
        guard real > 1, real.isFinite else {
            throw context.error(.invalidModel, "\(what) multiplier \(real) must be above 1 (check the tensors' quantization scales)")
        }
        return quantizeMultiplier(real)
    }

    /// The quantization parameters of `slot`, which must have the same type as `input` (TFLite
    /// requires the output of these kernels to keep the input's type; the output's scale and
    /// zero point come from the model).
    static func output(_ slot: TensorSlot, matching input: TensorSlot, context: KernelContext) throws(SwiftLiteError)
        -> (scale: Float, zeroPoint: Int32)
    {
        guard slot.type == input.type else {
            throw context.error(.typeMismatch, "quantized \(input.type) input needs a \(input.type) output, the model declares \(slot.type)", tensor: slot)
        }
        return try context.affineQuantization(of: slot, what: "output")
    }

    /// The representable range of a quantized element type as Int32 bounds.
    static func range(of type: ElementType) -> (min: Int32, max: Int32) {
        QuantizedRange.limits(of: type) ?? (0, 0)
    }
}
