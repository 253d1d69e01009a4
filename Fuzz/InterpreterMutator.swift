// A structure-aware mutator for the interpreter fuzzer (LLVMFuzzerCustomMutator).
//
// Flipping bytes of a FlatBuffer mostly breaks it or changes a number in place; it seldom gives
// a tensor another rank, a constant a value that is a valid axis but a wrong one, or an operator
// another operator's inputs. Half of the mutations here decode the input as a model (schema
// object API), change one thing the way a hostile or broken converter might, and serialize it
// again; the other half (and any input that is not a loadable model) go to libFuzzer's own
// byte-level mutator.
//
// Structural mutations (one per call):
//   - a tensor dimension set to an interesting value (0, 1, +-1, large), or a dimension added or
//     removed (the shape signature is dropped, a constant's data resized to match);
//   - a tensor's type changed (constant data resized);
//   - an element of a constant set to an interesting value (0, +-1, a small index, extremes,
//     NaN and infinities);
//   - an operator given another operator code (existing, or a new random builtin);
//   - an operator input or output rewired to another tensor (or an input omitted, -1), or an
//     input added or dropped;
//   - an operator's options replaced by another operator's (or removed);
//   - a tensor marked variable or not.

import SwiftLiteSchema

#if canImport(Glibc)
import Glibc
#endif

@_silgen_name("LLVMFuzzerMutate")
func libFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 ^ 0xD1B5_4A32_D192_ED03
    if next(&state) % 2 == 0 {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        if let file = try? ModelFile(bytes: bytes) {
            var model = file.makeEditableModel()
            for _ in 0..<(1 + Int(next(&state) % 3)) { mutateStructure(&model, &state) }
            if let written = try? ModelWriter().serialize(model), written.count <= maxSize {
                written.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: written.count) }
                return written.count
            }
        }
    }
    return libFuzzerMutate(data, size, maxSize)
}

/// Applies one structural mutation to `model` (nothing when the chosen part does not exist).
func mutateStructure(_ model: inout SwiftLiteSchema.Model, _ state: inout UInt64) {
    guard var subgraphs = model.subgraphs, !subgraphs.isEmpty else { return }
    let graphIndex = pick(subgraphs.count, &state)
    var graph = subgraphs[graphIndex]
    var tensors = graph.tensors ?? []
    var operators = graph.operators ?? []
    var buffers = model.buffers ?? []
    switch next(&state) % 9 {
    case 0, 1:  // a dimension
        guard !tensors.isEmpty else { return }
        let t = pick(tensors.count, &state)
        var shape = tensors[t].shape ?? []
        if shape.isEmpty || next(&state) % 4 == 0 {
            if next(&state) % 2 == 0 || shape.isEmpty {
                shape.insert(Int32(clamping: interestingDimension(1, &state)), at: pick(shape.count + 1, &state))
            } else {
                shape.remove(at: pick(shape.count, &state))
            }
        } else {
            let axis = pick(shape.count, &state)
            shape[axis] = Int32(clamping: interestingDimension(Int(shape[axis]), &state))
        }
        tensors[t].shape = shape
        tensors[t].shapeSignature = nil
        resizeConstant(&tensors[t], &buffers, &state)
    case 2:  // a type
        guard !tensors.isEmpty else { return }
        let t = pick(tensors.count, &state)
        let types: [TensorType] = [.float32, .int32, .int64, .int8, .uint8, .int16, .bool, .float16, .float64, .string]
        tensors[t].type = types[pick(types.count, &state)]
        resizeConstant(&tensors[t], &buffers, &state)
    case 3, 4:  // a constant value
        let constants = tensors.indices.filter { index in
            let buffer = Int(tensors[index].buffer)
            return buffer > 0 && buffer < buffers.count && !(buffers[buffer].data ?? []).isEmpty
        }
        guard !constants.isEmpty else { return }
        let t = constants[pick(constants.count, &state)]
        let buffer = Int(tensors[t].buffer)
        var bytes = buffers[buffer].data ?? []
        setInterestingElement(&bytes, type: tensors[t].type, &state)
        buffers[buffer].data = bytes
    case 5:  // an operator code
        guard !operators.isEmpty else { return }
        let o = pick(operators.count, &state)
        var codes = model.operatorCodes ?? []
        if next(&state) % 2 == 0, !codes.isEmpty {
            operators[o].opcodeIndex = UInt32(pick(codes.count, &state))
        } else {
            var code = OperatorCode()
            let raw = Int32(pick(162, &state))
            code.builtinCode = BuiltinOperator(rawValue: raw)
            code.deprecatedBuiltinCode = Int8(clamping: raw)
            code.version = Int32(1 + pick(3, &state))
            codes.append(code)
            model.operatorCodes = codes
            operators[o].opcodeIndex = UInt32(codes.count - 1)
        }
    case 6:  // wiring
        guard !operators.isEmpty, !tensors.isEmpty else { return }
        let o = pick(operators.count, &state)
        var inputs = operators[o].inputs ?? []
        switch next(&state) % 4 {
        case 0 where !inputs.isEmpty:
            inputs[pick(inputs.count, &state)] = next(&state) % 4 == 0 ? -1 : Int32(pick(tensors.count, &state))
        case 1:
            inputs.append(Int32(pick(tensors.count, &state)))
        case 2 where !inputs.isEmpty:
            inputs.remove(at: pick(inputs.count, &state))
        default:
            var outputs = operators[o].outputs ?? []
            if !outputs.isEmpty { outputs[pick(outputs.count, &state)] = Int32(pick(tensors.count, &state)) }
            operators[o].outputs = outputs
        }
        operators[o].inputs = inputs
    case 7:  // options
        guard !operators.isEmpty else { return }
        let o = pick(operators.count, &state)
        let donor = pick(operators.count, &state)
        operators[o].builtinOptions = next(&state) % 4 == 0 ? nil : operators[donor].builtinOptions
    default:  // variable flag
        guard !tensors.isEmpty else { return }
        let t = pick(tensors.count, &state)
        tensors[t].isVariable.toggle()
    }
    graph.tensors = tensors
    graph.operators = operators
    subgraphs[graphIndex] = graph
    model.subgraphs = subgraphs
    model.buffers = buffers
}

