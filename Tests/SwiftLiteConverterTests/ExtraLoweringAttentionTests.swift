import Foundation
import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

private typealias H = ExtraHarness

/// A plain reference for one batch element: scores `[Tq, Tv]` → softmax rows → weighted values.
private func attend(scores: [[Double]], values: [[Double]], causal: Bool = false) -> (output: [Float], weights: [Float]) {
    var weights: [[Double]] = []
    for (i, row) in scores.enumerated() {
        let masked = row.enumerated().map { j, s in causal && j > i ? -Double.infinity : s }
        let top = masked.max() ?? 0
        let e = masked.map { exp($0 - top) }
        let total = e.reduce(0, +)
        weights.append(e.map { $0 / total })
    }
    var output: [Float] = []
    for row in weights {
        for d in 0..<values[0].count {
            output.append(Float(zip(row, values).map { $0 * $1[d] }.reduce(0, +)))
        }
    }
    return (output, weights.flatMap { $0.map(Float.init) })
}

private let query: [[Double]] = [[0.5, -1], [1, 0.25]]
private let value: [[Double]] = [[1, 0], [0.5, -0.5], [-1, 2]]
private let key: [[Double]] = [[0.2, 0.1], [-0.3, 0.8], [1.5, -0.4]]

private func flat(_ rows: [[Double]]) -> [Float] { rows.flatMap { $0.map(Float.init) } }

/// The `[q, v, k]` list argument and the shapes of the three inputs.
private let threeInputs: [KerasArgument] = [.list([.tensor(KerasGraph.inputRef(0)), .tensor(KerasGraph.inputRef(1)), .tensor(KerasGraph.inputRef(2))])]
private let shapes: [[Int?]] = [[nil, 2, 2], [nil, 3, 2], [nil, 3, 2]]
private let feeds: [(shape: [Int], values: [Float])] = [([1, 2, 2], flat(query)), ([1, 3, 2], flat(value)), ([1, 3, 2], flat(key))]

private func scalar(_ value: Float) -> KerasArray { KerasArray(shape: [], values: [value]) }

@Suite struct ExtraLoweringAttentionTests {
    @Test func dotAttentionWithScaleAndScores() throws {
        let layer = H.layer("Attention", config: [("use_scale", .bool(true)), ("score_mode", .string("dot"))], weights: [("vars/0", scalar(0.7))])
        let graph = try H.lower(layer, inputs: shapes, args: threeInputs, kwargs: [("return_attention_scores", .value(.bool(true)))], outputs: 2)
        #expect(graph.output(0).shape == [-1, 2, 2])
        #expect(graph.output(1).shape == [-1, 2, 3])
        let scores = query.map { q in key.map { k in 0.7 * zip(q, k).map(*).reduce(0, +) } }
        let expected = attend(scores: scores, values: value)
        let out = try H.run(graph, feeds)
        H.expectClose(out[0], expected.output)
        H.expectClose(out[1], expected.weights)
    }

    @Test func causalDotAttentionWithoutKey() throws {
        let layer = H.layer("Attention")
        let args: [KerasArgument] = [.list([.tensor(KerasGraph.inputRef(0)), .tensor(KerasGraph.inputRef(1))])]
        let graph = try H.lower(layer, inputs: [[nil, 2, 2], [nil, 3, 2]], args: args, kwargs: [("use_causal_mask", .value(.bool(true)))])
        #expect(graph.opcodes.contains(.add))
        let scores = query.map { q in value.map { v in zip(q, v).map(*).reduce(0, +) } }
        let out = try H.run(graph, Array(feeds.prefix(2)))
        H.expectClose(out[0], attend(scores: scores, values: value, causal: true).output)
    }

    @Test func concatScores() throws {
        let layer = H.layer(
            "Attention", config: [("use_scale", .bool(true)), ("score_mode", .string("concat"))],
            weights: [("vars/0", scalar(0.5)), ("vars/1", scalar(1.5))])
        let graph = try H.lower(layer, inputs: shapes, args: threeInputs)
        let scores = query.map { q in key.map { k in 1.5 * zip(q, k).map { tanh(0.5 * ($0 + $1)) }.reduce(0, +) } }
        H.expectClose(try H.run(graph, feeds)[0], attend(scores: scores, values: value).output)
    }

