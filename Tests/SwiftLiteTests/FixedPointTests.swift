import Testing
import SwiftLiteCore

/// TFLite's fixed-point helpers, on values whose results follow from the definitions.
@Suite struct FixedPointTests {
    @Test func quantizeMultiplierSplitsIntoQ31AndExponent() {
        #expect(QuantizedMultiplier(0.5) == QuantizedMultiplier(significand: 1 << 30, shift: 0))
        #expect(QuantizedMultiplier(1.0) == QuantizedMultiplier(significand: 1 << 30, shift: 1))
        #expect(QuantizedMultiplier(0.75) == QuantizedMultiplier(significand: 3 << 29, shift: 0))
        #expect(QuantizedMultiplier(0) == QuantizedMultiplier(significand: 0, shift: 0))
        // A fraction that rounds up to 2^31 renormalizes.
        let nearlyOne = QuantizedMultiplier(1.0 - 1e-12)
        #expect(nearlyOne == QuantizedMultiplier(significand: 1 << 30, shift: 1))
        // Tiny multipliers flush to zero; huge ones saturate at shift 30.
        #expect(QuantizedMultiplier(1e-12) == QuantizedMultiplier(significand: 0, shift: 0))
        #expect(QuantizedMultiplier(1e12) == QuantizedMultiplier(significand: Int32.max, shift: 30))
        for real in [0.0001234, 0.3, 0.99, 1.5, 123.456] {
            let q = QuantizedMultiplier(real)
            #expect(q.significand >= 1 << 30)
            #expect(abs(q.realValue - real) <= real * 1e-9)
        }
    }

    @Test func singleRoundingRescales() {
        let half = QuantizedMultiplier(0.5)
        #expect(FixedPoint.multiplySingleRounding(Int32(7), by: half) == 4, "3.5 rounds up")
        #expect(FixedPoint.multiplySingleRounding(Int32(-7), by: half) == -3, "-3.5 rounds up (toward +inf) in one rounding")
        #expect(FixedPoint.multiplySingleRounding(Int32(1000), by: QuantizedMultiplier(0.1)) == 100)
        #expect(FixedPoint.multiplySingleRounding(Int32(5), by: QuantizedMultiplier(3.0)) == 15)
        // Against exact rational arithmetic on many values.
        for x in stride(from: Int32(-100_000), through: 100_000, by: 997) {
            for real in [0.000731, 0.0421, 0.5, 0.91] {
                let q = QuantizedMultiplier(real)
                let exact = Double(x) * q.realValue
                #expect(Double(FixedPoint.multiplySingleRounding(x, by: q)) == (exact + 0.5).rounded(.down))
            }
        }
    }

    @Test func theDefaultRuleRoundsTwice() {
        // 0.25 = 2^30 * 2^-32: the high multiply halves with rounding, then a rounding shift halves
        // again. -6 * 0.25 = -1.5: -3 (exact), then -1.5 rounds away from zero to -2; one rounding
        // of -1.5 gives -1.
        let quarter = QuantizedMultiplier(0.25)
        #expect(FixedPoint.multiply(Int32(-6), by: quarter) == -2)
        #expect(FixedPoint.multiplySingleRounding(Int32(-6), by: quarter) == -1)
        // x = 5: 2.5 rounds to 3 (high multiply, ties away from zero for positives), then 1.5 → 2.
        #expect(FixedPoint.multiply(Int32(5), by: quarter) == 2)
        #expect(FixedPoint.multiply(Int32(1000), by: QuantizedMultiplier(0.1)) == 100)
    }

    @Test func wideAccumulatorsUseAReducedMultiplier() {
        let q = QuantizedMultiplier(0.25)
        #expect(FixedPoint.multiply(Int64(1) << 32, by: q) == Int32(1 << 30))
        #expect(FixedPoint.multiply(Int64(400), by: q) == 100)
        #expect(FixedPoint.multiply(Int64(-402), by: q) == -100, "-100.5 rounds toward +inf")
    }

    @Test func gemmlowpPrimitives() {
        #expect(FixedPoint.saturatingRoundingDoublingHighMul(Int32.min, Int32.min) == Int32.max)
        #expect(FixedPoint.saturatingRoundingDoublingHighMul(1 << 30, 1 << 30) == 1 << 29)
        #expect(FixedPoint.saturatingRoundingDoublingHighMul(-(1 << 30), 1 << 30) == -(1 << 29))
        #expect(FixedPoint.roundingDivideByPOT(5, 1) == 3, "2.5 rounds away from zero")
        #expect(FixedPoint.roundingDivideByPOT(-5, 1) == -3)
        #expect(FixedPoint.roundingDivideByPOT(-4, 2) == -1)
        #expect(FixedPoint.roundingDivideByPOT(7, 0) == 7)
        let q = QuantizedMultiplier(0.5)
        #expect(FixedPoint.multiplyDoubleRounding(-7, by: q) == -3, "the high multiply rounds a negative tie toward zero")
        #expect(FixedPoint.multiplyDoubleRounding(7, by: q) == 4)
    }

    @Test func activationRangesClampQuantizedValues() {
        let relu6 = QuantizedRange.activationRange(.relu6, type: .int8, scale: 0.05, zeroPoint: -10)
        #expect(relu6?.min == -10)
        #expect(relu6?.max == 110)
        let relu = QuantizedRange.activationRange(.relu, type: .uint8, scale: 0.1, zeroPoint: 200)
        #expect(relu?.min == 200 && relu?.max == 255)
        let none = QuantizedRange.activationRange(.none, type: .int16, scale: 0.1, zeroPoint: 0)
        #expect(none?.min == -32768 && none?.max == 32767)
    }
}
