import SwiftLiteCore

/// On-the-fly int8 quantization of float activations for the hybrid (dynamic-range) kernels,
/// as TFLite's portable `tensor_utils::SymmetricQuantizeFloats` and `AsymmetricQuantizeFloats`
/// compute it (the official x86 build uses these portable routines).
enum HybridInputQuantizer {
    /// The extremes of `count` values (`std::minmax_element`).
    @inline(__always)
    static func extremes(_ values: UnsafePointer<Float>, count: Int) -> (min: Float, max: Float) {
        guard count > 0 else { return (0, 0) }
        var low = values[0], high = values[0]
        for index in 1..<count {
            let value = values[index]
            if value < low { low = value }
            if !(value < high) { high = value }
        }
        return (low, high)
    }

    /// `float → int32` as x86-64 converts it after rounding: NaN and out-of-range values become
    /// `Int32.min` (callers clamp afterwards).
    @inline(__always)
    static func convert(_ value: Float) -> Int32 {
        value > -2_147_483_904 && value < 2_147_483_648 ? Int32(value) : Int32.min
    }

    /// `static_cast<int32_t>(value)` as x86-64 computes it: truncation toward zero, and
    /// `Int32.min` for NaN and out-of-range values.
    @inline(__always)
    static func truncate(_ value: Float) -> Int32 {
        convert(value.rounded(.towardZero))
    }

    /// Quantizes `count` values to [-127, 127] with a scale making the largest magnitude 127;
    /// returns the scaling factor (1 when every value is zero).
    static func symmetric(_ values: UnsafePointer<Float>, count: Int, into quantized: UnsafeMutablePointer<Int8>) -> Float {
        let (low, high) = extremes(values, count: count)
        let range = max(abs(low), abs(high))
        if range == 0 {
            quantized.update(repeating: 0, count: count)
            return 1
        }
        let inverse = Float(127) / range
        for index in 0..<count {
            let q = convert(FixedPoint.round(values[index] * inverse))
            quantized[index] = Int8(truncatingIfNeeded: min(127, max(-127, q)))
        }
        return range / 127
    }

    /// Quantizes `count` values to [-128, 127] with the affine parameters covering [min(0, low),
    /// max(0, high)] (zero point nudged as TFLite does); returns the scale and the zero point
    /// (1 and 0 when the range is empty).
    ///
    /// The width of the range is a float32 subtraction: the official runtime's results show it
    /// (the double-precision division that follows then gives the same scale as TFLite's source
    /// only when that subtraction is exact).
    static func asymmetric(_ values: UnsafePointer<Float>, count: Int, into quantized: UnsafeMutablePointer<Int8>)
        -> (scale: Float, offset: Int32)
    {
        let (low, high) = extremes(values, count: count)
        let floatMin = min(0, low)
        let floatMax = max(0, high)
        if floatMin == floatMax {
            quantized.update(repeating: 0, count: count)
            return (1, 0)
        }
        let rmin = Double(floatMin)
        let rmax = Double(floatMax)
        let qmin = -128.0, qmax = 127.0
        let scale = Double(floatMax - floatMin) / (qmax - qmin)
        let fromMin = qmin - rmin / scale
        let fromMax = qmax - rmax / scale
        let errorFromMin = abs(qmin) + abs(rmin / scale)
        let errorFromMax = abs(qmax) + abs(rmax / scale)
        let zeroPoint = errorFromMin < errorFromMax ? fromMin : fromMax
        let offset: Int32
        if zeroPoint <= qmin {
            offset = -128
        } else if zeroPoint >= qmax {
            offset = 127
        } else {
            offset = Int32(zeroPoint.rounded(.toNearestOrAwayFromZero))
        }
        let floatScale = Float(scale)
        let inverse = 1 / floatScale
        let floatOffset = Float(offset)
        for index in 0..<count {
            let q = convert(FixedPoint.round(floatOffset + values[index] * inverse))
            quantized[index] = Int8(truncatingIfNeeded: min(127, max(-128, q)))
        }
        return (floatScale, offset)
    }

    /// Whether every value is zero (TFLite's `IsZeroVector`).
    static func isZero(_ values: UnsafePointer<Float>, count: Int) -> Bool {
        for index in 0..<count where values[index] != 0 { return false }
        return true
    }
}

/// The float-side fused activation of the hybrid FULLY_CONNECTED (TFLite's
/// `ApplyActivationToVector`): clamps, tanh, and sign bit (1 for negative values, else 0).
enum HybridActivation {
    @inline(__always)
    static func apply(_ activation: FusedActivation, _ value: Float) -> Float {
        switch activation {
        case .none: value
        case .relu: max(0, value)
        case .reluN1To1: max(-1, min(value, 1))
        case .relu6: max(0, min(value, 6))
        case .tanh: tanhf(value)
        case .signBit: value.sign == .minus ? 1 : 0
        }
    }
}
