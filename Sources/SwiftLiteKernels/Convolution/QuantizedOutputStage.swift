import SwiftLiteCore

/// How a weighted quantized kernel turns its integer accumulator into the output's scale. The
/// TFLite reference kernels use one of two routines, and they round differently.
enum AccumulatorRescaling: Sendable, Equatable {
    /// TFLite's `MultiplyByQuantizedMultiplier` as the official runtime (ai-edge-litert 2.3.0)
    /// is built, which the goldens show to be the double-rounding (gemmlowp) variant for 32-bit
    /// accumulators; 64-bit accumulators use the reduced 16-bit multiplier. CONV_2D,
    /// DEPTHWISE_CONV_2D, TRANSPOSE_CONV, BATCH_MATMUL, sparse and 16x16 FULLY_CONNECTED.
    case fixedPoint
    /// `round(Double(acc) * scale)` in double precision (the reference dense FULLY_CONNECTED).
    case doublePrecision
}

/// The output stage shared by the quantized convolutions and matrix products: rescale the
/// accumulator of channel `c`, add the output zero point, clamp to the activation range.
struct QuantizedOutputStage: Sendable {
    var rescaling = AccumulatorRescaling.fixedPoint
    /// One fixed-point multiplier per output channel (`fixedPoint`).
    var multipliers: [QuantizedMultiplier] = [] {
        didSet {
            significands = multipliers.map { Int64($0.significand) }
            shifts = multipliers.map { $0.shift }
        }
    }
    /// One real scale per output channel (`doublePrecision`).
    var realScales: [Double] = []
    var outputOffset: Int32 = 0
    var lower: Int32 = 0
    var upper: Int32 = 0
    private var significands: [Int64] = []
    private var shifts: [Int] = []

    init() {}

    init(rescaling: AccumulatorRescaling, multipliers: [QuantizedMultiplier], outputOffset: Int32, lower: Int32, upper: Int32) {
        self.rescaling = rescaling
        self.multipliers = multipliers
        significands = multipliers.map { Int64($0.significand) }
        shifts = multipliers.map { $0.shift }
        self.outputOffset = outputOffset
        self.lower = lower
        self.upper = upper
    }

    /// The output value for a 32-bit accumulator.
    @inline(__always)
    func value(_ accumulator: Int32, channel: Int) -> Int32 {
        let scaled: Int32
        switch rescaling {
        case .fixedPoint:
            scaled = Self.multiplyDoubleRounding(accumulator, significands[channel], shifts[channel])
        case .doublePrecision:
            scaled = Self.roundToInt32(Double(accumulator) * realScales[channel])
        }
        return min(max(scaled &+ outputOffset, lower), upper)
    }

    /// The output value for a 64-bit accumulator (16-bit activations with 64-bit bias).
    @inline(__always)
    func value(_ accumulator: Int64, channel: Int) -> Int32 {
        let scaled: Int32
        switch rescaling {
        case .fixedPoint: scaled = FixedPoint.multiply(accumulator, by: multipliers[channel])
        case .doublePrecision: scaled = Self.roundToInt32(Double(accumulator) * realScales[channel])
        }
        return min(max(scaled &+ outputOffset, lower), upper)
    }

    /// Calls `body` with the per-channel significands and shifts.
    @inline(__always)
    func withMultipliers<R>(_ body: (UnsafeBufferPointer<Int64>, UnsafeBufferPointer<Int>) -> R) -> R {
        significands.withUnsafeBufferPointer { significands in
            shifts.withUnsafeBufferPointer { shifts in body(significands, shifts) }
        }
    }

