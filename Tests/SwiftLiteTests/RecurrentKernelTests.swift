import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// UNIDIRECTIONAL_SEQUENCE_LSTM, RNN, UNIDIRECTIONAL_SEQUENCE_RNN and SVDF against the textbook
/// equations (computed here in double precision), state carried across invocations, and errors.
@Suite struct RecurrentKernelTests {
    /// An LSTM configuration and its random weights.
    struct LSTMCase {
        var steps = 3, batches = 2, inputs = 3, cells = 4
        var timeMajor = false, cifg = false, peephole = false, projection = false, layerNorm = false
        var cellClip: Float = 0, projectionClip: Float = 0
        var outputs: Int { projection ? 2 : cells }

        func weights(_ slot: Int) -> [Float]? {
            let seed = UInt64(100 + slot)
            switch slot {
            case 1...4: return cifg && slot == 1 ? nil : ExtraOpModel.randomFloats(cells * inputs, seed: seed)
            case 5...8: return cifg && slot == 5 ? nil : ExtraOpModel.randomFloats(cells * outputs, seed: seed)
            case 9...11: return !peephole || (cifg && slot == 9) ? nil : ExtraOpModel.randomFloats(cells, seed: seed)
            case 12...15: return cifg && slot == 12 ? nil : ExtraOpModel.randomFloats(cells, seed: seed).map { $0 * 0.5 }
            case 16: return projection ? ExtraOpModel.randomFloats(outputs * cells, seed: seed) : nil
            case 17: return projection ? ExtraOpModel.randomFloats(outputs, seed: seed) : nil
            case 20...23: return !layerNorm || (cifg && slot == 20) ? nil : ExtraOpModel.randomFloats(cells, seed: seed).map { $0 + 1 }
            default: return nil
            }
        }

        func shape(_ slot: Int) -> [Int] {
            switch slot {
            case 1...4: [cells, inputs]
            case 5...8: [cells, outputs]
            case 16: [outputs, cells]
            case 17: [outputs]
            default: [cells]
            }
        }

        func model(steps: Int? = nil, variableState: Bool = true) -> ExtraOpModel {
            var o = UnidirectionalSequenceLSTMOptions()
            o.fusedActivationFunction = .tanh
            o.cellClip = cellClip
            o.projClip = projectionClip
            o.timeMajor = timeMajor
            var model = ExtraOpModel(.unidirectionalSequenceLstm, options: .unidirectionalSequenceLSTMOptions(o))
            let t = steps ?? self.steps
            var slots = [model.addInput(timeMajor ? [t, batches, inputs] : [batches, t, inputs])]
            for slot in 1..<24 {
                if slot == 18 || slot == 19 {
                    let shape = [batches, slot == 18 ? outputs : cells]
                    slots.append(variableState ? model.addVariable(shape)
                                               : model.addConstant([Float](repeating: 0, count: shape[0] * shape[1]), shape: shape))
                } else if let values = weights(slot) {
                    slots.append(model.addConstant(values, shape: shape(slot)))
                } else {
                    slots.append(-1)
                }
            }
            model.operatorInputs = slots
            model.addOutput()
            return model
        }

        /// The LSTM equations in double precision; returns the outputs in the input's layout.
        func expected(_ input: [Float]) -> [Float] {
            func w(_ slot: Int) -> [Double]? { weights(slot)?.map(Double.init) }
            func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
            var result = [Float](repeating: 0, count: steps * batches * outputs)
            for b in 0..<batches {
                var h = [Double](repeating: 0, count: outputs)
                var c = [Double](repeating: 0, count: cells)
                for t in 0..<steps {
                    let row = timeMajor ? t * batches + b : b * steps + t
                    let x = (0..<inputs).map { Double(input[row * inputs + $0]) }
                    func gate(_ g: Int, cell: [Double]?) -> [Double] {
                        let wi = w(1 + g)!, wr = w(5 + g)!, bias = w(12 + g)!
                        var sum = (0..<cells).map { i in
                            (0..<inputs).reduce(0.0) { $0 + wi[i * inputs + $1] * x[$1] }
                                + (0..<outputs).reduce(0.0) { $0 + wr[i * outputs + $1] * h[$1] }
                        }
                        if let cell, let p = w(g == 3 ? 11 : 9 + g) { for i in 0..<cells { sum[i] += p[i] * cell[i] } }
                        if let ln = w(20 + g) {
                            let mean = sum.reduce(0, +) / Double(cells)
                            let variance = sum.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(cells)
                            return (0..<cells).map { (sum[$0] - mean) / (variance + 1e-8).squareRoot() * ln[$0] + bias[$0] }
                        }
                        return (0..<cells).map { sum[$0] + bias[$0] }
                    }
                    let f = gate(1, cell: c).map(sigmoid)
                    let i = cifg ? f.map { 1 - $0 } : gate(0, cell: c).map(sigmoid)
                    let g = gate(2, cell: nil).map(tanh)
                    c = (0..<cells).map { k in
                        let value = f[k] * c[k] + i[k] * g[k]
                        return cellClip > 0 ? min(max(value, -Double(cellClip)), Double(cellClip)) : value
                    }
                    let o = gate(3, cell: c).map(sigmoid)
                    let m = (0..<cells).map { o[$0] * tanh(c[$0]) }
                    if let p = w(16) {
                        let bias = w(17) ?? [Double](repeating: 0, count: outputs)
                        h = (0..<outputs).map { r in
                            let value = (0..<cells).reduce(bias[r]) { $0 + p[r * cells + $1] * m[$1] }
                            return projectionClip > 0 ? min(max(value, -Double(projectionClip)), Double(projectionClip)) : value
                        }
                    } else {
                        h = m
                    }
                    for k in 0..<outputs { result[row * outputs + k] = Float(h[k]) }
                }
            }
            return result
        }
    }

