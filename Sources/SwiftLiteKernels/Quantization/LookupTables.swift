import SwiftLiteCore

/// A 256-entry table mapping every 8-bit quantized input to its quantized output (TFLite's
/// `LUTPopulate<int8_t/uint8_t>`), indexed by the input's byte.
///
/// Each entry: dequantize (`inputScale * (q - inputZeroPoint)` in float), apply the float
/// function, multiply by `1 / outputScale` (float), round half away from zero, add the output
/// zero point in float, and clamp to the type (values beyond the type's range, infinities
/// included, saturate: the official runtime's build clamps before converting, e.g. EXP of large
/// inputs gives the maximum).
struct ByteLookupTable {
    /// The output byte for each input byte.
    private(set) var entries: [UInt8]

    /// A table for `type` (int8 or uint8).
    init(type: ElementType, inputScale: Float, inputZeroPoint: Int32, outputScale: Float, outputZeroPoint: Int32,
         _ transform: (Float) -> Float) {
        let (low, high) = QuantizedArithmetic.range(of: type)
        let inverseScale = 1 / outputScale
        var entries = [UInt8](repeating: 0, count: 256)
        for value in low...high {
            let dequantized = inputScale * Float(value - inputZeroPoint)
            let rescaled = FixedPoint.round(transform(dequantized) * inverseScale)
            let shifted = rescaled + Float(outputZeroPoint)
            let clamped = shifted.isNaN ? low : Int32(min(max(shifted, Float(low)), Float(high)))
            entries[Int(UInt8(truncatingIfNeeded: value))] = UInt8(truncatingIfNeeded: clamped)
        }
        self.entries = entries
    }

    /// Maps `input` to `output` (raw bytes, same count).
    func apply(_ input: UnsafeMutableBufferPointer<UInt8>, _ output: UnsafeMutableBufferPointer<UInt8>) {
        entries.withUnsafeBufferPointer { table in
            for i in 0..<min(input.count, output.count) { output[i] = table[Int(input[i])] }
        }
    }
}

/// A 513-entry table for int16 inputs with linear interpolation (TFLite's
/// `LUTPopulate<int16_t>` and `LUTLookup`): 512 segments over the input range, each sample
/// biased by half the interpolation error at its midpoint, and a last entry for the slope of
/// the final segment. Tables are built in float, or in double where TFLite does (softmax).
struct Int16LookupTable {
    /// The 513 samples.
    private(set) var entries: [Int16]

    /// A table for `transform` between the given quantizations, computed in `FloatT`.
    init<FloatT: BinaryFloatingPoint>(_ type: FloatT.Type, inputScale: FloatT, inputZeroPoint: Int32,
                                      outputScale: FloatT, outputZeroPoint: Int32, _ transform: (FloatT) -> FloatT) {
        let inputMin = inputScale * FloatT(Int32(Int16.min) - inputZeroPoint)
        let inputMax = inputScale * FloatT(Int32(Int16.max) - inputZeroPoint)
        let outputMin = outputScale * FloatT(Int32(Int16.min) - outputZeroPoint)
        let outputMax = outputScale * FloatT(Int32(Int16.max) - outputZeroPoint)
        let steps = 512
        let step = (inputMax - inputMin) / FloatT(steps)
        let halfStep = step / 2
        let outputScalingInverse = FloatT(65536) / (outputMax - outputMin)
        func round(_ x: FloatT) -> FloatT { x.rounded(.toNearestOrAwayFromZero) }
        func store(_ x: FloatT) -> Int16 {
            // std::min(std::max(x, -32768), 32767) keeps NaN; the conversion then gives 0.
            let clamped = x < -32768 ? -32768 : (32767 < x ? 32767 : x)
            return Int16(truncatingIfNeeded: QuantizedArithmetic.truncatingToInt32(Double(clamped)))
        }
        var entries = [Int16](repeating: 0, count: steps + 1)
        for i in 0..<steps {
            let start = inputMin + FloatT(i) * step
            let value = transform(start)
            let midpoint = transform(start + halfStep)
            let next = transform(inputMin + FloatT(i + 1) * step)
            let sample = round(value * outputScalingInverse)
            let interpolatedMidpoint = round((next * outputScalingInverse + round(value * outputScalingInverse)) / 2)
            let exactMidpoint = round(midpoint * outputScalingInverse)
            let bias = round((interpolatedMidpoint - exactMidpoint) / 2)
            entries[i] = store(sample - bias)
        }
        entries[steps] = store(round(transform(inputMax) * outputScalingInverse))
        self.entries = entries
    }

    /// The interpolated table value for `value`.
    @inline(__always)
    static func lookup(_ value: Int16, _ table: UnsafeBufferPointer<Int16>) -> Int16 {
        let index = Int(256 + (Int32(value) >> 7))
        let offset = Int32(value) & 0x7F
        let base = Int32(table[index])
        let slope = Int32(Int16(truncatingIfNeeded: Int32(table[index + 1]) - base))
        let delta = (slope * offset + 64) >> 7
        return Int16(truncatingIfNeeded: base + delta)
    }

    /// Maps `input` to `output` (same count).
    func apply(_ input: UnsafeMutableBufferPointer<Int16>, _ output: UnsafeMutableBufferPointer<Int16>) {
        entries.withUnsafeBufferPointer { table in
            for i in 0..<min(input.count, output.count) { output[i] = Int16LookupTable.lookup(input[i], table) }
        }
    }
}
