import SwiftLiteCore

/// The hybrid (dynamic-range) DEPTHWISE_CONV_2D (TFLite's `DepthwiseConvHybridPerChannel`):
/// float input and output, int8 filter with per-channel (or one) scales, float bias. Each batch
/// image is quantized asymmetrically to int8 at every eval; each output is
/// `Float(Σ filter × (q − zero point)) × (channel scale × image scale) + bias`, clamped by the
/// fused activation (tanh clamps nothing). Buffers are sized at prepare.
final class DepthwiseConv2DHybrid: OpKernel {
    let parameters: DepthwiseConv2DKernel.Parameters
    private var filter = PackedDepthwiseFilter<Float>()
    private var channelScales: [Float] = []
    private var quantizedInput: [Int8] = []
    /// The quantized input minus its zero point, as float lanes read it.
    private var stagedInput: [Float] = []
    private var imageScales: [Float] = []
    private var imageOffsets: [Int32] = []
    /// Every output's integer sum before scaling.
    private var sums: [Int64] = []

    init(_ parameters: DepthwiseConv2DKernel.Parameters) {
        self.parameters = parameters
    }

    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let filterSlot = try context.input(1)
        let output = try context.output(0)
        guard filterSlot.type == .int8 else {
            throw context.error(.unsupported, "unsupported hybrid DEPTHWISE_CONV_2D filter type \(filterSlot.type) (supported: int8)", tensor: filterSlot)
        }
        try filter.prepare(context, input: input, filter: filterSlot, parameters: parameters)
        try DepthwiseConv2DKernel.checkMultiplierOption(parameters, filter.multiplier, context)
        let channels = filter.geometry.outputChannels
        if let bias = context.optionalInput(2) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.elementCount == channels else {
                throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(channels) output channels", tensor: bias)
            }
        }
        channelScales = try context.weightScales(of: filterSlot, channels: channels, axis: 3)
        if filterSlot.hasKnownValue { try filter.pack(filterSlot, offset: 0, context: context) }
        let batches = filter.geometry.batches
        if quantizedInput.count != input.elementCount {
            quantizedInput = [Int8](repeating: 0, count: input.elementCount)
            stagedInput = [Float](repeating: 0, count: input.elementCount)
        }
        if imageScales.count != batches {
            imageScales = [Float](repeating: 0, count: batches)
            imageOffsets = [Int32](repeating: 0, count: batches)
        }
        let outputCount = filter.geometry.outputShape.reduce(1, *)
        if sums.count != outputCount { sums = [Int64](repeating: 0, count: outputCount) }
        output.type = .float32
        try context.resizeOutput(output, to: filter.geometry.outputShape)
    }

    func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let filterSlot = try context.input(1)
        if !filterSlot.hasKnownValue { try filter.pack(filterSlot, offset: 0, context: context) }
        let input = try context.input(0).buffer(of: Float.self)
        let bias = context.optionalInput(2)?.buffer(of: Float.self).baseAddress
        let output = try context.output(0).buffer(of: Float.self)
        let g = filter.geometry
        guard let inputBase = input.baseAddress, let outputBase = output.baseAddress, g.batches > 0,
              input.count == quantizedInput.count, output.count >= sums.count else { return }
        let imageSize = input.count / g.batches
        let (lower, upper) = parameters.activation.clampRange
        quantizedInput.withUnsafeMutableBufferPointer { quantized in
            guard let quantizedBase = quantized.baseAddress else { return }
            for b in 0..<g.batches {
                (imageScales[b], imageOffsets[b]) = HybridInputQuantizer.asymmetric(
                    inputBase + b * imageSize, count: imageSize, into: quantizedBase + b * imageSize)
            }
            stagedInput.withUnsafeMutableBufferPointer { staged in
                guard let target = staged.baseAddress else { return }
                for b in 0..<g.batches {
                    QuantizedStaging.stage(quantizedBase + b * imageSize, count: imageSize, offset: -imageOffsets[b],
                                           into: target + b * imageSize)
                }
            }
        }
        let channels = g.outputChannels
        let pixels = g.outputHeight * g.outputWidth
        stagedInput.withUnsafeBufferPointer { staged in
            sums.withUnsafeMutableBufferPointer { sums in
                guard let stagedBase = staged.baseAddress, let sumBase = sums.baseAddress else { return }
                // |q − zero point| ≤ 255.
                filter.accumulate(staged: stagedBase, inputBound: 255, into: sumBase)
            }
        }
        sums.withUnsafeBufferPointer { sums in
            for b in 0..<g.batches {
                let scale = imageScales[b]
                for pixel in 0..<pixels {
                    let base = (b * pixels + pixel) * channels
                    for oc in 0..<channels {
                        var value = Float(Int32(truncatingIfNeeded: sums[base + oc])) * (channelScales[oc] * scale)
                        if let bias { value += bias[oc] }
                        outputBase[base + oc] = min(max(value, lower), upper)
                    }
                }
            }
        }
    }
}
