import SwiftLiteCore

/// TFLite's quantized HARD_SWISH (`reference_ops::HardSwish` with `HardSwishParams`): the
/// input is moved to a "high resolution" scale (`inputScale / 128`) in 16 bits, a "reluish"
/// factor `relu6(x + 3) / 6` is computed in Q0.15 with a saturating rescale of the input to the
/// scale where 3.0 is 32768, and the product is rescaled to the output. All multipliers are
/// float quotients reduced to 16-bit fixed point.
struct HardSwishParameters {
    let inputZeroPoint: Int32
    let outputZeroPoint: Int32
    let outputMultiplier: Int16
    let outputExponent: Int
    let reluishMultiplier: Int16
    let reluishExponent: Int
    let low: Int16
    let high: Int16

    init(type: ElementType, inputScale: Float, inputZeroPoint: Int32, outputScale: Float, outputZeroPoint: Int32,
         context: KernelContext) throws(SwiftLiteError) {
        self.inputZeroPoint = inputZeroPoint
        self.outputZeroPoint = outputZeroPoint
        let highResolutionScale = (1 / Float(128)) * inputScale
        let reluishScale = Float(3) / 32768
        let output = QuantizedArithmetic.quantizeMultiplier(Double(highResolutionScale / outputScale))
        guard output.shift <= 0 else {
            throw context.error(.invalidModel, "quantized HARD_SWISH needs an output scale of at least input scale / 128 (multiplier exponent \(output.shift) > 0)")
        }
        outputMultiplier = Self.downscale(output.significand)
        outputExponent = output.shift
        let reluish = QuantizedArithmetic.quantizeMultiplier(Double(highResolutionScale / reluishScale))
        reluishMultiplier = Self.downscale(reluish.significand)
        reluishExponent = reluish.shift
        let (typeMin, typeMax) = QuantizedArithmetic.range(of: type)
        low = Int16(typeMin)
        high = Int16(typeMax)
    }

    /// A Q31 multiplier rounded to Q15 (TFLite's `DownScaleInt32ToInt16Multiplier`).
    static func downscale(_ multiplier: Int32) -> Int16 {
        if multiplier >= Int32.max - (1 << 15) { return Int16.max }
        return Int16(truncatingIfNeeded: (multiplier + (1 << 15)) >> 16)
    }

    /// `value * 2^amount` saturated to Int16.
    static func saturatingLeftShift(_ value: Int16, _ amount: Int) -> Int16 {
        Int16(clamping: Int64(value) * (Int64(1) << amount))
    }

    /// The high half of `2ab`, truncated toward zero; `min * min` saturates (ARM's `SQDMULH`).
    static func saturatingDoublingHighMul(_ a: Int16, _ b: Int16) -> Int16 {
        if a == b && a == Int16.min { return Int16.max }
        return Int16(truncatingIfNeeded: (Int32(a) * Int32(b)) / (1 << 15))
    }

    /// The output for one raw input value.
    func apply(_ raw: Int32) -> Int32 {
        typealias F = FixedPointFunctions
        let input = Int16(truncatingIfNeeded: raw &- inputZeroPoint)
        let highResolution = Int16(truncatingIfNeeded: Int32(input) &* 128)
        let preshiftOutput = F.multiply(highResolution, outputMultiplier)
        var reluish = highResolution
        if reluishExponent > 0 { reluish = Self.saturatingLeftShift(reluish, reluishExponent - 1) }
        reluish = F.multiply(reluish, reluishMultiplier)
        if reluishExponent > 0 { reluish = Self.saturatingLeftShift(reluish, 1) }
        if reluishExponent < 0 { reluish = F.roundingDivideByPOT(reluish, -reluishExponent) }
        reluish = Int16(truncatingIfNeeded: (Int32(reluish) + (1 << 15)) >> 1)
        let preshift = Self.saturatingDoublingHighMul(reluish, preshiftOutput)
        var output = F.roundingDivideByPOT(preshift, -outputExponent)
        output = Int16(truncatingIfNeeded: Int32(output) &+ outputZeroPoint)
        return Int32(max(min(output, high), low))
    }
}

/// sigmoid(i / 24) in unsigned Q0.16 for i = 0 ... 255 (TFLite's `sigmoid_table_uint16`, used by
/// the int16 LOGISTIC and TANH kernels; tanh(x) = 2 sigmoid(2x) - 1).
enum SigmoidTable {
    /// The 256 samples.
    static let values: [UInt16] = [
        32768, 33451, 34133, 34813, 35493, 36169, 36843, 37513, 38180, 38841, 39498, 40149, 40794, 41432, 42064, 42688,
        43304, 43912, 44511, 45102, 45683, 46255, 46817, 47369, 47911, 48443, 48964, 49475, 49975, 50464, 50942, 51409,
        51865, 52311, 52745, 53169, 53581, 53983, 54374, 54755, 55125, 55485, 55834, 56174, 56503, 56823, 57133, 57433,
        57724, 58007, 58280, 58544, 58800, 59048, 59288, 59519, 59743, 59959, 60168, 60370, 60565, 60753, 60935, 61110,
        61279, 61441, 61599, 61750, 61896, 62036, 62172, 62302, 62428, 62549, 62666, 62778, 62886, 62990, 63090, 63186,
        63279, 63368, 63454, 63536, 63615, 63691, 63765, 63835, 63903, 63968, 64030, 64090, 64148, 64204, 64257, 64308,
        64357, 64405, 64450, 64494, 64536, 64576, 64614, 64652, 64687, 64721, 64754, 64786, 64816, 64845, 64873, 64900,
        64926, 64950, 64974, 64997, 65019, 65039, 65060, 65079, 65097, 65115, 65132, 65149, 65164, 65179, 65194, 65208,
        65221, 65234, 65246, 65258, 65269, 65280, 65291, 65301, 65310, 65319, 65328, 65337, 65345, 65352, 65360, 65367,
        65374, 65381, 65387, 65393, 65399, 65404, 65410, 65415, 65420, 65425, 65429, 65433, 65438, 65442, 65445, 65449,
        65453, 65456, 65459, 65462, 65465, 65468, 65471, 65474, 65476, 65479, 65481, 65483, 65485, 65488, 65489, 65491,
        65493, 65495, 65497, 65498, 65500, 65501, 65503, 65504, 65505, 65507, 65508, 65509, 65510, 65511, 65512, 65513,
        65514, 65515, 65516, 65517, 65517, 65518, 65519, 65520, 65520, 65521, 65522, 65522, 65523, 65523, 65524, 65524,
        65525, 65525, 65526, 65526, 65526, 65527, 65527, 65528, 65528, 65528, 65529, 65529, 65529, 65529, 65530, 65530,
        65530, 65530, 65531, 65531, 65531, 65531, 65531, 65532, 65532, 65532, 65532, 65532, 65532, 65533, 65533, 65533,
        65533, 65533, 65533, 65533, 65533, 65534, 65534, 65534, 65534, 65534, 65534, 65534, 65534, 65534, 65534, 65535,
    ]
}
