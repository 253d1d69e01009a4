import SwiftLiteCore

/// The window walk of TRANSPOSE_CONV shared by the integer and hybrid paths: every input
/// element is scattered into the outputs its window covers, in TFLite's order (batch, input y,
/// input x, input channel, ky, kx, output channel).
struct TransposeConvolutionWalk {
    var batches = 0, inHeight = 0, inWidth = 0, inDepth = 0
    var filterHeight = 0, filterWidth = 0
    var outHeight = 0, outWidth = 0, outDepth = 0
    var strideHeight = 1, strideWidth = 1, padTop = 0, padLeft = 0

    init() {}

    init(input: TensorSlot, weights: TensorSlot, output: TensorSlot, parameters: TransposeConvKernel.Parameters,
         padTop: Int, padLeft: Int) {
        (batches, inHeight, inWidth, inDepth) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        (filterHeight, filterWidth) = (weights.shape[1], weights.shape[2])
        (outHeight, outWidth, outDepth) = (output.shape[1], output.shape[2], output.shape[3])
        (strideHeight, strideWidth) = (parameters.strideHeight, parameters.strideWidth)
        (self.padTop, self.padLeft) = (padTop, padLeft)
    }

    var outputCount: Int { batches * outHeight * outWidth * outDepth }

    /// Calls `body(batch, input index, weight row, output row)` for every (input element,
    /// filter tap) whose output position is inside the output; the weight row starts the
    /// `outDepth` weights of `[ky][kx][input channel]` in a `[ky][kx][in][out]` packing, the
    /// output row the `outDepth` outputs of that position.
    @inline(__always)
    func forEachTap(_ body: (_ batch: Int, _ inputIndex: Int, _ weightRow: Int, _ outputRow: Int) -> Void) {
        for b in 0..<batches {
            for inY in 0..<inHeight {
                for inX in 0..<inWidth {
                    let outYOrigin = inY * strideHeight - padTop
                    let outXOrigin = inX * strideWidth - padLeft
                    for ic in 0..<inDepth {
                        let inputIndex = ((b * inHeight + inY) * inWidth + inX) * inDepth + ic
                        for ky in 0..<filterHeight {
                            let outY = outYOrigin + ky
                            guard outY >= 0, outY < outHeight else { continue }
                            for kx in 0..<filterWidth {
                                let outX = outXOrigin + kx
                                guard outX >= 0, outX < outWidth else { continue }
                                body(b, inputIndex, ((ky * filterWidth + kx) * inDepth + ic) * outDepth,
                                     ((b * outHeight + outY) * outWidth + outX) * outDepth)
                            }
                        }
                    }
                }
            }
        }
    }

    /// OHWI weights repacked as `[ky][kx][in][out]` 32-bit integers plus `offset`.
    static func pack<Weight: FixedWidthInteger>(_ source: UnsafeMutableBufferPointer<Weight>, shape: [Int], offset: Int32,
                                                into packed: inout [Int32]) {
        let (outDepth, kh, kw, inDepth) = (shape[0], shape[1], shape[2], shape[3])
        let count = outDepth * kh * kw * inDepth
        if packed.count != count { packed = [Int32](repeating: 0, count: count) }
        guard source.count >= count else { return }
        packed.withUnsafeMutableBufferPointer { target in
            for oc in 0..<outDepth {
                for ky in 0..<kh {
                    for kx in 0..<kw {
                        for ic in 0..<inDepth {
                            target[((ky * kw + kx) * inDepth + ic) * outDepth + oc] =
                                Int32(truncatingIfNeeded: source[((oc * kh + ky) * kw + kx) * inDepth + ic]) &+ offset
                        }
                    }
                }
            }
        }
    }
}

/// The integer paths of TRANSPOSE_CONV (TFLite's `reference_ops::TransposeConv` for uint8 and
/// `reference_integer_ops::TransposeConv` for int8 and 16x8):
///
/// - uint8 input/output and weights (with zero points), one multiplier from the float product of
///   the input and weight scales;
/// - int8 input/output, int8 symmetric weights per tensor or per output channel;
/// - int16 input/output (zero points 0), int8 weights, int64 bias (64-bit accumulation) or
///   int32 bias (32-bit; also without bias when the options say INT32).
///
/// Products `(input + input offset) × (weight + weight offset)` are scattered into integer
/// accumulators (a kernel-owned buffer sized at prepare, or at the first eval of a larger
/// data-dependent output), then bias, TFLite's fixed-point multiply (double rounding in the
/// official build), output zero point and activation clamp.
final class TransposeConvQuantized {
    let parameters: TransposeConvKernel.Parameters
    private var quantization = WeightedQuantization()
    private var weights: [Int32] = []
    private var narrowSums: [Int32] = []
    private var wideSums: [Int64] = []
    private var wide = false

    init(_ parameters: TransposeConvKernel.Parameters) {
        self.parameters = parameters
    }

