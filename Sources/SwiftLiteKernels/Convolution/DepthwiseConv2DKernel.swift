import SwiftLiteCore

/// DEPTHWISE_CONV_2D versions 1–7: NHWC input, `[1, kh, kw, in * multiplier]` filter,
/// optional bias, strides, dilation, SAME/VALID padding and a fused activation (TFLite's
/// `reference_ops::DepthwiseConv`).
///
/// Output channel `oc = ic * multiplier + m` sees only input channel `ic`. The depth multiplier
/// is taken from the shapes (filter channels / input channels), as TFLite does for float, uint8
/// and int8; its 16x8 and hybrid kernels use the option's value, so there it must agree. Each
/// float output sums `input * filter` over the window in (ky, kx) order in float32, then adds
/// the bias and clamps, matching the reference kernel's rounding.
///
/// Types: float32; uint8, int8 and int16 (16x8) quantized (``DepthwiseConv2DQuantized``);
/// float32 input with an int8 filter, hybrid (``DepthwiseConv2DHybrid``).
public final class DepthwiseConv2DKernel: OpKernel {
    /// `DepthwiseConv2DOptions`.
    public struct Parameters: Sendable, Equatable {
        /// Padding scheme.
        public var padding: Padding
        /// Stride along width and height.
        public var strideWidth: Int, strideHeight: Int
        /// Dilation along width and height.
        public var dilationWidth: Int, dilationHeight: Int
        /// Fused activation.
        public var activation: FusedActivation
        /// The options' `depth_multiplier` (0 when absent).
        public var depthMultiplier: Int

        /// Creates parameters.
        public init(padding: Padding, strideWidth: Int, strideHeight: Int, dilationWidth: Int = 1,
                    dilationHeight: Int = 1, activation: FusedActivation = .none, depthMultiplier: Int = 0) {
            self.padding = padding
            self.strideWidth = strideWidth
            self.strideHeight = strideHeight
            self.dilationWidth = dilationWidth
            self.dilationHeight = dilationHeight
            self.activation = activation
            self.depthMultiplier = depthMultiplier
        }
    }

    let parameters: Parameters
    private var geometry = ConvolutionGeometry()
    private var multiplier = 1
    /// The integer (``DepthwiseConv2DQuantized``) or hybrid (``DepthwiseConv2DHybrid``) path, chosen in prepare from the types;
    /// nil for float32.
    private var typedPath: (any OpKernel)?

