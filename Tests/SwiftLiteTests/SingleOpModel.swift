import Foundation
import SwiftLite
import SwiftLiteSchema
import Testing

/// A one-operator model built with the schema object API, for kernel tests that need no
/// TensorFlow: describe the operator's inputs (runtime inputs and constants), outputs, options
/// and version, then run it.
///
/// ```swift
/// let model = SingleOpModel(.sum,
///     inputs: [.input(.float32, [2, 3]), .constant(int32: [1])],
///     outputs: [.output(.float32, [2])],
///     options: .reducerOptions(ReducerOptions()))
/// let outputs = try model.run([.floats([1, 2, 3, 4, 5, 6])])
/// #expect(outputs[0].values(as: Float.self) == [6, 15])
/// ```
struct SingleOpModel {
    /// One tensor of the model.
    struct TensorSpec {
        /// The schema type.
        var type: SwiftLiteSchema.TensorType
        /// The shape stored in the file.
        var shape: [Int]
        /// The shape signature (-1 for resizable dimensions), if any.
        var shapeSignature: [Int]?
        /// Bytes of a constant; nil for a runtime input or an output.
        var data: [UInt8]?
        /// Per-tensor quantization (scale, zero point), if any.
        var quantization: (scale: Float, zeroPoint: Int64)?
        /// Whether the operator input is omitted (index -1).
        var isOmitted = false

        /// A runtime input (fed by `run`).
        static func input(_ type: SwiftLiteSchema.TensorType, _ shape: [Int], signature: [Int]? = nil) -> TensorSpec {
            TensorSpec(type: type, shape: shape, shapeSignature: signature)
        }

        /// An output; the shape is what the file declares (kernels compute the real one).
        static func output(_ type: SwiftLiteSchema.TensorType, _ shape: [Int] = []) -> TensorSpec {
            TensorSpec(type: type, shape: shape)
        }

        /// A constant of raw bytes.
        static func constant(_ type: SwiftLiteSchema.TensorType, _ shape: [Int], bytes: [UInt8]) -> TensorSpec {
            TensorSpec(type: type, shape: shape, data: bytes)
        }

        /// A float32 constant (shape defaults to 1-D).
        static func constant(float values: [Float], shape: [Int]? = nil) -> TensorSpec {
            .constant(.float32, shape ?? [values.count], bytes: SingleOpModel.bytes(of: values))
        }

        /// An int32 constant (shape defaults to 1-D).
        static func constant(int32 values: [Int32], shape: [Int]? = nil) -> TensorSpec {
            .constant(.int32, shape ?? [values.count], bytes: SingleOpModel.bytes(of: values))
        }

        /// An int64 constant (shape defaults to 1-D).
        static func constant(int64 values: [Int64], shape: [Int]? = nil) -> TensorSpec {
            .constant(.int64, shape ?? [values.count], bytes: SingleOpModel.bytes(of: values))
        }

        /// A bool constant (shape defaults to 1-D).
        static func constant(bool values: [Bool], shape: [Int]? = nil) -> TensorSpec {
            .constant(.bool, shape ?? [values.count], bytes: values.map { $0 ? 1 : 0 })
        }

        /// An omitted optional input.
        static var omitted: TensorSpec {
            var spec = TensorSpec(type: .float32, shape: [])
            spec.isOmitted = true
            return spec
        }

        /// The same tensor with quantization.
        func quantized(scale: Float, zeroPoint: Int64) -> TensorSpec {
            var copy = self
            copy.quantization = (scale, zeroPoint)
            return copy
        }
    }

    /// Values to feed one runtime input.
    enum Feed {
        case floats([Float])
        case int32s([Int32])
        case int64s([Int64])
        case bools([Bool])
        case bytes([UInt8])

        var data: Data {
            switch self {
            case .floats(let v): Data(SingleOpModel.bytes(of: v))
            case .int32s(let v): Data(SingleOpModel.bytes(of: v))
            case .int64s(let v): Data(SingleOpModel.bytes(of: v))
            case .bools(let v): Data(v.map { $0 ? 1 : 0 })
            case .bytes(let v): Data(v)
            }
        }
    }

    var op: BuiltinOperator
    var inputs: [TensorSpec]
    var outputs: [TensorSpec]
    var options: BuiltinOptions?
    var version: Int

    init(_ op: BuiltinOperator, inputs: [TensorSpec], outputs: [TensorSpec], options: BuiltinOptions? = nil,
         version: Int = 1) {
        self.op = op
        self.inputs = inputs
        self.outputs = outputs
        self.options = options
        self.version = version
    }

