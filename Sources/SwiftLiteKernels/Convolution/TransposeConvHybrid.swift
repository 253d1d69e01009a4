import SwiftLiteCore

/// The hybrid (dynamic-range) TRANSPOSE_CONV (TFLite's `HybridTransposeConv`): float input and
/// output, int8 weights with per-channel (or one, broadcast) scales, float bias. Each batch
/// image is quantized asymmetrically to int8 at every eval; every product
/// `(q − zero point) × weight` is converted to float, scaled by the channel scale then the image
/// scale, and added to its output in TFLite's scatter order; then the bias and the activation's
/// clamp.
final class TransposeConvHybrid {
    let parameters: TransposeConvKernel.Parameters
    private var weights: [Int32] = []
    private var channelScales: [Float] = []
    private var quantizedInput: [Int8] = []
    private var imageScales: [Float] = []
    private var imageOffsets: [Int32] = []

    init(_ parameters: TransposeConvKernel.Parameters) {
        self.parameters = parameters
    }

    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        let weightSlot = try context.input(1)
        let input = try context.input(2)
        guard weightSlot.type == .int8 else {
            throw context.error(.unsupported, "unsupported hybrid TRANSPOSE_CONV weight type \(weightSlot.type) (supported: int8)", tensor: weightSlot)
        }
        let channels = weightSlot.shape[0]
        if let bias = context.optionalInput(3) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.elementCount == channels else {
                throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(channels) output channels", tensor: bias)
            }
        }
        channelScales = try context.weightScales(of: weightSlot, channels: channels, axis: 0, what: "weights")
        if weightSlot.hasKnownValue {
            TransposeConvolutionWalk.pack(weightSlot.buffer(of: Int8.self), shape: weightSlot.shape, offset: 0, into: &weights)
        }
        let batches = input.shape[0]
        if quantizedInput.count != input.elementCount { quantizedInput = [Int8](repeating: 0, count: input.elementCount) }
        if imageScales.count != batches {
            imageScales = [Float](repeating: 0, count: batches)
            imageOffsets = [Int32](repeating: 0, count: batches)
        }
        try context.output(0).type = .float32
    }

    func eval(_ context: KernelContext, padTop: Int, padLeft: Int) throws(SwiftLiteError) {
        let weightSlot = try context.input(1)
        if !weightSlot.hasKnownValue {
            TransposeConvolutionWalk.pack(weightSlot.buffer(of: Int8.self), shape: weightSlot.shape, offset: 0, into: &weights)
        }
        let inputSlot = try context.input(2)
        let outputSlot = try context.output(0)
        let walk = TransposeConvolutionWalk(input: inputSlot, weights: weightSlot, output: outputSlot, parameters: parameters,
                                            padTop: padTop, padLeft: padLeft)
        let input = inputSlot.buffer(of: Float.self)
        let output = outputSlot.buffer(of: Float.self)
        let bias = context.optionalInput(3)?.buffer(of: Float.self).baseAddress
        guard let inputBase = input.baseAddress, let out = output.baseAddress, walk.batches > 0,
              input.count == quantizedInput.count, output.count >= walk.outputCount,
              weights.count >= walk.filterHeight * walk.filterWidth * walk.inDepth * walk.outDepth else { return }
        let imageSize = input.count / walk.batches
        let depth = walk.outDepth
        let (lower, upper) = parameters.activation.clampRange
        for index in 0..<walk.outputCount { out[index] = 0 }
        quantizedInput.withUnsafeMutableBufferPointer { quantized in
            guard let q = quantized.baseAddress else { return }
            for b in 0..<walk.batches {
                (imageScales[b], imageOffsets[b]) = HybridInputQuantizer.asymmetric(
                    inputBase + b * imageSize, count: imageSize, into: q + b * imageSize)
            }
            weights.withUnsafeBufferPointer { weights in
                channelScales.withUnsafeBufferPointer { channelScales in
                    imageScales.withUnsafeBufferPointer { scales in
                        imageOffsets.withUnsafeBufferPointer { offsets in
                            walk.forEachTap { b, inputIndex, weightRow, outputRow in
                                let x = Int32(q[inputIndex]) &- offsets[b]
                                let scale = scales[b]
                                for oc in 0..<depth {
                                    out[outputRow + oc] += Float(x &* weights[weightRow + oc]) * channelScales[oc] * scale
                                }
                            }
                        }
                    }
                }
            }
        }
        var index = 0
        while index < walk.outputCount {
            for oc in 0..<depth {
                var value = out[index + oc]
                if let bias { value += bias[oc] }
                out[index + oc] = min(max(value, lower), upper)
            }
            index += depth
        }
    }
}