/// A random index in `0..<count` (count > 0).
func pick(_ count: Int, _ state: inout UInt64) -> Int {
    Int(next(&state) % UInt64(count))
}

/// A dimension near `current` or at an edge.
func interestingDimension(_ current: Int, _ state: inout UInt64) -> Int {
    let candidates = [0, 1, 2, 3, current + 1, max(0, current - 1), current * 2, 7, 64, 1000, 65536, Int(Int32.max)]
    return candidates[pick(candidates.count, &state)]
}

/// Gives a constant tensor data of the size its (new) shape and type need, so that the loader
/// still accepts it; very large sizes leave it as it is (the loader then rejects the model).
func resizeConstant(_ tensor: inout SwiftLiteSchema.Tensor, _ buffers: inout [Buffer], _ state: inout UInt64) {
    let index = Int(tensor.buffer)
    guard index > 0, index < buffers.count, let data = buffers[index].data, !data.isEmpty else { return }
    guard let elements = ShapeArithmetic.elementCount(tensor.shape ?? []),
          let bytes = tensor.type.byteCount(elements: elements), bytes > 0, bytes <= 1 << 16 else { return }
    var resized = Array(data.prefix(bytes))
    while resized.count < bytes { resized.append(UInt8(truncatingIfNeeded: next(&state) % 4)) }
    buffers[index].data = resized
}

/// Sets one element of constant `bytes` of `type` to an edge value.
func setInterestingElement(_ bytes: inout [UInt8], type: TensorType, _ state: inout UInt64) {
    func store<T>(_ value: T) {
        let size = MemoryLayout<T>.size
        guard bytes.count >= size else { return }
        let offset = pick(bytes.count / size, &state) * size
        withUnsafeBytes(of: value) { raw in
            for k in 0..<size { bytes[offset + k] = raw[k] }
        }
    }
    let integers: [Int64] = [0, 1, -1, 2, 3, -2, 4, 5, 127, 128, 255, 256, 32767, 65535, Int64(Int32.max),
                             Int64(Int32.min), Int64.max, Int64.min]
    let integer = integers[pick(integers.count, &state)]
    switch type {
    case .float32:
        let floats: [Float] = [0, 1, -1, 0.5, 2, -0.0, .nan, .infinity, -.infinity, 1e30, -1e30, .leastNonzeroMagnitude]
        store(floats[pick(floats.count, &state)])
    case .float64: store(Double(integer))
    case .int32: store(Int32(truncatingIfNeeded: integer))
    case .int64: store(integer)
    case .int16: store(Int16(truncatingIfNeeded: integer))
    default: store(UInt8(truncatingIfNeeded: integer))
    }
}
