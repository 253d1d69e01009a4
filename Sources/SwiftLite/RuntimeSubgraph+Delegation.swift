import SwiftLiteCore
import SwiftLiteSchema

/// Handing runs of a subgraph's execution plan to a delegate.
extension RuntimeSubgraph {
    /// Lets `delegate` claim nodes; each contiguous run of claimed nodes becomes one node running
    /// the delegate's kernel. Returns what was replaced.
    func apply(_ delegate: any Delegate) throws(SwiftLiteError) -> [DelegationReport.Entry] {
        // Only nodes that run at invoke are offered; nodes computed once at prepare stay.
        let eligible = Set(executionPlan)
        let candidates = nodes.enumerated().map { index, node in
            DelegateNode(
                index: index,
                identity: node.definition.op == .custom ? .custom(node.definition.customName ?? "") : .builtin(node.definition.op),
                version: node.definition.version, inputs: node.definition.inputs, outputs: node.definition.outputs,
                options: NodeOptions(builtin: node.definition.options, builtin2: node.definition.options2,
                                     custom: node.definition.customOptions, version: node.definition.version),
                inputTypes: node.definition.inputs.map { $0 < 0 ? nil : slots[$0].type })
        }
        let claimed = delegate.supportedNodes(candidates.filter { eligible.contains($0.index) })
            .filter { eligible.contains($0) && nodes[$0].delegateName == nil }
        guard !claimed.isEmpty else { return [] }
        var replaced: [RuntimeNode] = []
        var entries: [DelegationReport.Entry] = []
        var run: [Int] = []
        func flush() throws(SwiftLiteError) {
            guard !run.isEmpty else { return }
            let members = run
            run = []
            let node = try makeDelegateNode(delegate, members: members, candidates: candidates)
            replaced.append(node)
            entries.append(.init(delegate: delegate.name, subgraph: definition.index, nodes: node.originalIndices))
        }
        for (index, node) in nodes.enumerated() {
            if claimed.contains(index) {
                run.append(index)
            } else if eligible.contains(index) {
                try flush()
                replaced.append(node)
            } else {
                replaced.append(node)  // computed at prepare: does not split a partition
            }
        }
        try flush()
        nodes = replaced
        makeContexts()
        needsPrepare = true
        return entries
    }

    private func makeDelegateNode(_ delegate: any Delegate, members: [Int], candidates: [DelegateNode])
        throws(SwiftLiteError) -> RuntimeNode
    {
        let memberSet = Set(members)
        var produced: [Int] = []
        var consumed: [Int] = []
        for index in members {
            for tensor in nodes[index].definition.inputs where tensor >= 0 && !consumed.contains(tensor) { consumed.append(tensor) }
            for tensor in nodes[index].definition.outputs where !produced.contains(tensor) { produced.append(tensor) }
        }
        var usedOutside = Set(definition.outputs)
        for (index, node) in nodes.enumerated() where !memberSet.contains(index) {
            usedOutside.formUnion(node.definition.inputs)
        }
        let inputs = consumed.filter { !produced.contains($0) }
        let outputs = produced.filter { usedOutside.contains($0) }
        let internalTensors = produced.filter { !usedOutside.contains($0) }
        let partition = DelegatePartition(
            nodes: members.map { candidates[$0] }, inputs: inputs, outputs: outputs, internalTensors: internalTensors)
        let kernel = try delegate.makeKernel(for: partition)
        let definition = NodeDefinition(
            op: .delegate, customName: delegate.name, version: 1, inputs: inputs, outputs: outputs,
            intermediates: internalTensors, options: nil, options2: nil, customOptions: [])
        // The registration only carries flags here; the kernel is already made.
        let registration = OpRegistration(custom: "DELEGATE:" + delegate.name, pure: false) { _ throws(SwiftLiteError) in
            throw SwiftLiteError(.invalidState, "a delegate partition's kernel is made by its delegate")
        }
        return RuntimeNode(definition: definition, registration: registration, kernel: kernel, error: nil,
                           originalIndices: members.flatMap { nodes[$0].originalIndices }, delegateName: delegate.name)
    }
}
