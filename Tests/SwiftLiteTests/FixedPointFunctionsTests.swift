import Foundation
import Testing
import SwiftLiteCore

/// gemmlowp's fixed-point functions: values recorded from gemmlowp's `fixedpoint.h` and TFLite's
/// `internal/common.h` compiled natively (bit-exact), plus accuracy checks against `Double` math.
@Suite struct FixedPointFunctionsTests {
    typealias F = FixedPointFunctions

    /// A raw value of a format with `integerBits` integer bits, as a real number.
    func real<Raw: FixedWidthInteger & SignedInteger>(_ raw: Raw, integerBits: Int) -> Double {
        Double(raw) / Double(sign: .plus, exponent: Raw.bitWidth - 1 - integerBits, significand: 1)
    }

    @Test func primitivesRoundAndSaturateLikeGemmlowp() {
        #expect(F.multiply(Int16.min, Int16.min) == Int16.max)
        #expect(F.multiply(Int16(2340), Int16(2340 &* 7 &+ 123)) == 1178)
        #expect(F.multiply(Int16(-2678), Int16(-2678 &* 7 &+ 123)) == 1522)
        #expect(F.roundingDivideByPOT(Int16(5), 1) == 3)
        #expect(F.roundingDivideByPOT(Int16(-5), 1) == -3)
        // gemmlowp truncates the mask to 16 bits for shifts past the type's width.
        #expect(F.roundingDivideByPOT(Int16(10171), 17) == 1)
        #expect(F.roundingDivideByPOT(Int16(-19256), 17) == -1)
        #expect(F.saturatingRoundingMultiplyByPOT(Int32(1 << 20), 12) == Int32.max)
        #expect(F.saturatingRoundingMultiplyByPOT(Int32(-(1 << 20)), 12) == Int32.min)
        #expect(F.saturatingRoundingMultiplyByPOT(Int32(3), 4) == 48)
        #expect(F.saturatingRoundingMultiplyByPOT(Int32(7), -1) == 4)
        #expect(F.roundingHalfSum(Int32(3), Int32(4)) == 4)
        #expect(F.roundingHalfSum(Int32(-3), Int32(-4)) == -4)
        #expect(F.addSaturatingIf16Bit(Int16.max, Int16(1)) == Int16.max)
        #expect(F.addSaturatingIf16Bit(Int32.max, Int32(1)) == Int32.min, "32-bit additions wrap")
        #expect(F.one(Int32.self, integerBits: 0) == Int32.max)
        #expect(F.one(Int32.self, integerBits: 5) == 1 << 26)
        #expect(F.constant(1 << 30, Int16.self) == 1 << 14)
        #expect(F.countLeadingSignBits(0) == 31)
        #expect(F.countLeadingSignBits(-1) == 31)
        #expect(F.countLeadingSignBits(1) == 30)
        #expect(F.countLeadingSignBits(Int32.min) == 0)
    }

    @Test func exponentialMatchesGemmlowp() {
        let cases: [(Int32, Int, Int32)] = [
            (0, 5, 2_147_483_647), (-1, 5, 2_147_483_124), (-67_108_864, 5, 790_015_308),
            (-615_082_429, 5, 224_610), (-750_134_712, 5, 30_022),
            (-1, 0, 2_147_483_155), (-67_108_864, 0, 2_081_412_406), (-615_082_429, 0, 1_612_646_539),
            (-1, 12, 2_147_479_060), (-67_108_864, 12, 0),
        ]
        for (x, bits, expected) in cases {
            #expect(F.expOnNegativeValues(x, integerBits: bits) == expected, "exp(\(x) in Q\(bits))")
        }
        #expect(F.expOnNegativeValues(Int16(-5826), integerBits: 3) == 7902)
        #expect(F.expOnNegativeValues(Int16(-29485), integerBits: 3) == 24)
        #expect(F.expOnIntervalBetweenNegativeOneQuarterAnd0Excl(Int32(-163_509_009)) == 1_990_044_386)
        #expect(F.expOnIntervalBetweenNegativeOneQuarterAnd0Excl(Int32(-311_989_675)) == 1_857_098_358)
        // Accuracy over the range.
        for raw in stride(from: Int32(0), to: Int32.min / 2, by: -12_345_679) {
            let x = real(raw, integerBits: 5)
            let y = real(F.expOnNegativeValues(raw, integerBits: 5), integerBits: 0)
            #expect(abs(y - Foundation.exp(x)) < 2e-7, "exp(\(x))")
        }
    }

