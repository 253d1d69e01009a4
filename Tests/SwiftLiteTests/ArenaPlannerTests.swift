import Testing
import Foundation
import SwiftLiteSchema
@testable import SwiftLite

/// The arena planner: buffers alive at the same time never overlap; dead buffers' memory is reused.
@Suite struct ArenaPlannerTests {
    @Test func reusesMemoryOfDeadBuffers() {
        var planner = ArenaPlanner(alignment: 64)
        let a = planner.addBuffer(size: 1000, firstUse: 0, lastUse: 1)
        let b = planner.addBuffer(size: 1000, firstUse: 1, lastUse: 2)
        let c = planner.addBuffer(size: 1000, firstUse: 2, lastUse: 3)
        planner.plan()
        #expect(!planner.hasOverlap())
        #expect(planner.offset(of: a) == planner.offset(of: c), "c starts after a died")
        #expect(planner.offset(of: a) != planner.offset(of: b))
        #expect(planner.arenaSize == 2048)
    }

    @Test func alignsEveryOffset() {
        var planner = ArenaPlanner(alignment: 64)
        let ids = (0..<10).map { planner.addBuffer(size: 3 + $0 * 7, firstUse: 0, lastUse: 5) }
        planner.plan()
        for id in ids { #expect(planner.offset(of: id) % 64 == 0) }
        #expect(!planner.hasOverlap())
    }

    @Test func randomGraphsNeverOverlap() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            var planner = ArenaPlanner(alignment: 16)
            var total = 0
            for _ in 0..<(1 + next(30)) {
                let first = next(20)
                let size = next(5000)
                total += (size + 15) / 16 * 16
                _ = planner.addBuffer(size: size, firstUse: first, lastUse: first + next(10))
            }
            planner.plan()
            #expect(!planner.hasOverlap())
            #expect(planner.arenaSize <= total, "never worse than giving every buffer its own memory")
        }
    }

    @Test func interpreterReportsItsArena() throws {
        let interpreter = try Interpreter(modelPath: GoldenCase.repository.appendingPathComponent("Models/digits_cnn.tflite").path)
        try interpreter.allocateTensors()
        #expect(interpreter.arenaByteCount > 0)
        // The arena is smaller than all activations laid end to end.
        var sum = 0
        for index in 0..<interpreter.tensorCount {
            let tensor = try interpreter.tensor(at: index)
            sum += tensor.data.count
        }
        #expect(interpreter.arenaByteCount < sum)
    }
}

/// Elementwise operators write over an input that dies at them (TFLite's in-place operators).
@Suite struct InPlaceTests {
    /// input -> RELU -> RELU -> RELU -> output, each [1, 1024] float32.
    func chain(_ count: Int) throws -> Data {
        var model = SwiftLiteSchema.Model()
        model.version = 3
        var code = OperatorCode()
        code.builtinCode = .relu
        code.deprecatedBuiltinCode = Int8(BuiltinOperator.relu.rawValue)
        model.operatorCodes = [code]
        var subgraph = SubGraph()
        subgraph.tensors = (0...count).map { index in
            var tensor = SwiftLiteSchema.Tensor()
            tensor.shape = [1, 1024]
            tensor.name = "t\(index)"
            return tensor
        }
        subgraph.operators = (0..<count).map { index in
            var op = Operator()
            op.inputs = [Int32(index)]
            op.outputs = [Int32(index + 1)]
            return op
        }
        subgraph.inputs = [0]
        subgraph.outputs = [Int32(count)]
        model.subgraphs = [subgraph]
        model.buffers = [Buffer()]
        return Data(try ModelWriter().serialize(model))
    }

    @Test func elementwiseChainsReuseOneBuffer() throws {
        let interpreter = try Interpreter(modelData: try chain(4))
        try interpreter.allocateTensors()
        // The input lives for the whole run; every intermediate and the output share one block.
        #expect(interpreter.arenaByteCount == 2 * 4096)
        try interpreter.copy((0..<1024).map { Float($0 % 7) - 3 }, toInputAt: 0)
        try interpreter.invoke()
        let output = try interpreter.output(at: 0).values(as: Float.self)
        #expect(output == (0..<1024).map { max(0, Float($0 % 7) - 3) })
        #expect(try interpreter.input(at: 0).values(as: Float.self)[0] == -3, "the input is never overwritten")
    }

    @Test func preservingTensorsDisablesSharing() throws {
        let interpreter = try Interpreter(modelData: try chain(4), options: .init(preserveAllTensors: true))
        try interpreter.allocateTensors()
        #expect(interpreter.arenaByteCount == 5 * 4096)
        try interpreter.copy((0..<1024).map { Float($0 % 7) - 3 }, toInputAt: 0)
        try interpreter.invoke()
        for index in 1...4 {
            #expect(try interpreter.tensor(at: index).values(as: Float.self)[0] == 0, "intermediate \(index) kept")
        }
    }
}
