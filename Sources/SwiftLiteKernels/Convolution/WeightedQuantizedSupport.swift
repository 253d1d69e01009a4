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

/// Floating-point types in which sums of integer products are computed exactly, as long as
/// every partial sum stays below `exactIntegerLimit` (2^24 for Float, 2^53 for Double). The
/// baseline x86-64 target has no packed 32-bit integer multiply, so the kernels multiply
/// integers in float lanes and move each chunk's exact sum into 64-bit integers before it could
/// round.
protocol ExactProductScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable {
    static var exactIntegerLimit: Double { get }
    /// The value of an integer (exact for the kernels' operands). Concrete conversions, which
    /// compile to one instruction where the generic initializers do not.
    init(integer: Int32)
    /// The integer value of an exact integral value.
    var integer: Int64 { get }
}

extension Float: ExactProductScalar {
    static var exactIntegerLimit: Double { 16_777_216 }
    @inline(__always) init(integer: Int32) { self.init(integer) }
    @inline(__always) var integer: Int64 { Int64(self) }
}

extension Double: ExactProductScalar {
    static var exactIntegerLimit: Double { 9_007_199_254_740_992 }
    @inline(__always) init(integer: Int32) { self.init(integer) }
    @inline(__always) var integer: Int64 { Int64(self) }
}

extension ExactProductScalar {
    /// How many products of magnitude at most `bound` may be summed before a flush.
    static func chunkLimit(productBound bound: Double) -> Int {
        guard bound > 0 else { return Int.max }
        return max(1, Int(min(exactIntegerLimit / bound, Double(Int32.max))))
    }
}

/// Sixteen exact integer sums built from float products: `partial` collects up to `limit`
/// products per lane (the caller counts them), then ``flush(_:into:)`` moves it into 64-bit
/// integer lanes. The flush is kept out of line so that the hot loops hold only `partial` in
/// registers.
enum ExactLanes {
    /// Writes `exact + partial` lane by lane to `target` (the first `count` lanes); when
    /// nothing was flushed, reads the float lanes back from memory, which is cheaper than
    /// extracting them from registers.
    @inline(__always)
    static func store<Scalar: ExactProductScalar>(_ partial: SIMD16<Scalar>, _ exact: SIMD16<Int64>, flushed: Bool,
                                                  count: Int, to target: UnsafeMutablePointer<Int64>) {
        if flushed {
            for lane in 0..<count { target[lane] = exact[lane] &+ partial[lane].integer }
            return
        }
        withUnsafeBytes(of: partial) { raw in
            let lanes = raw.assumingMemoryBound(to: Scalar.self)
            for lane in 0..<count { target[lane] = lanes[lane].integer }
        }
    }

