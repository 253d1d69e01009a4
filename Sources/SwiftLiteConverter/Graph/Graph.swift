import SwiftLiteSchema

/// The identity of a tensor in a ``Graph``.
public struct TensorID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The index in ``Graph/tensors``.
    public var index: Int

    /// Wraps an index.
    public init(_ index: Int) { self.index = index }

    /// Order by index.
    public static func < (lhs: TensorID, rhs: TensorID) -> Bool { lhs.index < rhs.index }

    /// `t<index>`.
    public var description: String { "t\(index)" }
}

/// A tensor of the editable graph.
public struct GraphTensor: Sendable, Equatable {
    /// The name written to the `.tflite` file (Keras layer names, e.g. `conv2d/kernel`).
    public var name: String
    /// The element type.
    public var type: TensorType
    /// The shape; `-1` marks a dynamic dimension (the batch), written as 1 in `shape` and -1 in
    /// `shape_signature`.
    public var shape: [Int]
    /// The constant contents (little-endian, row-major), or `nil` for activations.
    public var data: [UInt8]?
    /// Quantization parameters, if any.
    public var quantization: QuantizationParameters?
    /// True for a variable tensor (recurrent state of fused sequence ops).
    public var isVariable: Bool

    /// Creates a tensor.
    public init(
        name: String, type: TensorType, shape: [Int], data: [UInt8]? = nil,
        quantization: QuantizationParameters? = nil, isVariable: Bool = false
    ) {
        self.name = name
        self.type = type
        self.shape = shape
        self.data = data
        self.quantization = quantization
        self.isVariable = isVariable
    }

    /// True when the tensor holds constant data.
    public var isConstant: Bool { data != nil }

    /// The number of elements, treating dynamic dimensions as 1.
    public var elementCount: Int { shape.reduce(1) { $0 * max($1, 1) } }

    /// The constant contents as `Float`s (only for float32 constants).
    public var floatValues: [Float]? {
        guard let data, type == .float32 else { return nil }
        return data.withUnsafeBytes { raw in
            (0..<(data.count / 4)).map { Float(bitPattern: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self).littleEndian) }
        }
    }

    /// The constant contents as `Int32`s (only for int32 constants).
    public var int32Values: [Int32]? {
        guard let data, type == .int32 else { return nil }
        return data.withUnsafeBytes { raw in
            (0..<(data.count / 4)).map { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }
        }
    }
}

/// An operator of the editable graph.
public struct GraphOperator: Sendable, Equatable {
    /// The builtin operator.
    public var opcode: BuiltinOperator
    /// The custom code for `CUSTOM` operators.
    public var customCode: String?
    /// The builtin options.
    public var options: BuiltinOptions?
    /// The inputs; `nil` is an omitted optional input (written as -1).
    public var inputs: [TensorID?]
    /// The outputs.
    public var outputs: [TensorID]
    /// The Keras layer this operator was lowered from (for messages).
    public var origin: String

    /// Creates an operator.
    public init(
        opcode: BuiltinOperator, customCode: String? = nil, options: BuiltinOptions? = nil,
        inputs: [TensorID?], outputs: [TensorID], origin: String
    ) {
        self.opcode = opcode
        self.customCode = customCode
        self.options = options
        self.inputs = inputs
        self.outputs = outputs
        self.origin = origin
    }
}

extension GraphOperator {
    /// The options a binary arithmetic operator (ADD, SUB, MUL, DIV) carries by default (no fused
    /// activation); `nil` for other operators.
    public static func defaultOptions(for opcode: BuiltinOperator) -> BuiltinOptions? {
        switch opcode {
        case .add: .addOptions(AddOptions())
        case .sub: .subOptions(SubOptions())
        case .mul: .mulOptions(MulOptions())
        case .div: .divOptions(DivOptions())
        default: nil
        }
    }
}

/// A named model input or output (a `serving_default` signature entry).
public struct GraphEndpoint: Sendable, Equatable {
    /// The signature key (the Keras input layer or output layer name).
    public var name: String
    /// The tensor.
    public var tensor: TensorID

    /// Creates an endpoint.
    public init(name: String, tensor: TensorID) {
        self.name = name
        self.tensor = tensor
    }
}

