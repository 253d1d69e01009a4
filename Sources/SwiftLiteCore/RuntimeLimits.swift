/// Safety limits of the interpreter, so that no model (however malformed or hostile) can make it
/// allocate without bound, loop forever or overflow the stack: going past one is a
/// ``SwiftLiteError`` with code `.resourceExhausted`, never a crash.
///
/// The defaults are far above what real models need; lower them to run untrusted models under a
/// tight budget.
///
/// ```swift
/// var options = Interpreter.Options()
/// options.limits = RuntimeLimits(maxAllocationBytes: 256 << 20, maxLoopIterations: 10_000)
/// ```
public struct RuntimeLimits: Sendable, Equatable {
    /// The largest single block the interpreter allocates: the activation arena of a subgraph,
    /// or one tensor's own block (dynamic outputs, values computed at `allocateTensors()`,
    /// variables). Default 2 GiB.
    public var maxAllocationBytes: Int
    /// The most iterations one WHILE node may run in one evaluation. Default one million.
    public var maxLoopIterations: Int
    /// How deeply control-flow operators (WHILE, IF, CALL_ONCE) may nest subgraph runs.
    /// Default 64.
    public var maxSubgraphDepth: Int

    /// Limits with the given values (defaults: 2 GiB, one million iterations, depth 64).
    public init(maxAllocationBytes: Int = 2 << 30, maxLoopIterations: Int = 1_000_000, maxSubgraphDepth: Int = 64) {
        self.maxAllocationBytes = maxAllocationBytes
        self.maxLoopIterations = maxLoopIterations
        self.maxSubgraphDepth = maxSubgraphDepth
    }

    /// The bytes a tensor of `shape` with `elementSize`-byte elements needs, or nil when a
    /// dimension is negative or the product overflows `Int`.
    public static func byteCount(of shape: [Int], elementSize: Int) -> Int? {
        var bytes = elementSize
        for dimension in shape {
            guard dimension >= 0 else { return nil }
            let (product, overflow) = bytes.multipliedReportingOverflow(by: dimension)
            guard !overflow else { return shape.contains(0) ? 0 : nil }
            bytes = product
        }
        return bytes
    }
}
