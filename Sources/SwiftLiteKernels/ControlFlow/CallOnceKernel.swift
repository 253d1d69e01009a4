import SwiftLiteCore

/// CALL_ONCE (version 1): runs an initialization subgraph (typically assigning resource
/// variables) the first time, and never again for this interpreter. SwiftLite runs it during the
/// first `allocateTensors()`, so that variables read later have known shapes and the graph
/// after it can be planned statically.
public final class CallOnceKernel: OpKernel {
    let initIndex: Int
    private var done = false

    /// A kernel running subgraph `initIndex` once.
    public init(initIndex: Int) {
        self.initIndex = initIndex
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try runIfNeeded(context)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        try runIfNeeded(context)
    }

    private func runIfNeeded(_ context: KernelContext) throws(SwiftLiteError) {
        guard !done else { return }
        let subgraph = try context.environment.subgraph(initIndex)
        guard subgraph.inputSlots.isEmpty else {
            throw context.error(.invalidArgument, "init subgraph \(initIndex) must take no inputs")
        }
        try subgraph.prepareIfNeeded()
        try subgraph.invoke()
        done = true
    }
}
