import SwiftLiteCore

/// PAD and PADV2 (versions 1-6): surrounds the input with `paddings[i] = (before, after)`
/// elements along each dimension (an int32 or int64 `[rank, 2]` matrix, non-negative). The new
/// elements are PADV2's scalar `constant_values` input (of the input's type), else zero, or the
/// output's zero point for quantized tensors (uint8 always, int8/int16 when quantized), as
/// TFLite pads them; a quantized PADV2 constant must then share the output's scale and zero
/// point (its stored integer is copied). Any fixed-size type. Paddings known only when the
/// graph runs make the output dynamic.
public final class PadKernel: OpKernel {
    private var plan = IndexMapCopy()
    private var zeroPoint = [UInt8](repeating: 0, count: 8)
    private var usesZeroPoint = false

    /// A kernel (PAD with two inputs, PADV2 with three).
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...3, outputs: 1...1)
        let input = try context.input(0)
        let paddings = try context.input(1)
        let output = try context.output(0)
        _ = try DataMovement.elementSize(context, input)
        try DataMovement.expectIndexType(context, paddings, what: "paddings")
        guard paddings.rank == 2, paddings.shape[0] == input.rank, paddings.shape[1] == 2 else {
            throw context.error(.shapeMismatch, "paddings must have shape [\(input.rank), 2], it has \(paddings.shape)", tensor: paddings)
        }
        if let value = context.optionalInput(2) {
            guard value.type == input.type else {
                throw context.error(.typeMismatch, "constant_values is \(value.type), the input is \(input.type)", tensor: value)
            }
            guard value.elementCount == 1 else {
                throw context.error(.shapeMismatch, "constant_values must hold one element, it has shape \(value.shape)", tensor: value)
            }
        }
        output.type = input.type
        output.inheritQuantization(from: input)
        usesZeroPoint = false
        try choosePadValue(context, input: input, output: output)
        if paddings.hasKnownValue {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.shape)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.shape)
        }
        guard let destination = output.data else { return }
        let size = try DataMovement.elementSize(context, input)
        let source = input.data.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(destination)
        if let value = context.optionalInput(2) {
            guard let pointer = value.data else {
                throw context.error(.runtimeFailure, "constant_values has no data", tensor: value)
            }
            plan.run(from: source, to: destination, elementSize: size, padValue: pointer)
        } else if usesZeroPoint {
            zeroPoint.withUnsafeBytes { plan.run(from: source, to: destination, elementSize: size, padValue: $0.baseAddress) }
        } else {
            plan.run(from: source, to: destination, elementSize: size)
        }
    }

    /// Quantized tensors are padded with the output's zero point, or with a PADV2 constant
    /// quantized like the output.
    private func choosePadValue(_ context: KernelContext, input: TensorSlot, output: TensorSlot) throws(SwiftLiteError) {
        let quantized = input.type == .uint8 || ((input.type == .int8 || input.type == .int16) && input.quantization != nil)
        guard quantized else { return }
        let outputScale = output.quantization?.scale ?? 0
        let outputZeroPoint = output.quantization?.zeroPoint ?? 0
        if let value = context.optionalInput(2) {
            let scale = value.quantization?.scale ?? 0
            let zeroPoint = value.quantization?.zeroPoint ?? 0
            guard scale == outputScale, zeroPoint == outputZeroPoint else {
                throw context.error(.unsupported, "constant_values is quantized with scale \(scale) and zero point \(zeroPoint), the output with \(outputScale) and \(outputZeroPoint); the pad value is not rescaled", tensor: value)
            }
        } else if outputZeroPoint != 0 {
            try storeZeroPoint(context, outputZeroPoint, type: input.type)
        }
    }

    private func storeZeroPoint(_ context: KernelContext, _ value: Int64, type: ElementType) throws(SwiftLiteError) {
        zeroPoint = [UInt8](repeating: 0, count: 8)
        switch type {
        case .uint8:
            guard let v = UInt8(exactly: value) else { throw context.error(.invalidArgument, "zero point \(value) does not fit uint8") }
            zeroPoint[0] = v
        case .int8:
            guard let v = Int8(exactly: value) else { throw context.error(.invalidArgument, "zero point \(value) does not fit int8") }
            zeroPoint[0] = UInt8(bitPattern: v)
        case .int16:
            guard let v = Int16(exactly: value) else { throw context.error(.invalidArgument, "zero point \(value) does not fit int16") }
            withUnsafeBytes(of: v) { zeroPoint[0] = $0[0]; zeroPoint[1] = $0[1] }
        default:
            return
        }
        usesZeroPoint = true
    }

    private func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy {
        let input = try context.input(0)
        let pairs = try DataMovement.pairs(context, try context.input(1), count: input.rank, what: "paddings")
        var shape: [Int] = []
        for (axis, (before, after)) in pairs.enumerated() {
            guard before >= 0, after >= 0, before <= Int(Int32.max), after <= Int(Int32.max) else {
                throw context.error(.invalidArgument, "paddings must be in 0...\(Int32.max), dimension \(axis) has (\(before), \(after))")
            }
            shape.append(input.shape[axis] + before + after)
        }
        try DataMovement.checkShape(context, shape, elementSize: try DataMovement.elementSize(context, input))
        let strides = DataMovement.strides(input.shape)
        return IndexMapCopy(shape: shape) { dimension, index in
            let position = index - pairs[dimension].0
            return position >= 0 && position < input.shape[dimension] ? position * strides[dimension] : IndexMapCopy.padding
        }
    }
}
