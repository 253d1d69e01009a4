import SwiftLiteCore

/// The integer paths of AVERAGE_POOL_2D and MAX_POOL_2D for quantized uint8, int8 and int16
/// tensors, as TFLite's reference kernels (`reference_ops` for uint8, `reference_integer_ops`
/// for int8 and int16) compute them.
///
/// Pooling works directly on the stored integers: the output must share the input's scale and
/// zero point (TFLite only asserts this in debug builds; SwiftLite refuses a mismatch), so no
/// rescaling happens. The fused activation becomes a clamp of the output integers
/// (`CalculateActivationRangeQuantized` on the output's parameters).
///
/// - Average: the window's integers are summed in int32 (cells outside the input are skipped)
///   and divided by the number of cells, rounding half away from zero:
///   `(sum ± count / 2) / count` with C's truncating division, the sign following the sum.
///   A window covering no input cell is a run-time failure, as in TFLite.
/// - Maximum: the largest integer in the window, starting from the type's lowest value.
struct Pool2DQuantized {
    /// The clamp of the fused activation, in output integers.
    let activationMin: Int32
    let activationMax: Int32

    /// Checks the quantization of `input` and `output` and derives the activation clamp.
    init(_ context: KernelContext, input: TensorSlot, output: TensorSlot, activation: FusedActivation)
        throws(SwiftLiteError)
    {
        if output.quantization == nil { output.quantization = input.quantization }
        let (inputScale, inputZeroPoint) = try context.affineQuantization(of: input, what: "input")
        let (outputScale, outputZeroPoint) = try context.affineQuantization(of: output, what: "output")
        guard abs(inputScale - outputScale) <= 1e-6, inputZeroPoint == outputZeroPoint else {
            throw context.error(
                .unsupported,
                "the output's quantization (scale \(outputScale), zero point \(outputZeroPoint)) differs from the input's (scale \(inputScale), zero point \(inputZeroPoint)); quantized pooling does not rescale",
                tensor: output)
        }
        guard let range = QuantizedRange.activationRange(activation, type: output.type, scale: outputScale,
                                                         zeroPoint: outputZeroPoint)
        else {
            throw context.error(.invalidModel, "the fused activation's range is not representable with the output's quantization", tensor: output)
        }
        activationMin = range.min
        activationMax = range.max
    }

    /// Runs the pooling of `kind` over `input` into `output` (both of element type `T`).
    func run<T: FixedWidthInteger>(_ kind: Pool2DKernel.Kind, _ geometry: ConvolutionGeometry, input: TensorSlot,
                                   output: TensorSlot, _ type: T.Type, context: KernelContext) throws(SwiftLiteError)
    {
        let source = input.buffer(of: T.self)
        let destination = output.buffer(of: T.self)
        let g = geometry
        let depth = g.inputDepth
        guard source.count == g.batches * g.inputHeight * g.inputWidth * depth,
              destination.count == g.batches * g.outputHeight * g.outputWidth * depth else { return }
        for b in 0..<g.batches {
            for outY in 0..<g.outputHeight {
                let inYOrigin = outY * g.strideHeight - g.padTop
                let yStart = max(0, -inYOrigin)
                let yEnd = min(g.filterHeight, g.inputHeight - inYOrigin)
                for outX in 0..<g.outputWidth {
                    let inXOrigin = outX * g.strideWidth - g.padLeft
                    let xStart = max(0, -inXOrigin)
                    let xEnd = min(g.filterWidth, g.inputWidth - inXOrigin)
                    let target = ((b * g.outputHeight + outY) * g.outputWidth + outX) * depth
                    for c in 0..<depth {
                        var total: Int32 = 0
                        var count: Int32 = 0
                        var maximum = T.min
                        if yStart < yEnd && xStart < xEnd {
                            for fy in yStart..<yEnd {
                                let row = (b * g.inputHeight + inYOrigin + fy) * g.inputWidth + inXOrigin
                                for fx in xStart..<xEnd {
                                    let value = source[(row + fx) * depth + c]
                                    total &+= Int32(value)
                                    count += 1
                                    if value > maximum { maximum = value }
                                }
                            }
                        }
                        var result: Int32
                        switch kind {
                        case .average:
                            guard count > 0 else {
                                throw context.error(.runtimeFailure, "a pooling window covers no input cells")
                            }
                            result = total > 0 ? (total + count / 2) / count : (total - count / 2) / count
                        case .maximum:
                            result = Int32(maximum)
                        }
                        result = min(max(result, activationMin), activationMax)
                        destination[target + c] = T(truncatingIfNeeded: result)
                    }
                }
            }
        }
    }
}
