import SwiftLiteCore

/// The quantized paths of ``ActivationKernel`` (TFLite's `activations.cc` with its reference
/// kernels), chosen in prepare from the input type:
///
/// - RELU, RELU6 (int8, uint8, int16), RELU_N1_TO_1, RELU_0_TO_1 (int8, uint8): rescale by
///   `inputScale / outputScale` (float quotient) with single rounding, then clamp to the
///   activation's bounds quantized with `roundf` on the output scale.
/// - LEAKY_RELU (int8, uint8, int16): one multiplier for the identity and one for
///   `inputScale * alpha / outputScale` (both float products), the sign of a negative alpha
///   applied after the rescale.
/// - LOGISTIC, TANH, GELU (int8, uint8), ELU (int8): a 256-entry table of the float function
///   (LOGISTIC needs an output scale of exactly 1/256).
/// - GELU (int16): a 513-entry interpolated table.
/// - LOGISTIC, TANH (int16, zero points 0, output scale 2^-15): TFLite's sigmoid table with
///   16-bit interpolation on an input rescaled to 3 * 4096 per unit (a power-of-two input scale
///   is used directly).
/// - HARD_SWISH (int8, uint8): TFLite's 16-bit fixed-point "reluish" formula.
struct QuantizedActivation {
    private enum Path {
        case rescaleClamp(multiplier: QuantizedMultiplier, inputZeroPoint: Int32, outputZeroPoint: Int32, low: Int32, high: Int32)
        case leakyRelu(identity: QuantizedMultiplier, alpha: QuantizedMultiplier, alphaIsNegative: Bool,
                       inputZeroPoint: Int32, outputZeroPoint: Int32, low: Int32, high: Int32)
        case byteTable(ByteLookupTable)
        case int16Table(Int16LookupTable)
        case logisticInt16(multiplier: Int32, leftShift: Int)
        case tanhInt16(multiplier: Int32, leftShift: Int)
        case hardSwish(HardSwishParameters)
    }

    private let path: Path

    /// The path for `function` on the node's quantized input.
    init(_ function: ActivationKernel.Function, input: TensorSlot, output: TensorSlot, context: KernelContext)
        throws(SwiftLiteError)
    {
        let type = input.type
        let (inputScale, inputZeroPoint) = try context.affineQuantization(of: input, what: "input")
        let (outputScale, outputZeroPoint) = try QuantizedArithmetic.output(output, matching: input, context: context)
        func unsupported() -> SwiftLiteError {
            context.error(.unsupported, "unsupported quantized \(type) input for this activation (TFLite's kernel does not take it)", tensor: input)
        }
        func table(_ transform: (Float) -> Float) -> Path {
            .byteTable(ByteLookupTable(type: type, inputScale: inputScale, inputZeroPoint: inputZeroPoint,
                                       outputScale: outputScale, outputZeroPoint: outputZeroPoint, transform))
        }
        switch function {
        case .relu, .relu6, .reluN1To1, .relu0To1:
            let bounds: (Float, Float) = switch function {
            case .relu: (0, .infinity)
            case .relu6: (0, 6)
            case .reluN1To1: (-1, 1)
            default: (0, 1)
            }
            if type == .int16, function == .reluN1To1 || function == .relu0To1 { throw unsupported() }
            let (typeMin, typeMax) = QuantizedArithmetic.range(of: type)
            let low = max(typeMin, outputZeroPoint &+ QuantizedArithmetic.truncatingToInt32(roundf(bounds.0 / outputScale)))
            let high = bounds.1 == .infinity ? typeMax
                : min(typeMax, outputZeroPoint &+ QuantizedArithmetic.truncatingToInt32(roundf(bounds.1 / outputScale)))
            path = .rescaleClamp(multiplier: QuantizedArithmetic.quantizeMultiplier(Double(inputScale / outputScale)),
                                 inputZeroPoint: inputZeroPoint, outputZeroPoint: outputZeroPoint, low: low, high: high)
        case .leakyRelu(let alpha):
            let alphaMultiplier = QuantizedArithmetic.quantizeMultiplier(Double(inputScale * alpha / outputScale))
            var magnitude = alphaMultiplier
            magnitude.significand = alphaMultiplier.significand < 0 ? 0 &- alphaMultiplier.significand : alphaMultiplier.significand
            let (low, high) = QuantizedArithmetic.range(of: type)
            path = .leakyRelu(identity: QuantizedArithmetic.quantizeMultiplier(Double(inputScale / outputScale)), alpha: magnitude,
                              alphaIsNegative: alphaMultiplier.significand < 0, inputZeroPoint: inputZeroPoint,
                              outputZeroPoint: outputZeroPoint, low: low, high: high)
        case .logistic:
            if type == .int16 {
                path = try Self.int16Sigmoid(tanh: false, input: input, inputScale: inputScale, output: output,
                                             outputScale: outputScale, outputZeroPoint: outputZeroPoint, context: context)
            } else {
                guard Double(outputScale) == 1.0 / 256 else {
                    throw context.error(.invalidModel, "quantized LOGISTIC needs an output scale of 1/256, the model has \(outputScale)", tensor: output)
                }
                path = table { 1 / (1 + expf(-$0)) }
            }
        case .tanh:
            if type == .int16 {
                path = try Self.int16Sigmoid(tanh: true, input: input, inputScale: inputScale, output: output,
                                             outputScale: outputScale, outputZeroPoint: outputZeroPoint, context: context)
            } else {
                path = table { tanhf($0) }
            }
        case .gelu(let approximate):
            let transform: (Float) -> Float = approximate ? { QuantizedActivation.geluApproximate($0) } : { QuantizedActivation.gelu($0) }
            if type == .int16 {
                path = .int16Table(Int16LookupTable(Float.self, inputScale: inputScale, inputZeroPoint: inputZeroPoint,
                                                    outputScale: outputScale, outputZeroPoint: outputZeroPoint, transform))
            } else {
                path = table(transform)
            }
        case .elu:
            guard type == .int8 else { throw unsupported() }
            path = table { $0 < 0 ? expm1f($0) : $0 }
        case .hardSwish:
            guard type != .int16 else { throw unsupported() }
            path = .hardSwish(try HardSwishParameters(type: type, inputScale: inputScale, inputZeroPoint: inputZeroPoint,
                                                      outputScale: outputScale, outputZeroPoint: outputZeroPoint,
                                                      context: context))
        }
    }