    @Test func additiveAttentionWithScaleVector() throws {
        let layer = H.layer("AdditiveAttention", config: [("use_scale", .bool(true))], weights: [("vars/0", KerasArray(shape: [2], values: [0.8, -1.2]))])
        let graph = try H.lower(layer, inputs: shapes, args: threeInputs)
        let scale = [0.8, -1.2]
        let scores = query.map { q in key.map { k in (0..<2).map { scale[$0] * tanh(q[$0] + k[$0]) }.reduce(0, +) } }
        H.expectClose(try H.run(graph, feeds)[0], attend(scores: scores, values: value).output)
        let plain = try H.lower(H.layer("AdditiveAttention", config: [("use_scale", .bool(false))]), inputs: shapes, args: threeInputs)
        let plainScores = query.map { q in key.map { k in (0..<2).map { tanh(q[$0] + k[$0]) }.reduce(0, +) } }
        H.expectClose(try H.run(plain, feeds)[0], attend(scores: plainScores, values: value).output)
    }

    @Test func inputsAsKeywordAndLegacyWeights() throws {
        let layer = H.layer("Attention", config: [("use_scale", .bool(true))], weights: [("scale", scalar(2))], format: .legacyH5)
        let graph = try H.lower(layer, inputs: shapes, args: [], kwargs: [("inputs", threeInputs[0])])
        let scores = query.map { q in key.map { k in 2 * zip(q, k).map(*).reduce(0, +) } }
        H.expectClose(try H.run(graph, feeds)[0], attend(scores: scores, values: value).output)
    }

    @Test func masksAndUnknownModesAreRefused() {
        H.expectUnsupported("`mask`") {
            let mask: KerasArgument = .list([.tensor(KerasGraph.inputRef(0)), .value(.null)])
            _ = try H.lower(H.layer("Attention"), inputs: shapes, args: threeInputs, kwargs: [("mask", mask)])
        }
        H.expectUnsupported("score_mode") {
            _ = try H.lower(H.layer("Attention", config: [("score_mode", .string("general"))]), inputs: shapes, args: threeInputs)
        }
        H.expectUnsupported("fixed sequence lengths") {
            _ = try H.lower(H.layer("Attention"), inputs: [[nil, nil, 2], [nil, nil, 2]], args: [.list([.tensor(KerasGraph.inputRef(0)), .tensor(KerasGraph.inputRef(1))])], kwargs: [("use_causal_mask", .value(.bool(true)))])
        }
    }

    @Test func groupedQueryAttentionSharesKeyValueHeads() throws {
        // Two query heads over one key/value head, head_dim 1, one feature, no biases.
        let wq: [Float] = [0.5, -1.5], wk: [Float] = [2], wv: [Float] = [-1], wo: [Float] = [1, 0.25]
        let layer = H.layer(
            "GroupQueryAttention",
            config: [("head_dim", .int(1)), ("num_query_heads", .int(2)), ("num_key_value_heads", .int(1)), ("use_bias", .bool(false))],
            weights: [
                ("_query_dense/vars/0", KerasArray(shape: [1, 2, 1], values: wq)), ("_key_dense/vars/0", KerasArray(shape: [1, 1, 1], values: wk)),
                ("_value_dense/vars/0", KerasArray(shape: [1, 1, 1], values: wv)), ("_output_dense/vars/0", KerasArray(shape: [2, 1, 1], values: wo)),
            ])
        let args: [KerasArgument] = [.tensor(KerasGraph.inputRef(0)), .tensor(KerasGraph.inputRef(1))]
        let graph = try H.lower(layer, inputs: [[nil, 2, 1], [nil, 3, 1]], args: args)
        let xs: [Double] = [0.3, -0.8], ys: [Double] = [1, -0.5, 0.25]
        var expected: [Float] = []
        for x in xs {
            var total = 0.0
            for head in 0..<2 {
                let scores = ys.map { [Double(wq[head]) * x * Double(wk[0]) * $0] }.map { $0[0] }
                let result = attend(scores: [scores], values: ys.map { [Double(wv[0]) * $0] }).output[0]
                total += Double(result) * Double(wo[head])
            }
            expected.append(Float(total))
        }
        H.expectClose(try H.run(graph, [([1, 2, 1], xs.map(Float.init)), ([1, 3, 1], ys.map(Float.init))])[0], expected)
        // The shared head is repeated in the key projection's weights.
        let keyWeights = graph.operators.filter { $0.opcode == .fullyConnected }[1].inputs[1].flatMap { graph[$0].floatValues }
        #expect(keyWeights == [2, 2])
    }
}
