import SwiftLiteCore

/// Runs one signature of a model: named inputs and outputs of one subgraph (TFLite's
/// `SignatureRunner`).
///
/// ```swift
/// let runner = try interpreter.signatureRunner(with: "serving_default")
/// try runner.allocateTensors()
/// try runner.copy(values, toInputNamed: "x")
/// try runner.invoke()
/// let y = try runner.output(named: "output_0")
/// ```
public final class SignatureRunner {
    /// The signature key.
    public let key: String
    /// Input names, in file order.
    public let inputNames: [String]
    /// Output names, in file order.
    public let outputNames: [String]
    let definition: SignatureDefinition
    let subgraph: RuntimeSubgraph
    private let interpreter: Interpreter  // keeps the engine alive

    init(definition: SignatureDefinition, interpreter: Interpreter) throws(SwiftLiteError) {
        guard definition.subgraph < interpreter.engine.subgraphs.count else {
            throw SwiftLiteError(.invalidModel, "signature `\(definition.key)` refers to missing subgraph \(definition.subgraph)")
        }
        key = definition.key
        inputNames = definition.inputs.map(\.name)
        outputNames = definition.outputs.map(\.name)
        self.definition = definition
        self.subgraph = interpreter.engine.subgraphs[definition.subgraph]
        self.interpreter = interpreter
    }

    /// The slot of input `name`.
    func inputSlot(_ name: String) throws(SwiftLiteError) -> TensorSlot {
        guard let entry = definition.inputs.first(where: { $0.name == name }) else {
            throw SwiftLiteError(.invalidArgument, "signature `\(key)` has no input `\(name)` (inputs: \(inputNames.joined(separator: ", ")))")
        }
        return subgraph.slots[entry.tensor]
    }

    func outputSlot(_ name: String) throws(SwiftLiteError) -> TensorSlot {
        guard let entry = definition.outputs.first(where: { $0.name == name }) else {
            throw SwiftLiteError(.invalidArgument, "signature `\(key)` has no output `\(name)` (outputs: \(outputNames.joined(separator: ", ")))")
        }
        return subgraph.slots[entry.tensor]
    }

    /// Resizes input `name`; call ``allocateTensors()`` afterwards.
    public func resizeInput(named name: String, to shape: Tensor.Shape) throws(SwiftLiteError) {
        let slot = try inputSlot(name)
        guard let position = subgraph.definition.inputs.firstIndex(of: slot.index) else {
            throw SwiftLiteError(.invalidModel, "signature input `\(name)` is not an input of its subgraph")
        }
        try subgraph.resizeInput(position, to: shape.dimensions)
    }

    /// Prepares the signature's subgraph.
    public func allocateTensors() throws(SwiftLiteError) {
        try subgraph.prepare()
    }

    /// Copies raw bytes into input `name`.
    public func copy(_ bytes: UnsafeRawBufferPointer, toInputNamed name: String) throws(SwiftLiteError) {
        let slot = try inputSlot(name)
        try subgraph.prepareIfNeeded()
        guard bytes.count == slot.byteCount else {
            throw SwiftLiteError(.invalidArgument, "input `\(name)` \(slot.type)\(slot.shape) needs \(slot.byteCount) bytes, got \(bytes.count)")
        }
        slot.rawBuffer.copyMemory(from: bytes)
    }

    /// Copies typed values into input `name`.
    public func copy<T>(_ values: [T], toInputNamed name: String) throws(SwiftLiteError) {
        let slot = try inputSlot(name)
        try subgraph.prepareIfNeeded()
        guard values.count * MemoryLayout<T>.stride == slot.byteCount else {
            throw SwiftLiteError(.invalidArgument, "input `\(name)` \(slot.type)\(slot.shape) needs \(slot.byteCount) bytes, got \(values.count) values of \(T.self)")
        }
        values.withUnsafeBytes { slot.rawBuffer.copyMemory(from: $0) }
    }

    /// Runs the signature.
    public func invoke() throws(SwiftLiteError) {
        try subgraph.invoke()
    }

    /// A snapshot of input `name`.
    public func input(named name: String) throws(SwiftLiteError) -> Tensor {
        Tensor(try inputSlot(name))
    }

    /// A snapshot of output `name`.
    public func output(named name: String) throws(SwiftLiteError) -> Tensor {
        Tensor(try outputSlot(name))
    }
}

extension Interpreter {
    /// The model's signature keys.
    public var signatureKeys: [String] { model.signatureKeys }

    /// A runner for the signature `key`.
    public func signatureRunner(with key: String) throws(SwiftLiteError) -> SignatureRunner {
        guard let definition = model.signatures.first(where: { $0.key == key }) else {
            throw SwiftLiteError(.invalidArgument, "no signature `\(key)` (the model has: \(signatureKeys.joined(separator: ", ")))")
        }
        return try SignatureRunner(definition: definition, interpreter: self)
    }
}
