import Foundation
import Testing
import SwiftLite

/// Streaming models keep state in resource variables across invocations; `--steps` semantics.
@Suite struct StatefulModelTests {
    static let directory = GoldenCase.repository.appendingPathComponent("Tests/Fixtures/stateful")

    @Test(arguments: ["accumulator", "ring_buffer"])
    func stepsMatchTheOfficialRuntime(name: String) throws {
        let inputs = try NumpyArray(contentsOf: Self.directory.appendingPathComponent("\(name).steps_input_0.npy").path)
        let expected = try NumpyArray(contentsOf: Self.directory.appendingPathComponent("\(name).steps_output_0.npy").path)
        let interpreter = try Interpreter(modelPath: Self.directory.appendingPathComponent("\(name).tflite").path,
                                          options: .init(useReferenceKernels: true))
        let session = try InferenceSession(interpreter: interpreter)
        let outputs = try session.run(inputs: [("0", inputs)], steps: inputs.shape[0])
        #expect(outputs[0].shape == expected.shape)
        switch GoldenRunner.compare(outputs[0], expected, rtol: 1e-6, atol: 1e-6) {
        case .success: break
        case .failure(let mismatch): Issue.record("\(name): \(mismatch.message)")
        }
    }

    @Test func stateAdvancesOnlyWhenInvoked() throws {
        let interpreter = try Interpreter(modelPath: Self.directory.appendingPathComponent("accumulator.tflite").path)
        try interpreter.allocateTensors()
        try interpreter.copy([Float](repeating: 1, count: 4), toInputAt: 0)
        try interpreter.invoke()
        let first = try interpreter.output(at: 0).values(as: Float.self)
        try interpreter.invoke()
        let second = try interpreter.output(at: 0).values(as: Float.self)
        // state = 0.9 * state + 1; output = 2 * state.
        #expect(first == [Float](repeating: 2, count: 4))
        #expect(second.allSatisfy { abs($0 - 3.8) < 1e-5 })
        // A fresh interpreter on the same model starts from zero again.
        let fresh = try Interpreter(model: interpreter.model)
        try fresh.allocateTensors()
        try fresh.copy([Float](repeating: 1, count: 4), toInputAt: 0)
        try fresh.invoke()
        #expect(try fresh.output(at: 0).values(as: Float.self) == first)
    }
}
