import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// Unsupported operators and versions fail at allocateTensors() with a message naming them.
@Suite struct OpResolverTests {
    /// A model with one operator `op` (version `version`, or custom `custom`) on a float input.
    func model(op: BuiltinOperator, version: Int32 = 1, custom: String? = nil) throws -> Data {
        var model = SwiftLiteSchema.Model()
        model.version = 3
        var code = OperatorCode()
        code.builtinCode = op
        code.deprecatedBuiltinCode = Int8(clamping: op.rawValue)
        code.version = version
        code.customCode = custom
        model.operatorCodes = [code]
        var input = SwiftLiteSchema.Tensor()
        input.shape = [1, 4]
        input.name = "x"
        var output = input
        output.name = "y"
        var node = Operator()
        node.inputs = [0]
        node.outputs = [1]
        var subgraph = SubGraph()
        subgraph.tensors = [input, output]
        subgraph.inputs = [0]
        subgraph.outputs = [1]
        subgraph.operators = [node]
        model.subgraphs = [subgraph]
        model.buffers = [Buffer()]
        return Data(try ModelWriter().serialize(model))
    }

    func allocationError(_ data: Data) throws -> SwiftLiteError? {
        let interpreter = try Interpreter(modelData: data)
        do {
            try interpreter.allocateTensors()
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownOperatorIsUnsupported() throws {
        let error = try #require(try allocationError(model(op: .conv3d)))
        #expect(error.code == .unsupported)
        #expect(error.description.contains("unsupported"))
        #expect(error.description.contains("CONV_3D"))
        #expect(error.description.contains("version 1"))
        #expect(error.node == 0)
    }

    @Test func unsupportedVersionNamesTheSupportedRange() throws {
        let error = try #require(try allocationError(model(op: .add, version: 99)))
        #expect(error.code == .unsupported)
        #expect(error.description.contains("version 99 of ADD"))
        #expect(error.description.contains("supported versions: 1...6"))
    }

    @Test func flexOperatorsNeedTensorFlow() throws {
        let error = try #require(try allocationError(model(op: .custom, custom: "FlexErf")))
        #expect(error.code == .unsupported)
        #expect(error.description.contains("CUSTOM:FlexErf"))
        #expect(error.description.contains("TensorFlow"))
    }

    @Test func customOperatorsCanBeRegistered() throws {
        final class Doubler: OpKernel {
            func prepare(_ context: KernelContext) throws(SwiftLiteError) {
                let input = try context.input(0)
                let output = try context.output(0)
                output.type = input.type
                try context.resizeOutput(output, to: input.shape)
            }
            func eval(_ context: KernelContext) throws(SwiftLiteError) {
                let x = try context.input(0).buffer(of: Float.self)
                let y = try context.output(0).buffer(of: Float.self)
                for i in 0..<y.count { y[i] = 2 * x[i] }
            }
        }
        var resolver = OpResolver.builtin
        try resolver.addCustom(OpRegistration(custom: "Doubler") { _ in Doubler() })
        #expect(throws: SwiftLiteError.self) { try resolver.addCustom(OpRegistration(custom: "Doubler") { _ in Doubler() }) }
        let interpreter = try Interpreter(modelData: try model(op: .custom, custom: "Doubler"), resolver: resolver)
        try interpreter.allocateTensors()
        try interpreter.copy([Float(1), 2, 3, -4], toInputAt: 0)
        try interpreter.invoke()
        #expect(try interpreter.output(at: 0).values(as: Float.self) == [2, 4, 6, -8])
        // Without the registration the same model is unsupported.
        let missing = try #require(try allocationError(model(op: .custom, custom: "Doubler")))
        #expect(missing.description.contains("CUSTOM:Doubler"))
    }

    @Test func invokeBeforeAllocateIsAnError() throws {
        let interpreter = try Interpreter(modelData: try model(op: .relu))
        #expect(throws: SwiftLiteError.self) { try interpreter.invoke() }
    }
}
