import SwiftLiteCore

/// Runs a model (or one of its signatures) on whole arrays: matches inputs by position or name,
/// resizes resizable dimensions, checks types, and collects outputs — what `swiftlite run` does.
///
/// ```swift
/// let session = try InferenceSession(interpreter: interpreter)
/// let outputs = try session.run(inputs: [("0", image)])
/// ```
public final class InferenceSession {
    /// The interpreter.
    public let interpreter: Interpreter
    private let runner: SignatureRunner?
    private let subgraph: RuntimeSubgraph

    /// A session over the main subgraph, or over signature `signature`.
    public init(interpreter: Interpreter, signature: String? = nil) throws(SwiftLiteError) {
        self.interpreter = interpreter
        if let signature {
            let runner = try interpreter.signatureRunner(with: signature)
            self.runner = runner
            subgraph = runner.subgraph
        } else {
            runner = nil
            subgraph = interpreter.main
        }
    }

    /// Input names in order (signature names with a signature, tensor names otherwise).
    public var inputNames: [String] {
        runner?.inputNames ?? subgraph.inputSlots.map(\.name)
    }

    /// Output names in order.
    public var outputNames: [String] {
        runner?.outputNames ?? subgraph.outputSlots.map(\.name)
    }

    private var inputSlotsInOrder: [TensorSlot] {
        if let runner { return runner.definition.inputs.map { subgraph.slots[$0.tensor] } }
        return subgraph.inputSlots
    }

    private var outputSlotsInOrder: [TensorSlot] {
        if let runner { return runner.definition.outputs.map { subgraph.slots[$0.tensor] } }
        return subgraph.outputSlots
    }

    /// Runs once (or `steps` times, slicing the inputs' first axis and stacking the outputs).
    ///
    /// - Parameter inputs: `(key, array)` pairs; a key is an input position or name. Every input
    ///   must be given.
    public func run(inputs: [(String, NumpyArray)], steps: Int? = nil) throws(SwiftLiteError) -> [NumpyArray] {
        let slots = inputSlotsInOrder
        let names = inputNames
        var assigned = [NumpyArray?](repeating: nil, count: slots.count)
        for (key, array) in inputs {
            let position: Int
            if let index = Int(key), index >= 0, index < slots.count {
                position = index
            } else if let index = names.firstIndex(of: key) ?? slots.firstIndex(where: { $0.name == key }) {
                position = index
            } else {
                throw SwiftLiteError(.invalidArgument, "no input `\(key)` (inputs: \(names.enumerated().map { "\($0.offset)=\($0.element)" }.joined(separator: ", ")))")
            }
            guard assigned[position] == nil else { throw SwiftLiteError(.invalidArgument, "input \(position) given twice") }
            assigned[position] = array
        }
        for (position, array) in assigned.enumerated() where array == nil {
            throw SwiftLiteError(.invalidArgument, "input \(position) `\(names[position])` is not given (use --input \(position)=FILE.npy)")
        }
        let arrays = assigned.map { $0! }
        if let steps {
            guard steps > 0 else { throw SwiftLiteError(.invalidArgument, "steps must be positive") }
            var collected: [[NumpyArray]] = []
            for step in 0..<steps {
                let slices = try arrays.enumerated().map { (position, array) throws(SwiftLiteError) in
                    guard array.shape.first == steps else {
                        throw SwiftLiteError(.invalidArgument, "with --steps \(steps), input \(position) needs a leading axis of \(steps); it has shape \(array.shape)")
                    }
                    let size = array.data.count / steps
                    return NumpyArray(type: array.type, shape: Array(array.shape.dropFirst()),
                                      data: Array(array.data[(step * size)..<((step + 1) * size)]))
                }
                collected.append(try runOnce(slices, prepareEveryTime: step == 0))
            }
            return (0..<(collected.first?.count ?? 0)).map { output in
                let first = collected[0][output]
                return NumpyArray(type: first.type, shape: [steps] + first.shape, data: collected.flatMap { $0[output].data })
            }
        }
        return try runOnce(arrays, prepareEveryTime: true)
    }

    private func runOnce(_ arrays: [NumpyArray], prepareEveryTime: Bool) throws(SwiftLiteError) -> [NumpyArray] {
        let slots = inputSlotsInOrder
        var resized = false
        for (position, (slot, array)) in zip(slots, arrays).enumerated() {
            guard array.type == slot.type else {
                throw SwiftLiteError(.invalidArgument, "input \(position) `\(slot.name)` is \(slot.type); the file holds \(array.type)",
                                     tensor: slot.index, tensorName: slot.name)
            }
            if array.shape != slot.shape {
                try checkResizable(slot, to: array.shape, position: position)
                guard let index = subgraph.definition.inputs.firstIndex(of: slot.index) else { continue }
                try subgraph.resizeInput(index, to: array.shape)
                resized = true
            }
        }
        if resized || prepareEveryTime && !subgraph.isPrepared || resized {
            try subgraph.prepare()
        } else {
            try subgraph.prepareIfNeeded()
        }
        for (slot, array) in zip(slots, arrays) {
            array.data.withUnsafeBytes { slot.rawBuffer.copyMemory(from: $0) }
        }
        try subgraph.invoke()
        return outputSlotsInOrder.map { slot in
            NumpyArray(type: slot.type, shape: slot.shape, data: Array(UnsafeRawBufferPointer(slot.rawBuffer)))
        }
    }

    private func checkResizable(_ slot: TensorSlot, to shape: [Int], position: Int) throws(SwiftLiteError) {
        let signature = slot.shapeSignature
        guard signature.count == shape.count else {
            throw SwiftLiteError(.invalidArgument, "input \(position) `\(slot.name)` has shape \(slot.shape); the file holds \(shape)",
                                 tensor: slot.index, tensorName: slot.name)
        }
        for (axis, (fixed, wanted)) in zip(signature, shape).enumerated() where fixed != -1 && fixed != wanted {
            throw SwiftLiteError(
                .invalidArgument,
                "input \(position) `\(slot.name)` has shape \(slot.shape) (signature \(signature)); the file holds \(shape), and dimension \(axis) cannot change",
                tensor: slot.index, tensorName: slot.name)
        }
    }
}
