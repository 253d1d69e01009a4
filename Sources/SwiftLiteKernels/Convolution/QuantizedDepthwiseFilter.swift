import SwiftLiteCore

/// A DEPTHWISE_CONV_2D filter (`[1, kh, kw, channels]`) converted to 32-bit integers plus the
/// filter offset, with the window walk shared by the integer and hybrid kernels. Output channel
/// `oc = ic × multiplier + m` reads input channel `ic`. With multiplier 1, 16 channels are
/// computed side by side; integer sums are exact, so this changes no result.
struct PackedDepthwiseFilter {
    private(set) var geometry = ConvolutionGeometry()
    private(set) var multiplier = 1
    private var values: [Int32] = []

    /// Checks shapes and options (TFLite's DEPTHWISE_CONV_2D rules) and sizes the filter.
    mutating func prepare(_ context: KernelContext, input: TensorSlot, filter: TensorSlot,
                          parameters p: DepthwiseConv2DKernel.Parameters) throws(SwiftLiteError) {
        guard input.rank == 4, filter.rank == 4 else {
            throw context.error(.shapeMismatch, "needs 4-D input and filter, got \(input.shape) and \(filter.shape)")
        }
        guard filter.shape[0] == 1 else {
            throw context.error(.shapeMismatch, "filter must have shape [1, height, width, channels], got \(filter.shape)", tensor: filter)
        }
        guard p.strideWidth > 0, p.strideHeight > 0, p.dilationWidth > 0, p.dilationHeight > 0 else {
            throw context.error(.invalidArgument, "strides and dilations must be positive")
        }
        let inputChannels = input.shape[3]
        let outputChannels = filter.shape[3]
        guard inputChannels > 0, filter.shape[1] > 0, filter.shape[2] > 0, outputChannels % inputChannels == 0 else {
            throw context.error(.shapeMismatch, "filter channels \(outputChannels) are not a multiple of the input channels \(inputChannels)")
        }
        multiplier = outputChannels / inputChannels
        geometry = ConvolutionGeometry(
            input: input.shape, filterHeight: filter.shape[1], filterWidth: filter.shape[2],
            outputChannels: outputChannels, padding: p.padding, strideHeight: p.strideHeight,
            strideWidth: p.strideWidth, dilationHeight: p.dilationHeight, dilationWidth: p.dilationWidth)
        let count = geometry.filterHeight * geometry.filterWidth * outputChannels
        if values.count != count { values = [Int32](repeating: 0, count: count) }
    }

    /// Copies `filter` (uint8, int8, or int4 two per byte), adding `offset`.
    mutating func pack(_ filter: TensorSlot, offset: Int32, context: KernelContext) throws(SwiftLiteError) {
        switch filter.type {
        case .uint8: pack(filter.buffer(of: UInt8.self), offset: offset)
        case .int4:
            var unpacked = try Int4Weights.unpacked(filter, context: context)
            unpacked.withUnsafeMutableBufferPointer { pack($0, offset: offset) }
        default: pack(filter.buffer(of: Int8.self), offset: offset)
        }
    }

    private mutating func pack<Weight: FixedWidthInteger>(_ source: UnsafeMutableBufferPointer<Weight>, offset: Int32) {
        guard source.count >= values.count else { return }
        values.withUnsafeMutableBufferPointer { packed in
            for index in packed.indices { packed[index] = Int32(truncatingIfNeeded: source[index]) &+ offset }
        }
    }

    /// Computes every output's accumulator `Σ filter × (input + inputOffset(batch))` over the
    /// window (points outside the image contribute nothing) and hands it to `finish` with the
    /// batch, the output's flat index and its channel.
    @inline(__always)
    func forEachOutput<Element: QuantizedElement, Lanes: AccumulatorLanes>(
        input: UnsafeMutablePointer<Element>, inputOffset: (Int) -> Int32, lanes: Lanes.Type,
        _ finish: (_ batch: Int, _ outputIndex: Int, _ channel: Int, _ accumulator: Lanes.Scalar) -> Void
    ) {
        let g = geometry
        let multiplier = self.multiplier
        let channels = g.outputChannels
        values.withUnsafeBufferPointer { packed in
            guard let filter = packed.baseAddress else { return }
            for b in 0..<g.batches {
                let offset = inputOffset(b)
                for outY in 0..<g.outputHeight {
                    let inYOrigin = outY * g.strideHeight - g.padTop
                    for outX in 0..<g.outputWidth {
                        let inXOrigin = outX * g.strideWidth - g.padLeft
                        let outBase = ((b * g.outputHeight + outY) * g.outputWidth + outX) * channels
                        var oc = 0
                        if multiplier == 1 {
                            while oc + 16 <= channels {
                                var total = Lanes()
                                for ky in 0..<g.filterHeight {
                                    let inY = inYOrigin + g.dilationHeight * ky
                                    guard inY >= 0, inY < g.inputHeight else { continue }
                                    for kx in 0..<g.filterWidth {
                                        let inX = inXOrigin + g.dilationWidth * kx
                                        guard inX >= 0, inX < g.inputWidth else { continue }
                                        let pixel = input + ((b * g.inputHeight + inY) * g.inputWidth + inX) * g.inputDepth + oc
                                        let x = SIMD16<Int32>(truncatingIfNeeded: UnsafeRawPointer(pixel).loadUnaligned(as: SIMD16<Element>.self))
                                        let w = UnsafeRawPointer(filter + (ky * g.filterWidth + kx) * channels + oc)
                                            .loadUnaligned(as: SIMD16<Int32>.self)
                                        total.add((x &+ SIMD16<Int32>(repeating: offset)) &* w)
                                    }
                                }
                                for lane in 0..<16 { finish(b, outBase + oc + lane, oc + lane, total[lane]) }
                                oc += 16
                            }
                        }
                        while oc < channels {
                            let ic = oc / multiplier
                            var total = Lanes.Scalar.zero
                            for ky in 0..<g.filterHeight {
                                let inY = inYOrigin + g.dilationHeight * ky
                                guard inY >= 0, inY < g.inputHeight else { continue }
                                for kx in 0..<g.filterWidth {
                                    let inX = inXOrigin + g.dilationWidth * kx
                                    guard inX >= 0, inX < g.inputWidth else { continue }
                                    let x = Int32(truncatingIfNeeded: input[((b * g.inputHeight + inY) * g.inputWidth + inX) * g.inputDepth + ic]) &+ offset
                                    total &+= Lanes.Scalar(truncatingIfNeeded: x &* filter[(ky * g.filterWidth + kx) * channels + oc])
                                }
                            }
                            finish(b, outBase + oc, oc, total)
                            oc += 1
                        }
                    }
                }
            }
        }
    }
}
