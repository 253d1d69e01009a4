import SwiftLiteCore

/// A DEPTHWISE_CONV_2D filter (`[1, kh, kw, channels]`) for the integer and hybrid kernels: its
/// values plus the filter offset as `Scalar` (Float for 8-bit activations, Double for 16-bit
/// ones), with the window walk over a staged input (integer value plus input offset, as
/// `Scalar`). Output channel `oc = ic × multiplier + m` reads input channel `ic`. With
/// multiplier 1, 16 channels are computed side by side. Every product is an exact integer and
/// the sums are kept exact (``ExactLanes``), so the results are TFLite's integer sums.
struct PackedDepthwiseFilter<Scalar: ExactProductScalar> {
    private(set) var geometry = ConvolutionGeometry()
    private(set) var multiplier = 1
    private var values: [Scalar] = []
    private var weightBound = 255.0

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
        if values.count != count { values = [Scalar](repeating: 0, count: count) }
        weightBound = 255
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
        var bound: Int32 = 0
        values.withUnsafeMutableBufferPointer { packed in
            for index in packed.indices {
                let value = Int32(truncatingIfNeeded: source[index]) &+ offset
                bound = max(bound, abs(value))
                packed[index] = Scalar(integer: value)
            }
        }
        weightBound = Double(bound)
    }

    /// Writes every output's sum `Σ filter × staged input` over the window (points outside the
    /// image contribute nothing) to `sums`, in the output's layout.
    func accumulate(staged input: UnsafePointer<Scalar>, inputBound: Double, into sums: UnsafeMutablePointer<Int64>) {
        let g = geometry
        let multiplier = self.multiplier
        let channels = g.outputChannels
        let limit = Scalar.chunkLimit(productBound: inputBound * weightBound)
        values.withUnsafeBufferPointer { packed in
            guard let filter = packed.baseAddress else { return }
            for b in 0..<g.batches {
                for outY in 0..<g.outputHeight {
                    let inYOrigin = outY * g.strideHeight - g.padTop
                    for outX in 0..<g.outputWidth {
                        let inXOrigin = outX * g.strideWidth - g.padLeft
                        let outBase = ((b * g.outputHeight + outY) * g.outputWidth + outX) * channels
                        var oc = 0
                        if multiplier == 1 {
                            while oc + 16 <= channels {
                                var partial = SIMD16<Scalar>(repeating: 0)
                                var exact = SIMD16<Int64>(repeating: 0)
                                var room = limit
                                var flushed = false
                                for ky in 0..<g.filterHeight {
                                    let inY = inYOrigin + g.dilationHeight * ky
                                    guard inY >= 0, inY < g.inputHeight else { continue }
                                    for kx in 0..<g.filterWidth {
                                        let inX = inXOrigin + g.dilationWidth * kx
                                        guard inX >= 0, inX < g.inputWidth else { continue }
                                        let pixel = input + ((b * g.inputHeight + inY) * g.inputWidth + inX) * g.inputDepth + oc
                                        let x = UnsafeRawPointer(pixel).loadUnaligned(as: SIMD16<Scalar>.self)
                                        let w = UnsafeRawPointer(filter + (ky * g.filterWidth + kx) * channels + oc)
                                            .loadUnaligned(as: SIMD16<Scalar>.self)
                                        partial += x * w
                                        room -= 1
                                        if room == 0 {
                                            ExactLanes.flush(&partial, into: &exact)
                                            room = limit
                                            flushed = true
                                        }
                                    }
                                }
                                ExactLanes.store(partial, exact, flushed: flushed, count: 16, to: sums + outBase + oc)
                                oc += 16
                            }
                        }
                        while oc < channels {
                            let ic = oc / multiplier
                            var exact: Int64 = 0
                            var partial: Scalar = 0
                            var room = limit
                            for ky in 0..<g.filterHeight {
                                let inY = inYOrigin + g.dilationHeight * ky
                                guard inY >= 0, inY < g.inputHeight else { continue }
                                for kx in 0..<g.filterWidth {
                                    let inX = inXOrigin + g.dilationWidth * kx
                                    guard inX >= 0, inX < g.inputWidth else { continue }
                                    partial += input[((b * g.inputHeight + inY) * g.inputWidth + inX) * g.inputDepth + ic]
                                        * filter[(ky * g.filterWidth + kx) * channels + oc]
                                    room -= 1
                                    if room == 0 {
                                        exact &+= partial.integer
                                        partial = 0
                                        room = limit
                                    }
                                }
                            }
                            sums[outBase + oc] = exact &+ partial.integer
                            oc += 1
                        }
                    }
                }
            }
        }
    }
}
