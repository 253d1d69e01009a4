#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SwiftLiteCore

/// Runs a model, with TensorFlowLiteSwift's lifecycle: create, `allocateTensors()`, copy inputs,
/// `invoke()`, read outputs.
///
/// ```swift
/// let interpreter = try Interpreter(modelPath: "digits.tflite")
/// try interpreter.allocateTensors()
/// try interpreter.copy(pixels, toInputAt: 0)       // [Float]
/// try interpreter.invoke()
/// let scores = try interpreter.output(at: 0).values(as: Float.self)
/// ```
///
/// An interpreter is used from one thread at a time; several interpreters may share a ``Model``.
public final class Interpreter {
    /// Interpreter settings.
    public struct Options: Sendable {
        /// Threads kernels may use (nil: one).
        public var threadCount: Int?
        /// Keep every intermediate tensor's value after `invoke()` (TFLite's
        /// `preserve_all_tensors`), for debugging; costs memory.
        public var preserveAllTensors = false
        /// Use reference kernels only (TFLite's `BUILTIN_REF`).
        public var useReferenceKernels = false
        /// Safety limits: the largest block allocated, WHILE iterations, subgraph nesting.
        /// Going past one throws `.resourceExhausted`.
        public var limits = RuntimeLimits()

        /// Default options.
        public init(threadCount: Int? = nil, preserveAllTensors: Bool = false, useReferenceKernels: Bool = false) {
            self.threadCount = threadCount
            self.preserveAllTensors = preserveAllTensors
            self.useReferenceKernels = useReferenceKernels
        }
    }

    /// The model being run.
    public let model: Model
    /// The options in force.
    public let options: Options
    let engine: ExecutionEngine
    private var isAllocated = false

    /// Loads the model at `modelPath` and builds an interpreter for it.
    public convenience init(modelPath: String, options: Options = Options(), delegates: [any Delegate] = [],
                            resolver: OpResolver? = nil) throws(SwiftLiteError) {
        try self.init(model: Model(path: modelPath), options: options, delegates: delegates, resolver: resolver)
    }

    /// Builds an interpreter for a model held in memory.
    public convenience init(modelData: Data, options: Options = Options(), delegates: [any Delegate] = [],
                            resolver: OpResolver? = nil) throws(SwiftLiteError) {
        try self.init(model: Model(bytes: modelData), options: options, delegates: delegates, resolver: resolver)
    }

    /// Builds an interpreter for a loaded (possibly shared) model. Operators are resolved here;
    /// an unsupported one is reported by ``allocateTensors()``.
    public init(model: Model, options: Options = Options(), delegates: [any Delegate] = [],
                resolver: OpResolver? = nil) throws(SwiftLiteError) {
        self.model = model
        self.options = options
        let resolver = resolver ?? (options.useReferenceKernels ? .reference : .builtin)
        engine = ExecutionEngine(threadCount: max(1, options.threadCount ?? 1),
                                 preserveAllTensors: options.preserveAllTensors, limits: options.limits)
        for definition in model.subgraphs {
            engine.subgraphs.append(try RuntimeSubgraph(definition: definition, model: model, resolver: resolver, engine: engine))
        }
        guard !engine.subgraphs.isEmpty else {
            throw SwiftLiteError(.invalidModel, "the model has no subgraphs")
        }
        // Delegates see each subgraph's execution plan after its first prepare (so nodes computed
        // once at prepare are not offered); reference mode never delegates.
        engine.delegates = options.useReferenceKernels ? [] : delegates
    }

    /// Which nodes the delegates took, known after ``allocateTensors()`` (empty with reference
    /// kernels, which never delegate).
    public var delegation: DelegationReport { DelegationReport(entries: engine.delegation) }

    var main: RuntimeSubgraph { engine.subgraphs[0] }

    // MARK: Lifecycle

    /// Prepares every operator (types, shapes, constants computed once) and plans memory.
    /// Call after creating the interpreter and after any ``resizeInput(at:to:)``.
    ///
    /// - Throws: ``SwiftLiteError`` `.unsupported` naming the operator and its version when the
    ///   model uses an operator SwiftLite cannot run; shape and type errors from the kernels.
    public func allocateTensors() throws(SwiftLiteError) {
        isAllocated = false
        try main.prepare()
        isAllocated = true
    }

    /// Runs the model on the current inputs.
    public func invoke() throws(SwiftLiteError) {
        guard isAllocated, main.isPrepared else {
            throw SwiftLiteError(.invalidState, "allocateTensors() must be called before invoke() (and after resizeInput)")
        }
        try main.invoke()
    }

