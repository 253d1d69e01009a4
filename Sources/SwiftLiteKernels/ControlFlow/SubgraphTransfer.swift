import SwiftLiteCore

/// Moving tensor values between a node and the subgraphs it runs (WHILE, IF).
enum SubgraphTransfer {
    /// Makes `targets` take the shapes of `sources`, resizing subgraph inputs and preparing the
    /// subgraph again only when a shape changed.
    static func matchShapes(_ sources: [TensorSlot], to subgraph: any SubgraphRunner,
                            context: KernelContext) throws(SwiftLiteError) {
        let targets = subgraph.inputSlots
        guard sources.count == targets.count else {
            throw context.error(.invalidArgument, "passes \(sources.count) tensors to a subgraph that takes \(targets.count)")
        }
        for (index, (source, target)) in zip(sources, targets).enumerated() {
            guard source.type == target.type else {
                throw context.error(.typeMismatch, "subgraph input \(index) is \(target.type) but receives \(source.type)")
            }
            if source.shape != target.shape { try subgraph.resizeInput(index, to: source.shape) }
        }
        try subgraph.prepareIfNeeded()
    }

    /// Copies the bytes of each source into the matching target (shapes must already agree).
    static func copyValues(_ sources: [TensorSlot], into targets: [TensorSlot], context: KernelContext) throws(SwiftLiteError) {
        for (source, target) in zip(sources, targets) {
            guard source.byteCount == target.byteCount else {
                throw context.error(.shapeMismatch, "cannot copy \(source.type)\(source.shape) into \(target.type)\(target.shape)")
            }
            guard let from = source.data, let to = target.data, from != to, source.byteCount > 0 else { continue }
            to.copyMemory(from: from, byteCount: source.byteCount)
        }
    }
}