    /// A kernel with `parameters`.
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let filter = try context.input(1)
        let output = try context.output(0)
        typedPath = nil
        if input.type != .float32 {
            let path = DepthwiseConv2DQuantized(parameters)
            try path.prepare(context)
            typedPath = path
            return
        }
        if filter.type != .float32 {
            let path = DepthwiseConv2DHybrid(parameters)
            try path.prepare(context)
            typedPath = path
            return
        }
        try context.expectType(input, [.float32], what: "input")
        try context.expectType(filter, [.float32], what: "filter")
        guard input.rank == 4, filter.rank == 4 else {
            throw context.error(.shapeMismatch, "needs 4-D input and filter, got \(input.shape) and \(filter.shape)")
        }
        guard filter.shape[0] == 1 else {
            throw context.error(.shapeMismatch, "filter must have shape [1, height, width, channels], got \(filter.shape)", tensor: filter)
        }
        let p = parameters
        guard p.strideWidth > 0, p.strideHeight > 0, p.dilationWidth > 0, p.dilationHeight > 0 else {
            throw context.error(.invalidArgument, "strides and dilations must be positive")
        }
        guard p.activation.floatRange != nil else {
            throw context.error(.unsupported, "unsupported fused activation \(p.activation)")
        }
        let inputChannels = input.shape[3]
        let outputChannels = filter.shape[3]
        guard inputChannels > 0, filter.shape[1] > 0, filter.shape[2] > 0, outputChannels % inputChannels == 0 else {
            throw context.error(.shapeMismatch, "filter channels \(outputChannels) are not a multiple of the input channels \(inputChannels)")
        }
        multiplier = outputChannels / inputChannels
        if let bias = context.optionalInput(2) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.elementCount == outputChannels else {
                throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(outputChannels) output channels", tensor: bias)
            }
        }
        geometry = ConvolutionGeometry(
            input: input.shape, filterHeight: filter.shape[1], filterWidth: filter.shape[2],
            outputChannels: outputChannels, padding: p.padding, strideHeight: p.strideHeight,
            strideWidth: p.strideWidth, dilationHeight: p.dilationHeight, dilationWidth: p.dilationWidth)
        output.type = .float32
        try context.resizeOutput(output, to: geometry.outputShape)
    }

    /// The 16x8 and hybrid kernels index channels with the options' depth multiplier: it must be
    /// the one the shapes imply.
    static func checkMultiplierOption(_ parameters: Parameters, _ multiplier: Int, _ context: KernelContext)
        throws(SwiftLiteError)
    {
        guard parameters.depthMultiplier == multiplier else {
            throw context.error(.invalidModel, "depth_multiplier option \(parameters.depthMultiplier) disagrees with the shapes, which imply \(multiplier)")
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let typedPath { return try typedPath.eval(context) }
        let input = try context.input(0).buffer(of: Float.self)
        let filter = try context.input(1).buffer(of: Float.self)
        let bias = context.optionalInput(2)?.buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let g = geometry
        // Fused activations that are not a clamp (tanh) clamp nothing here, as in TFLite.
        let (lower, upper) = parameters.activation.clampRange
        let multiplier = self.multiplier
        if multiplier == 1, let inputBase = input.baseAddress, let filterBase = filter.baseAddress,
           let outputBase = output.baseAddress {
            evalOneToOne(inputBase, filterBase, bias, outputBase, lower: lower, upper: upper)
            return
        }
        var outIndex = 0
        for b in 0..<g.batches {
            for outY in 0..<g.outputHeight {
                let inYOrigin = outY * g.strideHeight - g.padTop
                for outX in 0..<g.outputWidth {
                    let inXOrigin = outX * g.strideWidth - g.padLeft
                    for ic in 0..<g.inputDepth {
                        for m in 0..<multiplier {
                            let oc = ic * multiplier + m
                            var total: Float = 0
                            for ky in 0..<g.filterHeight {
                                let inY = inYOrigin + g.dilationHeight * ky
                                guard inY >= 0, inY < g.inputHeight else { continue }
                                for kx in 0..<g.filterWidth {
                                    let inX = inXOrigin + g.dilationWidth * kx
                                    guard inX >= 0, inX < g.inputWidth else { continue }
                                    let value = input[((b * g.inputHeight + inY) * g.inputWidth + inX) * g.inputDepth + ic]
                                    let weight = filter[(ky * g.filterWidth + kx) * g.outputChannels + oc]
                                    total += value * weight
                                }
                            }
                            let biased = total + (bias.map { $0[oc] } ?? 0)
                            output[outIndex] = min(max(biased, lower), upper)
                            outIndex += 1
                        }
                    }
                }
            }
        }
    }

    /// Depth multiplier 1: 16 channels side by side in SIMD lanes. Each lane adds its products in
    /// the reference order (ky, kx), so the results are those of the scalar loop.
    private func evalOneToOne(_ input: UnsafeMutablePointer<Float>, _ filter: UnsafeMutablePointer<Float>,
                              _ bias: UnsafeMutableBufferPointer<Float>?, _ output: UnsafeMutablePointer<Float>,
                              lower: Float, upper: Float) {
        let g = geometry
        let channels = g.inputDepth
        let vectorEnd = channels - channels % 16
        for b in 0..<g.batches {
            for outY in 0..<g.outputHeight {
                let inYOrigin = outY * g.strideHeight - g.padTop
                for outX in 0..<g.outputWidth {
                    let inXOrigin = outX * g.strideWidth - g.padLeft
                    let outBase = ((b * g.outputHeight + outY) * g.outputWidth + outX) * channels
                    var c = 0
                    while c < vectorEnd {
                        var total = SIMD16<Float>(repeating: 0)
                        for ky in 0..<g.filterHeight {
                            let inY = inYOrigin + g.dilationHeight * ky
                            guard inY >= 0, inY < g.inputHeight else { continue }
                            for kx in 0..<g.filterWidth {
                                let inX = inXOrigin + g.dilationWidth * kx
                                guard inX >= 0, inX < g.inputWidth else { continue }
                                let x = UnsafeRawPointer(input + ((b * g.inputHeight + inY) * g.inputWidth + inX) * channels + c)
                                    .loadUnaligned(as: SIMD16<Float>.self)
                                let w = UnsafeRawPointer(filter + (ky * g.filterWidth + kx) * channels + c)
                                    .loadUnaligned(as: SIMD16<Float>.self)
                                total = total + x * w
                            }
                        }
                        for lane in 0..<16 {
                            let biased = total[lane] + (bias.map { $0[c + lane] } ?? 0)
                            output[outBase + c + lane] = min(max(biased, lower), upper)
                        }
                        c += 16
                    }
                    while c < channels {
                        var total: Float = 0
                        for ky in 0..<g.filterHeight {
                            let inY = inYOrigin + g.dilationHeight * ky
                            guard inY >= 0, inY < g.inputHeight else { continue }
                            for kx in 0..<g.filterWidth {
                                let inX = inXOrigin + g.dilationWidth * kx
                                guard inX >= 0, inX < g.inputWidth else { continue }
                                total += input[((b * g.inputHeight + inY) * g.inputWidth + inX) * channels + c]
                                    * filter[(ky * g.filterWidth + kx) * channels + c]
                            }
                        }
                        let biased = total + (bias.map { $0[c] } ?? 0)
                        output[outBase + c] = min(max(biased, lower), upper)
                        c += 1
                    }
                }
            }
        }
    }
}
