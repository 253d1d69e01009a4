import SwiftLiteCore

/// The hybrid (dynamic-range) CONV_2D: float input and output, int8 (or int4) filter with
/// per-tensor or per-channel scales, float bias. The input is quantized to int8 once per batch
/// image at every eval, as TFLite does:
///
/// - filter scales that differ between channels (or a grouped convolution) take TFLite's
///   `HybridConvPerChannel` path: asymmetric quantization (scale and zero point per image), and
///   each output is `Float(Σ filter × (q − zero point)) × channel scale × image scale + bias`;
/// - one filter scale (even repeated per channel) takes its `HybridConv` path: symmetric
///   quantization, and each output is `Float(Σ filter × q) × (image scale × filter scale) + bias`.
///
/// Then the fused activation's clamp (tanh clamps nothing, as in TFLite). Window points outside
/// the image contribute nothing. The quantized image, scales and zero points live in buffers
/// sized at prepare.
final class Conv2DHybrid: OpKernel {
    let parameters: Conv2DKernel.Parameters
    private var filter = PackedConvolutionFilter<Float>()
    private var channelScales: [Float] = []
    private var perChannel = false
    private var quantizedInput: [Int8] = []
    /// The quantized input minus its zero point, as float lanes read it.
    private var stagedInput: [Float] = []
    private var imageScales: [Float] = []
    private var imageOffsets: [Int32] = []
    /// Every output's integer sum before scaling.
    private var sums: [Int64] = []

    init(_ parameters: Conv2DKernel.Parameters) {
        self.parameters = parameters
    }

    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let filterSlot = try context.input(1)
        let output = try context.output(0)
        guard filterSlot.type == .int8 || filterSlot.type == .int4 else {
            throw context.error(.unsupported, "unsupported hybrid CONV_2D filter type \(filterSlot.type) (supported: int8, int4)", tensor: filterSlot)
        }
        try filter.prepare(context, input: input, filter: filterSlot, parameters: parameters)
        let channels = filter.geometry.outputChannels
        if let bias = context.optionalInput(2) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.elementCount == channels else {
                throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(channels) output channels", tensor: bias)
            }
        }
        channelScales = try context.weightScales(of: filterSlot, channels: channels, axis: 0)
        perChannel = filter.groups != 1 || channelScales.contains { $0 != channelScales[0] }
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
        let perChannel = self.perChannel
        let filterScale = channelScales[0]
        quantizedInput.withUnsafeMutableBufferPointer { quantized in
            guard let quantizedBase = quantized.baseAddress else { return }
            for b in 0..<g.batches {
                let from = inputBase + b * imageSize
                let to = quantizedBase + b * imageSize
                if perChannel {
                    (imageScales[b], imageOffsets[b]) = HybridInputQuantizer.asymmetric(from, count: imageSize, into: to)
                } else {
                    imageScales[b] = HybridInputQuantizer.symmetric(from, count: imageSize, into: to) * filterScale
                    imageOffsets[b] = 0
                }
            }
        }
        let (lower, upper) = parameters.activation.clampRange
        quantizedInput.withUnsafeBufferPointer { quantized in
            stagedInput.withUnsafeMutableBufferPointer { staged in
                guard let q = quantized.baseAddress, let target = staged.baseAddress else { return }
                for b in 0..<g.batches {
                    QuantizedStaging.stage(q + b * imageSize, count: imageSize, offset: -imageOffsets[b], into: target + b * imageSize)
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
                        let acc = Float(Int32(truncatingIfNeeded: sums[base + oc]))
                        var value = perChannel ? acc * channelScales[oc] * scale : acc * scale
                        if let bias { value += bias[oc] }
                        outputBase[base + oc] = min(max(value, lower), upper)
                    }
                }
            }
        }
    }
}
