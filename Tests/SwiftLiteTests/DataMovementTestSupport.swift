import Foundation
import SwiftLite
import SwiftLiteSchema

/// One input of a single-operator test model: its type, shape and values, and whether it is a
/// constant of the model (known at `allocateTensors()`) or a graph input fed before `invoke()`.
struct TestOperand {
    var type: TensorType
    var shape: [Int]
    var bytes: [UInt8]
    var isConstant: Bool
    var quantization: (scale: Float, zeroPoint: Int64)?

    init<T>(_ type: TensorType, _ values: [T], shape: [Int]? = nil, constant: Bool) {
        self.type = type
        self.shape = shape ?? [values.count]
        self.bytes = values.withUnsafeBytes { Array($0) }
        self.isConstant = constant
    }

    static func floats(_ values: [Float], _ shape: [Int]? = nil, constant: Bool = false) -> TestOperand {
        TestOperand(.float32, values, shape: shape, constant: constant)
    }

    static func int32s(_ values: [Int32], _ shape: [Int]? = nil, constant: Bool = true) -> TestOperand {
        TestOperand(.int32, values, shape: shape, constant: constant)
    }

    static func int64s(_ values: [Int64], _ shape: [Int]? = nil, constant: Bool = true) -> TestOperand {
        TestOperand(.int64, values, shape: shape, constant: constant)
    }

    static func int16s(_ values: [Int16], _ shape: [Int]? = nil, constant: Bool = false) -> TestOperand {
        TestOperand(.int16, values, shape: shape, constant: constant)
    }

    static func int8s(_ values: [Int8], _ shape: [Int]? = nil, constant: Bool = false) -> TestOperand {
        TestOperand(.int8, values, shape: shape, constant: constant)
    }

    static func uint8s(_ values: [UInt8], _ shape: [Int]? = nil, constant: Bool = false) -> TestOperand {
        TestOperand(.uint8, values, shape: shape, constant: constant)
    }

    static func bools(_ values: [Bool], _ shape: [Int]? = nil, constant: Bool = false) -> TestOperand {
        TestOperand(.bool, values.map { $0 ? UInt8(1) : 0 }, shape: shape, constant: constant)
    }

    /// float16 elements given as their bit patterns.
    static func halfBits(_ values: [UInt16], _ shape: [Int]? = nil, constant: Bool = false) -> TestOperand {
        TestOperand(.float16, values, shape: shape, constant: constant)
    }

    /// A scalar (rank 0) int32 value.
    static func scalar(_ value: Int32, constant: Bool = true) -> TestOperand {
        TestOperand(.int32, [value], shape: [], constant: constant)
    }

    /// The same operand with per-tensor quantization.
    func quantized(scale: Float, zeroPoint: Int64) -> TestOperand {
        var copy = self
        copy.quantization = (scale, zeroPoint)
        return copy
    }
}

