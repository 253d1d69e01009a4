import SwiftLiteCore

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
