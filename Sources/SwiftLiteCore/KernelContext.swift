/// What an operator's kernel sees of its node: its input and output tensors, its identity for
/// error messages, and the interpreter services it may need (other subgraphs, dynamic outputs).
public final class KernelContext {
    /// Inputs in the model's order; nil for an omitted optional input (index -1).
    public let inputs: [TensorSlot?]
    /// Outputs in the model's order.
    public let outputs: [TensorSlot]
    /// Intermediate tensors (used by some quantized recurrent kernels).
    public let intermediates: [TensorSlot]
    /// The operator's name (`CONV_2D`, `CUSTOM:Name`).
    public let opName: String
    /// The operator's version.
    public let opVersion: Int
    /// The node's index in its subgraph.
    public let nodeIndex: Int
    /// The subgraph's index.
    public let subgraphIndex: Int
    /// Services of the interpreter running this node.
    public unowned let environment: any KernelEnvironment

    /// Creates a context (the interpreter does this once per node).
    public init(inputs: [TensorSlot?], outputs: [TensorSlot], intermediates: [TensorSlot], opName: String,
                opVersion: Int, nodeIndex: Int, subgraphIndex: Int, environment: any KernelEnvironment) {
        self.inputs = inputs
        self.outputs = outputs
        self.intermediates = intermediates
        self.opName = opName
        self.opVersion = opVersion
        self.nodeIndex = nodeIndex
        self.subgraphIndex = subgraphIndex
        self.environment = environment
    }

    /// An error located at this node.
    public func error(_ code: SwiftLiteError.Code, _ message: String, tensor: TensorSlot? = nil) -> SwiftLiteError {
        SwiftLiteError(code, message, opName: opName, opVersion: opVersion, node: nodeIndex,
                       subgraph: subgraphIndex, tensor: tensor?.index, tensorName: tensor?.name)
    }

    /// Input `index`, which must be present.
    public func input(_ index: Int) throws(SwiftLiteError) -> TensorSlot {
        guard index < inputs.count, let slot = inputs[index] else {
            throw error(.invalidArgument, "expects input \(index), but the node has \(inputs.count) inputs" +
                        (index < inputs.count ? " and input \(index) is omitted" : ""))
        }
        return slot
    }

    /// Input `index`, or nil when omitted or absent.
    public func optionalInput(_ index: Int) -> TensorSlot? {
        index < inputs.count ? inputs[index] : nil
    }

    /// Output `index`, which must be present.
    public func output(_ index: Int) throws(SwiftLiteError) -> TensorSlot {
        guard index < outputs.count else {
            throw error(.invalidArgument, "expects output \(index), but the node has \(outputs.count) outputs")
        }
        return outputs[index]
    }

    /// Checks the node has between `inputs` and `outputs` tensors as the operator requires.
    public func expectCounts(inputs: ClosedRange<Int>, outputs: ClosedRange<Int>) throws(SwiftLiteError) {
        guard inputs.contains(self.inputs.count) else {
            throw error(.invalidArgument, "takes \(Self.describe(inputs)) inputs, the node has \(self.inputs.count)")
        }
        guard outputs.contains(self.outputs.count) else {
            throw error(.invalidArgument, "makes \(Self.describe(outputs)) outputs, the node has \(self.outputs.count)")
        }
    }

    /// Checks `slot` has one of `types`.
    public func expectType(_ slot: TensorSlot, _ types: Set<ElementType>, what: String = "tensor") throws(SwiftLiteError) {
        guard types.contains(slot.type) else {
            let names = types.map(\.numpyName).sorted().joined(separator: ", ")
            throw error(.unsupported, "unsupported \(what) type \(slot.type) (supported: \(names))", tensor: slot)
        }
    }

    /// Sets an output's shape during prepare (or during eval for a dynamic output, which the
    /// interpreter then reallocates).
    public func resizeOutput(_ slot: TensorSlot, to shape: [Int]) throws(SwiftLiteError) {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw error(.shapeMismatch, "output shape \(shape) has a negative dimension", tensor: slot)
        }
        slot.shape = shape
        try environment.outputResized(slot, context: self)
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)...\(range.upperBound)"
    }
}

/// Services the interpreter gives kernels.
public protocol KernelEnvironment: AnyObject {
    /// Called after a kernel changed an output's shape; during eval this (re)allocates a
    /// dynamic output.
    func outputResized(_ slot: TensorSlot, context: KernelContext) throws(SwiftLiteError)
    /// Whether the interpreter is currently in eval (as opposed to prepare).
    var isEvaluating: Bool { get }
    /// The number of threads kernels may use.
    var threadCount: Int { get }
    /// Other subgraphs, for control flow (WHILE, IF, CALL_ONCE).
    func subgraph(_ index: Int) throws(SwiftLiteError) -> any SubgraphRunner
    /// Shared resources (resource variables, hash tables), keyed by name.
    var resources: ResourceTable { get }
    /// The interpreter's safety limits (loop iterations, allocation sizes).
    var limits: RuntimeLimits { get }
}

extension KernelEnvironment {
    /// The default limits, for environments that set none.
    public var limits: RuntimeLimits { RuntimeLimits() }
}

/// A subgraph that a control-flow kernel can run.
public protocol SubgraphRunner: AnyObject {
    /// The subgraph's input tensors.
    var inputSlots: [TensorSlot] { get }
    /// The subgraph's output tensors.
    var outputSlots: [TensorSlot] { get }
    /// Resizes input `index` (takes effect at the next `prepareIfNeeded`).
    func resizeInput(_ index: Int, to shape: [Int]) throws(SwiftLiteError)
    /// Prepares and allocates the subgraph if any input shape changed since the last time.
    func prepareIfNeeded() throws(SwiftLiteError)
    /// Runs the subgraph.
    func invoke() throws(SwiftLiteError)
}

/// Resource variables and other shared state, keyed by name; kept across invocations.
public final class ResourceTable {
    /// Variable tensors by their resource id.
    public var variables: [Int: TensorSlot] = [:]
    /// Resource ids by (container, shared name).
    public var ids: [String: Int] = [:]

    /// An empty table.
    public init() {}

    /// The id of the resource named `name`, made on first use.
    public func id(for name: String) -> Int {
        if let id = ids[name] { return id }
        let id = ids.count
        ids[name] = id
        return id
    }
}

/// A kernel: one instance per node, holding what prepare computed for eval.
public protocol OpKernel: AnyObject {
    /// Validates types and shapes, sets output types and shapes, and computes whatever eval
    /// needs. Runs at `allocateTensors()` and again after any resize. Throws for anything the
    /// kernel cannot run.
    func prepare(_ context: KernelContext) throws(SwiftLiteError)
    /// Computes the outputs. Must not allocate (except for dynamic outputs via
    /// `resizeOutput`) and only throws for data-dependent failures (an index out of range).
    func eval(_ context: KernelContext) throws(SwiftLiteError)
}