    /// GELU as TFLite's table builder evaluates it (`0.5 x erfc(-x / sqrt 2)` in float).
    static func gelu(_ x: Float) -> Float {
        0.5 * x * erfcf(x * -ActivationKernel.inverseSquareRootOfTwo)
    }

    /// The tanh approximation of GELU, in TFLite's table builder's order of float operations.
    static func geluApproximate(_ x: Float) -> Float {
        0.5 * x * (1 + tanhf(ActivationKernel.squareRootOfTwoOverPi * (x + 0.044715 * x * x * x)))
    }

    /// The int16 LOGISTIC/TANH parameters (TFLite's `SigmoidPrepare`/`TanhPrepare` for int16).
    private static func int16Sigmoid(tanh: Bool, input: TensorSlot, inputScale: Float, output: TensorSlot,
                                     outputScale: Float, outputZeroPoint: Int32, context: KernelContext)
        throws(SwiftLiteError) -> Path
    {
        if !tanh {
            guard Double(outputScale) == 1.0 / 32768 else {
                throw context.error(.invalidModel, "int16 LOGISTIC needs an output scale of 1/32768, the model has \(outputScale)", tensor: output)
            }
        }
        let (inputLog2, inputIsPowerOfTwo) = QuantizedArithmetic.checkedLog2(inputScale)
        var leftShift = 12 + inputLog2
        var multiplier: Int32 = 0
        let powerOfTwo = inputIsPowerOfTwo && (leftShift == 0 || (tanh && leftShift == 1))
        if !powerOfTwo {
            // Rescale the input to 3 * 4096 per unit (the table spans [-10.7, 10.7]).
            var real = Double(inputScale) * 4096.0 * 3.0
            leftShift = 0
            while real <= 32767.0 / 2.0 && leftShift <= 30 {
                leftShift += 1
                real *= 2
            }
            multiplier = QuantizedArithmetic.truncatingToInt32(real)
        }
        let (outputLog2, outputIsPowerOfTwo) = QuantizedArithmetic.checkedLog2(outputScale)
        guard outputIsPowerOfTwo, outputLog2 == -15 else {
            throw context.error(.invalidModel, "int16 \(tanh ? "TANH" : "LOGISTIC") needs an output scale of 2^-15, the model has \(outputScale)", tensor: output)
        }
        if multiplier == 0 {
            // A power-of-two input scale: TFLite multiplies by 3 << shift instead.
            multiplier = 3 << Int32(leftShift)
            leftShift = 0
        }
        return tanh ? .tanhInt16(multiplier: multiplier, leftShift: leftShift)
            : .logisticInt16(multiplier: multiplier, leftShift: leftShift)
    }

