import SwiftLiteCore
import SwiftLiteSchema

/// One node of a running subgraph.
final class RuntimeNode {
    let definition: NodeDefinition
    let registration: OpRegistration?
    let kernel: (any OpKernel)?
    let resolutionError: SwiftLiteError?
    var context: KernelContext!
    /// The model's node indices this node stands for (several for a delegate partition).
    let originalIndices: [Int]
    /// The delegate running this node, if any.
    let delegateName: String?

    init(definition: NodeDefinition, registration: OpRegistration?, kernel: (any OpKernel)?, error: SwiftLiteError?,
         originalIndices: [Int], delegateName: String? = nil) {
        self.definition = definition
        self.registration = registration
        self.kernel = kernel
        self.resolutionError = error
        self.originalIndices = originalIndices
        self.delegateName = delegateName
    }
}

/// Shared state of one interpreter: its subgraphs, options and resources.
final class ExecutionEngine {
    var subgraphs: [RuntimeSubgraph] = []
    /// Delegates offered each subgraph's execution plan after its first prepare.
    var delegates: [any Delegate] = []
    /// What the delegates took so far.
    var delegation: [DelegationReport.Entry] = []
    /// Whether `invoke` times each node.
    var isProfiling = false
    let threadCount: Int
    let preserveAllTensors: Bool
    let resources = ResourceTable()
    /// Safety limits (allocation size, loop iterations, nesting).
    let limits: RuntimeLimits
    /// Subgraphs being prepared or run right now (nested through control-flow operators).
    var depth = 0

    init(threadCount: Int, preserveAllTensors: Bool, limits: RuntimeLimits = RuntimeLimits()) {
        self.threadCount = threadCount
        self.preserveAllTensors = preserveAllTensors
        self.limits = limits
    }
}

/// A subgraph being run: its tensors, its nodes with their kernels, its execution plan and its
/// activation arena.
final class RuntimeSubgraph: SubgraphRunner, KernelEnvironment {
    let definition: SubgraphDefinition
    let slots: [TensorSlot]
    var nodes: [RuntimeNode]
    unowned let engine: ExecutionEngine

    /// Node indices run by `invoke`, in order (nodes computed once at prepare are left out).
    var executionPlan: [Int] = []
    /// Position in `executionPlan` from which nodes are prepared during `invoke`, because their
    /// inputs' shapes depend on data.
    var deferredFrom: Int?
    private(set) var isPrepared = false
    var needsPrepare = true
    private var delegatesApplied = false
    private(set) var isEvaluating = false
    /// Whether this subgraph is being prepared or run (so a control-flow cycle back into it is
    /// caught instead of recursing forever).
    private var isActive = false
    /// Seconds spent in each node's eval while profiling (indexed like `nodes`).
    private(set) var nodeSeconds: [Double] = []
    var arena: UnsafeMutableRawPointer?
    var arenaCapacity = 0
    /// Bytes of the activation arena.
    var arenaSize = 0

    init(definition: SubgraphDefinition, model: Model, resolver: OpResolver, engine: ExecutionEngine) throws(SwiftLiteError) {
        self.definition = definition
        self.engine = engine
        var slots: [TensorSlot] = []
        for (index, tensor) in definition.tensors.enumerated() {
            guard let type = tensor.type else {
                throw SwiftLiteError(.unsupported, "unsupported tensor type \(tensor.schemaType)",
                                     subgraph: definition.index, tensor: index, tensorName: tensor.name)
            }
            let slot = TensorSlot(index: index, name: tensor.name, type: type, shape: tensor.shape,
                                  shapeSignature: tensor.shapeSignature, quantization: tensor.quantization,
                                  isVariable: tensor.isVariable)
            if tensor.buffer > 0, let bytes = model.file.bufferBytes(tensor.buffer), bytes.count > 0 {
                slot.bindConstant(bytes)
            }
            slot.sparsity = tensor.sparsity.map(SparsityDescription.init)
            slots.append(slot)
        }
        self.slots = slots
        var nodes: [RuntimeNode] = []
        for (index, node) in definition.nodes.enumerated() {
            let identity: OpRegistration.Identity = node.op == .custom ? .custom(node.customName ?? "") : .builtin(node.op)
            do throws(SwiftLiteError) {
                let registration = try resolver.resolve(identity, version: node.version)
                let kernel = try registration.makeKernel(
                    NodeOptions(builtin: node.options, builtin2: node.options2, custom: node.customOptions,
                                version: node.version))
                nodes.append(RuntimeNode(definition: node, registration: registration, kernel: kernel, error: nil,
                                         originalIndices: [index]))
            } catch {
                nodes.append(RuntimeNode(definition: node, registration: nil, kernel: nil, error: error,
                                         originalIndices: [index]))
            }
        }
        self.nodes = nodes
        makeContexts()
    }

    func makeContexts() {
        for (index, node) in nodes.enumerated() {
            node.context = KernelContext(
                inputs: node.definition.inputs.map { $0 < 0 ? nil : slots[$0] },
                outputs: node.definition.outputs.map { slots[$0] },
                intermediates: node.definition.intermediates.map { slots[$0] },
                opName: node.definition.name, opVersion: node.definition.version, nodeIndex: index,
                subgraphIndex: definition.index, environment: self)
        }
    }

