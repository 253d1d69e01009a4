import SwiftLiteCore

/// A backend that runs parts of a graph: it says which nodes it supports, and makes one kernel
/// for each partition (a run of supported nodes) that the interpreter then runs as a single node.
/// Everything it does not claim runs on the built-in kernels.
///
/// ```swift
/// final class MyDelegate: Delegate {
///     let name = "my-backend"
///     func supportedNodes(_ nodes: [DelegateNode]) -> Set<Int> {
///         Set(nodes.filter { $0.opName == "CONV_2D" }.map(\.index))
///     }
///     func makeKernel(for partition: DelegatePartition) throws(SwiftLiteError) -> any OpKernel { ... }
/// }
/// let interpreter = try Interpreter(modelPath: path, delegates: [MyDelegate()])
/// ```
public protocol Delegate: AnyObject {
    /// A short name for reports (`inspect`, `run`).
    var name: String { get }
    /// The indices (into `nodes`) of the nodes this delegate can run.
    func supportedNodes(_ nodes: [DelegateNode]) -> Set<Int>
    /// A kernel running `partition`. Its context's inputs are `partition.inputs`, its outputs
    /// `partition.outputs`, and its intermediates the tensors used only inside the partition.
    func makeKernel(for partition: DelegatePartition) throws(SwiftLiteError) -> any OpKernel
}

/// A node as a delegate sees it when choosing what to claim.
public struct DelegateNode: Sendable {
    /// The node's index in its subgraph.
    public let index: Int
    /// The operator (`CONV_2D`, `CUSTOM:Name`).
    public let identity: OpRegistration.Identity
    /// The operator's version.
    public let version: Int
    /// Input tensor indices (-1 for omitted optional inputs).
    public let inputs: [Int]
    /// Output tensor indices.
    public let outputs: [Int]
    /// The operator's options.
    public let options: NodeOptions
    /// The element types of the inputs (nil for omitted ones).
    public let inputTypes: [ElementType?]

    /// `CONV_2D` or `CUSTOM:Name`.
    public var opName: String { identity.description }
}

/// A run of nodes handed to one delegate.
public struct DelegatePartition: Sendable {
    /// The nodes, in execution order.
    public let nodes: [DelegateNode]
    /// Tensors the partition reads from outside (its kernel's inputs, in this order).
    public let inputs: [Int]
    /// Tensors it produces for the outside (its kernel's outputs, in this order).
    public let outputs: [Int]
    /// Tensors produced and consumed only inside (its kernel's intermediates, in this order).
    public let internalTensors: [Int]
}

/// Which nodes each delegate took, for reports.
public struct DelegationReport: Sendable, Equatable {
    /// One replaced run of nodes.
    public struct Entry: Sendable, Equatable {
        /// The delegate's name.
        public let delegate: String
        /// The subgraph.
        public let subgraph: Int
        /// The original node indices it runs.
        public let nodes: [Int]
    }

    /// Every partition, in execution order.
    public let entries: [Entry]

    /// Node count per delegate name.
    public var nodeCounts: [String: Int] {
        entries.reduce(into: [:]) { $0[$1.delegate, default: 0] += $1.nodes.count }
    }
}