    @Test func reciprocalLogisticAndTanhMatchGemmlowp() {
        #expect(F.oneOverOnePlusXForXIn0To1(Int32(983_286_747)) == 1_473_019_554)
        #expect(F.oneOverOnePlusXForXIn0To1(Int32(611_182_161)) == 1_671_708_842)
        #expect(F.oneOverOnePlusXForXIn0To1(Int16(5876)) == 27786)
        #expect(F.oneOverOnePlusXForXIn0To1(Int16(23126)) == 19206)
        #expect(F.tanh(Int32(-1_390_846_260), integerBits: 4) == -2_147_483_647)
        #expect(F.tanh(Int32(807_587_526), integerBits: 4) == 2_147_458_140)
        #expect(F.tanh(Int16(10171), integerBits: 3) == 32312)
        #expect(F.tanh(Int16(-13933), integerBits: 3) == -32688)
        #expect(F.tanh(Int32(0), integerBits: 4) == 0)
        #expect(F.logistic(Int32(-1_390_846_260), integerBits: 4) == 67837)
        #expect(F.logistic(Int32(807_587_526), integerBits: 4) == 2_142_262_996)
        #expect(F.logistic(Int16(10171), integerBits: 3) == 30240)
        #expect(F.logistic(Int16(-13933), integerBits: 3) == 1057)
        #expect(F.logistic(Int32(0), integerBits: 4) == 1 << 30)
        for raw in stride(from: Int32.min / 2, to: Int32.max / 2, by: 98_765_431) {
            let x = real(raw, integerBits: 4)
            #expect(abs(real(F.tanh(raw, integerBits: 4), integerBits: 0) - Foundation.tanh(x)) < 1e-6)
            #expect(abs(real(F.logistic(raw, integerBits: 4), integerBits: 0) - 1 / (1 + Foundation.exp(-x))) < 1e-6)
        }
    }

    @Test func logarithmAndReciprocalMatchTFLite() {
        #expect(F.logXForXGreaterThanOrEqualTo1(1_293_742_470, inputIntegerBits: 12, outputIntegerBits: 5) == 524_187_912)
        #expect(F.logXForXGreaterThanOrEqualTo1(314_727_218, inputIntegerBits: 12, outputIntegerBits: 5) == 429_323_616)
        #expect(F.logXForXGreaterThanOrEqualTo1(759_289_320, inputIntegerBits: 12, outputIntegerBits: 5) == 488_424_822)
        for raw in stride(from: Int32(1 << 19), to: Int32.max - 20_000_000, by: 19_999_999) {
            let x = real(raw, integerBits: 12)
            let y = real(F.logXForXGreaterThanOrEqualTo1(raw, inputIntegerBits: 12, outputIntegerBits: 5), integerBits: 5)
            #expect(abs(y - Foundation.log(x)) < 1e-6, "log(\(x))")
        }
        let r = F.reciprocal(1_998_252_263, integerDigits: 12)
        #expect(r.value == 1_153_929_888 && r.numBitsOverUnit == 11)
        let s = F.reciprocal(405_945_388, integerDigits: 12)
        #expect(s.value == 1_420_045_086 && s.numBitsOverUnit == 9)
    }

    @Test func inverseSquareRootMatchesTFLite() {
        let a = F.inverseSquareRoot(1_829_182_933, reverseShift: -1)
        #expect(a.multiplier == 205_665_407 && a.shift == -12)
        let b = F.inverseSquareRoot(135_887_623, reverseShift: -1)
        #expect(b.multiplier == 377_284_895 && b.shift == -11)
        #expect(F.inverseSquareRoot(1, reverseShift: -1) == (Int32.max, 0))
        #expect(F.inverseSquareRoot(0, reverseShift: -1) == (Int32.max, 0))
        for input in [Int32(2), 3, 4, 255, 1000, 65536, 1 << 29, Int32.max] {
            let (m, shift) = F.inverseSquareRoot(input, reverseShift: -1)
            let value = Double(m) / Double(1 << 31) * Foundation.pow(2, Double(shift))
            #expect(abs(value * Foundation.sqrt(Double(input)) - 1) < 1e-5, "1/sqrt(\(input))")
        }
    }
}
