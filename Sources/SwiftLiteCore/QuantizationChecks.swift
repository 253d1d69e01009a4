/// Validation of quantization parameters in kernels' prepare steps. Every problem the official
/// runtime would abort on (or silently mishandle) becomes a typed error naming the tensor.
extension KernelContext {
    /// The per-tensor scale and zero point of a quantized tensor, after checking that the scale
    /// is positive and finite and the zero point fits the type (and is 0 for int16, as TFLite's
    /// 16-bit kernels require).
    public func affineQuantization(of slot: TensorSlot, what: String = "tensor") throws(SwiftLiteError)
        -> (scale: Float, zeroPoint: Int32)
    {
        guard let quantization = slot.quantization, let scale = quantization.scales.first,
              let zeroPoint = quantization.zeroPoints.first
        else {
            throw error(.invalidModel, "\(what) of type \(slot.type) has no quantization parameters", tensor: slot)
        }
        guard scale > 0, scale.isFinite else {
            throw error(.invalidModel, "\(what) has quantization scale \(scale); it must be positive and finite", tensor: slot)
        }
        if let (low, high) = QuantizedRange.limits(of: slot.type), slot.type != .int32 {
            guard zeroPoint >= Int64(low), zeroPoint <= Int64(high) else {
                throw error(.invalidModel, "\(what) has zero point \(zeroPoint), outside \(slot.type)'s range \(low)...\(high)", tensor: slot)
            }
        }
        if slot.type == .int16, zeroPoint != 0 {
            throw error(.invalidModel, "\(what) is int16 with zero point \(zeroPoint); 16-bit activations must have zero point 0", tensor: slot)
        }
        return (scale, Int32(zeroPoint))
    }

    /// The scales of a weight tensor quantized per tensor or along `axis` with `channels` slices
    /// (one scale repeated when per tensor), after checking each is positive and finite, the
    /// zero points are 0 (symmetric weights, as TFLite requires for int8 and int16 filters), and
    /// the per-axis arrays match the quantized dimension.
    public func weightScales(of slot: TensorSlot, channels: Int, axis: Int, what: String = "filter") throws(SwiftLiteError)
        -> [Float]
    {
        guard let quantization = slot.quantization, !quantization.scales.isEmpty else {
            throw error(.invalidModel, "\(what) of type \(slot.type) has no quantization parameters", tensor: slot)
        }
        let scales = quantization.scales
        if scales.count > 1 {
            guard quantization.quantizedDimension == axis, scales.count == channels else {
                throw error(.invalidModel,
                            "\(what) has \(scales.count) scales along dimension \(quantization.quantizedDimension); expected \(channels) along dimension \(axis)",
                            tensor: slot)
            }
        }
        for (index, scale) in scales.enumerated() where !(scale > 0 && scale.isFinite) {
            throw error(.invalidModel, "\(what) scale \(index) is \(scale); scales must be positive and finite", tensor: slot)
        }
        if slot.type == .int8 || slot.type == .int16 || slot.type == .int4 {
            if let bad = quantization.zeroPoints.first(where: { $0 != 0 }) {
                throw error(.invalidModel, "\(what) has zero point \(bad); \(slot.type) weights must be symmetric (zero point 0)", tensor: slot)
            }
        }
        return scales.count == 1 ? [Float](repeating: scales[0], count: channels) : scales
    }

    /// Checks a bias's scale against `inputScale * filterScale` for each channel (TFLite's
    /// tolerance: the difference divided by the output scale at most 0.02).
    public func checkBiasScales(_ bias: TensorSlot, inputScale: Float, filterScales: [Float], outputScale: Float)
        throws(SwiftLiteError)
    {
        guard let quantization = bias.quantization, !quantization.scales.isEmpty else { return }
        for (channel, filterScale) in filterScales.enumerated() {
            let biasScale = Double(quantization.scales[quantization.scales.count == 1 ? 0 : min(channel, quantization.scales.count - 1)])
            let product = Double(inputScale) * Double(filterScale)
            if abs(product - biasScale) / Double(outputScale) > 0.02 {
                throw error(.invalidModel,
                            "bias scale \(biasScale) of channel \(channel) disagrees with input scale × filter scale \(product)",
                            tensor: bias)
            }
        }
    }

    /// The requantization multipliers `inputScale * filterScale[c] / outputScale`, one per
    /// channel, checked to be representable.
    public func requantizationMultipliers(inputScale: Float, filterScales: [Float], outputScale: Float)
        throws(SwiftLiteError) -> [QuantizedMultiplier]
    {
        var result: [QuantizedMultiplier] = []
        result.reserveCapacity(filterScales.count)
        for (channel, filterScale) in filterScales.enumerated() {
            let real = Double(inputScale) * Double(filterScale) / Double(outputScale)
            guard real.isFinite, real > 0, real < Double(1 << 30) else {
                throw error(.invalidModel, "requantization multiplier \(real) of channel \(channel) is not representable")
            }
            result.append(QuantizedMultiplier(real))
        }
        return result
    }
}
