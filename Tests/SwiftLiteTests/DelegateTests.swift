import Foundation
import SwiftLiteSchema
import Testing
import SwiftLite

/// The delegate API: partitioning, replacement nodes, reports, and identical results.
@Suite struct DelegateTests {
    static let model = GoldenCase.repository.appendingPathComponent("Models/digits_cnn.tflite").path
    static let sample = GoldenCase.repository.appendingPathComponent("Models/samples/digit_2.npy").path

    func run(_ interpreter: Interpreter) throws -> [Float] {
        try interpreter.allocateTensors()
        try interpreter.copy(try NumpyArray(contentsOf: Self.sample).values(as: Float.self), toInputAt: 0)
        try interpreter.invoke()
        return try interpreter.output(at: 0).values(as: Float.self)
    }

    @Test func partitionsContiguousRunsAndKeepsResults() throws {
        let delegate = ReplayDelegate(operators: ["CONV_2D", "FULLY_CONNECTED"])
        let delegated = try Interpreter(modelPath: Self.model, delegates: [delegate])
        let plain = try Interpreter(modelPath: Self.model)
        let expected = try run(plain)
        let actual = try run(delegated)
        #expect(actual == expected)
        let report = delegated.delegation
        #expect(report.entries.count == 2, "two separate runs of claimed nodes: \(report.entries)")
        #expect(report.nodeCounts["replay"] == 4)
        // Every claimed node is a CONV_2D or FULLY_CONNECTED of the model.
        let summaryOps = try ModelOps.names(Self.model)
        for entry in report.entries {
            for node in entry.nodes { #expect(["CONV_2D", "FULLY_CONNECTED"].contains(summaryOps[node])) }
        }
        #expect(delegate.invocations == 2, "each partition ran once per invoke")
        try delegated.invoke()
        #expect(delegate.invocations == 4)
    }

    @Test func nodesComputedAtPrepareAreNotOffered() throws {
        let delegate = ReplayDelegate()
        let interpreter = try Interpreter(modelPath: Self.model, delegates: [delegate])
        let plain = try Interpreter(modelPath: Self.model)
        #expect(try run(interpreter) == run(plain))
        let taken = Set(interpreter.delegation.entries.flatMap(\.nodes))
        let ops = try ModelOps.names(Self.model)
        // SHAPE and the shape arithmetic after it are folded at prepare, so never delegated.
        for (index, name) in ops.enumerated() where name == "SHAPE" { #expect(!taken.contains(index)) }
        #expect(interpreter.delegation.entries.count == 1)
    }

    @Test func referenceModeNeverDelegates() throws {
        let interpreter = try Interpreter(modelPath: Self.model, options: .init(useReferenceKernels: true),
                                          delegates: [ReplayDelegate()])
        _ = try run(interpreter)
        #expect(interpreter.delegation.entries.isEmpty)
    }
}

/// Operator names of the main subgraph, read with the schema layer.
enum ModelOps {
    static func names(_ path: String) throws -> [String] {
        let file = try Model(path: path).file
        let codes = file.model.operatorCodes.map(Array.init) ?? []
        let ops = file.model.subgraphs?.first?.operators.map(Array.init) ?? []
        return ops.map { codes[Int($0.opcodeIndex)].displayName }
    }
}
