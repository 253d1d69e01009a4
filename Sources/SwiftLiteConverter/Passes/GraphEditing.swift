import SwiftLiteSchema

/// Helpers the graph passes share: who reads what, which tensors are endpoints, constant
/// contents, and rewiring an operator's result onto another tensor.
extension Graph {
    /// The tensors that are model outputs.
    var outputTensorSet: Set<TensorID> { Set(outputs.map(\.tensor)) }

    /// The tensors that are model inputs.
    var inputTensorSet: Set<TensorID> { Set(inputs.map(\.tensor)) }

    /// How many operator inputs read each tensor (a tensor read twice by one operator counts twice).
    func readCounts() -> [TensorID: Int] {
        var counts: [TensorID: Int] = [:]
        for op in operators {
            for case let input? in op.inputs { counts[input, default: 0] += 1 }
        }
        return counts
    }

    /// Removes the operators at `indices`, keeping the order of the others.
    mutating func removeOperators(at indices: Set<Int>) {
        guard !indices.isEmpty else { return }
        operators = operators.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
    }

    /// The float32 constant contents of `id`, or nil when it is not a plain float32 constant.
    func plainFloatConstant(_ id: TensorID?) -> [Float]? {
        guard let id, id.index < tensors.count else { return nil }
        let tensor = self[id]
        guard tensor.quantization == nil || (tensor.quantization?.scale ?? []).isEmpty, !tensor.isVariable,
              tensor.type == .float32, let data = tensor.data else { return nil }
        guard 1.littleEndian == 1 else { return tensor.floatValues }
        let count = data.count / 4
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[0..<(count * 4)]))
            }
            initialized = count
        }
    }

    /// True when `id` is a constant whose every element equals `value` (float32 or int32).
    func isConstant(_ id: TensorID?, allEqualTo value: Float) -> Bool {
        guard let id, id.index < tensors.count else { return false }
        let tensor = self[id]
        guard tensor.isConstant, !tensor.isVariable, (tensor.quantization?.scale ?? []).isEmpty else { return false }
        if let floats = tensor.floatValues { return !floats.isEmpty && floats.allSatisfy { $0 == value } }
        if let ints = tensor.int32Values { return !ints.isEmpty && ints.allSatisfy { Float($0) == value } }
        return false
    }

    /// Removes operator `index`, whose result `output` equals its input `input`, rewiring readers
    /// of `output` to `input`. When `output` is a model output, the operator producing `input`
    /// writes `output` instead (keeping the model output's name), provided `input` is read by
    /// nothing else and is no endpoint. Returns false (and changes nothing) when neither is possible.
    mutating func bypass(operator index: Int, output: TensorID, input: TensorID, producers: [TensorID: Int], reads: [TensorID: Int]) -> Bool {
        let modelOutputs = outputTensorSet
        if !modelOutputs.contains(output) {
            replaceUses(of: output, with: input)
            return true
        }
        return redirect(producerOf: input, to: output, skipping: index, producers: producers, reads: reads)
    }

    /// Makes the operator producing `source` write `target` instead, when `source` is read only
    /// once (by the operator being removed), is no model endpoint and has `target`'s type and shape.
    mutating func redirect(producerOf source: TensorID, to target: TensorID, skipping index: Int, producers: [TensorID: Int], reads: [TensorID: Int]) -> Bool {
        guard let producer = producers[source], producer != index, (reads[source] ?? 0) == 1,
              !outputTensorSet.contains(source), !inputTensorSet.contains(source),
              self[source].type == self[target].type, self[source].shape == self[target].shape,
              let slot = operators[producer].outputs.firstIndex(of: source) else { return false }
        operators[producer].outputs[slot] = target
        return true
    }
}

extension BuiltinOptions {
    /// The fused activation of options that have one.
    var fusedActivation: ActivationFunctionType? {
        switch self {
        case .conv2DOptions(let o): o.fusedActivationFunction
        case .depthwiseConv2DOptions(let o): o.fusedActivationFunction
        case .fullyConnectedOptions(let o): o.fusedActivationFunction
        case .transposeConvOptions(let o): o.fusedActivationFunction
        case .addOptions(let o): o.fusedActivationFunction
        case .subOptions(let o): o.fusedActivationFunction
        case .mulOptions(let o): o.fusedActivationFunction
        case .divOptions(let o): o.fusedActivationFunction
        case .concatenationOptions(let o): o.fusedActivationFunction
        case .pool2DOptions(let o): o.fusedActivationFunction
        default: nil
        }
    }

    /// These options with the fused activation set to `activation` (nil for options without one).
    func withFusedActivation(_ activation: ActivationFunctionType) -> BuiltinOptions? {
        switch self {
        case .conv2DOptions(var o): o.fusedActivationFunction = activation; return .conv2DOptions(o)
        case .depthwiseConv2DOptions(var o): o.fusedActivationFunction = activation; return .depthwiseConv2DOptions(o)
        case .fullyConnectedOptions(var o): o.fusedActivationFunction = activation; return .fullyConnectedOptions(o)
        case .transposeConvOptions(var o): o.fusedActivationFunction = activation; return .transposeConvOptions(o)
        case .addOptions(var o): o.fusedActivationFunction = activation; return .addOptions(o)
        case .subOptions(var o): o.fusedActivationFunction = activation; return .subOptions(o)
        case .mulOptions(var o): o.fusedActivationFunction = activation; return .mulOptions(o)
        case .divOptions(var o): o.fusedActivationFunction = activation; return .divOptions(o)
        case .concatenationOptions(var o): o.fusedActivationFunction = activation; return .concatenationOptions(o)
        case .pool2DOptions(var o): o.fusedActivationFunction = activation; return .pool2DOptions(o)
        default: return nil
        }
    }
}

extension GraphOperator {
    /// The fused activation; `.none` for operators without options or without the field.
    var fusedActivation: ActivationFunctionType { options?.fusedActivation ?? .none }
}
