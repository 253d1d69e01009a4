import SwiftLiteCore

/// TRANSPOSE_CONV versions 1–5 (TFLite's `reference_ops::TransposeConv`).
///
/// Types: float32; uint8, int8 and int16 (16x8) quantized (``TransposeConvQuantized``); float32
/// input with int8 weights, hybrid (``TransposeConvHybrid``). Shapes and padding are checked
/// here for every type.
///
/// Inputs: 0 the output shape (1-D int32, four values), 1 the weights `[out, kh, kw, in]`,
/// 2 the NHWC input, 3 an optional bias `[out]`. Options: SAME/VALID padding, strides and (from
/// version 4) a fused activation.
///
/// The output size is given, not computed: padding is derived as for a forward convolution
/// from the output to the input, which must give back the input's height and width. Each input
/// element is scattered into the output window it influences; every output accumulates its
/// contributions in the order (input y, input x, input channel, ky, kx) in float32, then the
/// bias is added and the activation applied, as the reference kernel does. When the output
/// shape tensor is not known before the graph runs, the output is dynamic.
public final class TransposeConvKernel: OpKernel {
    /// `TransposeConvOptions`.
    public struct Parameters: Sendable, Equatable {
        /// Padding scheme.
        public var padding: Padding
        /// Stride along width and height.
        public var strideWidth: Int, strideHeight: Int
        /// Fused activation.
        public var activation: FusedActivation
        /// The bias type the options declare for 16-bit activations (int32 or int64); nil when
        /// unset.
        public var quantizedBiasType: ElementType?

        /// Creates parameters.
        public init(padding: Padding, strideWidth: Int, strideHeight: Int, activation: FusedActivation = .none,
                    quantizedBiasType: ElementType? = nil) {
            self.padding = padding
            self.strideWidth = strideWidth
            self.strideHeight = strideHeight
            self.activation = activation
            self.quantizedBiasType = quantizedBiasType
        }
    }

    let parameters: Parameters
    private var padTop = 0
    private var padLeft = 0
    /// The integer path, when the input is quantized.
    private var quantized: TransposeConvQuantized?
    /// The hybrid path, when a float input meets integer weights.
    private var hybrid: TransposeConvHybrid?