/// An editable TFLite graph (one subgraph): what lowering builds, passes rewrite and the exporter
/// writes. Tensors are only appended; passes drop unused ones at export.
public struct Graph: Sendable, Equatable {
    /// All tensors, indexed by ``TensorID``.
    public private(set) var tensors: [GraphTensor] = []
    /// Operators in execution order.
    public var operators: [GraphOperator] = []
    /// Model inputs in order.
    public var inputs: [GraphEndpoint] = []
    /// Model outputs in order.
    public var outputs: [GraphEndpoint] = []
    /// Extra subgraphs (bodies of WHILE/IF), written after this one as subgraphs 1, 2, ...
    public var subgraphs: [Graph] = []

    /// An empty graph.
    public init() {}

    /// The tensor `id`.
    public subscript(id: TensorID) -> GraphTensor {
        get { tensors[id.index] }
        set { tensors[id.index] = newValue }
    }

    /// Appends a tensor and returns its id.
    @discardableResult
    public mutating func addTensor(_ tensor: GraphTensor) -> TensorID {
        tensors.append(tensor)
        return TensorID(tensors.count - 1)
    }

    /// Appends an activation tensor.
    public mutating func addTensor(name: String, type: TensorType = .float32, shape: [Int]) -> TensorID {
        addTensor(GraphTensor(name: name, type: type, shape: shape))
    }

    /// Appends a float32 constant.
    public mutating func addConstant(name: String, shape: [Int], floats: [Float]) -> TensorID {
        precondition(shape.reduce(1, *) == floats.count, "constant \(name): \(floats.count) values for shape \(shape)")
        var bytes = [UInt8]()
        bytes.reserveCapacity(floats.count * 4)
        for value in floats { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        return addTensor(GraphTensor(name: name, type: .float32, shape: shape, data: bytes))
    }

    /// Appends an int32 constant.
    public mutating func addConstant(name: String, shape: [Int], int32s: [Int32]) -> TensorID {
        precondition(shape.reduce(1, *) == int32s.count, "constant \(name): \(int32s.count) values for shape \(shape)")
        var bytes = [UInt8]()
        bytes.reserveCapacity(int32s.count * 4)
        for value in int32s { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        return addTensor(GraphTensor(name: name, type: .int32, shape: shape, data: bytes))
    }

    /// Appends an operator whose output tensors already exist.
    public mutating func addOperator(_ op: GraphOperator) {
        operators.append(op)
    }

    /// Appends an operator, creating its output tensors; returns their ids.
    @discardableResult
    public mutating func addOperator(
        _ opcode: BuiltinOperator, options: BuiltinOptions? = nil, inputs: [TensorID?],
        outputs: [(name: String, type: TensorType, shape: [Int])], origin: String
    ) -> [TensorID] {
        let ids = outputs.map { addTensor(name: $0.name, type: $0.type, shape: $0.shape) }
        operators.append(GraphOperator(opcode: opcode, options: options, inputs: inputs, outputs: ids, origin: origin))
        return ids
    }

    /// Appends a single-output operator; returns the output.
    public mutating func addOperator(
        _ opcode: BuiltinOperator, options: BuiltinOptions? = nil, inputs: [TensorID?],
        output name: String, type: TensorType = .float32, shape: [Int], origin: String
    ) -> TensorID {
        addOperator(opcode, options: options, inputs: inputs, outputs: [(name, type, shape)], origin: origin)[0]
    }

    /// For each tensor, the indices of the operators that read it.
    public func consumers() -> [TensorID: [Int]] {
        var result: [TensorID: [Int]] = [:]
        for (index, op) in operators.enumerated() {
            for case let input? in op.inputs { result[input, default: []].append(index) }
        }
        return result
    }

    /// For each tensor, the index of the operator that writes it.
    public func producers() -> [TensorID: Int] {
        var result: [TensorID: Int] = [:]
        for (index, op) in operators.enumerated() {
            for output in op.outputs { result[output] = index }
        }
        return result
    }

    /// Replaces every use of `old` (operator inputs and graph outputs) by `new`.
    public mutating func replaceUses(of old: TensorID, with new: TensorID) {
        for index in operators.indices {
            operators[index].inputs = operators[index].inputs.map { $0 == old ? new : $0 }
        }
        for index in outputs.indices where outputs[index].tensor == old {
            outputs[index].tensor = new
        }
    }
}
