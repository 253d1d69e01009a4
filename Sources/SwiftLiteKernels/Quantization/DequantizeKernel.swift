import SwiftLiteCore

/// DEQUANTIZE versions 1–9 (TFLite's `reference_ops::Dequantize` and
/// `reference_integer_ops::Dequantize`):
///
/// - float16 → float32: each half value widened exactly.
/// - int8, uint8, int16 (zero point 0) and int4 (two values per byte, low nibble first, as the
///   model stores them) → float32 per tensor: `Float(Double(scale) * Double(q - zeroPoint))`,
///   computed in double as TFLite does.
/// - int8, uint8 and int4 per channel (one scale per slice of the quantized dimension; zero
///   points per slice or shared): `scale[c] * Float(q - zeroPoint[c])` in float.
///
/// A constant input (weights of a model converted with float16 or weight-only quantization) is
/// converted once while the interpreter prepares, because the operator is pure and its input is
/// known.
public final class DequantizeKernel: OpKernel {
    private var parameters: AffineParameters?

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, [.float16, .int8, .uint8, .int16, .int4], what: "input")
        parameters = nil
        if input.type != .float16 {
            let type: ElementType = input.type == .int4 ? .int8 : input.type
            let parameters = try AffineParameters(of: input, type: type, what: "input", context: context)
            if parameters.isPerChannel && input.type == .int16 {
                throw context.error(.unsupported, "per-channel int16 DEQUANTIZE is not supported (TFLite takes int8, uint8 and int4 per channel)", tensor: input)
            }
            self.parameters = parameters
        }
        output.type = .float32
        output.quantization = nil
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0).buffer(of: Float.self)
        guard let parameters else {
            let half = input.buffer(of: UInt16.self)
            for index in 0..<min(half.count, output.count) {
                output[index] = HalfFloat.float(fromBits: half[index])
            }
            return
        }
        switch input.type {
        case .uint8: Self.dequantize(input.buffer(of: UInt8.self), output, parameters)
        case .int16: Self.dequantize(input.buffer(of: Int16.self), output, parameters)
        case .int4 where input.capacity < input.elementCount:
            let packed = UnsafeRawBufferPointer(start: input.data, count: input.capacity)
            Self.dequantize(count: min(output.count, packed.count * 2), output, parameters) { i in
                let byte = Int8(bitPattern: packed[i / 2])
                return Int32(i % 2 == 0 ? (byte << 4) >> 4 : byte >> 4)
            }
        default: Self.dequantize(input.buffer(of: Int8.self), output, parameters)
        }
    }

    private static func dequantize<T: FixedWidthInteger>(_ x: UnsafeMutableBufferPointer<T>, _ y: UnsafeMutableBufferPointer<Float>,
                                                         _ parameters: AffineParameters) {
        dequantize(count: min(x.count, y.count), y, parameters) { Int32(x[$0]) }
    }

    private static func dequantize(count: Int, _ y: UnsafeMutableBufferPointer<Float>, _ parameters: AffineParameters,
                                   _ value: (Int) -> Int32) {
        if !parameters.isPerChannel {
            let scale = Double(parameters.scales[0])
            let zeroPoint = parameters.zeroPoints[0]
            for i in 0..<count { y[i] = Float(scale * Double(value(i) - zeroPoint)) }
            return
        }
        parameters.scales.withUnsafeBufferPointer { scales in
            parameters.zeroPoints.withUnsafeBufferPointer { zeroPoints in
                for i in 0..<count {
                    let channel = parameters.channel(of: i)
                    y[i] = scales[channel] * Float(value(i) - zeroPoints[channel])
                }
            }
        }
    }
}
