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
final class Conv2DQuantized: OpKernel {
    let parameters: Conv2DKernel.Parameters
    /// 8-bit activations compute in float lanes, 16-bit ones in double lanes.
    private var narrowFilter = PackedConvolutionFilter<Float>()
    private var wideFilter = PackedConvolutionFilter<Double>()
    private var narrowInput: [Float] = []
    private var wideInput: [Double] = []
    private var sixteenBit = false
    private var quantization = WeightedQuantization()
    private var wide = false
    private var inputBound = 0.0
    /// Every output's integer sum before bias and rescaling.
    private var sums: [Int64] = []

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
        sixteenBit = input.type == .int16
        let geometry: ConvolutionGeometry
        if sixteenBit {
            try wideFilter.prepare(context, input: input, filter: filterSlot, parameters: parameters)
            geometry = wideFilter.geometry
            narrowInput = []
            if wideInput.count != input.elementCount { wideInput = [Double](repeating: 0, count: input.elementCount) }
        } else {
            try narrowFilter.prepare(context, input: input, filter: filterSlot, parameters: parameters)
            geometry = narrowFilter.geometry
            wideInput = []
            if narrowInput.count != input.elementCount { narrowInput = [Float](repeating: 0, count: input.elementCount) }
        }
        wide = try WeightedQuantization.checkBias(context, bias, inputType: input.type, channels: geometry.outputChannels,
                                                  declared: parameters.quantizedBiasType)
        quantization = try WeightedQuantization.prepare(
            context, input: input, filter: filterSlot, bias: bias, output: output,
            channels: geometry.outputChannels, axis: 0, activation: parameters.activation,
            rescaling: .fixedPoint, multipliers: input.type == .uint8 ? .floatProduct : .perChannel)
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