    /// Changes the shape of input `index` (only dimensions the model marks resizable, -1 in its
    /// shape signature, may change). Call ``allocateTensors()`` afterwards.
    public func resizeInput(at index: Int, to shape: Tensor.Shape) throws(SwiftLiteError) {
        let slot = try inputSlot(index)
        let signature = slot.shapeSignature
        if signature.count == shape.rank {
            for (axis, (fixed, wanted)) in zip(signature, shape.dimensions).enumerated() where fixed != -1 && fixed != wanted {
                throw SwiftLiteError(
                    .invalidArgument,
                    "cannot resize input \(index) `\(slot.name)` to \(shape): dimension \(axis) is fixed at \(fixed) (shape signature \(signature))",
                    tensor: slot.index, tensorName: slot.name)
            }
        } else if !signature.isEmpty || slot.shape.count != shape.rank {
            throw SwiftLiteError(
                .invalidArgument,
                "cannot resize input \(index) `\(slot.name)` from rank \(slot.shape.count) to rank \(shape.rank)",
                tensor: slot.index, tensorName: slot.name)
        }
        let before = slot.shape
        try main.resizeInput(index, to: shape.dimensions)
        if before != shape.dimensions { isAllocated = false }
    }

    // MARK: Tensors

    /// The number of inputs.
    public var inputTensorCount: Int { main.definition.inputs.count }
    /// The number of outputs.
    public var outputTensorCount: Int { main.definition.outputs.count }
    /// The number of tensors of the main subgraph.
    public var tensorCount: Int { main.slots.count }
    /// Bytes of the activation arena of the main subgraph (after ``allocateTensors()``).
    public var arenaByteCount: Int { main.arenaSize }

    /// Input `index`.
    public func input(at index: Int) throws(SwiftLiteError) -> Tensor {
        Tensor(try inputSlot(index))
    }

    /// Output `index`.
    public func output(at index: Int) throws(SwiftLiteError) -> Tensor {
        Tensor(try outputSlot(index))
    }

    /// Any tensor of the main subgraph by index (intermediate values need
    /// ``Options/preserveAllTensors`` to survive `invoke()`).
    public func tensor(at index: Int) throws(SwiftLiteError) -> Tensor {
        guard index >= 0, index < main.slots.count else {
            throw SwiftLiteError(.invalidArgument, "tensor \(index) does not exist (the subgraph has \(main.slots.count))")
        }
        return Tensor(main.slots[index])
    }

    /// Copies `data` into input `index`; its size must equal the input's byte count.
    @discardableResult
    public func copy(_ data: Data, toInputAt index: Int) throws(SwiftLiteError) -> Tensor {
        let slot = try allocatedInput(index)
        guard data.count == slot.byteCount else {
            throw SwiftLiteError(
                .invalidArgument,
                "input \(index) `\(slot.name)` \(slot.type)\(slot.shape) needs \(slot.byteCount) bytes, got \(data.count)",
                tensor: slot.index, tensorName: slot.name)
        }
        data.withUnsafeBytes { slot.rawBuffer.copyMemory(from: $0) }
        return Tensor(slot)
    }

    /// Copies typed values into input `index`; `T` must match the input's type in size and the
    /// count its element count.
    public func copy<T>(_ values: [T], toInputAt index: Int) throws(SwiftLiteError) {
        let slot = try allocatedInput(index)
        guard let size = slot.type.byteSize, MemoryLayout<T>.stride == size, values.count == slot.elementCount else {
            throw SwiftLiteError(
                .invalidArgument,
                "input \(index) `\(slot.name)` is \(slot.type)\(slot.shape) (\(slot.elementCount) elements); got \(values.count) values of \(T.self)",
                tensor: slot.index, tensorName: slot.name)
        }
        values.withUnsafeBytes { slot.rawBuffer.copyMemory(from: $0) }
    }

    /// Gives direct access to input `index`'s memory (no copy).
    public func withUnsafeMutableInputBytes<R>(at index: Int, _ body: (UnsafeMutableRawBufferPointer) throws -> R) throws -> R {
        try body(try allocatedInput(index).rawBuffer)
    }

    /// Gives direct access to output `index`'s memory (no copy), valid until the next `invoke()`.
    public func withUnsafeOutputBytes<R>(at index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        try body(UnsafeRawBufferPointer(try outputSlot(index).rawBuffer))
    }

    func inputSlot(_ index: Int) throws(SwiftLiteError) -> TensorSlot {
        guard index >= 0, index < main.definition.inputs.count else {
            throw SwiftLiteError(.invalidArgument, "input \(index) does not exist (the model has \(main.definition.inputs.count) inputs)")
        }
        return main.slots[main.definition.inputs[index]]
    }

    func outputSlot(_ index: Int) throws(SwiftLiteError) -> TensorSlot {
        guard index >= 0, index < main.definition.outputs.count else {
            throw SwiftLiteError(.invalidArgument, "output \(index) does not exist (the model has \(main.definition.outputs.count) outputs)")
        }
        return main.slots[main.definition.outputs[index]]
    }

    private func allocatedInput(_ index: Int) throws(SwiftLiteError) -> TensorSlot {
        let slot = try inputSlot(index)
        guard isAllocated else {
            throw SwiftLiteError(.invalidState, "allocateTensors() must be called before writing inputs")
        }
        return slot
    }
}
