import SwiftLiteSchema

/// What op versioning needs to know about one operator: its code, options and the type, shape
/// and constness of each input and output. Built from a ``Graph`` operator or from a loaded model.
public struct OpSignature: Sendable, Equatable {
    /// One input or output.
    public struct TensorSpec: Sendable, Equatable {
        /// The element type.
        public var type: TensorType
        /// The shape (-1 for a dynamic dimension).
        public var shape: [Int]
        /// True when the tensor holds constant data.
        public var isConstant: Bool
        /// Quantization parameters (scales, zero points, quantized dimension), if any.
        public var quantization: QuantizationParameters?

        /// Creates a spec.
        public init(type: TensorType, shape: [Int], isConstant: Bool = false, quantization: QuantizationParameters? = nil) {
            self.type = type
            self.shape = shape
            self.isConstant = isConstant
            self.quantization = quantization
        }

        /// The rank.
        public var rank: Int { shape.count }
        /// True when some dimension is dynamic.
        public var isShapeDynamic: Bool { shape.contains { $0 < 0 } }
        /// True when the tensor carries a scale (it is quantized).
        public var isQuantized: Bool { !(quantization?.scale ?? []).isEmpty }
        /// True when it carries more than one scale (per-channel quantization).
        public var isPerChannelQuantized: Bool { (quantization?.scale?.count ?? 0) > 1 }
    }

    /// The operator.
    public var opcode: BuiltinOperator
    /// Its builtin options.
    public var options: BuiltinOptions?
    /// Its inputs; nil for an omitted optional input.
    public var inputs: [TensorSpec?]
    /// Its outputs.
    public var outputs: [TensorSpec]

    /// Creates a signature.
    public init(opcode: BuiltinOperator, options: BuiltinOptions? = nil, inputs: [TensorSpec?], outputs: [TensorSpec]) {
        self.opcode = opcode
        self.options = options
        self.inputs = inputs
        self.outputs = outputs
    }

    /// The signature of `op` in `graph` (ids out of range read as omitted inputs).
    public init(_ op: GraphOperator, in graph: Graph) {
        func spec(_ id: TensorID) -> TensorSpec? {
            guard id.index >= 0, id.index < graph.tensors.count else { return nil }
            let tensor = graph[id]
            return TensorSpec(type: tensor.type, shape: tensor.shape, isConstant: tensor.isConstant, quantization: tensor.quantization)
        }
        self.init(
            opcode: op.opcode, options: op.options, inputs: op.inputs.map { $0.flatMap(spec) },
            outputs: op.outputs.compactMap(spec))
    }

    /// The type of input `index`, if present.
    public func inputType(_ index: Int) -> TensorType? {
        index < inputs.count ? inputs[index]?.type : nil
    }

    /// The type of output `index`, if present.
    public func outputType(_ index: Int) -> TensorType? {
        index < outputs.count ? outputs[index].type : nil
    }

    /// Input `index`, if present.
    public func input(_ index: Int) -> TensorSpec? {
        index < inputs.count ? inputs[index] : nil
    }
}
