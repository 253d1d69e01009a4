import SwiftLiteSchema

/// The version of each operator: the minimum TFLite kernel version that supports what the
/// operator uses (its types, options, ranks and quantization), following the rules TFLite's own
/// converter applies (tools/versioning). Operators without rules are version 1.
public enum OpVersioning {
    /// The minimum version for `signature` (custom operators are always 1).
    public static func version(of signature: OpSignature) -> Int32 {
        let s = signature
        switch s.opcode {
        case .conv2d: return conv2d(s)
        case .depthwiseConv2d: return depthwiseConv2d(s)
        case .fullyConnected: return fullyConnected(s)
        case .transposeConv: return transposeConv(s)
        case .add: return add(s)
        case .sub: return sub(s)
        case .mul: return mul(s)
        case .div: return needsWideBroadcast(s) ? 2 : 1
        case .maximum, .minimum:
            if s.isInt16ToInt16 { return 4 }
            if needsWideBroadcast(s) { return 3 }
            return s.input0Is(.int8) ? 2 : 1
        case .unidirectionalSequenceLstm, .lstm, .unidirectionalSequenceRnn, .rnn,
             .bidirectionalSequenceLstm, .bidirectionalSequenceRnn, .svdf:
            return recurrent(s)
        default:
            return dataMovementVersion(s) ?? elementwiseVersion(s) ?? 1
        }
    }

    // MARK: Convolutions and matrix products

    private static func conv2d(_ s: OpSignature) -> Int32 {
        let options: Conv2DOptions? = if case .conv2DOptions(let o)? = s.options { o } else { nil }
        let (input, filter, output) = (s.inputType(0), s.inputType(1), s.outputType(0))
        if input == .int16, filter == .int8, output == .int16, (options?.quantizedBiasType.rawValue ?? 0) != 0 { return 8 }
        if let x = s.input(0), let w = s.input(1), x.rank == 4, w.rank == 4, x.shape[3] != w.shape[3] { return 6 }
        if input == .int16, filter == .int16, output == .int16 { return 4 }
        if input == .int8, filter == .int8, output == .int8 { return 3 }
        if input == .int8, filter == .int4, output == .int8 { return 7 }
        if input == .float32, filter == .int8, output == .float32 {
            return perChannel(s.input(1), channels: s.input(1)?.shape.first) ? 5 : 2
        }
        return 1
    }

    private static func depthwiseConv2d(_ s: OpSignature) -> Int32 {
        let (input, filter, output) = (s.inputType(0), s.inputType(1), s.outputType(0))
        if input == .int16, filter == .int16, output == .int16 { return 5 }
        if input == .float32, filter == .int8, output == .float32 {
            return perChannel(s.input(1), channels: s.input(1)?.shape.last) ? 6 : 4
        }
        if input == .int8, filter == .int8, output == .int8 { return 3 }
        if input == .int8, filter == .int4, output == .int8 { return 7 }
        if case .depthwiseConv2DOptions(let o)? = s.options, o.dilationWFactor != 1 || o.dilationHFactor != 1 { return 2 }
        return 1
    }

    private static func fullyConnected(_ s: OpSignature) -> Int32 {
        let options: FullyConnectedOptions = if case .fullyConnectedOptions(let o)? = s.options { o } else { FullyConnectedOptions() }
        let (input, weights, output) = (s.inputType(0), s.inputType(1), s.outputType(0))
        let weightsPerChannel = s.input(1).map { w in
            guard let scales = w.quantization?.scale, !scales.isEmpty, let rows = w.shape.first else { return false }
            return scales.count == rows
        } ?? false
        if weights == .int2 { return 14 }
        if input == .int16, weights == .int4, output == .int16 { return 13 }
        if input == .float32, weights == .int8, output == .float32, weightsPerChannel { return 12 }
        if input == .int16, weights == .int8, output == .int16, options.quantizedBiasType.rawValue != 0 { return 11 }
        if input == .int16, weights == .int16, output == .int16 { return 7 }
        if s.inputs.count == 2 { return 6 }
        if options.keepNumDims { return 5 }
        if input == .int8, weights == .int8, output == .int8 { return 4 }
        if input == .int8, weights == .int4, output == .int8 { return 10 }
        if input == .float32, weights == .int8, output == .float32 {
            return options.asymmetricQuantizeInputs ? 9 : 3
        }
        if options.weightsFormat == .shuffled4x16int8 { return 2 }
        return 1
    }

    private static func transposeConv(_ s: OpSignature) -> Int32 {
        let options: TransposeConvOptions? = if case .transposeConvOptions(let o)? = s.options { o } else { nil }
        // Inputs: output shape, filter, input, optional bias.
        if s.inputType(0) == .int16, s.inputType(1) == .int8, s.outputType(0) == .int16,
           (options?.quantizedBiasType.rawValue ?? 0) != 0 { return 5 }
        if let options, options.fusedActivationFunction != .none { return 4 }
        if s.inputs.count == 4, s.inputs[3] != nil { return 3 }
        return s.inputType(1) == .int8 ? 2 : 1
    }

