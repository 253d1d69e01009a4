import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// Structure of the MultiHeadAttention lowering on hand-built layers (numbers are checked end to
/// end against Keras by the `seq_mha_*` fixtures).
@Suite struct SequenceLoweringAttentionTests {
    typealias M = SequenceTestModels

    static func attention(
        heads: Int = 2, keyDim: Int = 3, width: Int = 4, options: [(String, JSONValue)] = []
    ) -> KerasLayer {
        M.layer(
            "MultiHeadAttention", name: "mha",
            config: [("num_heads", .int(heads)), ("key_dim", .int(keyDim))] + options,
            weights: [
                ("query_dense/vars/0", M.ramp([width, heads, keyDim])), ("query_dense/vars/1", M.ramp([heads, keyDim])),
                ("key_dense/vars/0", M.ramp([width, heads, keyDim])), ("key_dense/vars/1", M.ramp([heads, keyDim])),
                ("value_dense/vars/0", M.ramp([width, heads, keyDim])), ("value_dense/vars/1", M.ramp([heads, keyDim])),
                ("output_dense/vars/0", M.ramp([heads, keyDim, width])), ("output_dense/vars/1", M.ramp([width])),
            ])
    }

    @Test func selfAttentionProjectsSplitsHeadsAndAttends() throws {
        let graph = try GraphLowering.lower(M.graph(Self.attention(), inputs: [[nil, 5, 4], [nil, 5, 4]]))
        let ops = M.opcodes(graph)
        #expect(ops.filter { $0 == .fullyConnected }.count == 4)
        #expect(ops.filter { $0 == .batchMatmul }.count == 2)
        #expect(ops.filter { $0 == .softmax }.count == 1)
        #expect(ops.filter { $0 == .transpose }.count == 4)
        #expect(graph[graph.outputs[0].tensor].shape == [-1, 5, 4])
        // The query kernel [4, 2, 3] becomes FULLY_CONNECTED weights [6, 4] scaled by 1/sqrt(3).
        let query = graph.operators[0]
        let weights = try #require(query.inputs[1])
        #expect(graph[weights].shape == [6, 4])
        let scale = Float(1 / Double(3).squareRoot())
        let values = try #require(graph[weights].floatValues)
        for o in 0..<6 {
            for d in 0..<4 {
                let kernel = 0.01 * Float(d * 6 + o)
                #expect(abs(values[o * 4 + d] - kernel * scale) < 1e-7)
            }
        }
        let scores = try #require(graph.operators.first { $0.opcode == .batchMatmul })
        guard case .batchMatMulOptions(let options)? = scores.options else {
            Issue.record("missing BATCH_MATMUL options")
            return
        }
        #expect(options.adjY)
        #expect(graph[scores.outputs[0]].shape == [-1, 2, 5, 5])
    }

    @Test func causalMaskIsAnAdditiveLowerTriangle() throws {
        let graph = try GraphLowering.lower(M.graph(
            Self.attention(), inputs: [[nil, 3, 4], [nil, 3, 4]], kwargs: [("use_causal_mask", .value(.bool(true)))]))
        let add = try #require(graph.operators.first { $0.opcode == .add })
        let mask = try #require(add.inputs[1])
        #expect(graph[mask].shape == [3, 3])
        #expect(graph[mask].floatValues == [0, -1e9, -1e9, 0, 0, -1e9, 0, 0, 0])
    }

    @Test func returnAttentionScoresAddsASecondOutput() throws {
        let graph = try GraphLowering.lower(M.graph(
            Self.attention(), inputs: [[nil, 3, 4], [nil, 6, 4]], kwargs: [("return_attention_scores", .value(.bool(true)))],
            outputs: 2))
        #expect(graph[graph.outputs[1].tensor].shape == [-1, 2, 3, 6])
        #expect(graph[graph.outputs[0].tensor].shape == [-1, 3, 4])
    }

    @Test func attentionMaskTensorsAreRefused() throws {
        let base = M.graph(Self.attention(), inputs: [[nil, 3, 4], [nil, 3, 4], [nil, 3, 3]])
        var node = base.nodes[0]
        node.args = [.tensor(KerasGraph.inputRef(0)), .tensor(KerasGraph.inputRef(1))]
        node.kwargs = [("attention_mask", .tensor(KerasGraph.inputRef(2)))]
        let graph = KerasGraph(name: "m", inputs: base.inputs, nodes: [node], outputs: base.outputs)
        do {
            _ = try GraphLowering.lower(graph)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unsupported)
            #expect(error.layerClass == "MultiHeadAttention")
            #expect(error.message.contains("attention_mask"))
        }
    }

    @Test func otherAttentionAxesAreRefused() throws {
        let layer = Self.attention(options: [("attention_axes", .array([.int(2)]))])
        #expect(throws: ConversionError.self) {
            try GraphLowering.lower(M.graph(layer, inputs: [[nil, 3, 4], [nil, 3, 4]]))
        }
    }
}
