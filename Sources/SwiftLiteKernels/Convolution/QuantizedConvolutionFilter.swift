import SwiftLiteCore

/// A CONV_2D filter for the integer and hybrid kernels: its values plus the filter offset, held
/// as `Scalar` (Float for 8-bit activations, Double for 16-bit ones) and repacked as
/// [group][ky][kx][c][output channel of the group, padded to 16], so that 16 output channels
/// are computed side by side. The kernels stage their input the same way (integer value plus
/// input offset, as `Scalar`); every product is an exact integer and ``ExactLanes`` keeps the
/// sums exact, so the results are the integer sums TFLite computes.
struct PackedConvolutionFilter<Scalar: ExactProductScalar> {
    private(set) var geometry = ConvolutionGeometry()
    private(set) var groups = 1
    private(set) var depth = 0
    private(set) var perGroup = 0
    private var padded = 0
    private var values: [Scalar] = []
    /// The largest `|filter + offset|` (the type's bound until a filter is packed).
    private var weightBound = 0.0

    /// Checks shapes and options and sizes the packed filter (CONV_2D's rules: 4-D NHWC input,
    /// OHWI filter whose depth divides the input depth into groups).
    mutating func prepare(_ context: KernelContext, input: TensorSlot, filter: TensorSlot,
                          parameters p: Conv2DKernel.Parameters) throws(SwiftLiteError) {
        guard input.rank == 4, filter.rank == 4 else {
            throw context.error(.shapeMismatch, "needs 4-D input and filter, got \(input.shape) and \(filter.shape)")
        }
        guard p.strideWidth > 0, p.strideHeight > 0, p.dilationWidth > 0, p.dilationHeight > 0 else {
            throw context.error(.invalidArgument, "strides and dilations must be positive")
        }
        let inputDepth = input.shape[3]
        let outputChannels = filter.shape[0]
        depth = filter.shape[3]
        guard depth > 0, outputChannels > 0, filter.shape[1] > 0, filter.shape[2] > 0, inputDepth % depth == 0 else {
            throw context.error(.shapeMismatch, "input depth \(inputDepth) is not a multiple of the filter depth \(depth) (filter \(filter.shape))")
        }
        groups = inputDepth / depth
        guard outputChannels % groups == 0 else {
            throw context.error(.shapeMismatch, "\(outputChannels) output channels do not divide into \(groups) groups")
        }
        perGroup = outputChannels / groups
        geometry = ConvolutionGeometry(
            input: input.shape, filterHeight: filter.shape[1], filterWidth: filter.shape[2],
            outputChannels: outputChannels, padding: p.padding, strideHeight: p.strideHeight,
            strideWidth: p.strideWidth, dilationHeight: p.dilationHeight, dilationWidth: p.dilationWidth)
        padded = (perGroup + 15) / 16 * 16
        let count = groups * geometry.filterHeight * geometry.filterWidth * depth * padded
        if values.count != count { values = [Scalar](repeating: 0, count: count) }
        weightBound = 255
    }

    /// Repacks `filter` (uint8, int8, or int4 two per byte), adding `offset`.
    mutating func pack(_ filter: TensorSlot, offset: Int32, context: KernelContext) throws(SwiftLiteError) {
        switch filter.type {
        case .uint8: pack(filter.buffer(of: UInt8.self), offset: offset)
        case .int4:
            var values = try Int4Weights.unpacked(filter, context: context)
            values.withUnsafeMutableBufferPointer { pack($0, offset: offset) }
        default: pack(filter.buffer(of: Int8.self), offset: offset)
        }
    }

    private mutating func pack<Weight: FixedWidthInteger>(_ source: UnsafeMutableBufferPointer<Weight>, offset: Int32) {
        let (kh, kw, depth, padded, perGroup) = (geometry.filterHeight, geometry.filterWidth, depth, padded, perGroup)
        let channels = geometry.outputChannels
        guard source.count >= channels * kh * kw * depth else { return }
        var bound: Int32 = 0
        values.withUnsafeMutableBufferPointer { packed in
            for oc in 0..<channels {
                let group = oc / perGroup
                let lane = oc % perGroup
                for ky in 0..<kh {
                    for kx in 0..<kw {
                        for c in 0..<depth {
                            let from = ((oc * kh + ky) * kw + kx) * depth + c
                            let to = (((group * kh + ky) * kw + kx) * depth + c) * padded + lane
                            let value = Int32(truncatingIfNeeded: source[from]) &+ offset
                            bound = max(bound, abs(value))
                            packed[to] = Scalar(integer: value)
                        }
                    }
                }
            }
        }
        weightBound = Double(bound)
    }

    /// How many products bounded by `inputBound × weight bound` one chunk may sum.
    func chunkLimit(inputBound: Double) -> Int {
        Scalar.chunkLimit(productBound: inputBound * weightBound)
    }

    /// Writes every output's sum `Σ filter × staged input` over the window (points outside the
    /// image contribute nothing) to `sums`, in the output's layout. `staged` holds the input
    /// values plus their offsets.
    func accumulate(staged inputBase: UnsafePointer<Scalar>, inputBound: Double, into sums: UnsafeMutablePointer<Int64>) {
        let g = geometry
        let (depth, perGroup, padded, groups) = (depth, perGroup, padded, groups)
        let limit = chunkLimit(inputBound: inputBound)
        values.withUnsafeBufferPointer { packed in
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
                                        let inRow = inputBase + ((b * g.inputHeight + inY) * g.inputWidth + inX) * g.inputDepth
                                            + group * depth
                                        var weights = filterBase + ((group * g.filterHeight + ky) * g.filterWidth + kx) * depth * padded + block
                                        var c = 0
                                        while c < depth {
                                            let end = min(depth, c + room)
                                            room -= end - c
                                            while c < end {
                                                let w = UnsafeRawPointer(weights).loadUnaligned(as: SIMD16<Scalar>.self)
                                                partial += SIMD16<Scalar>(repeating: inRow[c]) * w
                                                weights += padded
                                                c += 1
                                            }
                                            if room == 0 {
                                                ExactLanes.flush(&partial, into: &exact)
                                                room = limit
                                                flushed = true
                                            }
                                        }
                                    }
                                }
                                ExactLanes.store(partial, exact, flushed: flushed, count: min(16, perGroup - block),
                                                 to: sums + outBase + group * perGroup + block)
                                block += 16
                            }
                        }
                    }
                }
            }
        }
    }
}