    private static func recurrent(_ s: OpSignature) -> Int32 {
        let floatHybrid = s.inputType(1) == .int8 && s.outputType(0) == .float32
        switch s.opcode {
        case .unidirectionalSequenceLstm:
            let options: UnidirectionalSequenceLSTMOptions? = if case .unidirectionalSequenceLSTMOptions(let o)? = s.options { o } else { nil }
            if s.inputType(0) == .int16, s.inputType(2) == .int8, s.outputType(0) == .int16 { return 5 }
            if options?.diagonalRecurrentTensors == true { return 4 }
            if s.inputType(0) == .float32, s.inputType(2) == .int8, s.outputType(0) == .float32 {
                return options?.asymmetricQuantizeInputs == true ? 3 : 2
            }
            return 1
        case .lstm:
            let options: LSTMOptions = if case .lstmOptions(let o)? = s.options { o } else { LSTMOptions() }
            let full = options.kernelType == .full
            if full, s.inputType(0) == .int16, s.inputType(2) == .int8, s.outputType(0) == .int16 { return 5 }
            if full, s.inputType(0) == .float32, s.inputType(2) == .int8, s.outputType(0) == .float32 {
                return options.asymmetricQuantizeInputs ? 4 : 3
            }
            return options.kernelType == .basic ? 2 : 1
        case .svdf:
            if s.input0Is(.int8) { return 3 }
            if s.inputType(0) == .float32, s.inputType(1) == .int8, s.outputType(0) == .float32 {
                if case .svdfOptions(let o)? = s.options, o.asymmetricQuantizeInputs { return 4 }
                return 2
            }
            return 1
        default:
            guard floatHybrid else { return 1 }
            let asymmetric: Bool =
                switch s.options {
                case .rnnOptions(let o)?: o.asymmetricQuantizeInputs
                case .sequenceRNNOptions(let o)?: o.asymmetricQuantizeInputs
                case .bidirectionalSequenceRNNOptions(let o)?: o.asymmetricQuantizeInputs
                case .bidirectionalSequenceLSTMOptions(let o)?: o.asymmetricQuantizeInputs
                default: false
                }
            return asymmetric ? 3 : 2
        }
    }

    // MARK: Binary arithmetic

    private static func add(_ s: OpSignature) -> Int32 {
        let t = s.inputType(0)
        if t == .float16 { return 6 }
        if t == .int16, !(s.input(0)?.isQuantized ?? false) { return 5 }
        if t == .int64 { return 4 }
        if s.isInt16ToInt16, case .addOptions(let o)? = s.options, !o.potScaleInt16 { return 3 }
        return t == .int8 ? 2 : 1
    }

    private static func sub(_ s: OpSignature) -> Int32 {
        if s.isInt16ToInt16, case .subOptions(let o)? = s.options, !o.potScaleInt16 { return 5 }
        if s.input0Is(.int64) { return 4 }
        if needsWideBroadcast(s) { return 3 }
        return s.input0Is(.int8) ? 2 : 1
    }

    private static func mul(_ s: OpSignature) -> Int32 {
        let t = s.inputType(0)
        let quantizedInput = (s.input(0)?.isQuantized ?? false) || (s.input(1)?.isQuantized ?? false)
        if t == .float16 { return 8 }
        if (t == .int16 && !quantizedInput) || t == .uint32 { return 7 }
        if t == .complex64 { return 6 }
        if t == .int64 { return 5 }
        if t == .int16 { return 4 }
        if let a = s.input(0)?.quantization?.scale?.first, let b = s.input(1)?.quantization?.scale?.first,
           let c = s.outputs.first?.quantization?.scale?.first, a != 0, b != 0, c != 0, a * b / c >= 1 {
            return 3
        }
        return t == .int8 ? 2 : 1
    }

    /// True when the two inputs differ in shape and some input has more than four dimensions
    /// (the broadcasting kernels for rank 5+ came later).
    private static func needsWideBroadcast(_ s: OpSignature) -> Bool {
        guard s.inputs.count >= 2 else { return false }
        let differ = s.inputs[0]?.shape != s.inputs[1]?.shape
        let maxRank = s.inputs.map { $0?.rank ?? 0 }.max() ?? 0
        return differ && maxRank > 4
    }

    /// True when a tensor is quantized with one scale per channel of a dimension of size `channels`.
    private static func perChannel(_ spec: OpSignature.TensorSpec?, channels: Int?) -> Bool {
        guard let spec, let channels, channels > 0, let scales = spec.quantization?.scale else { return false }
        return scales.count == channels
    }
}

extension OpSignature {
    /// True when input 0 has type `type`.
    func input0Is(_ type: TensorType) -> Bool { inputType(0) == type }
    /// True when input 0 and output 0 are both int16.
    var isInt16ToInt16: Bool { inputType(0) == .int16 && outputType(0) == .int16 }
    /// True when input `index` is one of the 8-bit float types.
    func isFloat8(_ index: Int) -> Bool {
        let t = inputType(index)
        return t == .float8E4m3fn || t == .float8E5m2
    }
}
