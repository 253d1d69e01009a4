import SwiftLiteCore

/// CONCATENATION (versions 1-7): joins tensors of the same type and rank along `axis`
/// (negative counts from the end); every other dimension must agree. Scalars are joined into a
/// vector (axis 0). Any fixed-size type is copied unchanged; for float32 a fused activation
/// (RELU, RELU_N1_TO_1, RELU6, TANH) is applied to the result. TFLite's own kernel refuses fused
/// activations; SwiftLite accepts them for float32 as the schema allows them.
///
/// Quantized inputs follow TFLite (see `ConcatenationRequantization`): uint8 inputs quantized
/// unlike the output are requantized to its scale, int8 inputs must share the output's
/// quantization, int16 values are copied (zero points 0).
public final class ConcatenationKernel: OpKernel {
    let axis: Int
    let activation: FusedActivation
    private var outer = 0
    private var chunkBytes: [Int] = []
    private var requantization: ConcatenationRequantization?

    /// A kernel joining along `axis` and applying `activation` to float32 results.
    public init(axis: Int, activation: FusedActivation = .none) {
        self.axis = axis
        self.activation = activation
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        guard !context.inputs.isEmpty else { throw context.error(.invalidArgument, "needs at least one input") }
        try context.expectCounts(inputs: 1...Int.max, outputs: 1...1)
        let first = try context.input(0)
        let output = try context.output(0)
        let size = try DataMovement.elementSize(context, first)
        if activation != .none {
            guard first.type == .float32 else {
                throw context.error(.unsupported, "a fused activation needs float32 inputs, they are \(first.type)")
            }
            guard activation != .signBit else { throw context.error(.unsupported, "unsupported fused activation \(activation)") }
        }
        let rank = first.rank
        let scalars = rank == 0
        let normalized: Int
        if scalars {
            guard axis == 0 || axis == -1 else {
                throw context.error(.invalidArgument, "axis \(axis) is out of range for scalar inputs")
            }
            normalized = 0
        } else {
            guard let value = ShapeMath.axis(axis, rank: rank) else {
                throw context.error(.invalidArgument, "axis \(axis) is out of range for rank \(rank)")
            }
            normalized = value
        }
        var axisTotal = 0
        chunkBytes = []
        for index in context.inputs.indices {
            let input = try context.input(index)
            guard input.type == first.type else {
                throw context.error(.typeMismatch, "input \(index) is \(input.type), input 0 is \(first.type)", tensor: input)
            }
            guard input.rank == rank else {
                throw context.error(.shapeMismatch, "input \(index) has rank \(input.rank), input 0 has rank \(rank)", tensor: input)
            }
            if scalars {
                axisTotal += 1
                chunkBytes.append(size)
                continue
            }
            for dimension in 0..<rank where dimension != normalized && input.shape[dimension] != first.shape[dimension] {
                throw context.error(.shapeMismatch, "input \(index) has shape \(input.shape), which does not match \(first.shape) outside axis \(normalized)", tensor: input)
            }
            axisTotal += input.shape[normalized]
            chunkBytes.append(input.shape[normalized...].reduce(1, *) * size)
        }
        output.type = first.type
        output.inheritQuantization(from: first)
        requantization = try ConcatenationRequantization.make(context, output: output)
        var shape = first.shape
        if scalars {
            shape = [axisTotal]
            outer = 1
        } else {
            shape[normalized] = axisTotal
            outer = first.shape[..<normalized].reduce(1, *)
        }
        try context.resizeOutput(output, to: shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let output = try context.output(0)
        guard var destination = output.data else { return }
        for row in 0..<outer {
            for (index, bytes) in chunkBytes.enumerated() where bytes > 0 {
                guard let source = context.inputs[index]?.data else { continue }
                if let requantization {
                    requantization.requantize(index, from: source + row * bytes, to: destination, count: bytes)
                } else {
                    destination.copyMemory(from: source + row * bytes, byteCount: bytes)
                }
                destination += bytes
            }
        }
        if activation != .none {
            let values = output.buffer(of: Float.self)
            for index in values.indices { values[index] = activation.apply(values[index]) }
        }
    }
}