    /// A kernel with `parameters`.
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 3...4, outputs: 1...1)
        let outputShape = try context.input(0)
        let weights = try context.input(1)
        let input = try context.input(2)
        let output = try context.output(0)
        quantized = nil
        hybrid = nil
        let float = input.type == .float32 && weights.type == .float32
        if float {
            try context.expectType(input, [.float32], what: "input")
            try context.expectType(weights, [.float32], what: "weights")
        }
        guard outputShape.type == .int32 else {
            throw context.error(.unsupported, "unsupported output shape type \(outputShape.type) (supported: int32)", tensor: outputShape)
        }
        guard outputShape.rank == 1, outputShape.shape[0] == 4 else {
            throw context.error(.shapeMismatch, "output shape must be a 1-D tensor of 4 values, got shape \(outputShape.shape)", tensor: outputShape)
        }
        guard input.rank == 4, weights.rank == 4 else {
            throw context.error(.shapeMismatch, "needs 4-D input and weights, got \(input.shape) and \(weights.shape)")
        }
        let p = parameters
        guard p.strideWidth > 0, p.strideHeight > 0 else {
            throw context.error(.invalidArgument, "strides must be positive")
        }
        guard p.activation.floatRange != nil else {
            throw context.error(.unsupported, "unsupported fused activation \(p.activation)")
        }
        guard weights.shape.allSatisfy({ $0 > 0 }), input.shape[1...].allSatisfy({ $0 > 0 }) else {
            throw context.error(.shapeMismatch, "weights \(weights.shape) and input \(input.shape) need positive sizes")
        }
        guard input.shape[3] == weights.shape[3] else {
            throw context.error(.shapeMismatch, "input has \(input.shape[3]) channels but the weights expect \(weights.shape[3])")
        }
        if float, let bias = context.optionalInput(3) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.elementCount == weights.shape[0] else {
                throw context.error(.shapeMismatch, "bias has \(bias.elementCount) elements for \(weights.shape[0]) output channels", tensor: bias)
            }
        }
        if float {
            output.type = .float32
        } else if input.type == .float32 {
            let path = TransposeConvHybrid(parameters)
            try path.prepare(context)
            hybrid = path
        }
        if outputShape.hasKnownValue {
            try context.resizeOutput(output, to: try checkedOutputShape(context))
        } else {
            output.isDynamic = true
        }
        if input.type != .float32 {
            let path = TransposeConvQuantized(parameters)
            try path.prepare(context, outputCount: outputShape.hasKnownValue ? output.elementCount : nil)
            quantized = path
        }
    }

    /// Reads the output shape, checks it against the input and weights, and computes padding.
    private func checkedOutputShape(_ context: KernelContext) throws(SwiftLiteError) -> [Int] {
        let shapeTensor = try context.input(0)
        let weights = try context.input(1)
        let input = try context.input(2)
        let values = shapeTensor.buffer(of: Int32.self)
        guard values.count == 4 else {
            throw context.error(.shapeMismatch, "output shape needs 4 values", tensor: shapeTensor)
        }
        let shape = values.map(Int.init)
        guard shape[0] == input.shape[0], shape[1] > 0, shape[2] > 0, shape[3] == weights.shape[0] else {
            throw context.error(.shapeMismatch, "output shape \(shape) does not fit input \(input.shape) and weights \(weights.shape)", tensor: shapeTensor)
        }
        let p = parameters
        let (filterHeight, filterWidth) = (weights.shape[1], weights.shape[2])
        let inHeight = p.padding.outputSize(input: shape[1], filter: filterHeight, stride: p.strideHeight, dilation: 1)
        let inWidth = p.padding.outputSize(input: shape[2], filter: filterWidth, stride: p.strideWidth, dilation: 1)
        guard inHeight == input.shape[1], inWidth == input.shape[2] else {
            throw context.error(.shapeMismatch, "output shape \(shape) with \(p.padding) padding and strides (\(p.strideHeight), \(p.strideWidth)) corresponds to a \(inHeight)x\(inWidth) input, not \(input.shape[1])x\(input.shape[2])")
        }
        padTop = p.padding.padding(input: shape[1], filter: filterHeight, stride: p.strideHeight, dilation: 1, output: inHeight).before
        padLeft = p.padding.padding(input: shape[2], filter: filterWidth, stride: p.strideWidth, dilation: 1, output: inWidth).before
        return shape
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let outputSlot = try context.output(0)
        if outputSlot.isDynamic { try context.resizeOutput(outputSlot, to: try checkedOutputShape(context)) }
        if let quantized { return try quantized.eval(context, padTop: padTop, padLeft: padLeft) }
        if let hybrid { return try hybrid.eval(context, padTop: padTop, padLeft: padLeft) }
        let inputSlot = try context.input(2)
        let weightsSlot = try context.input(1)
        let input = inputSlot.buffer(of: Float.self)
        let weights = weightsSlot.buffer(of: Float.self)
        let bias = context.optionalInput(3)?.buffer(of: Float.self)
        let output = outputSlot.buffer(of: Float.self)
        guard let (lower, upper) = parameters.activation.floatRange, outputSlot.rank == 4, outputSlot.shape[3] > 0 else { return }
        let (batches, inHeight, inWidth, inDepth) = (inputSlot.shape[0], inputSlot.shape[1], inputSlot.shape[2], inputSlot.shape[3])
        let (filterHeight, filterWidth) = (weightsSlot.shape[1], weightsSlot.shape[2])
        let (outHeight, outWidth, outDepth) = (outputSlot.shape[1], outputSlot.shape[2], outputSlot.shape[3])
        let (strideHeight, strideWidth) = (parameters.strideHeight, parameters.strideWidth)
        for index in output.indices { output[index] = 0 }
        for b in 0..<batches {
            for inY in 0..<inHeight {
                for inX in 0..<inWidth {
                    for ic in 0..<inDepth {
                        let value = input[((b * inHeight + inY) * inWidth + inX) * inDepth + ic]
                        let outYOrigin = inY * strideHeight - padTop
                        let outXOrigin = inX * strideWidth - padLeft
                        for ky in 0..<filterHeight {
                            let outY = outYOrigin + ky
                            guard outY >= 0, outY < outHeight else { continue }
                            for kx in 0..<filterWidth {
                                let outX = outXOrigin + kx
                                guard outX >= 0, outX < outWidth else { continue }
                                let outBase = ((b * outHeight + outY) * outWidth + outX) * outDepth
                                for oc in 0..<outDepth {
                                    let weight = weights[((oc * filterHeight + ky) * filterWidth + kx) * inDepth + ic]
                                    output[outBase + oc] += value * weight
                                }
                            }
                        }
                    }
                }
            }
        }
        let count = output.count
        var index = 0
        while index < count {
            for oc in 0..<outDepth {
                let biased = output[index + oc] + (bias.map { $0[oc] } ?? 0)
                output[index + oc] = min(max(biased, lower), upper)
            }
            index += outDepth
        }
    }
}
