import Foundation
import KerasModel
import SwiftLite
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// Lowered recurrent layers run in SwiftLite against a direct transcription of Keras's cell
/// equations (written here from the Keras formulas, independent of the lowering).
@Suite struct SequenceLoweringNumericTests {
    typealias M = SequenceTestModels

    /// Pseudo-random values in [-scale, scale) from a fixed seed.
    static func noise(_ count: Int, seed: UInt64, scale: Float = 0.5) -> [Float] {
        var state = seed &* 6364136223846793005 &+ 1442695040888963407
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Float(state >> 40) / Float(1 << 24) * 2 - 1) * scale
        }
    }

    static func array(_ shape: [Int], seed: UInt64) -> KerasArray {
        KerasArray(shape: shape, values: noise(shape.reduce(1, *), seed: seed))
    }

    /// A recurrent layer with random weights.
    static func layer(_ className: String, units: Int, inputSize: Int, options: [(String, JSONValue)] = [], resetAfter: Bool = true) -> KerasLayer {
        let gates = className == "LSTM" ? 4 : (className == "GRU" ? 3 : 1)
        let biasShape = className == "GRU" && resetAfter ? [2, gates * units] : [gates * units]
        return M.layer(
            className, name: className.lowercased(),
            config: [("units", .int(units)), ("reset_after", .bool(resetAfter))] + options,
            weights: [
                ("cell/vars/0", array([inputSize, gates * units], seed: 1)),
                ("cell/vars/1", array([units, gates * units], seed: 2)),
                ("cell/vars/2", array(biasShape, seed: 3)),
            ])
    }

    static func sigmoid(_ x: Float) -> Float { 1 / (1 + exp(-x)) }

    /// `x · W[:, columns]` for row vector x and row-major W with `width` columns.
    static func project(_ x: [Float], _ w: KerasArray, column: Int, count: Int) -> [Float] {
        let width = w.shape[1]
        return (0..<count).map { j in
            var sum: Float = 0
            for (k, value) in x.enumerated() { sum += value * w.values[k * width + column + j] }
            return sum
        }
    }

    /// Keras LSTM over one sequence `[steps][in]`; returns the outputs of every step.
    static func referenceLSTM(_ sequence: [[Float]], layer: KerasLayer, units: Int) -> [[Float]] {
        let kernel = layer.weights.entries[0].array, recurrent = layer.weights.entries[1].array
        let bias = layer.weights.entries[2].array.values
        var h = [Float](repeating: 0, count: units), c = h
        var outputs: [[Float]] = []
        for x in sequence {
            let xw = project(x, kernel, column: 0, count: 4 * units)
            let hr = project(h, recurrent, column: 0, count: 4 * units)
            let z = (0..<(4 * units)).map { xw[$0] + hr[$0] + bias[$0] }
            for j in 0..<units {
                let i = sigmoid(z[j]), f = sigmoid(z[units + j]), g = tanh(z[2 * units + j]), o = sigmoid(z[3 * units + j])
                c[j] = f * c[j] + i * g
                h[j] = o * tanh(c[j])
            }
            outputs.append(h)
        }
        return outputs
    }

    /// Keras GRU (reset_after true or false) over one sequence; outputs of every step.
    static func referenceGRU(_ sequence: [[Float]], layer: KerasLayer, units: Int, resetAfter: Bool) -> [[Float]] {
        let kernel = layer.weights.entries[0].array, recurrent = layer.weights.entries[1].array
        let bias = layer.weights.entries[2].array.values
        let inputBias = Array(bias.prefix(3 * units))
        let recurrentBias = resetAfter ? Array(bias[(3 * units)...]) : [Float](repeating: 0, count: 3 * units)
        var h = [Float](repeating: 0, count: units)
        var outputs: [[Float]] = []
        for x in sequence {
            let xw = project(x, kernel, column: 0, count: 3 * units)
            let hr = project(h, recurrent, column: 0, count: 3 * units)
            var next = h
            var r = [Float](repeating: 0, count: units), z = r
            for j in 0..<units {
                z[j] = sigmoid(xw[j] + inputBias[j] + hr[j] + recurrentBias[j])
                r[j] = sigmoid(xw[units + j] + inputBias[units + j] + hr[units + j] + recurrentBias[units + j])
            }
            let resetRecurrent = resetAfter
                ? (0..<units).map { r[$0] * (hr[2 * units + $0] + recurrentBias[2 * units + $0]) }
                : project((0..<units).map { r[$0] * h[$0] }, recurrent, column: 2 * units, count: units)
            for j in 0..<units {
                let candidate = tanh(xw[2 * units + j] + inputBias[2 * units + j] + resetRecurrent[j])
                next[j] = z[j] * h[j] + (1 - z[j]) * candidate
            }
            h = next
            outputs.append(h)
        }
        return outputs
    }

    /// Runs the lowered `layer` on `input [batch, steps, in]` `times` times on one interpreter.
    static func run(_ layer: KerasLayer, input: [[[Float]]], times: Int) throws -> [[Float]] {
        let (batch, steps, inputSize) = (input.count, input[0].count, input[0][0].count)
        let graph = try GraphLowering.lower(M.graph(layer, inputs: [[nil, steps, inputSize]]))
        let interpreter = try Interpreter(modelData: Data(try TFLiteExporter.serialize(graph)))
        try interpreter.resizeInput(at: 0, to: Tensor.Shape([batch, steps, inputSize]))
        try interpreter.allocateTensors()
        var results: [[Float]] = []
        for _ in 0..<times {
            try interpreter.copy(input.flatMap { $0.flatMap { $0 } }, toInputAt: 0)
            try interpreter.invoke()
            results.append(try interpreter.output(at: 0).values(as: Float.self))
        }
        return results
    }

    static func sequences(batch: Int, steps: Int, inputSize: Int) -> [[[Float]]] {
        let flat = noise(batch * steps * inputSize, seed: 9, scale: 1)
        return (0..<batch).map { b in (0..<steps).map { t in Array(flat[((b * steps + t) * inputSize)..<((b * steps + t + 1) * inputSize)]) } }
    }

    static func expectClose(_ actual: [Float], _ expected: [Float]) {
        #expect(actual.count == expected.count)
        let worst = zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-5, "max difference \(worst)")
    }

    @Test func fusedLSTMMatchesTheCellEquationsOnEveryInvoke() throws {
        let layer = Self.layer("LSTM", units: 3, inputSize: 2, options: [("return_sequences", .bool(true))])
        let input = Self.sequences(batch: 2, steps: 5, inputSize: 2)
        let expected = input.flatMap { Self.referenceLSTM($0, layer: layer, units: 3).flatMap { $0 } }
        let runs = try Self.run(layer, input: input, times: 2)
        Self.expectClose(runs[0], expected)
        // The state is reset before each invoke: the second run gives the same answer.
        #expect(runs[1] == runs[0])
    }

    @Test func unrolledLSTMMatchesTheFusedOne() throws {
        // return_state forces the unrolled form; its sequence output must agree with the reference.
        let layer = Self.layer(
            "LSTM", units: 3, inputSize: 2, options: [("return_sequences", .bool(true)), ("return_state", .bool(true))])
        let input = Self.sequences(batch: 2, steps: 4, inputSize: 2)
        let expected = input.flatMap { Self.referenceLSTM($0, layer: layer, units: 3).flatMap { $0 } }
        Self.expectClose(try Self.run(layer, input: input, times: 1)[0], expected)
    }

    @Test(arguments: [true, false])
    func unrolledGRUMatchesTheCellEquations(resetAfter: Bool) throws {
        let layer = Self.layer("GRU", units: 3, inputSize: 2, options: [("return_sequences", .bool(true))], resetAfter: resetAfter)
        let input = Self.sequences(batch: 2, steps: 4, inputSize: 2)
        let expected = input.flatMap { Self.referenceGRU($0, layer: layer, units: 3, resetAfter: resetAfter).flatMap { $0 } }
        Self.expectClose(try Self.run(layer, input: input, times: 1)[0], expected)
    }
}
