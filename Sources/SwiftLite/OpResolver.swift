import SwiftLiteCore
import SwiftLiteSchema

/// The options of one node, handed to a kernel factory.
public struct NodeOptions: Sendable {
    /// The builtin options table, if the operator has one.
    public let builtin: BuiltinOptions?
    /// The second builtin options table (newer operators).
    public let builtin2: BuiltinOptions2?
    /// A custom operator's options bytes (often a FlexBuffer).
    public let custom: [UInt8]
    /// The operator version.
    public let version: Int
}

/// How to run one operator: which versions, and a factory making a kernel per node.
public struct OpRegistration: Sendable {
    /// Builtin operator or custom name.
    public enum Identity: Hashable, Sendable, CustomStringConvertible {
        /// A builtin operator.
        case builtin(BuiltinOperator)
        /// A custom operator by name.
        case custom(String)

        /// `CONV_2D` or `CUSTOM:Name`.
        public var description: String {
            switch self {
            case .builtin(let op): op.name ?? "UNKNOWN(\(op.rawValue))"
            case .custom(let name): "CUSTOM:" + name
            }
        }
    }

    /// The operator.
    public let identity: Identity
    /// The versions this kernel runs.
    public let versions: ClosedRange<Int>
    /// Whether the kernel is a pure function of its inputs, so the interpreter may run it once
    /// during `allocateTensors()` when every input is known then (constants, shapes).
    public let isPure: Bool
    /// Whether the outputs depend only on the inputs' shapes (SHAPE, RANK), so the operator can
    /// be computed during `allocateTensors()` even when the input values are unknown.
    public let readsOnlyShapes: Bool
    /// Whether output 0 holds exactly input 0's bytes (RESHAPE, SQUEEZE, EXPAND_DIMS), so the
    /// planner may give both the same memory when the input dies at this node.
    public let aliasesInput: Bool
    /// Whether the kernel is elementwise: output element `i` is computed only from the inputs'
    /// elements at `i` (after broadcasting) and written after reading them. The planner may then
    /// let the output overwrite an input of the output's shape and element size that dies at
    /// this node, as TFLite's in-place operators do.
    public let isElementwise: Bool
    /// Whether the kernel reads sparse (pruned) constant inputs itself (DENSIFY, FULLY_CONNECTED);
    /// other kernels are never handed one.
    public let acceptsSparseInputs: Bool
    /// Makes a kernel for one node.
    public let makeKernel: @Sendable (NodeOptions) throws(SwiftLiteError) -> any OpKernel

    /// A builtin registration.
    public init(_ op: BuiltinOperator, _ versions: ClosedRange<Int>, pure: Bool = true, readsOnlyShapes: Bool = false,
                aliasesInput: Bool = false, elementwise: Bool = false, acceptsSparseInputs: Bool = false,
                _ makeKernel: @escaping @Sendable (NodeOptions) throws(SwiftLiteError) -> any OpKernel) {
        self.acceptsSparseInputs = acceptsSparseInputs
        self.isElementwise = elementwise
        self.identity = .builtin(op)
        self.versions = versions
        self.isPure = pure
        self.readsOnlyShapes = readsOnlyShapes
        self.aliasesInput = aliasesInput
        self.makeKernel = makeKernel
    }

    /// A custom-operator registration.
    public init(custom name: String, versions: ClosedRange<Int> = 1...1, pure: Bool = true,
                _ makeKernel: @escaping @Sendable (NodeOptions) throws(SwiftLiteError) -> any OpKernel) {
        self.identity = .custom(name)
        self.acceptsSparseInputs = false
        self.isElementwise = false
        self.versions = versions
        self.isPure = pure
        self.readsOnlyShapes = false
        self.aliasesInput = false
        self.makeKernel = makeKernel
    }
}

/// Which kernels the interpreter may use: an explicit table of registrations (TFLite's
/// `BuiltinOpResolver`), plus custom operators added by name.
///
/// ```swift
/// var resolver = OpResolver.builtin
/// try resolver.addCustom(OpRegistration(custom: "MyOp") { _ in MyKernel() })
/// let interpreter = try Interpreter(modelPath: path, resolver: resolver)
/// ```
public struct OpResolver: Sendable {
    private var table: [OpRegistration.Identity: [OpRegistration]] = [:]

    /// An empty resolver.
    public init() {}

    /// A resolver holding `registrations`.
    public init(_ registrations: [OpRegistration]) {
        for registration in registrations {
            table[registration.identity, default: []].append(registration)
        }
    }

    /// Every builtin kernel SwiftLite has (the reference kernels until optimized ones exist).
    public static var builtin: OpResolver { OpResolver(BuiltinRegistrations.all) }

    /// Reference kernels only (TFLite's `BUILTIN_REF`), including the few places where TFLite's
    /// reference kernel computes differently from its default one (LOCAL_RESPONSE_NORMALIZATION's
    /// window).
    public static var reference: OpResolver {
        var resolver = OpResolver(BuiltinRegistrations.all)
        for registration in BuiltinRegistrations.referenceOverrides { resolver.add(registration) }
        return resolver
    }

    /// Adds a custom operator; refuses a name that is already registered.
    public mutating func addCustom(_ registration: OpRegistration) throws(SwiftLiteError) {
        guard case .custom = registration.identity else {
            throw SwiftLiteError(.invalidArgument, "addCustom takes custom registrations; got \(registration.identity)")
        }
        guard table[registration.identity] == nil else {
            throw SwiftLiteError(.invalidArgument, "\(registration.identity) is already registered")
        }
        table[registration.identity] = [registration]
    }

    /// Adds or replaces registrations (for builtins this overrides the default kernels).
    public mutating func add(_ registration: OpRegistration) {
        table[registration.identity, default: []].insert(registration, at: 0)
    }

    /// All registered operators and their versions, for messages and reports.
    public var supportedOperators: [(OpRegistration.Identity, ClosedRange<Int>)] {
        table.flatMap { identity, registrations in registrations.map { (identity, $0.versions) } }
            .sorted { $0.0.description < $1.0.description }
    }

    /// The registration for `identity` at `version`, or an `unsupported` error naming the
    /// operator, its version and what is supported.
    public func resolve(_ identity: OpRegistration.Identity, version: Int) throws(SwiftLiteError) -> OpRegistration {
        guard let candidates = table[identity], !candidates.isEmpty else {
            if case .custom(let name) = identity, name.hasPrefix("Flex") {
                throw SwiftLiteError(
                    .unsupported,
                    "unsupported operator \(identity) version \(version): Flex operators run TensorFlow kernels, which SwiftLite does not include; convert the model without SELECT_TF_OPS",
                    opName: identity.description, opVersion: version)
            }
            throw SwiftLiteError(
                .unsupported, "unsupported operator \(identity) version \(version): SwiftLite has no kernel for it",
                opName: identity.description, opVersion: version)
        }
        if let match = candidates.first(where: { $0.versions.contains(version) }) { return match }
        let supported = candidates.map { "\($0.versions.lowerBound)...\($0.versions.upperBound)" }.joined(separator: ", ")
        throw SwiftLiteError(
            .unsupported, "unsupported version \(version) of \(identity) (supported versions: \(supported))",
            opName: identity.description, opVersion: version)
    }
}