    /// The model as a schema object.
    var schemaModel: SwiftLiteSchema.Model {
        var buffers = [Buffer()]
        var tensors: [SwiftLiteSchema.Tensor] = []
        var operatorInputs: [Int32] = []
        var graphInputs: [Int32] = []
        func add(_ spec: TensorSpec, name: String) -> Int32 {
            var tensor = SwiftLiteSchema.Tensor()
            tensor.name = name
            tensor.type = spec.type
            tensor.shape = spec.shape.map(Int32.init)
            tensor.shapeSignature = spec.shapeSignature?.map(Int32.init)
            if let data = spec.data {
                var buffer = Buffer()
                buffer.data = data
                tensor.buffer = UInt32(buffers.count)
                buffers.append(buffer)
            }
            if let q = spec.quantization {
                var parameters = SwiftLiteSchema.QuantizationParameters()
                parameters.scale = [q.scale]
                parameters.zeroPoint = [q.zeroPoint]
                tensor.quantization = parameters
            }
            tensors.append(tensor)
            return Int32(tensors.count - 1)
        }
        for (k, spec) in inputs.enumerated() {
            if spec.isOmitted {
                operatorInputs.append(-1)
                continue
            }
            let index = add(spec, name: spec.data == nil ? "input_\(k)" : "constant_\(k)")
            operatorInputs.append(index)
            if spec.data == nil { graphInputs.append(index) }
        }
        let outputIndices = outputs.enumerated().map { add($1, name: "output_\($0)") }
        var code = OperatorCode()
        code.builtinCode = op
        code.deprecatedBuiltinCode = Int8(clamping: op.rawValue)
        code.version = Int32(version)
        var node = Operator()
        node.opcodeIndex = 0
        node.inputs = operatorInputs
        node.outputs = outputIndices
        node.builtinOptions = options
        var graph = SubGraph()
        graph.tensors = tensors
        graph.inputs = graphInputs
        graph.outputs = outputIndices
        graph.operators = [node]
        graph.name = "main"
        var model = SwiftLiteSchema.Model()
        model.version = 3
        model.operatorCodes = [code]
        model.subgraphs = [graph]
        model.buffers = buffers
        model.description = "SingleOpModel"
        return model
    }

    /// The `.tflite` bytes.
    func serialize() throws -> [UInt8] {
        try ModelWriter().serialize(schemaModel)
    }

    /// A fresh interpreter for the model (tensors not yet allocated).
    func interpreter() throws -> Interpreter {
        try Interpreter(modelData: Data(try serialize()))
    }

    /// Allocates, feeds the runtime inputs in order, invokes, and returns every output.
    func run(_ feeds: [Feed], resize shapes: [[Int]]? = nil) throws -> [SwiftLite.Tensor] {
        let interpreter = try interpreter()
        if let shapes {
            for (index, shape) in shapes.enumerated() { try interpreter.resizeInput(at: index, to: .init(shape)) }
        }
        try interpreter.allocateTensors()
        for (index, feed) in feeds.enumerated() { try interpreter.copy(feed.data, toInputAt: index) }
        try interpreter.invoke()
        return try (0..<interpreter.outputTensorCount).map { try interpreter.output(at: $0) }
    }

    /// The bytes of `values` in memory order.
    static func bytes<T>(of values: [T]) -> [UInt8] {
        values.withUnsafeBytes { Array($0) }
    }
}

extension SwiftLite.Tensor {
    /// The elements as Bool (one byte each).
    var bools: [Bool] { values(as: UInt8.self).map { $0 != 0 } }
    /// The elements as Float.
    var floats: [Float] { values(as: Float.self) }
    /// The elements as Int32.
    var int32s: [Int32] { values(as: Int32.self) }
    /// The elements as Int64.
    var int64s: [Int64] { values(as: Int64.self) }
}

/// Records an issue unless `body` throws a `SwiftLiteError` with `code`.
func expectSwiftLiteError(_ code: SwiftLiteError.Code, _ comment: String = "", _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected a \(code) error, got none. \(comment)")
    } catch let error as SwiftLiteError {
        if error.code != code { Issue.record("expected a \(code) error, got \(error.code): \(error). \(comment)") }
    } catch {
        Issue.record("expected a SwiftLiteError, got \(error). \(comment)")
    }
}

/// Whether two float arrays agree elementwise within `atol + rtol * |expected|` (NaN matches NaN).
func close(_ actual: [Float], _ expected: [Float], rtol: Float = 1e-6, atol: Float = 1e-6) -> Bool {
    guard actual.count == expected.count else { return false }
    for (a, e) in zip(actual, expected) {
        if a.isNaN && e.isNaN { continue }
        if a == e { continue }
        if !(abs(a - e) <= atol + rtol * abs(e)) { return false }
    }
    return true
}
