import SwiftLiteCore

/// AVERAGE_POOL_2D and MAX_POOL_2D (versions 1-3) over NHWC, with SAME/VALID padding, strides
/// and a fused activation (TFLite's `reference_ops::AveragePool` / `MaxPool`). Padding is never
/// counted: the average divides by the number of input cells inside the window.
///
/// Types: float32, and quantized uint8, int8 and int16 (integer arithmetic on the stored values,
/// see `Pool2DQuantized`; the output must share the input's quantization).
public final class Pool2DKernel: OpKernel {
    /// Which reduction.
    public enum Kind: Sendable { case average, maximum }

    /// `Pool2DOptions`.
    public struct Parameters: Sendable, Equatable {
        /// Padding scheme.
        public var padding: Padding
        /// Strides along width and height.
        public var strideWidth: Int, strideHeight: Int
        /// Window width and height.
        public var filterWidth: Int, filterHeight: Int
        /// Fused activation.
        public var activation: FusedActivation

        /// Creates parameters.
        public init(padding: Padding, strideWidth: Int, strideHeight: Int, filterWidth: Int, filterHeight: Int,
                    activation: FusedActivation) {
            self.padding = padding
            self.strideWidth = strideWidth
            self.strideHeight = strideHeight
            self.filterWidth = filterWidth
            self.filterHeight = filterHeight
            self.activation = activation
        }
    }

    let kind: Kind
    let parameters: Parameters
    private var geometry = ConvolutionGeometry()
    private var quantized: Pool2DQuantized?

    /// A pooling kernel.
    public init(_ kind: Kind, _ parameters: Parameters) {
        self.kind = kind
        self.parameters = parameters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, [.float32, .uint8, .int8, .int16], what: "input")
        guard input.rank == 4 else { throw context.error(.shapeMismatch, "needs a 4-D input, got \(input.shape)") }
        let p = parameters
        guard p.strideWidth > 0, p.strideHeight > 0, p.filterWidth > 0, p.filterHeight > 0 else {
            throw context.error(.invalidArgument, "filter sizes and strides must be positive")
        }
        geometry = ConvolutionGeometry(
            input: input.shape, filterHeight: p.filterHeight, filterWidth: p.filterWidth, outputChannels: input.shape[3],
            padding: p.padding, strideHeight: p.strideHeight, strideWidth: p.strideWidth, dilationHeight: 1, dilationWidth: 1)
        output.type = input.type
        quantized = input.type == .float32
            ? nil : try Pool2DQuantized(context, input: input, output: output, activation: p.activation)
        try context.resizeOutput(output, to: geometry.outputShape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        if let quantized {
            let input = try context.input(0)
            let output = try context.output(0)
            switch input.type {
            case .uint8: try quantized.run(kind, geometry, input: input, output: output, UInt8.self, context: context)
            case .int8: try quantized.run(kind, geometry, input: input, output: output, Int8.self, context: context)
            default: try quantized.run(kind, geometry, input: input, output: output, Int16.self, context: context)
            }
            return
        }
        let input = try context.input(0).buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let g = geometry
        let (lower, upper) = parameters.activation.clampRange
        let depth = g.inputDepth
        for b in 0..<g.batches {
            for outY in 0..<g.outputHeight {
                let inYOrigin = outY * g.strideHeight - g.padTop
                let yStart = max(0, -inYOrigin)
                let yEnd = min(g.filterHeight, g.inputHeight - inYOrigin)
                for outX in 0..<g.outputWidth {
                    let inXOrigin = outX * g.strideWidth - g.padLeft
                    let xStart = max(0, -inXOrigin)
                    let xEnd = min(g.filterWidth, g.inputWidth - inXOrigin)
                    for c in 0..<depth {
                        var total: Float = 0
                        var maximum = -Float.greatestFiniteMagnitude
                        var count = 0
                        if yStart < yEnd && xStart < xEnd {
                            for fy in yStart..<yEnd {
                                for fx in xStart..<xEnd {
                                    let value = input[((b * g.inputHeight + inYOrigin + fy) * g.inputWidth + inXOrigin + fx) * depth + c]
                                    total += value
                                    maximum = max(maximum, value)
                                    count += 1
                                }
                            }
                        }
                        let value: Float
                        switch kind {
                        case .average:
                            guard count > 0 else {
                                throw context.error(.runtimeFailure, "a pooling window covers no input cells")
                            }
                            value = total / Float(count)
                        case .maximum:
                            value = maximum
                        }
                        output[((b * g.outputHeight + outY) * g.outputWidth + outX) * depth + c] = min(max(value, lower), upper)
                    }
                }
            }
        }
    }
}