    @inline(never)
    static func flush<Scalar: ExactProductScalar>(_ partial: inout SIMD16<Scalar>, into exact: inout SIMD16<Int64>) {
        for lane in 0..<16 { exact[lane] &+= partial[lane].integer }
        partial = SIMD16<Scalar>(repeating: 0)
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

/// The largest magnitude of `value + offset` over the values of `type`.
func offsetMagnitude(_ type: ElementType, offset: Int32) -> Double {
    guard let (low, high) = QuantizedRange.limits(of: type) else { return 0 }
    return max(abs(Double(low) + Double(offset)), abs(Double(high) + Double(offset)))
}

/// The integer element types of quantized activations.
protocol QuantizedElement: FixedWidthInteger, SIMDScalar, Codable, Sendable {}
extension Int8: QuantizedElement {}
extension UInt8: QuantizedElement {}
extension Int16: QuantizedElement {}

/// Where a kernel's fixed-point multipliers come from.
enum MultiplierSource {
    /// `input scale × filter scale[c] / output scale` in double precision, per channel
    /// (TFLite's `PopulateConvolutionQuantizationParams`).
    case perChannel
    /// `Double(Float(input scale × filter scale)) / output scale`, one for all channels (TFLite's
    /// `GetQuantizedConvolutionMultipler`, used for uint8 and per-tensor legacy paths).
    case floatProduct
}

/// What a weighted quantized kernel needs from its tensors' quantization.
struct WeightedQuantization {
    /// `-input zero point`.
    var inputOffset: Int32 = 0
    /// `-filter zero point` (nonzero only for uint8 filters and the per-tensor paths that apply it).
    var filterOffset: Int32 = 0
    /// The filter scale of each output channel.
    var filterScales: [Float] = []
    var inputScale: Float = 0
    var outputScale: Float = 0
    var stage = QuantizedOutputStage()

    /// Validates and reads the quantization of a weighted op.
    ///
    /// - `channels`, `axis`: the output channels and the filter dimension per-channel scales
    ///   must run along.
    /// - `filterZeroPoint`: whether the kernel applies a nonzero per-tensor filter zero point
    ///   (uint8 filters always do); otherwise filters must be symmetric.
    /// - `activation`: the fused activation clamping the output.
    static func prepare(_ context: KernelContext, input: TensorSlot, filter: TensorSlot, bias: TensorSlot?,
                        output: TensorSlot, channels: Int, axis: Int, activation: FusedActivation,
                        rescaling: AccumulatorRescaling, multipliers source: MultiplierSource,
                        filterZeroPoint: Bool = false, filterName: String = "filter") throws(SwiftLiteError)
        -> WeightedQuantization
    {
        var result = WeightedQuantization()
        let (inputScale, inputZeroPoint) = try context.affineQuantization(of: input, what: "input")
        let (outputScale, outputZeroPoint) = try context.affineQuantization(of: output, what: "output")
        result.inputScale = inputScale
        result.outputScale = outputScale
        result.inputOffset = -inputZeroPoint
        let perAxis = filter.quantization?.isPerAxis ?? false
        if filter.type == .uint8 || (filterZeroPoint && !perAxis) {
            guard !perAxis else {
                throw context.error(.invalidModel, "\(filterName) of type \(filter.type) must be quantized per tensor", tensor: filter)
            }
            let (scale, zeroPoint) = try context.affineQuantization(of: filter, what: filterName)
            result.filterOffset = -zeroPoint
            result.filterScales = [Float](repeating: scale, count: channels)
        } else {
            result.filterScales = try context.weightScales(of: filter, channels: channels, axis: axis, what: filterName)
        }
        if let bias {
            if let bad = bias.quantization?.zeroPoints.first(where: { $0 != 0 }) {
                throw context.error(.invalidModel, "bias has zero point \(bad); it must be 0", tensor: bias)
            }
            try context.checkBiasScales(bias, inputScale: inputScale, filterScales: result.filterScales, outputScale: outputScale)
        }
        var stage = QuantizedOutputStage()
        stage.rescaling = rescaling
        stage.outputOffset = outputZeroPoint
        switch rescaling {
        case .doublePrecision:
            stage.realScales = try realScales(context, inputScale: inputScale, filterScales: result.filterScales, outputScale: outputScale)
        case .fixedPoint:
            switch source {
            case .perChannel:
                stage.multipliers = try context.requantizationMultipliers(
                    inputScale: inputScale, filterScales: result.filterScales, outputScale: outputScale)
            case .floatProduct:
                let real = Double(inputScale * (result.filterScales.first ?? 0)) / Double(outputScale)
                guard real.isFinite, real > 0, real < Double(1 << 30) else {
                    throw context.error(.invalidModel, "requantization multiplier \(real) is not representable")
                }
                stage.multipliers = [QuantizedMultiplier](repeating: QuantizedMultiplier(real), count: channels)
            }
        }
        guard let (lower, upper) = QuantizedRange.activationRange(activation, type: output.type, scale: outputScale,
                                                                  zeroPoint: outputZeroPoint) else {
            throw context.error(.invalidModel, "the \(activation) range is not representable in the output's quantization", tensor: output)
        }
        stage.lower = lower
        stage.upper = upper
        result.stage = stage
        return result
    }

    /// `input scale × filter scale[c] / output scale` in double precision, checked finite and
    /// positive.
    static func realScales(_ context: KernelContext, inputScale: Float, filterScales: [Float], outputScale: Float)
        throws(SwiftLiteError) -> [Double]
    {
        var scales: [Double] = []
        scales.reserveCapacity(filterScales.count)
        for (channel, filterScale) in filterScales.enumerated() {
            let real = Double(inputScale) * Double(filterScale) / Double(outputScale)
            guard real.isFinite, real > 0 else {
                throw context.error(.invalidModel, "requantization scale \(real) of channel \(channel) is not usable")
            }
            scales.append(real)
        }
        return scales
    }

    /// Checks the bias type of a quantized op: int32 for 8-bit activations; for 16-bit ones
    /// int64, or int32 (TFLite reads an int32 bias correctly only when the options'
    /// `quantized_bias_type` says INT32; SwiftLite reads it by its own type either way). When
    /// the options name a bias type, the bias must have it. Returns whether the op accumulates
    /// in 64 bits.
    static func checkBias(_ context: KernelContext, _ bias: TensorSlot?, inputType: ElementType, channels: Int,
                          declared: ElementType?, allowInt32For16Bit: Bool = true) throws(SwiftLiteError) -> Bool {
        if let declared, inputType == .int16 {
            guard declared == .int32 || declared == .int64 else {
                throw context.error(.invalidModel, "quantized_bias_type \(declared) is neither int32 nor int64")
            }
            if let bias, bias.type != declared {
                throw context.error(.invalidModel, "bias is \(bias.type) but quantized_bias_type says \(declared)", tensor: bias)
            }
        }
        guard let bias else { return inputType == .int16 && declared != .int32 }
        guard bias.elementCount == channels else {
            throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(channels) output channels", tensor: bias)
        }
        if inputType == .int16 {
            let allowed: Set<ElementType> = allowInt32For16Bit ? [.int32, .int64] : [.int64]
            try context.expectType(bias, allowed, what: "bias")
            return bias.type == .int64
        }
        try context.expectType(bias, [.int32], what: "bias")
        return false
    }
}

/// int4 weights: TFLite stores two per byte (low nibble first), and unpacks them to one signed
/// byte each before computing.
enum Int4Weights {
    /// The values of an int4 constant as one `Int8` each; accepts a slot already holding one
    /// byte per value.
    static func unpacked(_ slot: TensorSlot, context: KernelContext) throws(SwiftLiteError) -> [Int8] {
        let count = slot.elementCount
        guard let data = slot.data else {
            throw context.error(.unsupported, "int4 weights must be constant", tensor: slot)
        }
        let bytes = data.assumingMemoryBound(to: UInt8.self)
        if slot.capacity >= count {
            return (0..<count).map { Int8(bitPattern: bytes[$0]) }
        }
        guard slot.capacity * 2 >= count else {
            throw context.error(.invalidModel, "int4 tensor holds \(slot.capacity) bytes for \(count) values", tensor: slot)
        }
        return (0..<count).map { index in
            let byte = bytes[index / 2]
            let nibble = index % 2 == 0 ? byte & 0x0F : byte >> 4
            return Int8(bitPattern: nibble << 4) >> 4
        }
    }
}

extension KernelContext {
    /// Checks that `output` has the type the quantized op produces.
    func expectOutputType(_ output: TensorSlot, _ type: ElementType) throws(SwiftLiteError) {
        guard output.type == type else {
            throw error(.invalidModel, "output is \(output.type) but this op produces \(type) here", tensor: output)
        }
    }
}