    /// gemmlowp's rounding doubling high multiply by a non-negative Q31 significand followed by
    /// a rounding right shift: ``FixedPoint/multiplyDoubleRounding(_:by:)``, written out here
    /// so that it inlines into the kernels' loops (the tests check that both agree).
    @inline(__always)
    static func multiplyDoubleRounding(_ x: Int32, _ significand: Int64, _ shift: Int) -> Int32 {
        let left = shift > 0 ? shift : 0
        let right = shift > 0 ? 0 : -shift
        let product = Int64(x &<< Int32(left)) &* significand
        let nudge: Int64 = product >= 0 ? 1 << 30 : 1 - (1 << 30)
        let high = Int32(truncatingIfNeeded: (product &+ nudge) / (1 << 31))
        guard right > 0 else { return high }
        let mask = Int32(truncatingIfNeeded: (Int64(1) << right) - 1)
        let remainder = high & mask
        let threshold = (mask >> 1) + (high < 0 ? 1 : 0)
        return (high >> Int32(right)) + (remainder > threshold ? 1 : 0)
    }

    /// `static_cast<int32_t>(round(x))` as x86-64 computes it: half away from zero, and the
    /// "integer indefinite" value `Int32.min` for anything out of range.
    @inline(__always)
    static func roundToInt32(_ x: Double) -> Int32 {
        let rounded = x.rounded(.toNearestOrAwayFromZero)
        return rounded > -2_147_483_649.0 && rounded < 2_147_483_648.0 ? Int32(rounded) : Int32.min
    }
}

/// An integer accumulator type of the weighted quantized kernels (`Int32`, or `Int64` for
/// 16-bit activations with a 64-bit bias). Sums use wrapping arithmetic, as TFLite's do in
/// practice; wrapping sums do not depend on the order of their terms.
protocol QuantizedAccumulator: FixedWidthInteger, SignedInteger, Sendable {
    /// The output value of `accumulator` for channel `channel`.
    static func output(_ accumulator: Self, _ stage: QuantizedOutputStage, channel: Int) -> Int32
}

extension Int32: QuantizedAccumulator {
    @inline(__always)
    static func output(_ accumulator: Int32, _ stage: QuantizedOutputStage, channel: Int) -> Int32 {
        stage.value(accumulator, channel: channel)
    }
}

extension QuantizedAccumulator {
    /// The accumulator holding `sum` (wrapping to 32 bits like TFLite's int32 sums).
    @inline(__always)
    init(wrapping sum: Int64) { self.init(truncatingIfNeeded: sum) }
}

extension Int64: QuantizedAccumulator {
    @inline(__always)
    static func output(_ accumulator: Int64, _ stage: QuantizedOutputStage, channel: Int) -> Int32 {
        stage.value(accumulator, channel: channel)
    }
}

/// The integer kernels' last step: each output is its sum (wrapped to the accumulator type)
/// plus the bias of its channel, through the output stage. `sums` and `output` are laid out
/// with `channels` innermost.
enum QuantizedFinish {
    static func write<Element: QuantizedElement, Accumulator: QuantizedAccumulator, Bias: FixedWidthInteger>(
        _ sums: UnsafePointer<Int64>, count: Int, channels: Int, bias: UnsafePointer<Bias>?,
        stage: QuantizedOutputStage, into output: UnsafeMutablePointer<Element>, accumulator: Accumulator.Type
    ) {
        guard channels > 0 else { return }
        if stage.rescaling == .fixedPoint, Accumulator.self == Int32.self {
            // The common case, with the per-channel multipliers read through pointers.
            stage.withMultipliers { significands, shifts in
                let (offset, lower, upper) = (stage.outputOffset, stage.lower, stage.upper)
                var index = 0
                while index < count {
                    for channel in 0..<channels {
                        var acc = Int32(truncatingIfNeeded: sums[index + channel])
                        if let bias { acc &+= Int32(truncatingIfNeeded: bias[channel]) }
                        let scaled = QuantizedOutputStage.multiplyDoubleRounding(acc, significands[channel], shifts[channel])
                        output[index + channel] = Element(truncatingIfNeeded: min(max(scaled &+ offset, lower), upper))
                    }
                    index += channels
                }
            }
            return
        }
        var index = 0
        while index < count {
            for channel in 0..<channels {
                var acc = Accumulator(wrapping: sums[index + channel])
                if let bias { acc &+= Accumulator(truncatingIfNeeded: bias[channel]) }
                output[index + channel] = Element(truncatingIfNeeded: Accumulator.output(acc, stage, channel: channel))
            }
            index += channels
        }
    }
}