/// Builds and runs models made of one builtin operator, for kernel tests.
enum OneOpModel {
    /// The serialized model: inputs in order (nil for an omitted optional input), then
    /// `outputs` output tensors typed `outputType` (the first input's type when nil).
    static func data(_ op: BuiltinOperator, version: Int = 1, options: BuiltinOptions? = nil,
                     inputs: [TestOperand?], outputs: Int = 1, outputType: TensorType? = nil) throws -> Data {
        var model = SwiftLiteSchema.Model()
        model.version = 3
        var code = OperatorCode()
        code.builtinCode = op
        code.deprecatedBuiltinCode = Int8(clamping: op.rawValue)
        code.version = Int32(version)
        model.operatorCodes = [code]
        var buffers = [Buffer()]
        var tensors: [SwiftLiteSchema.Tensor] = []
        var graphInputs: [Int32] = []
        var operatorInputs: [Int32] = []
        for (index, operand) in inputs.enumerated() {
            guard let operand else {
                operatorInputs.append(-1)
                continue
            }
            var tensor = SwiftLiteSchema.Tensor()
            tensor.name = "input\(index)"
            tensor.type = operand.type
            tensor.shape = operand.shape.map { Int32($0) }
            if let (scale, zeroPoint) = operand.quantization {
                var parameters = SwiftLiteSchema.QuantizationParameters()
                parameters.scale = [scale]
                parameters.zeroPoint = [zeroPoint]
                tensor.quantization = parameters
            }
            if operand.isConstant {
                var buffer = Buffer()
                buffer.data = operand.bytes
                tensor.buffer = UInt32(buffers.count)
                buffers.append(buffer)
            } else {
                graphInputs.append(Int32(tensors.count))
            }
            operatorInputs.append(Int32(tensors.count))
            tensors.append(tensor)
        }
        var operatorOutputs: [Int32] = []
        let firstType = inputs.compactMap { $0 }.first?.type ?? .float32
        for index in 0..<outputs {
            var tensor = SwiftLiteSchema.Tensor()
            tensor.name = "output\(index)"
            tensor.type = outputType ?? firstType
            tensor.shape = []
            operatorOutputs.append(Int32(tensors.count))
            tensors.append(tensor)
        }
        var node = Operator()
        node.opcodeIndex = 0
        node.inputs = operatorInputs
        node.outputs = operatorOutputs
        node.builtinOptions = options
        var graph = SubGraph()
        graph.tensors = tensors
        graph.inputs = graphInputs
        graph.outputs = operatorOutputs
        graph.operators = [node]
        model.subgraphs = [graph]
        model.buffers = buffers
        return Data(try ModelWriter().serialize(model))
    }

    /// An interpreter for the model, with tensors allocated and the non-constant inputs fed.
    static func interpreter(_ op: BuiltinOperator, version: Int = 1, options: BuiltinOptions? = nil,
                            inputs: [TestOperand?], outputs: Int = 1, outputType: TensorType? = nil) throws -> Interpreter {
        let data = try data(op, version: version, options: options, inputs: inputs, outputs: outputs, outputType: outputType)
        let interpreter = try Interpreter(modelData: data, options: .init(useReferenceKernels: true))
        try interpreter.allocateTensors()
        var position = 0
        for case let operand? in inputs where !operand.isConstant {
            try interpreter.copy(Data(operand.bytes), toInputAt: position)
            position += 1
        }
        return interpreter
    }

    /// Runs the model once and returns its outputs.
    static func run(_ op: BuiltinOperator, version: Int = 1, options: BuiltinOptions? = nil,
                    inputs: [TestOperand?], outputs: Int = 1, outputType: TensorType? = nil) throws -> [SwiftLite.Tensor] {
        let interpreter = try interpreter(op, version: version, options: options, inputs: inputs, outputs: outputs,
                                          outputType: outputType)
        try interpreter.invoke()
        return try (0..<outputs).map { try interpreter.output(at: $0) }
    }

    /// Runs the model and returns its only output.
    static func output(_ op: BuiltinOperator, version: Int = 1, options: BuiltinOptions? = nil,
                       inputs: [TestOperand?], outputType: TensorType? = nil) throws -> SwiftLite.Tensor {
        try run(op, version: version, options: options, inputs: inputs, outputType: outputType)[0]
    }

    /// The error the model raises, in `allocateTensors()` or `invoke()`; nil if it runs.
    static func failure(_ op: BuiltinOperator, version: Int = 1, options: BuiltinOptions? = nil,
                        inputs: [TestOperand?], outputs: Int = 1, outputType: TensorType? = nil) -> SwiftLiteError? {
        do {
            _ = try run(op, version: version, options: options, inputs: inputs, outputs: outputs, outputType: outputType)
            return nil
        } catch let error as SwiftLiteError {
            return error
        } catch {
            return SwiftLiteError(.invalidModel, "\(error)")
        }
    }
}

extension SwiftLite.Tensor {
    // floats, int32s and int64s come from SingleOpModel.swift.
    var dims: [Int] { shape.dimensions }
}
