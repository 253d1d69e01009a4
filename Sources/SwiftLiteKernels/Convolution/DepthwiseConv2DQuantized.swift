import SwiftLiteCore

/// The integer paths of DEPTHWISE_CONV_2D (TFLite's `reference_ops::DepthwiseConv` for uint8
/// and `reference_integer_ops::DepthwiseConvPerChannel` for int8 and 16x8):
///
/// - uint8 input/output, uint8 filter with its zero point, one multiplier for all channels from
///   the float product of the input and filter scales;
/// - int8 input/output, int8 (or int4) symmetric filter per tensor or per channel (dimension 3);
/// - int16 input/output (zero points 0), int8 filter, int64 bias, 64-bit accumulation.
///
/// Each output sums `(filter + filter offset) × (input + input offset)` over the window of its
/// input channel, adds the bias, rescales with TFLite's fixed-point multiply (double rounding in
/// the official build), adds the output zero point and clamps to the activation range.
final class DepthwiseConv2DQuantized {
    let parameters: DepthwiseConv2DKernel.Parameters
    private var filter = PackedDepthwiseFilter()
    private var quantization = WeightedQuantization()
    private var wide = false

    init(_ parameters: DepthwiseConv2DKernel.Parameters) {
        self.parameters = parameters
    }

    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let filterSlot = try context.input(1)
        let bias = context.optionalInput(2)
        let output = try context.output(0)
        switch (input.type, filterSlot.type) {
        case (.uint8, .uint8), (.int8, .int8), (.int8, .int4), (.int16, .int8): break
        default:
            throw context.error(.unsupported, "unsupported DEPTHWISE_CONV_2D types: input \(input.type), filter \(filterSlot.type) (quantized: uint8/uint8, int8/int8, int16/int8)")
        }
        try context.expectOutputType(output, input.type)
        try filter.prepare(context, input: input, filter: filterSlot, parameters: parameters)
        let channels = filter.geometry.outputChannels
        if input.type == .int16 { try DepthwiseConv2DKernel.checkMultiplierOption(parameters, filter.multiplier, context) }
        wide = try WeightedQuantization.checkBias(context, bias, inputType: input.type, channels: channels, declared: nil,
                                                  allowInt32For16Bit: false)
        quantization = try WeightedQuantization.prepare(
            context, input: input, filter: filterSlot, bias: bias, output: output, channels: channels, axis: 3,
            activation: parameters.activation, rescaling: .fixedPoint,
            multipliers: input.type == .uint8 ? .floatProduct : .perChannel)
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
        guard let inputBase = input.baseAddress, let outputBase = output.baseAddress,
              output.count >= filter.geometry.outputShape.reduce(1, *) else { return }
        let inputOffset = quantization.inputOffset
        let stage = quantization.stage
        filter.forEachOutput(input: inputBase, inputOffset: { _ in inputOffset }, lanes: Lanes.self) { _, index, oc, total in
            var acc = total
            if let bias { acc &+= bias[oc] }
            outputBase[index] = Element(truncatingIfNeeded: Lanes.Scalar.output(acc, stage, channel: oc))
        }
    }
}