    static let lstmCases: [LSTMCase] = [
        LSTMCase(),
        LSTMCase(timeMajor: true, peephole: true, cellClip: 0.5),
        LSTMCase(cifg: true, peephole: true, projection: true, cellClip: 1.5, projectionClip: 0.3),
        LSTMCase(timeMajor: true, peephole: true, projection: true, layerNorm: true),
        LSTMCase(cifg: true, layerNorm: true),
    ]

    @Test(arguments: lstmCases.indices)
    func lstmMatchesTheEquations(index: Int) throws {
        let lstm = Self.lstmCases[index]
        let input = ExtraOpModel.randomFloats(lstm.steps * lstm.batches * lstm.inputs, seed: 9).map { $0 * 2 }
        let result = try lstm.model().run([input])[0]
        let shape = lstm.timeMajor ? [lstm.steps, lstm.batches, lstm.outputs] : [lstm.batches, lstm.steps, lstm.outputs]
        #expect(result.shape == shape)
        #expect(ExtraOpModel.close(result.values, lstm.expected(input), tolerance: 1e-5))
    }

    @Test func lstmKeepsItsStateAcrossInvocations() throws {
        // Three one-step invocations give the same outputs as one three-step sequence.
        let lstm = LSTMCase(batches: 1, peephole: true, projection: true)
        let input = ExtraOpModel.randomFloats(lstm.steps * lstm.inputs, seed: 11)
        let whole = try lstm.model().run([input])[0].values
        let interpreter = try lstm.model(steps: 1).interpreter()
        var pieces: [Float] = []
        for t in 0..<lstm.steps {
            let slice = Array(input[(t * lstm.inputs)..<((t + 1) * lstm.inputs)])
            pieces += try ExtraOpModel.invoke(interpreter, [slice])[0].values
        }
        #expect(ExtraOpModel.close(pieces, whole, tolerance: 1e-6))
    }

    @Test func lstmRejectsConstantStateAndBadLayouts() throws {
        let error = try #require(throws: SwiftLiteError.self) { try LSTMCase().model(variableState: false).interpreter() }
        #expect(error.code == .invalidArgument)

        var shortNode = LSTMCase().model()
        shortNode.operatorInputs = Array(shortNode.operatorInputs!.prefix(22))
        #expect(throws: SwiftLiteError.self) { try shortNode.interpreter() }

        // Input-to-input weights without recurrent-to-input weights.
        var halfCIFG = LSTMCase().model()
        halfCIFG.operatorInputs![5] = -1
        #expect(throws: SwiftLiteError.self) { try halfCIFG.interpreter() }
    }

    // MARK: RNN

    @Test func rnnStepByHand() throws {
        var o = RNNOptions()
        o.fusedActivationFunction = .relu
        var model = ExtraOpModel(.rnn, options: .rnnOptions(o))
        model.addInput([1, 2])
        model.addConstant([1, 0, 0, 1, 1, 1], shape: [3, 2])
        model.addConstant([1, 0, 0, 0, 1, 0, 0, 0, 1], shape: [3, 3])  // identity
        model.addConstant([0, 0, -1], shape: [3])
        model.addVariable([1, 3])
        model.addOutput()
        let interpreter = try model.interpreter()
        // h1 = relu([1, 2, 3 - 1]) = [1, 2, 2]; h2 = relu([1, 2, 2] + h1) = [2, 4, 4].
        #expect(try ExtraOpModel.invoke(interpreter, [[1, 2]])[0].values == [1, 2, 2])
        #expect(try ExtraOpModel.invoke(interpreter, [[1, 2]])[0].values == [2, 4, 4])
    }

