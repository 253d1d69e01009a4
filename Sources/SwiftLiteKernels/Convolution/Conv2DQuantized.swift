import SwiftLiteCore

/// The integer paths of CONV_2D (TFLite's `reference_ops::Conv` for uint8 and
/// `reference_integer_ops::ConvPerChannel` for int8 and 16x8):
///
/// - uint8 input/output, uint8 filter with its zero point, one multiplier for all channels
///   computed from the float product of the input and filter scales;
/// - int8 input/output, int8 (or int4) symmetric filter per tensor or per output channel;
/// - int16 input/output (zero points 0), int8 filter, int64 bias accumulating in 64 bits, or
///   int32 bias accumulating in 32 bits.
///
/// Each output is `Σ (filter + filter offset) × (input + input offset)` over the window (points
/// outside the image contribute nothing), plus the bias, rescaled with TFLite's fixed-point
/// multiply (double rounding, as the official build does it), offset by the output zero point
/// and clamped to the activation range. Integer sums are exact (wrapping like TFLite's), so the filter is repacked at prepare to
/// compute 16 output channels side by side.
final class Conv2DQuantized {
    let parameters: Conv2DKernel.Parameters
    private var filter = PackedConvolutionFilter()
    private var quantization = WeightedQuantization()
    private var wide = false

    init(_ parameters: Conv2DKernel.Parameters) {
        self.parameters = parameters
    }

    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let filterSlot = try context.input(1)
        let bias = context.optionalInput(2)
        let output = try context.output(0)
        switch (input.type, filterSlot.type) {
        case (.uint8, .uint8), (.int8, .int8), (.int8, .int4), (.int16, .int8), (.int16, .int4): break
        default:
            throw context.error(.unsupported, "unsupported CONV_2D types: input \(input.type), filter \(filterSlot.type) (quantized: uint8/uint8, int8/int8, int16/int8)")
        }
        try context.expectOutputType(output, input.type)
        try filter.prepare(context, input: input, filter: filterSlot, parameters: parameters)
        wide = try WeightedQuantization.checkBias(context, bias, inputType: input.type, channels: filter.geometry.outputChannels,
                                                  declared: parameters.quantizedBiasType)
        quantization = try WeightedQuantization.prepare(
            context, input: input, filter: filterSlot, bias: bias, output: output,
            channels: filter.geometry.outputChannels, axis: 0, activation: parameters.activation,
            rescaling: .fixedPoint, multipliers: input.type == .uint8 ? .floatProduct : .perChannel)
        if filterSlot.hasKnownValue { try filter.pack(filterSlot, offset: quantization.filterOffset, context: context) }
        try context.resizeOutput(output, to: filter.geometry.outputShape)
    }

    func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let filterSlot = try context.input(1)
        if !filterSlot.hasKnownValue { try filter.pack(filterSlot, offset: quantization.filterOffset, context: context) }
        let input = try context.input(0)
        let output = try context.output(0)
        let bias = context.optionalInput(2)
        switch input.type {
        case .uint8: run(input.buffer(of: UInt8.self), bias, output.buffer(of: UInt8.self))
        case .int8: run(input.buffer(of: Int8.self), bias, output.buffer(of: Int8.self))
        default: run(input.buffer(of: Int16.self), bias, output.buffer(of: Int16.self))
        }
    }

    private func run<Element: QuantizedElement>(_ input: UnsafeMutableBufferPointer<Element>, _ bias: TensorSlot?,
                                                _ output: UnsafeMutableBufferPointer<Element>) {
        if wide {
            compute(input, bias?.buffer(of: Int64.self).baseAddress, output, lanes: Int64Lanes.self)
        } else {
            compute(input, bias?.buffer(of: Int32.self).baseAddress, output, lanes: Int32Lanes.self)
        }
    }

    private func compute<Element: QuantizedElement, Lanes: AccumulatorLanes>(
        _ input: UnsafeMutableBufferPointer<Element>, _ bias: UnsafeMutablePointer<Lanes.Scalar>?,
        _ output: UnsafeMutableBufferPointer<Element>, lanes: Lanes.Type
    ) {
        let g = filter.geometry
        guard let inputBase = input.baseAddress, let outputBase = output.baseAddress,
              output.count >= g.outputShape.reduce(1, *) else { return }
        let inputOffset = quantization.inputOffset
        let stage = quantization.stage
        filter.forEachBlock(input: inputBase, inputOffset: { _ in inputOffset }, lanes: Lanes.self) { _, outIndex, oc, total in
            var acc = total
            if let bias { acc &+= bias[oc] }
            outputBase[outIndex] = Element(truncatingIfNeeded: Lanes.Scalar.output(acc, stage, channel: oc))
        }
    }
}