    deinit {
        arena?.deallocate()
    }

    var inputSlots: [TensorSlot] { definition.inputs.map { slots[$0] } }
    var outputSlots: [TensorSlot] { definition.outputs.map { slots[$0] } }
    var threadCount: Int { engine.threadCount }
    var resources: ResourceTable { engine.resources }
    var limits: RuntimeLimits { engine.limits }

    func subgraph(_ index: Int) throws(SwiftLiteError) -> any SubgraphRunner {
        guard index >= 0, index < engine.subgraphs.count else {
            throw SwiftLiteError(.invalidArgument, "subgraph \(index) does not exist (the model has \(engine.subgraphs.count))")
        }
        return engine.subgraphs[index]
    }

    func resizeInput(_ index: Int, to shape: [Int]) throws(SwiftLiteError) {
        guard index >= 0, index < definition.inputs.count else {
            throw SwiftLiteError(.invalidArgument, "input \(index) does not exist (the subgraph has \(definition.inputs.count))",
                                 subgraph: definition.index)
        }
        let slot = slots[definition.inputs[index]]
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw SwiftLiteError(.invalidArgument, "shape \(shape) has a negative dimension",
                                 subgraph: definition.index, tensor: slot.index, tensorName: slot.name)
        }
        if slot.shape != shape {
            slot.shape = shape
            needsPrepare = true
        }
    }

    func prepareIfNeeded() throws(SwiftLiteError) {
        if needsPrepare || !isPrepared { try prepare() }
    }

    /// Marks the subgraph as running for the duration of a prepare or invoke; refuses to run
    /// it again from inside itself (control-flow operators forming a cycle) or to nest subgraph
    /// runs deeper than the limit.
    private func enter() throws(SwiftLiteError) {
        guard !isActive else {
            throw SwiftLiteError(.invalidModel, "subgraph \(definition.index) is run again from inside itself: its control-flow operators form a cycle",
                                 subgraph: definition.index)
        }
        guard engine.depth < engine.limits.maxSubgraphDepth else {
            throw SwiftLiteError(.resourceExhausted, "control-flow operators nest subgraphs more than \(engine.limits.maxSubgraphDepth) deep",
                                 subgraph: definition.index)
        }
        isActive = true
        engine.depth += 1
    }

    private func leave() {
        isActive = false
        engine.depth -= 1
    }

    /// The bytes `slot` needs at its current shape, checked: every dimension within TFLite's
    /// `0...Int32.max`, no overflow (even when a dimension is 0, since kernels multiply the other
    /// dimensions for strides), and at most the allocation limit.
    func checkedByteCount(_ slot: TensorSlot, node: Int? = nil) throws(SwiftLiteError) -> Int {
        let size = slot.type.byteSize ?? 1
        var product = size
        var bytes = size
        for dimension in slot.shape {
            guard dimension >= 0, dimension <= Int(Int32.max) else {
                throw tooLarge(slot, node: node, "shape \(slot.shape) has dimension \(dimension) outside 0...\(Int32.max)")
            }
            let (next, overflow) = product.multipliedReportingOverflow(by: max(dimension, 1))
            guard !overflow else { throw tooLarge(slot, node: node, "shape \(slot.shape) is too large to address") }
            product = next
            bytes = dimension == 0 ? 0 : bytes &* dimension
        }
        let needed = slot.type.byteSize == nil ? slot.capacity : bytes
        guard needed <= engine.limits.maxAllocationBytes else {
            throw tooLarge(slot, node: node, "\(slot.type)\(slot.shape) needs \(needed) bytes, over the interpreter's limit of \(engine.limits.maxAllocationBytes) (RuntimeLimits.maxAllocationBytes)")
        }
        return needed
    }

    private func tooLarge(_ slot: TensorSlot, node: Int?, _ message: String) -> SwiftLiteError {
        var error = SwiftLiteError(.resourceExhausted, message, node: node, subgraph: definition.index,
                                   tensor: slot.index, tensorName: slot.name)
        if let node, node < nodes.count {
            error.opName = nodes[node].definition.name
            error.opVersion = nodes[node].definition.version
        }
        return error
    }

    func outputResized(_ slot: TensorSlot, context: KernelContext) throws(SwiftLiteError) {
        let bytes = try checkedByteCount(slot, node: context.nodeIndex)
        if slot.allocation == .persistent, slot.capacity < bytes {
            // A variable tensor (given its block before prepare) written by a node that changes
            // its shape: grow the block now, in prepare as in eval.
            slot.allocateOwned(bytes: bytes, kind: .persistent)
        }
        guard isEvaluating else { return }
        guard slot.isDynamic || slot.allocation == .dynamic || slot.allocation == .persistent else {
            guard slot.byteCount <= slot.capacity else {
                throw context.error(.runtimeFailure, "output resized to \(slot.shape) during eval but was planned smaller; the kernel must mark it dynamic in prepare", tensor: slot)
            }
            return
        }
        slot.allocateOwned(bytes: bytes, kind: slot.allocation == .persistent ? .persistent : .dynamic)
    }

    // MARK: Prepare

    /// Prepares every node, computes what can be computed once, and plans the arena.
    func prepare() throws(SwiftLiteError) {
        try enter()
        defer { leave() }
        try prepareNodes()
    }

    private func prepareNodes() throws(SwiftLiteError) {
        isPrepared = false
        isEvaluating = false
        let inputSet = Set(definition.inputs)
        for slot in slots where slot.allocation != .constant {
            if slot.isVariable {
                let bytes = try checkedByteCount(slot)
                if slot.allocation != .persistent || slot.capacity < bytes {
                    slot.allocateOwned(bytes: bytes, kind: .persistent)
                    // TFLite starts int8 variables at their zero point (real 0), others at 0.
                    if slot.type == .int8, let zero = slot.quantization?.zeroPoint, zero != 0, let data = slot.data {
                        data.initializeMemory(as: UInt8.self, repeating: UInt8(truncatingIfNeeded: zero), count: slot.capacity)
                    }
                }
                slot.hasKnownValue = false
                continue
            }
            slot.unbind()
            slot.isDynamic = false
            if !inputSet.contains(slot.index) { slot.shape = definition.tensors[slot.index].shape }
        }
        executionPlan = []
        deferredFrom = nil
        for (index, node) in nodes.enumerated() {
            if let error = node.resolutionError {
                var located = error
                located.node = index
                located.subgraph = definition.index
                throw located
            }
            guard let kernel = node.kernel, let registration = node.registration else { continue }
            let context = node.context!
            if deferredFrom != nil || context.inputs.contains(where: { $0?.isDynamic == true }) {
                if deferredFrom == nil { deferredFrom = executionPlan.count }
                for output in context.outputs { output.isDynamic = true }
                executionPlan.append(index)
                continue
            }
            if !registration.acceptsSparseInputs, let sparse = context.inputs.first(where: { $0?.sparsity != nil }) {
                throw context.error(.unsupported, "unsupported sparse (pruned) input; only DENSIFY and FULLY_CONNECTED read sparse tensors", tensor: sparse)
            }
            try kernel.prepare(context)
            if context.outputs.contains(where: \.isDynamic) {
                executionPlan.append(index)
                deferredFrom = executionPlan.count
                continue
            }
            // A node writing a variable tensor runs on every invoke (it resets or updates state
            // that other nodes change), so it is never evaluated once at prepare.
            let foldable = registration.isPure && !context.outputs.isEmpty
                && !context.outputs.contains(where: \.isVariable)
                && (registration.readsOnlyShapes || context.inputs.allSatisfy { $0 == nil || $0!.hasKnownValue })
                && context.outputs.allSatisfy { $0.type.byteSize != nil }
            if foldable {
                for output in context.outputs {
                    output.allocateOwned(bytes: try checkedByteCount(output, node: index), kind: .persistent)
                }
                isEvaluating = true
                defer { isEvaluating = false }
                try kernel.eval(context)
                for output in context.outputs { output.hasKnownValue = true }
                continue
            }
            executionPlan.append(index)
        }
        try planMemory()
        if nodeSeconds.count != nodes.count { nodeSeconds = [Double](repeating: 0, count: nodes.count) }
        needsPrepare = false
        isPrepared = true
        if !delegatesApplied {
            delegatesApplied = true
            var changed = false
            for delegate in engine.delegates {
                let entries = try apply(delegate)
                engine.delegation += entries
                changed = changed || !entries.isEmpty
            }
            if changed { try prepareNodes() }
        }
    }

    // MARK: Invoke

    /// Runs the execution plan.
    func invoke() throws(SwiftLiteError) {
        try enter()
        defer { leave() }
        if needsPrepare || !isPrepared { try prepareNodes() }
        isEvaluating = true
        defer { isEvaluating = false }
        for (position, nodeIndex) in executionPlan.enumerated() {
            let node = nodes[nodeIndex]
            let context = node.context!
            if let deferredFrom, position >= deferredFrom {
                isEvaluating = false
                for output in context.outputs { output.isDynamic = false }
                try node.kernel!.prepare(context)
                // Outputs whose shape prepare could fix get memory now; the kernel resizes the
                // others itself during eval.
                for output in context.outputs where output.allocation != .persistent {
                    output.allocateOwned(bytes: try checkedByteCount(output, node: nodeIndex), kind: .dynamic)
                }
                isEvaluating = true
            }
            if engine.isProfiling {
                let start = monotonicSeconds()
                try node.kernel!.eval(context)
                nodeSeconds[nodeIndex] += monotonicSeconds() - start
            } else {
                try node.kernel!.eval(context)
            }
        }
    }

    /// Clears the profile.
    func resetProfile() {
        for index in nodeSeconds.indices { nodeSeconds[index] = 0 }
    }
}

/// A monotonic clock in seconds.
func monotonicSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}
