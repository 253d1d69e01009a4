import Foundation
import SwiftLite
import SwiftLiteKernels
import SwiftLiteSchema

/// Builds a one-operator `.tflite` model in memory (schema object API + `ModelWriter`) and runs
/// it, for the ConvolutionExtra family's kernel tests.
///
/// ```swift
/// var model = ExtraOpModel(.batchMatmul, options: .batchMatMulOptions(o))
/// let a = model.addInput([2, 3])
/// let b = model.addConstant([Float](repeating: 1, count: 6), shape: [3, 2])
/// model.operatorInputs = [a, b]
/// model.addOutput()
/// let result = try model.run([[1, 2, 3, 4, 5, 6]])
/// ```
struct ExtraOpModel {
    struct TensorSpec {
        var name: String
        var type: TensorType
        var shape: [Int]
        var data: [UInt8]?
        var isVariable = false
        var sparsity: SparsityParameters?
    }

    /// One output after a run.
    struct Output {
        var shape: [Int]
        var values: [Float]
    }

    var op: BuiltinOperator
    var customName: String?
    var version: Int32 = 1
    var options: BuiltinOptions?
    var customOptions: [UInt8]?
    var tensors: [TensorSpec] = []
    var graphInputs: [Int] = []
    var graphOutputs: [Int] = []
    /// The operator's inputs (-1 for an omitted optional input); by default the graph inputs
    /// and constants in the order they were added.
    var operatorInputs: [Int]?

    private var addedInputs: [Int] = []

    init(_ op: BuiltinOperator, version: Int32 = 1, options: BuiltinOptions? = nil) {
        self.op = op
        self.version = version
        self.options = options
    }

    /// A custom operator.
    init(custom name: String, options: [UInt8]) {
        op = .custom
        customName = name
        customOptions = options
    }

    private mutating func add(_ spec: TensorSpec) -> Int {
        tensors.append(spec)
        return tensors.count - 1
    }

    /// A graph input fed by `run`.
    @discardableResult
    mutating func addInput(_ shape: [Int], type: TensorType = .float32) -> Int {
        let index = add(TensorSpec(name: "in\(graphInputs.count)", type: type, shape: shape))
        graphInputs.append(index)
        addedInputs.append(index)
        return index
    }

    /// A float32 constant.
    @discardableResult
    mutating func addConstant(_ values: [Float], shape: [Int], sparsity: SparsityParameters? = nil) -> Int {
        addConstant(bytes: Self.bytes(values), type: .float32, shape: shape, sparsity: sparsity)
    }

    /// An int32 constant.
    @discardableResult
    mutating func addConstant(int32 values: [Int32], shape: [Int]) -> Int {
        addConstant(bytes: Self.bytes(values), type: .int32, shape: shape)
    }

    /// A constant of any type from raw little-endian bytes.
    @discardableResult
    mutating func addConstant(bytes: [UInt8], type: TensorType, shape: [Int], sparsity: SparsityParameters? = nil) -> Int {
        let index = add(TensorSpec(name: "const\(tensors.count)", type: type, shape: shape, data: bytes, sparsity: sparsity))
        addedInputs.append(index)
        return index
    }

    /// A variable tensor (state), zero at first.
    @discardableResult
    mutating func addVariable(_ shape: [Int]) -> Int {
        let index = add(TensorSpec(name: "state\(tensors.count)", type: .float32, shape: shape, isVariable: true))
        addedInputs.append(index)
        return index
    }

    /// An output of the operator and of the graph.
    @discardableResult
    mutating func addOutput(shape: [Int] = [], type: TensorType = .float32) -> Int {
        let index = add(TensorSpec(name: "out\(graphOutputs.count)", type: type, shape: shape))
        graphOutputs.append(index)
        return index
    }

    /// The serialized model.
    func serialized() throws -> [UInt8] {
        var buffers = [Buffer()]
        var schemaTensors: [SwiftLiteSchema.Tensor] = []
        for spec in tensors {
            var tensor = SwiftLiteSchema.Tensor()
            tensor.name = spec.name
            tensor.type = spec.type
            tensor.shape = spec.shape.map(Int32.init)
            tensor.isVariable = spec.isVariable
            tensor.sparsity = spec.sparsity
            if let data = spec.data {
                var buffer = Buffer()
                buffer.data = data
                buffers.append(buffer)
                tensor.buffer = UInt32(buffers.count - 1)
            }
            schemaTensors.append(tensor)
        }
        var code = OperatorCode()
        code.builtinCode = op
        code.deprecatedBuiltinCode = Int8(min(op.rawValue, 127))
        code.version = version
        code.customCode = customName
        var node = Operator()
        node.opcodeIndex = 0
        node.inputs = (operatorInputs ?? addedInputs).map(Int32.init)
        node.outputs = graphOutputs.map(Int32.init)
        node.builtinOptions = options
        node.customOptions = customOptions
        var subgraph = SubGraph()
        subgraph.tensors = schemaTensors
        subgraph.inputs = graphInputs.map(Int32.init)
        subgraph.outputs = graphOutputs.map(Int32.init)
        subgraph.operators = [node]
        var model = SwiftLiteSchema.Model()
        model.version = 3
        model.operatorCodes = [code]
        model.subgraphs = [subgraph]
        model.buffers = buffers
        return try ModelWriter().serialize(model)
    }

    /// An interpreter for the model, tensors allocated.
    func interpreter() throws -> Interpreter {
        let interpreter = try Interpreter(modelData: Data(try serialized()))
        try interpreter.allocateTensors()
        return interpreter
    }

    /// Runs once with float32 `inputs` (in graph-input order) and returns the float32 outputs.
    func run(_ inputs: [[Float]]) throws -> [Output] {
        try Self.invoke(try interpreter(), inputs)
    }

    /// Feeds `inputs`, invokes, and reads every output.
    static func invoke(_ interpreter: Interpreter, _ inputs: [[Float]]) throws -> [Output] {
        for (index, values) in inputs.enumerated() { try interpreter.copy(values, toInputAt: index) }
        try interpreter.invoke()
        return try (0..<interpreter.outputTensorCount).map { index in
            let tensor = try interpreter.output(at: index)
            return Output(shape: tensor.shape.dimensions, values: tensor.values(as: Float.self))
        }
    }

    static func bytes<T>(_ values: [T]) -> [UInt8] {
        values.withUnsafeBytes { Array($0) }
    }
}

extension ExtraOpModel {
    /// Whether `actual` matches `expected` within `tolerance` (absolute plus relative).
    static func close(_ actual: [Float], _ expected: [Float], tolerance: Float = 1e-5) -> Bool {
        guard actual.count == expected.count else { return false }
        return zip(actual, expected).allSatisfy { abs($0 - $1) <= tolerance * (1 + abs($1)) }
    }

    /// Deterministic pseudo-random floats in [-1, 1) for test data.
    static func randomFloats(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int64(bitPattern: state >> 11) % 2_000_000) / 1_000_000 - 1
        }
    }
}
