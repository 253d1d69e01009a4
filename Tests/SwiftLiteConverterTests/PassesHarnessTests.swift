import Foundation
import SwiftLiteSchema
import Testing
import TestSupport
@testable import SwiftLiteConverter

/// SplitMix64 (shared test generator).
typealias SeededRandom = SplitMix64

/// Runs graphs before and after a rewrite on the same random inputs.
enum PassHarness {
    /// Random float inputs for `graph`, dynamic dimensions set to `batch`.
    static func randomInputs(for graph: Graph, batch: Int, seed: UInt64) -> [GraphRunner.Value] {
        var random = SeededRandom(seed: seed)
        return graph.inputs.map { endpoint in
            let shape = graph[endpoint.tensor].shape.map { $0 < 0 ? batch : $0 }
            return GraphRunner.Value(shape: shape, floats: random.floats(shape.reduce(1, *), -2, 2))
        }
    }

    /// Checks that `before` and `after` give the same outputs on random inputs at two batch
    /// sizes: each difference within 1e-5 of the output's largest magnitude (normwise relative
    /// error; reassociated sums such as folded weights differ by float32 rounding of that size,
    /// any rewrite error by far more).
    static func expectEquivalent(_ before: Graph, _ after: Graph, seed: UInt64 = 7, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for batch in [1, 3] {
            let inputs = randomInputs(for: before, batch: batch, seed: seed &+ UInt64(batch))
            let expected = try GraphRunner.run(before, inputs: inputs)
            let got = try GraphRunner.run(after, inputs: inputs)
            #expect(got.count == expected.count, sourceLocation: sourceLocation)
            for (g, e) in zip(got, expected) {
                #expect(g.shape == e.shape, sourceLocation: sourceLocation)
                let want = e.floats
                let have = g.floats
                let scale = want.map { abs($0) }.max() ?? 0
                let worst = zip(have, want).map { abs($0 - $1) / max(abs($1), scale, 1e-30) }.max() ?? 0
                let absWorst = zip(have, want).map { abs($0 - $1) }.max() ?? 0
                #expect(worst <= 1e-5, "max relative difference \(worst) at batch \(batch) (abs \(absWorst), output scale \(scale))", sourceLocation: sourceLocation)
            }
        }
    }

    /// Op counts by opcode name.
    static func histogram(_ graph: Graph) -> [String: Int] {
        var counts: [String: Int] = [:]
        for op in graph.operators { counts[op.opcode.name ?? "?", default: 0] += 1 }
        return counts
    }
}

@Test func passHarnessDetectsADifference() throws {
    // The harness must fail on graphs that differ, or the pass tests prove nothing.
    var a = Graph()
    let x = a.addTensor(name: "x", shape: [-1, 4])
    let y = a.addOperator(.relu, inputs: [x], output: "y", shape: [-1, 4], origin: "y")
    a.inputs = [GraphEndpoint(name: "x", tensor: x)]
    a.outputs = [GraphEndpoint(name: "y", tensor: y)]
    var b = a
    b.operators[0].opcode = .relu6
    let inputs = PassHarness.randomInputs(for: a, batch: 2, seed: 1).map { GraphRunner.Value(shape: $0.shape, floats: $0.floats.map { $0 * 10 }) }
    let ya = try GraphRunner.run(a, inputs: inputs)[0].floats
    let yb = try GraphRunner.run(b, inputs: inputs)[0].floats
    #expect(ya != yb)
}
