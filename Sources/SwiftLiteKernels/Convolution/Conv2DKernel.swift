import SwiftLiteCore

/// CONV_2D (float32): NHWC input, OHWI filter (`[out, kh, kw, in / groups]`), optional bias,
/// strides, dilation, SAME/VALID padding, grouped convolution and a fused activation
/// (TFLite's `reference_ops::Conv`).
///
/// Numerics: each output is `sum over (ky, kx, c) of input * filter` accumulated in float32 in
/// that order, plus bias, then clamped — the order of TFLite's reference kernel, so results
/// match it bit for bit in the common case.
public final class Conv2DKernel: OpKernel {
    /// `Conv2DOptions`.
    public struct Parameters: Sendable, Equatable {
        /// Padding scheme.
        public var padding: Padding
        /// Stride along width and height.
        public var strideWidth: Int, strideHeight: Int
        /// Dilation along width and height.
        public var dilationWidth: Int, dilationHeight: Int
        /// Fused activation.
        public var activation: FusedActivation

        /// Creates parameters.
        public init(padding: Padding, strideWidth: Int, strideHeight: Int, dilationWidth: Int = 1,
                    dilationHeight: Int = 1, activation: FusedActivation = .none) {
            self.padding = padding
            self.strideWidth = strideWidth
            self.strideHeight = strideHeight
            self.dilationWidth = dilationWidth
            self.dilationHeight = dilationHeight
            self.activation = activation
        }
    }

    let parameters: Parameters
    var geometry = ConvolutionGeometry()
    private var filterDepth = 0

    /// A kernel with `parameters`.
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let filter = try context.input(1)
        let output = try context.output(0)
        try context.expectType(input, [.float32], what: "input")
        try context.expectType(filter, [.float32], what: "filter")
        guard input.rank == 4, filter.rank == 4 else {
            throw context.error(.shapeMismatch, "needs 4-D input and filter, got \(input.shape) and \(filter.shape)")
        }
        let inputDepth = input.shape[3]
        let filterDepth = filter.shape[3]
        guard inputDepth > 0 else {
            // No channels means no groups: the output channel check below would divide by zero.
            throw context.error(.shapeMismatch, "input \(input.shape) has no channels", tensor: input)
        }
        guard filterDepth > 0, inputDepth % filterDepth == 0 else {
            throw context.error(.shapeMismatch, "input depth \(inputDepth) is not a multiple of the filter depth \(filterDepth)")
        }
        let groups = inputDepth / filterDepth
        self.filterDepth = filterDepth
        guard filter.shape[0] % groups == 0 else {
            throw context.error(.shapeMismatch, "\(filter.shape[0]) output channels do not divide into \(groups) groups")
        }
        if let bias = context.optionalInput(2) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.elementCount == filter.shape[0] else {
                throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(filter.shape[0]) output channels", tensor: bias)
            }
        }
        guard parameters.strideWidth > 0, parameters.strideHeight > 0, parameters.dilationWidth > 0,
              parameters.dilationHeight > 0 else {
            throw context.error(.invalidArgument, "strides and dilations must be positive")
        }
        geometry = ConvolutionGeometry(
            input: input.shape, filterHeight: filter.shape[1], filterWidth: filter.shape[2],
            outputChannels: filter.shape[0], padding: parameters.padding,
            strideHeight: parameters.strideHeight, strideWidth: parameters.strideWidth,
            dilationHeight: parameters.dilationHeight, dilationWidth: parameters.dilationWidth)
        output.type = .float32
        try context.resizeOutput(output, to: geometry.outputShape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0).buffer(of: Float.self)
        let filter = try context.input(1).buffer(of: Float.self)
        let bias = context.optionalInput(2)?.buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let g = geometry
        let (lower, upper) = parameters.activation.clampRange
        let filterDepth = self.filterDepth
        let groups = g.inputDepth / filterDepth
        let channelsPerGroup = g.outputChannels / groups
        var outIndex = 0
        for b in 0..<g.batches {
            for outY in 0..<g.outputHeight {
                let inYOrigin = outY * g.strideHeight - g.padTop
                for outX in 0..<g.outputWidth {
                    let inXOrigin = outX * g.strideWidth - g.padLeft
                    for outC in 0..<g.outputChannels {
                        let group = outC / channelsPerGroup
                        var total: Float = 0
                        for ky in 0..<g.filterHeight {
                            let inY = inYOrigin + g.dilationHeight * ky
                            guard inY >= 0, inY < g.inputHeight else { continue }
                            for kx in 0..<g.filterWidth {
                                let inX = inXOrigin + g.dilationWidth * kx
                                guard inX >= 0, inX < g.inputWidth else { continue }
                                let inBase = ((b * g.inputHeight + inY) * g.inputWidth + inX) * g.inputDepth + group * filterDepth
                                let filterBase = ((outC * g.filterHeight + ky) * g.filterWidth + kx) * filterDepth
                                for c in 0..<filterDepth {
                                    total += input[inBase + c] * filter[filterBase + c]
                                }
                            }
                        }
                        let biased = total + (bias.map { $0[outC] } ?? 0)
                        output[outIndex] = min(max(biased, lower), upper)
                        outIndex += 1
                    }
                }
            }
        }
    }
}

/// Sizes and paddings of a 2-D convolution or pooling window over an NHWC input.
public struct ConvolutionGeometry: Sendable, Equatable {
    public var batches = 0, inputHeight = 0, inputWidth = 0, inputDepth = 0
    public var filterHeight = 0, filterWidth = 0, outputChannels = 0
    public var strideHeight = 1, strideWidth = 1, dilationHeight = 1, dilationWidth = 1
    public var outputHeight = 0, outputWidth = 0, padTop = 0, padLeft = 0

    /// An empty geometry.
    public init() {}

    /// Computes output size and padding as TFLite's `ComputePaddingHeightWidth`.
    public init(input: [Int], filterHeight: Int, filterWidth: Int, outputChannels: Int, padding: Padding,
                strideHeight: Int, strideWidth: Int, dilationHeight: Int, dilationWidth: Int) {
        batches = input[0]
        inputHeight = input[1]
        inputWidth = input[2]
        inputDepth = input[3]
        self.filterHeight = filterHeight
        self.filterWidth = filterWidth
        self.outputChannels = outputChannels
        self.strideHeight = strideHeight
        self.strideWidth = strideWidth
        self.dilationHeight = dilationHeight
        self.dilationWidth = dilationWidth
        outputHeight = padding.outputSize(input: inputHeight, filter: filterHeight, stride: strideHeight, dilation: dilationHeight)
        outputWidth = padding.outputSize(input: inputWidth, filter: filterWidth, stride: strideWidth, dilation: dilationWidth)
        padTop = padding.padding(input: inputHeight, filter: filterHeight, stride: strideHeight, dilation: dilationHeight, output: outputHeight).before
        padLeft = padding.padding(input: inputWidth, filter: filterWidth, stride: strideWidth, dilation: dilationWidth, output: outputWidth).before
    }

    /// `[batches, outputHeight, outputWidth, outputChannels]`.
    public var outputShape: [Int] { [batches, outputHeight, outputWidth, outputChannels] }
}
