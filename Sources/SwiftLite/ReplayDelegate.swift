import SwiftLiteCore

/// A diagnostic delegate: it claims the nodes whose operators are in `operators` (all it can
/// run, when empty) and runs each partition by replaying the built-in kernels inside one node.
/// It shows the delegate machinery end to end — partitioning, partition inputs, outputs and
/// internal tensors — and counts how often it ran. `swiftlite run --delegate replay[:OP,OP]`
/// uses it.
public final class ReplayDelegate: Delegate {
    /// `replay`.
    public let name = "replay"
    let operators: Set<String>
    let resolver: OpResolver
    /// How many times partitions ran.
    public private(set) var invocations = 0

    /// A delegate claiming `operators` (names like `CONV_2D`; empty: every operator the built-in
    /// resolver supports).
    public init(operators: Set<String> = [], resolver: OpResolver = .builtin) {
        self.operators = operators
        self.resolver = resolver
    }

    public func supportedNodes(_ nodes: [DelegateNode]) -> Set<Int> {
        Set(nodes.filter { node in
            (operators.isEmpty || operators.contains(node.opName))
                && (try? resolver.resolve(node.identity, version: node.version)) != nil
        }.map(\.index))
    }

    public func makeKernel(for partition: DelegatePartition) throws(SwiftLiteError) -> any OpKernel {
        var kernels: [any OpKernel] = []
        for node in partition.nodes {
            kernels.append(try resolver.resolve(node.identity, version: node.version).makeKernel(node.options))
        }
        return ReplayKernel(partition: partition, kernels: kernels) { [weak self] in self?.invocations += 1 }
    }
}

/// Runs a partition's nodes one after another with their own kernels.
final class ReplayKernel: OpKernel {
    let partition: DelegatePartition
    let kernels: [any OpKernel]
    let onEval: () -> Void
    private var contexts: [KernelContext] = []

    init(partition: DelegatePartition, kernels: [any OpKernel], onEval: @escaping () -> Void) {
        self.partition = partition
        self.kernels = kernels
        self.onEval = onEval
    }

    func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        var slots: [Int: TensorSlot] = [:]
        for (tensor, slot) in zip(partition.inputs, context.inputs) { slots[tensor] = slot }
        for (tensor, slot) in zip(partition.outputs, context.outputs) { slots[tensor] = slot }
        for (tensor, slot) in zip(partition.internalTensors, context.intermediates) { slots[tensor] = slot }
        contexts = []
        for (position, (node, kernel)) in zip(partition.nodes, kernels).enumerated() {
            var inputs: [TensorSlot?] = []
            for tensor in node.inputs {
                if tensor < 0 { inputs.append(nil); continue }
                guard let slot = slots[tensor] else { throw context.error(.invalidState, "partition tensor \(tensor) is missing") }
                inputs.append(slot)
            }
            var outputs: [TensorSlot] = []
            for tensor in node.outputs {
                guard let slot = slots[tensor] else { throw context.error(.invalidState, "partition tensor \(tensor) is missing") }
                outputs.append(slot)
            }
            let inner = KernelContext(
                inputs: inputs, outputs: outputs, intermediates: [], opName: node.opName, opVersion: node.version,
                nodeIndex: node.index, subgraphIndex: context.subgraphIndex, environment: context.environment)
            try kernel.prepare(inner)
            if outputs.contains(where: \.isDynamic) {
                throw context.error(.unsupported, "the replay delegate cannot run \(node.opName) with a data-dependent output shape")
            }
            contexts.append(inner)
            _ = position
        }
    }

    func eval(_ context: KernelContext) throws(SwiftLiteError) {
        onEval()
        for (kernel, inner) in zip(kernels, contexts) { try kernel.eval(inner) }
    }
}
