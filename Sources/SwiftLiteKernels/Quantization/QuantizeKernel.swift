import SwiftLiteCore

/// QUANTIZE versions 1–6 (TFLite's `quantize.cc` with the reference kernels).
///
/// - float32 to int8, uint8 or int16, per tensor or per channel: `round(x / scale)` in float
///   (ties away from zero) converted to int32 as x86-64 does (NaN and out-of-range values become
///   `Int32.min`), plus the zero point, clamped to the type.
/// - Requantization between integer types: int8/uint8 to int8, uint8 or int16; int16 to int8,
///   int16 or int32; int32 to int8 or int16. The centered input is rescaled by
///   `inputScale / outputScale` (double quotient, double-rounding multiply), offset and clamped;
///   int8 and uint8 with the same scale and zero points 128 apart flip the sign bit instead.
///
/// int16 to int16 needs zero points 0; int4 outputs are refused.
public final class QuantizeKernel: OpKernel {
    private enum Path {
        case fromFloat(AffineParameters)
        case requantize(multiplier: QuantizedMultiplier, inputZeroPoint: Int32, outputZeroPoint: Int32, flipSign: Bool)
    }

    private var path = Path.requantize(multiplier: QuantizedMultiplier(significand: 0, shift: 0), inputZeroPoint: 0,
                                       outputZeroPoint: 0, flipSign: false)

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        let allowed: Set<ElementType> = switch input.type {
        case .float32: [.int8, .uint8, .int16]
        case .int8, .uint8: [.int8, .uint8, .int16]
        case .int16: [.int8, .int16, .int32]
        case .int32: [.int8, .int16]
        default: []
        }
        guard !allowed.isEmpty else {
            throw context.error(.unsupported, "unsupported input type \(input.type) (QUANTIZE takes float32, int8, uint8, int16 or int32)", tensor: input)
        }
        try context.expectType(output, allowed, what: "output for a \(input.type) input")
        if input.type == .float32 {
            path = .fromFloat(try AffineParameters(of: output, type: output.type, what: "output", int16ZeroPointAllowed: true,
                                                   context: context))
        } else {
            let int16Pair = input.type == .int16 && output.type == .int16
            let inputParameters = try AffineParameters(of: input, type: input.type, what: "input",
                                                       int16ZeroPointAllowed: !int16Pair, context: context)
            let outputParameters = try AffineParameters(of: output, type: output.type, what: "output",
                                                        int16ZeroPointAllowed: !int16Pair, context: context)
            guard !inputParameters.isPerChannel, !outputParameters.isPerChannel else {
                throw context.error(.unsupported, "per-channel requantization is not supported (TFLite requantizes per tensor)")
            }
            let multiplier = QuantizedArithmetic.quantizeMultiplier(Double(inputParameters.scales[0]) / Double(outputParameters.scales[0]))
            let inputZeroPoint = inputParameters.zeroPoints[0]
            let outputZeroPoint = outputParameters.zeroPoints[0]
            let sameScale = multiplier.significand == 1 << 30 && multiplier.shift == 1
            let flipSign = sameScale && ((input.type == .int8 && output.type == .uint8 && inputZeroPoint - outputZeroPoint == -128)
                || (input.type == .uint8 && output.type == .int8 && inputZeroPoint - outputZeroPoint == 128))
            path = .requantize(multiplier: multiplier, inputZeroPoint: inputZeroPoint, outputZeroPoint: outputZeroPoint,
                               flipSign: flipSign)
        }
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        switch path {
        case .fromFloat(let parameters):
            let x = input.buffer(of: Float.self)
            switch output.type {
            case .int8: Self.quantize(x, output.buffer(of: Int8.self), parameters)
            case .uint8: Self.quantize(x, output.buffer(of: UInt8.self), parameters)
            default: Self.quantize(x, output.buffer(of: Int16.self), parameters)
            }
        case .requantize(let multiplier, let inputZeroPoint, let outputZeroPoint, let flipSign):
            if flipSign {
                let x = input.buffer(of: UInt8.self)
                let y = output.buffer(of: UInt8.self)
                for i in 0..<min(x.count, y.count) { y[i] = x[i] ^ 0x80 }
                return
            }
            let parameters = (multiplier, inputZeroPoint, outputZeroPoint)
            switch (input.type, output.type) {
            case (.int8, .int8): Self.requantize(input, Int8.self, output, Int8.self, parameters)
            case (.int8, .uint8): Self.requantize(input, Int8.self, output, UInt8.self, parameters)
            case (.int8, _): Self.requantize(input, Int8.self, output, Int16.self, parameters)
            case (.uint8, .int8): Self.requantize(input, UInt8.self, output, Int8.self, parameters)
            case (.uint8, .uint8): Self.requantize(input, UInt8.self, output, UInt8.self, parameters)
            case (.uint8, _): Self.requantize(input, UInt8.self, output, Int16.self, parameters)
            case (.int16, .int8): Self.requantize(input, Int16.self, output, Int8.self, parameters)
            case (.int16, .int16): Self.requantize(input, Int16.self, output, Int16.self, parameters)
            case (.int16, _): Self.requantize(input, Int16.self, output, Int32.self, parameters)
            case (_, .int8): Self.requantize(input, Int32.self, output, Int8.self, parameters)
            default: Self.requantize(input, Int32.self, output, Int16.self, parameters)
            }
        }
    }

    private static func quantize<T: FixedWidthInteger>(_ x: UnsafeMutableBufferPointer<Float>, _ y: UnsafeMutableBufferPointer<T>,
                                                       _ parameters: AffineParameters) {
        let low = Int32(T.min), high = Int32(T.max)
        parameters.scales.withUnsafeBufferPointer { scales in
            parameters.zeroPoints.withUnsafeBufferPointer { zeroPoints in
                for i in 0..<min(x.count, y.count) {
                    let channel = parameters.channel(of: i)
                    let rounded = FixedPoint.round(x[i] / scales[channel])
                    let value = QuantizedArithmetic.truncatingToInt32(rounded) &+ zeroPoints[channel]
                    y[i] = T(truncatingIfNeeded: min(max(value, low), high))
                }
            }
        }
    }

    private static func requantize<In: FixedWidthInteger, Out: FixedWidthInteger>(
        _ input: TensorSlot, _ inType: In.Type, _ output: TensorSlot, _ outType: Out.Type,
        _ parameters: (multiplier: QuantizedMultiplier, inputZeroPoint: Int32, outputZeroPoint: Int32)
    ) {
        let x = input.buffer(of: In.self)
        let y = output.buffer(of: Out.self)
        let low = Int32(Out.min), high = Int32(Out.max)
        for i in 0..<min(x.count, y.count) {
            let centered = Int32(truncatingIfNeeded: x[i]) &- parameters.inputZeroPoint
            let value = QuantizedArithmetic.multiply(centered, by: parameters.multiplier) &+ parameters.outputZeroPoint
            y[i] = Out(truncatingIfNeeded: min(max(value, low), high))
        }
    }
}