    @Test(arguments: [true, false])
    func sequenceRNNMatchesRepeatedSteps(timeMajor: Bool) throws {
        let (steps, batches, inputs, units) = (4, 2, 3, 5)
        let weights = ExtraOpModel.randomFloats(units * inputs, seed: 21)
        let recurrent = ExtraOpModel.randomFloats(units * units, seed: 22)
        let bias = ExtraOpModel.randomFloats(units, seed: 23)
        let input = ExtraOpModel.randomFloats(steps * batches * inputs, seed: 24)
        var o = SequenceRNNOptions()
        o.timeMajor = timeMajor
        o.fusedActivationFunction = .tanh
        var model = ExtraOpModel(.unidirectionalSequenceRnn, options: .sequenceRNNOptions(o))
        model.addInput(timeMajor ? [steps, batches, inputs] : [batches, steps, inputs])
        model.addConstant(weights, shape: [units, inputs])
        model.addConstant(recurrent, shape: [units, units])
        model.addConstant(bias, shape: [units])
        model.addVariable([batches, units])
        model.addOutput()
        let result = try model.run([input])[0]
        var expected = [Float](repeating: 0, count: steps * batches * units)
        for b in 0..<batches {
            var h = [Double](repeating: 0, count: units)
            for t in 0..<steps {
                let row = timeMajor ? t * batches + b : b * steps + t
                h = (0..<units).map { u in
                    var sum = Double(bias[u])
                    for k in 0..<inputs { sum += Double(weights[u * inputs + k]) * Double(input[row * inputs + k]) }
                    for k in 0..<units { sum += Double(recurrent[u * units + k]) * h[k] }
                    return tanh(sum)
                }
                for u in 0..<units { expected[row * units + u] = Float(h[u]) }
            }
        }
        #expect(ExtraOpModel.close(result.values, expected))
    }

    @Test func rnnRejectsMismatchedState() throws {
        var model = ExtraOpModel(.rnn, options: .rnnOptions(RNNOptions()))
        model.addInput([2, 2])
        model.addConstant([1, 0, 0, 1], shape: [2, 2])
        model.addConstant([1, 0, 0, 1], shape: [2, 2])
        model.addConstant([0, 0], shape: [2])
        model.addVariable([1, 2])
        model.addOutput()
        let error = try #require(throws: SwiftLiteError.self) { try model.interpreter() }
        #expect(error.code == .shapeMismatch)
    }

    // MARK: SVDF

    @Test func svdfRemembersPastActivations() throws {
        // 1 batch, 2 inputs, 4 filters of rank 2 (2 units), memory 3.
        let (inputs, filters, memory, rank) = (2, 4, 3, 2)
        let feature = ExtraOpModel.randomFloats(filters * inputs, seed: 31)
        let time = ExtraOpModel.randomFloats(filters * memory, seed: 32)
        let bias: [Float] = [0.1, -0.2]
        var o = SVDFOptions()
        o.rank = Int32(rank)
        var model = ExtraOpModel(.svdf, options: .svdfOptions(o))
        model.addInput([1, inputs])
        model.addConstant(feature, shape: [filters, inputs])
        model.addConstant(time, shape: [filters, memory])
        model.addConstant(bias, shape: [2])
        model.addVariable([1, memory * filters])
        model.addOutput()
        let interpreter = try model.interpreter()
        var history: [[Double]] = []  // per step, each filter's feature activation
        for step in 0..<5 {
            let x = ExtraOpModel.randomFloats(inputs, seed: UInt64(40 + step))
            history.append((0..<filters).map { f in (0..<inputs).reduce(0.0) { $0 + Double(feature[f * inputs + $1]) * Double(x[$1]) } })
            // Memory slot m holds the activation from (memory - 1 - m) steps ago (zero before start).
            let expected: [Float] = (0..<2).map { unit in
                var total = Double(bias[unit])
                for f in (unit * rank)..<((unit + 1) * rank) {
                    for m in 0..<memory {
                        let age = memory - 1 - m
                        if step - age >= 0 { total += Double(time[f * memory + m]) * history[step - age][f] }
                    }
                }
                return Float(total)
            }
            let output = try ExtraOpModel.invoke(interpreter, [x])[0]
            #expect(output.shape == [1, 2])
            #expect(ExtraOpModel.close(output.values, expected), "step \(step)")
        }
    }

    @Test func svdfRejectsARankThatDoesNotDivideTheFilters() throws {
        var o = SVDFOptions()
        o.rank = 3
        var model = ExtraOpModel(.svdf, options: .svdfOptions(o))
        model.addInput([1, 2])
        model.addConstant([Float](repeating: 0, count: 8), shape: [4, 2])
        model.addConstant([Float](repeating: 0, count: 12), shape: [4, 3])
        let state = model.addVariable([1, 12])
        model.operatorInputs = [0, 1, 2, -1, state]
        model.addOutput()
        let error = try #require(throws: SwiftLiteError.self) { try model.interpreter() }
        #expect(error.code == .invalidArgument)
    }
}
