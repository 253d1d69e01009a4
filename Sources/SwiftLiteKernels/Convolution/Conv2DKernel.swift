import SwiftLiteCore

/// CONV_2D versions 1–8: NHWC input, OHWI filter (`[out, kh, kw, in / groups]`), optional bias,
/// strides, dilation, SAME/VALID padding, grouped convolution and a fused activation
/// (TFLite's `reference_ops::Conv`).
///
/// Types: float32; uint8, int8 and int16 (16x8) quantized (``Conv2DQuantized``); float32 input
/// with an int8 filter, hybrid (``Conv2DHybrid``). Prepare picks the path from the types.
///
/// Numerics: each output is `sum over (ky, kx, c) of input * filter` accumulated in float32 in
/// that order, plus bias, then clamped — the order of TFLite's reference kernel, so results
/// match it bit for bit in the common case. For speed the filter is repacked once at prepare so
/// that 16 output channels are computed side by side in SIMD lanes; each lane still adds its
/// products one at a time in the reference order, so the vectorization changes no result.
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
        /// The bias type the options declare for 16-bit activations (int32 or int64); nil when
        /// unset.
        public var quantizedBiasType: ElementType?

        /// Creates parameters.
        public init(padding: Padding, strideWidth: Int, strideHeight: Int, dilationWidth: Int = 1,
                    dilationHeight: Int = 1, activation: FusedActivation = .none,
                    quantizedBiasType: ElementType? = nil) {
            self.padding = padding
            self.strideWidth = strideWidth
            self.strideHeight = strideHeight
            self.dilationWidth = dilationWidth
            self.dilationHeight = dilationHeight
            self.activation = activation
            self.quantizedBiasType = quantizedBiasType
        }
    }

    let parameters: Parameters
    var geometry = ConvolutionGeometry()
    private var filterDepth = 0
    private var groups = 1
    /// The filter as [group][ky][kx][c][output channel of the group, padded to `lanes`].
    private var packedFilter: [Float] = []
    private var paddedChannels = 0
    static let lanes = 16
    /// The integer (``Conv2DQuantized``) or hybrid (``Conv2DHybrid``) path, chosen in prepare from the types;
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
            let path = Conv2DQuantized(parameters)
            try path.prepare(context)
            typedPath = path
            return
        }
        if filter.type != .float32 {
            let path = Conv2DHybrid(parameters)
            try path.prepare(context)
            typedPath = path
            return
        }
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
        self.groups = groups
        try packFilter(filter, context: context)
        geometry = ConvolutionGeometry(
            input: input.shape, filterHeight: filter.shape[1], filterWidth: filter.shape[2],
            outputChannels: filter.shape[0], padding: parameters.padding,
            strideHeight: parameters.strideHeight, strideWidth: parameters.strideWidth,
            dilationHeight: parameters.dilationHeight, dilationWidth: parameters.dilationWidth)
        output.type = .float32
        try context.resizeOutput(output, to: geometry.outputShape)
    }

    /// Repacks the (constant or not) filter; a non-constant filter is repacked at every eval.
    private func packFilter(_ filter: TensorSlot, context: KernelContext) throws(SwiftLiteError) {
        let outputChannels = filter.shape[0]
        let perGroup = outputChannels / max(1, groups)
        let lanes = Self.lanes
        paddedChannels = (perGroup + lanes - 1) / lanes * lanes
        let count = groups * filter.shape[1] * filter.shape[2] * filterDepth * paddedChannels
        if packedFilter.count != count { packedFilter = [Float](repeating: 0, count: count) }
        guard filter.data != nil else { return }
        let source = filter.buffer(of: Float.self)
        let kh = filter.shape[1], kw = filter.shape[2], depth = filterDepth, padded = paddedChannels
        packedFilter.withUnsafeMutableBufferPointer { packed in
            for oc in 0..<outputChannels {
                let group = oc / perGroup
                let lane = oc % perGroup
                for ky in 0..<kh {
                    for kx in 0..<kw {
                        for c in 0..<depth {
                            let from = ((oc * kh + ky) * kw + kx) * depth + c
                            let to = (((group * kh + ky) * kw + kx) * depth + c) * padded + lane
                            packed[to] = source[from]
                        }
                    }
                }
            }
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let typedPath { return try typedPath.eval(context) }
        let filterSlot = try context.input(1)
        if !filterSlot.hasKnownValue { try packFilter(filterSlot, context: context) }
        let input = try context.input(0).buffer(of: Float.self)
        let bias = context.optionalInput(2)?.buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        guard let inputBase = input.baseAddress, let outputBase = output.baseAddress else { return }
        let g = geometry
        let (lower, upper) = parameters.activation.clampRange
        let filterDepth = self.filterDepth
        let perGroup = g.outputChannels / max(1, groups)
        let padded = paddedChannels
        let lanes = Self.lanes
        packedFilter.withUnsafeBufferPointer { packed in
            guard let filterBase = packed.baseAddress else { return }
            for b in 0..<g.batches {
                for outY in 0..<g.outputHeight {
                    let inYOrigin = outY * g.strideHeight - g.padTop
                    for outX in 0..<g.outputWidth {
                        let inXOrigin = outX * g.strideWidth - g.padLeft
                        let outBase = ((b * g.outputHeight + outY) * g.outputWidth + outX) * g.outputChannels
                        for group in 0..<groups {
                            var block = 0
                            while block < perGroup {
                                var total = SIMD16<Float>(repeating: 0)
                                for ky in 0..<g.filterHeight {
                                    let inY = inYOrigin + g.dilationHeight * ky
                                    guard inY >= 0, inY < g.inputHeight else { continue }
                                    for kx in 0..<g.filterWidth {
                                        let inX = inXOrigin + g.dilationWidth * kx
                                        guard inX >= 0, inX < g.inputWidth else { continue }
                                        let inRow = inputBase + ((b * g.inputHeight + inY) * g.inputWidth + inX) * g.inputDepth + group * filterDepth
                                        var weights = filterBase + (((group * g.filterHeight + ky) * g.filterWidth + kx) * filterDepth) * padded + block
                                        for c in 0..<filterDepth {
                                            let w = UnsafeRawPointer(weights).loadUnaligned(as: SIMD16<Float>.self)
                                            total = total + SIMD16<Float>(repeating: inRow[c]) * w
                                            weights += padded
                                        }
                                    }
                                }
                                let count = min(lanes, perGroup - block)
                                for lane in 0..<count {
                                    let oc = group * perGroup + block + lane
                                    let biased = total[lane] + (bias.map { $0[oc] } ?? 0)
                                    outputBase[outBase + oc] = min(max(biased, lower), upper)
                                }
                                block += lanes
                            }
                        }
                    }
                }
            }
        }
    }
}