    /// Checks types and quantization (shapes are the kernel's) and sizes the accumulators for
    /// `outputCount` outputs when known.
    func prepare(_ context: KernelContext, outputCount: Int?) throws(SwiftLiteError) {
        let weightSlot = try context.input(1)
        let input = try context.input(2)
        let bias = context.optionalInput(3)
        let output = try context.output(0)
        switch (input.type, weightSlot.type) {
        case (.uint8, .uint8), (.int8, .int8), (.int16, .int8): break
        default:
            throw context.error(.unsupported, "unsupported TRANSPOSE_CONV types: input \(input.type), weights \(weightSlot.type) (quantized: uint8/uint8, int8/int8, int16/int8)")
        }
        try context.expectOutputType(output, input.type)
        let channels = weightSlot.shape[0]
        wide = try WeightedQuantization.checkBias(context, bias, inputType: input.type, channels: channels,
                                                  declared: parameters.quantizedBiasType)
        quantization = try WeightedQuantization.prepare(
            context, input: input, filter: weightSlot, bias: bias, output: output, channels: channels, axis: 0,
            activation: parameters.activation, rescaling: .fixedPoint,
            multipliers: input.type == .uint8 ? .floatProduct : .perChannel, filterName: "weights")
        if weightSlot.hasKnownValue { pack(weightSlot) }
        if let outputCount { reserve(outputCount) }
    }

    private func pack(_ slot: TensorSlot) {
        if slot.type == .uint8 {
            TransposeConvolutionWalk.pack(slot.buffer(of: UInt8.self), shape: slot.shape, offset: quantization.filterOffset, into: &weights)
        } else {
            TransposeConvolutionWalk.pack(slot.buffer(of: Int8.self), shape: slot.shape, offset: quantization.filterOffset, into: &weights)
        }
    }

    private func reserve(_ count: Int) {
        if wide {
            if wideSums.count < count { wideSums = [Int64](repeating: 0, count: count) }
        } else if narrowSums.count < count {
            narrowSums = [Int32](repeating: 0, count: count)
        }
    }

    func eval(_ context: KernelContext, padTop: Int, padLeft: Int) throws(SwiftLiteError) {
        let weightSlot = try context.input(1)
        if !weightSlot.hasKnownValue { pack(weightSlot) }
        let input = try context.input(2)
        let output = try context.output(0)
        let walk = TransposeConvolutionWalk(input: input, weights: weightSlot, output: output, parameters: parameters,
                                            padTop: padTop, padLeft: padLeft)
        reserve(walk.outputCount)
        let bias = context.optionalInput(3)
        switch input.type {
        case .uint8: run(walk, input.buffer(of: UInt8.self), bias, output.buffer(of: UInt8.self))
        case .int8: run(walk, input.buffer(of: Int8.self), bias, output.buffer(of: Int8.self))
        default: run(walk, input.buffer(of: Int16.self), bias, output.buffer(of: Int16.self))
        }
    }

    private func run<Element: QuantizedElement>(_ walk: TransposeConvolutionWalk, _ input: UnsafeMutableBufferPointer<Element>,
                                                _ bias: TensorSlot?, _ output: UnsafeMutableBufferPointer<Element>) {
        guard input.count >= walk.batches * walk.inHeight * walk.inWidth * walk.inDepth,
              output.count >= walk.outputCount, weights.count >= walk.filterHeight * walk.filterWidth * walk.inDepth * walk.outDepth
        else { return }
        if wide {
            let biasPointer = bias?.buffer(of: Int64.self).baseAddress
            wideSums.withUnsafeMutableBufferPointer { compute(walk, input, biasPointer, output, $0) }
        } else {
            let biasPointer = bias?.buffer(of: Int32.self).baseAddress
            narrowSums.withUnsafeMutableBufferPointer { compute(walk, input, biasPointer, output, $0) }
        }
    }

    private func compute<Element: QuantizedElement, Accumulator: QuantizedAccumulator>(
        _ walk: TransposeConvolutionWalk, _ input: UnsafeMutableBufferPointer<Element>,
        _ bias: UnsafeMutablePointer<Accumulator>?, _ output: UnsafeMutableBufferPointer<Element>,
        _ sums: UnsafeMutableBufferPointer<Accumulator>
    ) {
        let count = walk.outputCount
        let depth = walk.outDepth
        for index in 0..<count { sums[index] = 0 }
        let inputOffset = quantization.inputOffset
        weights.withUnsafeBufferPointer { weights in
            walk.forEachTap { _, inputIndex, weightRow, outputRow in
                let x = Int32(truncatingIfNeeded: input[inputIndex]) &+ inputOffset
                for oc in 0..<depth {
                    sums[outputRow + oc] &+= Accumulator(truncatingIfNeeded: x &* weights[weightRow + oc])
                }
            }
        }
        let stage = quantization.stage
        var index = 0
        while index < count {
            for oc in 0..<depth {
                var acc = sums[index + oc]
                if let bias { acc &+= bias[oc] }
                output[index + oc] = Element(truncatingIfNeeded: Accumulator.output(acc, stage, channel: oc))
            }
            index += depth
        }
    }
}