    /// Runs the path on `input` into `output` (same element count).
    func eval(_ input: TensorSlot, _ output: TensorSlot) {
        switch path {
        case .byteTable(let table):
            table.apply(input.buffer(of: UInt8.self), output.buffer(of: UInt8.self))
        case .int16Table(let table):
            table.apply(input.buffer(of: Int16.self), output.buffer(of: Int16.self))
        case .rescaleClamp(let multiplier, let inputZeroPoint, let outputZeroPoint, let low, let high):
            map(input, output) { value in
                let scaled = outputZeroPoint &+ QuantizedArithmetic.multiply(value &- inputZeroPoint, by: multiplier)
                return min(max(scaled, low), high)
            }
        case .leakyRelu(let identity, let alpha, let alphaIsNegative, let inputZeroPoint, let outputZeroPoint, let low, let high):
            map(input, output) { value in
                let centered = value &- inputZeroPoint
                var result = outputZeroPoint
                if centered >= 0 {
                    result &+= QuantizedArithmetic.multiply(centered, by: identity)
                } else {
                    let scaled = QuantizedArithmetic.multiply(centered, by: alpha)
                    result &+= alphaIsNegative ? 0 &- scaled : scaled
                }
                return min(max(result, low), high)
            }
        case .logisticInt16(let multiplier, let leftShift):
            let x = input.buffer(of: Int16.self)
            let y = output.buffer(of: Int16.self)
            for i in 0..<min(x.count, y.count) { y[i] = Self.logisticInt16(x[i], multiplier: multiplier, leftShift: leftShift) }
        case .tanhInt16(let multiplier, let leftShift):
            let x = input.buffer(of: Int16.self)
            let y = output.buffer(of: Int16.self)
            for i in 0..<min(x.count, y.count) { y[i] = Self.tanhInt16(x[i], multiplier: multiplier, leftShift: leftShift) }
        case .hardSwish(let parameters):
            map(input, output) { parameters.apply($0) }
        }
    }

    /// Applies `f` to every element as Int32, for int8, uint8 and int16 tensors.
    private func map(_ input: TensorSlot, _ output: TensorSlot, _ f: (Int32) -> Int32) {
        switch input.type {
        case .int8: Self.map(input, output, Int8.self, f)
        case .uint8: Self.map(input, output, UInt8.self, f)
        default: Self.map(input, output, Int16.self, f)
        }
    }

    private static func map<T: FixedWidthInteger>(_ input: TensorSlot, _ output: TensorSlot, _ type: T.Type,
                                                  _ f: (Int32) -> Int32) {
        let x = input.buffer(of: T.self)
        let y = output.buffer(of: T.self)
        for i in 0..<min(x.count, y.count) { y[i] = T(truncatingIfNeeded: f(Int32(x[i]))) }
    }

    /// The input rescaled for the sigmoid table: `(x * multiplier + round) >> leftShift`.
    private static func rescaledInput(_ x: Int16, multiplier: Int32, leftShift: Int) -> Int32 {
        let round: Int32 = leftShift > 0 ? 1 << Int32(leftShift - 1) : 0
        return (Int32(x) &* multiplier &+ round) >> Int32(leftShift)
    }

    /// TFLite's int16 logistic: the sigmoid table at steps of 2^9 with linear interpolation.
    static func logisticInt16(_ x: Int16, multiplier: Int32, leftShift: Int) -> Int16 {
        let input = rescaledInput(x, multiplier: multiplier, leftShift: leftShift)
        let magnitude = input.magnitude
        let segment = magnitude >> 9
        var result: UInt32
        if segment >= 255 {
            result = 0x7FFF << 10
        } else {
            let a = UInt32(SigmoidTable.values[Int(segment)])
            let b = UInt32(SigmoidTable.values[Int(segment) + 1])
            result = (a << 9) &+ (magnitude & 0x1FF) &* (b &- a)
        }
        result = input >= 0 ? result &+ (1 << 9) : (1 << 25) &- result &+ (1 << 9) &- 1
        return Int16(truncatingIfNeeded: result >> 10)
    }

    /// TFLite's int16 tanh: `2 sigmoid(2x) - 1` from the same table at steps of 2^8.
    static func tanhInt16(_ x: Int16, multiplier: Int32, leftShift: Int) -> Int16 {
        let input = rescaledInput(x, multiplier: multiplier, leftShift: leftShift)
        let magnitude = input.magnitude
        let segment = magnitude >> 8
        var result: Int32
        if segment >= 255 {
            result = 0xFFFF << 8
        } else {
            let a = UInt32(SigmoidTable.values[Int(segment)])
            let b = UInt32(SigmoidTable.values[Int(segment) + 1])
            result = Int32(bitPattern: (a << 8) &+ (magnitude & 0xFF) &* (b &- a))
        }
        result = input >= 0 ? result &- (1 << 23) &+ (1 << 7) : (0 &- result) &+ (1 << 23) &+ (1 << 7) &- 1
        return Int16(truncatingIfNeeded: result >> 8)
    }
}
