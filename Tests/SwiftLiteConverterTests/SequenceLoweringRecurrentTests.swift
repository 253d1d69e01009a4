import KerasModel
import SwiftLiteSchema
import Testing
@testable import SwiftLiteConverter

/// Structure of the recurrent lowerings on hand-built layers (numbers are checked end to end against
/// Keras by the `seq_*` fixtures).
@Suite struct SequenceLoweringRecurrentTests {
    typealias M = SequenceTestModels

    @Test func lstmBecomesFusedOpWithStateResetEachInvoke() throws {
        let layer = M.recurrent("LSTM", units: 3, inputSize: 2)
        let graph = try GraphLowering.lower(M.graph(layer, inputs: [[nil, 5, 2]]))
        #expect(M.opcodes(graph) == [.stridedSlice, .zerosLike, .add, .add, .unidirectionalSequenceLstm, .stridedSlice])
        let lstm = try #require(graph.operators.first { $0.opcode == .unidirectionalSequenceLstm })
        #expect(lstm.inputs.count == 24)
        for omitted in [9, 10, 11, 16, 17, 20, 21, 22, 23] { #expect(lstm.inputs[omitted] == nil) }
        // The two state inputs are variable tensors without data, written by the zeroing ADDs.
        for (slot, mul) in [(18, 2), (19, 3)] {
            let state = try #require(lstm.inputs[slot])
            #expect(graph[state].isVariable)
            #expect(graph[state].data == nil)
            #expect(graph[state].shape == [-1, 3])
            #expect(graph.operators[mul].outputs == [state])
            let zeros = try #require(graph.operators[mul].inputs[1])
            #expect(graph[zeros].floatValues == [0, 0, 0])
        }
        // Input-to-forget weights are kernel columns 3..<6, transposed to [units, in]:
        // kernel[k][c] = 0.01 * (k * 12 + c).
        let forget = try #require(lstm.inputs[2])
        #expect(graph[forget].shape == [3, 2])
        var expectedForget: [Float] = []
        for u in 0..<3 { for k in 0..<2 { expectedForget.append(0.01 * Float(k * 12 + 3 + u)) } }
        #expect(graph[forget].floatValues == expectedForget)
        // Recurrent-to-output weights: recurrent kernel columns 9..<12, transposed.
        let recurrentOutput = try #require(lstm.inputs[8])
        var expectedRecurrent: [Float] = []
        for u in 0..<3 { for k in 0..<3 { expectedRecurrent.append(-0.2 + 0.01 * Float(k * 12 + 9 + u)) } }
        #expect(graph[recurrentOutput].floatValues == expectedRecurrent)
        let cellBias = try #require(lstm.inputs[14])
        let expectedBias: [Float] = (6...8).map { (index: Int) -> Float in 0.1 + 0.01 * Float(index) }
        #expect(graph[cellBias].floatValues == expectedBias)
        guard case .unidirectionalSequenceLSTMOptions(let options)? = lstm.options else {
            Issue.record("missing LSTM options")
            return
        }
        #expect(options.fusedActivationFunction == .tanh)
        #expect(options.cellClip == 0)
        #expect(!options.timeMajor)
        #expect(graph[graph.outputs[0].tensor].shape == [-1, 3])
    }

    @Test func lstmWithoutBiasUsesZeroGateBiases() throws {
        let layer = M.recurrent("LSTM", units: 2, inputSize: 2, useBias: false)
        let graph = try GraphLowering.lower(M.graph(layer, inputs: [[nil, 4, 2]]))
        let lstm = try #require(graph.operators.first { $0.opcode == .unidirectionalSequenceLstm })
        for slot in 12...15 { #expect(graph[try #require(lstm.inputs[slot])].floatValues == [0, 0]) }
    }

    @Test func goBackwardsReversesTimeAndReturnSequencesKeepsIt() throws {
        let layer = M.recurrent(
            "LSTM", units: 2, inputSize: 3, options: [("go_backwards", .bool(true)), ("return_sequences", .bool(true))])
        let graph = try GraphLowering.lower(M.graph(layer, inputs: [[nil, 4, 3]]))
        #expect(M.opcodes(graph).first == .reverseV2)
        #expect(M.opcodes(graph).last == .unidirectionalSequenceLstm)
        #expect(graph[graph.outputs[0].tensor].shape == [-1, 4, 2])
    }

    @Test func statefulLSTMKeepsItsStateAndNeedsAFixedBatch() throws {
        let layer = M.recurrent("LSTM", units: 2, inputSize: 3, options: [("stateful", .bool(true))])
        let graph = try GraphLowering.lower(M.graph(layer, inputs: [[2, 4, 3]]))
        #expect(M.opcodes(graph) == [.unidirectionalSequenceLstm, .stridedSlice])
        #expect(throws: ConversionError.self) { try GraphLowering.lower(M.graph(layer, inputs: [[nil, 4, 3]])) }
    }

    @Test func lstmReturnStateIsUnrolledWithThreeOutputs() throws {
        let layer = M.recurrent("LSTM", units: 2, inputSize: 3, options: [("return_state", .bool(true))])
        let graph = try GraphLowering.lower(M.graph(layer, inputs: [[nil, 4, 3]], outputs: 3))
        let ops = M.opcodes(graph)
        #expect(!ops.contains(.unidirectionalSequenceLstm))
        #expect(ops.first == .fullyConnected)
        #expect(ops.filter { $0 == .unpack }.count == 1)
        // One recurrent FULLY_CONNECTED per step after the first, plus the input projection.
        #expect(ops.filter { $0 == .fullyConnected }.count == 4)
        #expect(graph.outputs.count == 3)
        for output in graph.outputs { #expect(graph[output.tensor].shape == [-1, 2]) }
        // The last output (h) is the second output (the state h), as in Keras.
        #expect(graph.outputs[0].tensor == graph.outputs[1].tensor)
    }

    @Test func unrolledLayersNeedAFixedSequenceLength() throws {
        let layer = M.recurrent("GRU", units: 2, inputSize: 3)
        do {
            _ = try GraphLowering.lower(M.graph(layer, inputs: [[nil, nil, 3]]))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unsupported)
            #expect(error.layerClass == "GRU")
            #expect(error.message.contains("fixed sequence length"))
        }
    }

    @Test func gruIsUnrolledOverItsSteps() throws {
        let layer = M.recurrent("GRU", units: 2, inputSize: 3, options: [("return_sequences", .bool(true))])
        let graph = try GraphLowering.lower(M.graph(layer, inputs: [[nil, 3, 3]]))
        let ops = M.opcodes(graph)
        #expect(ops.last == .pack)
        #expect(ops.filter { $0 == .logistic }.count == 3 * 2)  // z and r per step
        #expect(ops.filter { $0 == .tanh }.count == 3)
        #expect(graph[graph.outputs[0].tensor].shape == [-1, 3, 2])
    }

    @Test func simpleRNNFusesTanhAndUnrollsSigmoid() throws {
        let tanh = M.recurrent("SimpleRNN", units: 2, inputSize: 3)
        let fused = try GraphLowering.lower(M.graph(tanh, inputs: [[nil, 4, 3]]))
        #expect(M.opcodes(fused) == [.stridedSlice, .zerosLike, .add, .unidirectionalSequenceRnn, .stridedSlice])
        let rnn = fused.operators[3]
        #expect(rnn.inputs.count == 5)
        #expect(fused[try #require(rnn.inputs[4])].isVariable)
        // Input weights [units, in]: kernel [in, units] transposed.
        var expected: [Float] = []
        for u in 0..<2 { for k in 0..<3 { expected.append(0.01 * Float(k * 2 + u)) } }
        #expect(fused[try #require(rnn.inputs[1])].floatValues == expected)

        let sigmoid = M.recurrent("SimpleRNN", units: 2, inputSize: 3, options: [("activation", .string("sigmoid"))])
        let unrolled = try GraphLowering.lower(M.graph(sigmoid, inputs: [[nil, 4, 3]]))
        #expect(!M.opcodes(unrolled).contains(.unidirectionalSequenceRnn))
        #expect(M.opcodes(unrolled).filter { $0 == .logistic }.count == 4)
    }

    /// A one-LSTM graph whose call gets `mask=` the second graph input (of `maskType`).
    static func maskedLSTM(maskType: String) -> KerasGraph {
        let layer = M.recurrent("LSTM", units: 2, inputSize: 3)
        let inputs = [
            KerasGraphInput(name: "x", spec: KerasTensorSpec(shape: [nil, 4, 3], dtype: "float32")),
            KerasGraphInput(name: "m", spec: KerasTensorSpec(shape: [nil, 4], dtype: maskType)),
        ]
        let node = KerasNode(
            layer: layer, args: [.tensor(KerasGraph.inputRef(0))], kwargs: [("mask", .tensor(KerasGraph.inputRef(1)))],
            outputSpecs: [])
        return KerasGraph(name: "m", inputs: inputs, nodes: [node], outputs: [(name: "out", tensor: KerasTensorRef(node: 0, output: 0))])
    }

    @Test func maskedSequencesAreUnrolledWithSelects() throws {
        let graph = try GraphLowering.lower(Self.maskedLSTM(maskType: "bool"))
        let ops = M.opcodes(graph)
        #expect(!ops.contains(.unidirectionalSequenceLstm))
        // h and c are selected at each of the 4 steps.
        #expect(ops.filter { $0 == .selectV2 }.count == 8)
        let select = try #require(graph.operators.first { $0.opcode == .selectV2 })
        #expect(graph[try #require(select.inputs[0])].shape == [-1, 1])
        #expect(graph[try #require(select.inputs[0])].type == .bool)

        do {
            _ = try GraphLowering.lower(Self.maskedLSTM(maskType: "float32"))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unsupported)
            #expect(error.message.contains("mask"))
        }
    }

    @Test func bidirectionalRunsBothDirectionsAndMerges() throws {
        let inner: JSONValue = .object([
            ("class_name", .string("LSTM")),
            ("config", .object([("units", .int(2)), ("return_sequences", .bool(true))])),
        ])
        let weights = [
            ("forward_layer/cell/vars/0", M.ramp([3, 8])), ("forward_layer/cell/vars/1", M.ramp([2, 8])),
            ("forward_layer/cell/vars/2", M.ramp([8])), ("backward_layer/cell/vars/0", M.ramp([3, 8], offset: 1)),
            ("backward_layer/cell/vars/1", M.ramp([2, 8], offset: 1)), ("backward_layer/cell/vars/2", M.ramp([8], offset: 1)),
        ]
        let concat = M.layer("Bidirectional", name: "bi", config: [("layer", inner), ("merge_mode", .string("concat"))], weights: weights)
        let graph = try GraphLowering.lower(M.graph(concat, inputs: [[nil, 4, 3]]))
        let ops = M.opcodes(graph)
        #expect(ops.filter { $0 == .unidirectionalSequenceLstm }.count == 2)
        // The backward layer reads the reversed input and its output sequence is reversed back.
        #expect(ops.filter { $0 == .reverseV2 }.count == 2)
        #expect(ops.last == .concatenation)
        #expect(graph[graph.outputs[0].tensor].shape == [-1, 4, 4])
        let lstms = graph.operators.filter { $0.opcode == .unidirectionalSequenceLstm }
        #expect(graph[try #require(lstms[1].inputs[1])].floatValues?.first == 1)  // backward kernel

        let none = M.layer("Bidirectional", name: "bi", config: [("layer", inner), ("merge_mode", .null)], weights: weights)
        let pair = try GraphLowering.lower(M.graph(none, inputs: [[nil, 4, 3]], outputs: 2))
        #expect(pair.outputs.count == 2)
        #expect(pair[pair.outputs[1].tensor].shape == [-1, 4, 2])
    }

    @Test func timeDistributedLowersItsInnerLayerOnMergedSteps() throws {
        let inner: JSONValue = .object([
            ("class_name", .string("LSTM")), ("module", .string("keras.layers")),
            ("config", .object([("name", .string("inner_lstm")), ("units", .int(2))])),
        ])
        let layer = M.layer(
            "TimeDistributed", name: "td", config: [("layer", inner)],
            weights: [("layer/cell/vars/0", M.ramp([3, 8])), ("layer/cell/vars/1", M.ramp([2, 8])), ("layer/cell/vars/2", M.ramp([8]))])
        // A fixed batch: [batch * time, ...] through the inner layer and back.
        let fixed = try GraphLowering.lower(M.graph(layer, inputs: [[3, 2, 5, 3]]))
        let fixedOps = M.opcodes(fixed)
        #expect(fixedOps.first == .reshape)
        #expect(fixedOps.last == .reshape)
        #expect(fixedOps.filter { $0 == .unidirectionalSequenceLstm }.count == 1)
        #expect(fixed[fixed.operators[0].outputs[0]].shape == [6, 5, 3])
        #expect(fixed[fixed.outputs[0].tensor].shape == [3, 2, 2])
        // A dynamic batch: the inner layer per time step, its weights emitted once.
        let graph = try GraphLowering.lower(M.graph(layer, inputs: [[nil, 2, 5, 3]]))
        let ops = M.opcodes(graph)
        #expect(ops.first == .unpack)
        #expect(ops.last == .pack)
        let lstms = graph.operators.filter { $0.opcode == .unidirectionalSequenceLstm }
        #expect(lstms.count == 2)
        #expect(lstms[0].inputs[1] == lstms[1].inputs[1])
        #expect(graph[graph.outputs[0].tensor].shape == [-1, 2, 2])

        let unknown: JSONValue = .object([("class_name", .string("Lambda")), ("config", .object([]))])
        let lambda = M.layer("TimeDistributed", name: "td2", config: [("layer", unknown)], weights: [])
        do {
            _ = try GraphLowering.lower(M.graph(lambda, inputs: [[nil, 2, 3]]))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unsupported)
            #expect(error.layer == "td2")
            #expect(error.message.contains("Lambda"))
        }
    }
}
