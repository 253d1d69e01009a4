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
final class DepthwiseConv2DQuantized: OpKernel {
    let parameters: DepthwiseConv2DKernel.Parameters
    /// 8-bit activations compute in float lanes, 16-bit ones in double lanes.
    private var narrowFilter = PackedDepthwiseFilter<Float>()
    private var wideFilter = PackedDepthwiseFilter<Double>()
    private var narrowInput: [Float] = []
    private var wideInput: [Double] = []
    private var sixteenBit = false
    private var quantization = WeightedQuantization()
    private var wide = false
    private var inputBound = 0.0
    /// Every output's integer sum before bias and rescaling.
    private var sums: [Int64] = []

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
        sixteenBit = input.type == .int16
        let geometry: ConvolutionGeometry
        let multiplier: Int
        if sixteenBit {
            try wideFilter.prepare(context, input: input, filter: filterSlot, parameters: parameters)
            (geometry, multiplier) = (wideFilter.geometry, wideFilter.multiplier)
            narrowInput = []
            if wideInput.count != input.elementCount { wideInput = [Double](repeating: 0, count: input.elementCount) }
            try DepthwiseConv2DKernel.checkMultiplierOption(parameters, multiplier, context)
        } else {
            try narrowFilter.prepare(context, input: input, filter: filterSlot, parameters: parameters)
            (geometry, multiplier) = (narrowFilter.geometry, narrowFilter.multiplier)
            wideInput = []
            if narrowInput.count != input.elementCount { narrowInput = [Float](repeating: 0, count: input.elementCount) }
        }
        let channels = geometry.outputChannels
        wide = try WeightedQuantization.checkBias(context, bias, inputType: input.type, channels: channels, declared: nil,
                                                  allowInt32For16Bit: false)
        quantization = try WeightedQuantization.prepare(
            context, input: input, filter: filterSlot, bias: bias, output: output, channels: channels, axis: 3,
            activation: parameters.activation, rescaling: .fixedPoint,
            multipliers: input.type == .uint8 ? .floatProduct : .perChannel)
        inputBound = offsetMagnitude(input.type, offset: quantization.inputOffset)
        if filterSlot.hasKnownValue { try pack(filterSlot, context) }
        let outputCount = geometry.outputShape.reduce(1, *)
        if sums.count != outputCount { sums = [Int64](repeating: 0, count: outputCount) }
        try context.resizeOutput(output, to: geometry.outputShape)
    }

    private func pack(_ filterSlot: TensorSlot, _ context: KernelContext) throws(SwiftLiteError) {
        if sixteenBit {
            try wideFilter.pack(filterSlot, offset: quantization.filterOffset, context: context)
        } else {
            try narrowFilter.pack(filterSlot, offset: quantization.filterOffset, context: context)
        }
    }

    func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let filterSlot = try context.input(1)
        if !filterSlot.hasKnownValue { try pack(filterSlot, context) }
        let input = try context.input(0)
        let output = try context.output(0)
        let bias = context.optionalInput(2)
        switch input.type {
        case .uint8: run(input.buffer(of: UInt8.self), bias, output.buffer(of: UInt8.self), filter: narrowFilter, staging: &narrowInput)
        case .int8: run(input.buffer(of: Int8.self), bias, output.buffer(of: Int8.self), filter: narrowFilter, staging: &narrowInput)
        default: run(input.buffer(of: Int16.self), bias, output.buffer(of: Int16.self), filter: wideFilter, staging: &wideInput)
        }
    }

    private func run<Element: QuantizedElement, Filter: PackedQuantizedFilter>(
        _ input: UnsafeMutableBufferPointer<Element>, _ bias: TensorSlot?, _ output: UnsafeMutableBufferPointer<Element>,
        filter: Filter, staging: inout [Filter.Scalar]
    ) {
        QuantizedWindowedRun.run(input, bias: bias, output: output, filter: filter, staging: &staging, quantization: quantization,
                                 wideBias: wide, inputBound: inputBound, sums: &sums)
    }
}
