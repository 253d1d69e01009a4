import SwiftLiteCore

/// A packed integer filter of a windowed operator (CONV_2D, DEPTHWISE_CONV_2D): it knows its
/// output geometry and writes every output's integer sum over its window.
protocol PackedQuantizedFilter {
    /// The lane type products are computed in (Float for 8-bit activations, Double for 16-bit).
    associatedtype Scalar: ExactProductScalar
    /// The output geometry.
    var geometry: ConvolutionGeometry { get }
    /// Writes every output's sum `Σ filter × staged input` to `sums`, in the output's layout.
    func accumulate(staged input: UnsafePointer<Scalar>, inputBound: Double, into sums: UnsafeMutablePointer<Int64>)
}

extension PackedConvolutionFilter: PackedQuantizedFilter {}
extension PackedDepthwiseFilter: PackedQuantizedFilter {}

/// The eval shared by the quantized CONV_2D and DEPTHWISE_CONV_2D paths: stage the input with its
/// offset, accumulate every output's sum with the packed filter, then add the bias, rescale and
/// clamp (TFLite's reference integer kernels, same order).
enum QuantizedWindowedRun {
    static func run<Element: QuantizedElement, Filter: PackedQuantizedFilter>(
        _ input: UnsafeMutableBufferPointer<Element>, bias: TensorSlot?, output: UnsafeMutableBufferPointer<Element>,
        filter: Filter, staging: inout [Filter.Scalar], quantization: WeightedQuantization, wideBias: Bool,
        inputBound: Double, sums: inout [Int64]
    ) {
        guard let source = input.baseAddress, input.count == staging.count else { return }
        staging.withUnsafeMutableBufferPointer { staged in
            guard let target = staged.baseAddress else { return }
            QuantizedStaging.stage(source, count: input.count, offset: quantization.inputOffset, into: target)
            if wideBias {
                finish(target, bias?.buffer(of: Int64.self).baseAddress, output, filter, quantization, inputBound, &sums)
            } else {
                finish(target, bias?.buffer(of: Int32.self).baseAddress, output, filter, quantization, inputBound, &sums)
            }
        }
    }

    private static func finish<Element: QuantizedElement, Filter: PackedQuantizedFilter, Accumulator: QuantizedAccumulator>(
        _ staged: UnsafePointer<Filter.Scalar>, _ bias: UnsafeMutablePointer<Accumulator>?,
        _ output: UnsafeMutableBufferPointer<Element>, _ filter: Filter, _ quantization: WeightedQuantization,
        _ inputBound: Double, _ sums: inout [Int64]
    ) {
        let channels = filter.geometry.outputChannels
        guard let outputBase = output.baseAddress, output.count >= sums.count else { return }
        sums.withUnsafeMutableBufferPointer { sums in
            guard let base = sums.baseAddress else { return }
            filter.accumulate(staged: staged, inputBound: inputBound, into: base)
            QuantizedFinish.write(base, count: sums.count, channels: channels, bias: bias.map { UnsafePointer($0) },
                                  stage: quantization.stage, into: outputBase, accumulator: Accumulator.self)
        }
    }
}
