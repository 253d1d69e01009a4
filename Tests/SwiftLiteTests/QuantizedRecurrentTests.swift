import Foundation
import Testing
import TestSupport
import SwiftLite
import SwiftLiteSchema
@testable import SwiftLiteKernels

/// The integer (8x8→16) and hybrid UNIDIRECTIONAL_SEQUENCE_LSTM: the gemmlowp fixed-point
/// functions they run on, properties of whole runs (state carried across invocations, zero
/// points), agreement of the hybrid path with the float kernel, and parameter errors. The
/// bit-exact comparison with the official runtime is in the q3ops golden cases
/// (`QuantizedPoolingReductionTests`).
@Suite struct QuantizedRecurrentTests {
    // MARK: Fixed point

    @Test func logisticAndTanhFollowTheRealFunctions() {
        for raw in stride(from: Int32(Int16.min), through: Int32(Int16.max), by: 7) {
            let x = Int16(raw)
            let real = Double(raw) / 4096  // Q3.12
            let logistic = Double(LSTMFixedPoint.logistic(x, integerBits: 3)) / 32768
            #expect(abs(logistic - 1 / (1 + exp(-real))) < 5e-4, "logistic(\(real))")
            let tanh3 = Double(LSTMFixedPoint.tanh(x, integerBits: 3)) / 32768
            #expect(abs(tanh3 - Foundation.tanh(real)) < 1e-3, "tanh(\(real)) in Q3.12")
            let tanh4 = Double(LSTMFixedPoint.tanh(x, integerBits: 4)) / 32768
            #expect(abs(tanh4 - Foundation.tanh(real * 2)) < 1e-3, "tanh(\(real * 2)) in Q4.11")
        }
        #expect(LSTMFixedPoint.logistic(Int16(0), integerBits: 3) == 16384)
        #expect(LSTMFixedPoint.tanh(Int16(0), integerBits: 3) == 0)
        #expect(LSTMFixedPoint.tanh(Int16(1000), integerBits: 3) == -LSTMFixedPoint.tanh(Int16(-1000), integerBits: 3))
    }

    @Test func inverseSquareRootIsAMultiplierAndShift() {
        for value: Int32 in [2, 3, 7, 100, 4097, 12345, 1 << 20, (1 << 29) - 1, 1 << 29, Int32.max] {
            let (significand, shift) = LSTMFixedPoint.inverseSquareRoot(value, reverseShift: -1)
            let represented = Double(significand) * pow(2, Double(shift - 31))
            #expect(abs(represented * sqrt(Double(value)) - 1) < 3e-6, "1/sqrt(\(value))")
        }
        #expect(LSTMFixedPoint.inverseSquareRoot(1, reverseShift: -1) == (Int32.max, 0))
        #expect(LSTMFixedPoint.inverseSquareRoot(0, reverseShift: -1) == (Int32.max, 0))
    }

    @Test func rescaleRoundsTwice() {
        // 3 · 0.5 with the multiplier (2^30, shift 0): the high multiply gives 1.5 -> 2.
        #expect(LSTMFixedPoint.rescale(3, 1 << 30, 0) == 2)
        // -3 · 0.5: the high multiply breaks the tie upward, -1.5 -> -1.
        #expect(LSTMFixedPoint.rescale(-3, 1 << 30, 0) == -1)
        // 365 · 2^-2: 182.5 -> 183, then 91.5 -> 92 (one rounding of 91.25 would give 91).
        #expect(LSTMFixedPoint.rescale(365, 1 << 30, -1) == 92)
        #expect(LSTMFixedPoint.rescale(5, 1 << 30, 2) == 10)
    }

    // MARK: Integer LSTM

    @Test func zeroWeightsGiveTheHiddenZeroPoint() throws {
        // All gates see 0: i = f = o = 1/2, g = 0, so c stays 0 and h = o · tanh(0) = 0, which
        // the hidden intermediate's zero point represents.
        var lstm = IntegerLSTMModel(batches: 2, steps: 3, inputs: 2, cells: 3, seed: 1)
        lstm.zeroWeights = true
        lstm.hiddenZeroPoint = -2
        let out = try lstm.run([Int8](repeating: 50, count: 2 * 3 * 2))
        #expect(out.values(as: Int8.self) == [Int8](repeating: -2, count: 2 * 3 * 3))
    }

    @Test func stateCarriesAcrossInvocations() throws {
        let lstm = IntegerLSTMModel(batches: 1, steps: 2, inputs: 3, cells: 4, seed: 7, peephole: true, layerNorm: true)
        var long = lstm
        long.steps = 4
        let first: [Int8] = [3, -70, 12, 100, -5, 66]
        let second: [Int8] = [-128, 127, 0, 33, -33, 90]
        let interpreter = try lstm.interpreter()
        try interpreter.allocateTensors()
        var split: [Int8] = []
        for chunk in [first, second] {
            try interpreter.copy(Data(chunk.map { UInt8(bitPattern: $0) }), toInputAt: 0)
            try interpreter.invoke()
            split += try interpreter.output(at: 0).values(as: Int8.self)
        }
        let whole = try long.run(first + second).values(as: Int8.self)
        #expect(split == whole)
        #expect(Set(whole).count > 3, "a non-trivial output")
    }

    @Test func timeMajorAndBatchMajorAgree() throws {
        var batchMajor = IntegerLSTMModel(batches: 2, steps: 3, inputs: 2, cells: 4, seed: 3, projection: 3)
        var timeMajor = batchMajor
        timeMajor.timeMajor = true
        batchMajor.timeMajor = false
        let x: [Int8] = (0..<12).map { Int8(truncatingIfNeeded: $0 * 37 - 100) }
        // [batch, time, in] -> [time, batch, in]
        var transposed = [Int8](repeating: 0, count: 12)
        for b in 0..<2 { for t in 0..<3 { for k in 0..<2 { transposed[(t * 2 + b) * 2 + k] = x[(b * 3 + t) * 2 + k] } } }
        let a = try batchMajor.run(x).values(as: Int8.self)
        let b = try timeMajor.run(transposed).values(as: Int8.self)
        for batch in 0..<2 {
            for t in 0..<3 {
                for o in 0..<3 { #expect(a[(batch * 3 + t) * 3 + o] == b[(t * 2 + batch) * 3 + o]) }
            }
        }
    }

    @Test func integerParameterErrors() {
        var notPowerOfTwo = IntegerLSTMModel(batches: 1, steps: 1, inputs: 2, cells: 2, seed: 1)
        notPowerOfTwo.cellScale = 0.0003
        expectSwiftLiteError(.invalidModel, "cell state scale") { try notPowerOfTwo.interpreter().allocateTensors() }
        var tooFine = IntegerLSTMModel(batches: 1, steps: 1, inputs: 2, cells: 2, seed: 1)
        tooFine.cellScale = pow(2, -23)
        expectSwiftLiteError(.unsupported, "tanh integer bits") { try tooFine.interpreter().allocateTensors() }
        var noIntermediates = IntegerLSTMModel(batches: 1, steps: 1, inputs: 2, cells: 2, seed: 1)
        noIntermediates.intermediateCount = 4
        expectSwiftLiteError(.invalidModel, "intermediates") { try noIntermediates.interpreter().allocateTensors() }
        var constantState = IntegerLSTMModel(batches: 1, steps: 1, inputs: 2, cells: 2, seed: 1)
        constantState.variableState = false
        expectSwiftLiteError(.invalidArgument, "state not variable") { try constantState.interpreter().allocateTensors() }
        var peepholeWide = IntegerLSTMModel(batches: 1, steps: 1, inputs: 2, cells: 2, seed: 1, peephole: true, projection: 3)
        peepholeWide.timeMajor = false
        expectSwiftLiteError(.unsupported, "peephole with more outputs than cells") { try peepholeWide.interpreter().allocateTensors() }
    }

    // MARK: Hybrid LSTM

    @Test func hybridFollowsTheFloatKernel() throws {
        // int8 weights w with scale s against float weights s · w: the hybrid path only adds the
        // on-the-fly quantization of the input and the output state.
        for asymmetric in [false, true] {
            let hybrid = HybridLSTMModel(asymmetric: asymmetric, quantized: true)
            let float = HybridLSTMModel(asymmetric: asymmetric, quantized: false)
            let x: [Float] = (0..<(2 * 3 * 4)).map { Float($0 % 7) * 0.4 - 1.1 }
            let a = try hybrid.run(x)
            let b = try float.run(x)
            #expect(a.count == b.count)
            #expect(close(a, b, rtol: 0, atol: 0.03), "asymmetric \(asymmetric): \(a) vs \(b)")
            #expect(a != b, "quantization changes something")
        }
    }
}

/// A single UNIDIRECTIONAL_SEQUENCE_LSTM with int8 input, output and weights, int16 cell
/// state and five intermediates, built with the schema object API.
struct IntegerLSTMModel {
    var batches: Int, steps: Int, inputs: Int, cells: Int
    var seed: UInt64
    var peephole = false
    var layerNorm = false
    /// The output size with projection, nil without.
    var projection: Int?
    var timeMajor = false
    var zeroWeights = false
    var hiddenZeroPoint: Int64 = 3
    var cellScale: Float = 1.0 / 2048
    var intermediateCount = 5
    var variableState = true

    init(batches: Int, steps: Int, inputs: Int, cells: Int, seed: UInt64, peephole: Bool = false, layerNorm: Bool = false,
         projection: Int? = nil) {
        self.batches = batches
        self.steps = steps
        self.inputs = inputs
        self.cells = cells
        self.seed = seed
        self.peephole = peephole
        self.layerNorm = layerNorm
        self.projection = projection
    }

    var outputs: Int { projection ?? cells }

    func serialize() throws -> [UInt8] {
        var random = SeededRandom(seed: seed)
        var builder = QuantizedModelBuilder()
        func weights(_ rows: Int, _ columns: Int, _ scale: Float) -> Int32 {
            let values = (0..<(rows * columns)).map { _ in zeroWeights ? Int8(0) : Int8(truncatingIfNeeded: random.integer(in: -127...127)) }
            return builder.add(.int8, [rows, columns], bytes: values.map { UInt8(bitPattern: $0) }, quantization: (scale, 0))
        }
        func vector<T>(_ type: TensorType, _ values: [T], _ scale: Float) -> Int32 {
            builder.add(type, [values.count], bytes: values.withUnsafeBytes { Array($0) }, quantization: (scale, 0))
        }
        var slots = [Int32](repeating: -1, count: 24)
        slots[0] = builder.add(.int8, timeMajor ? [steps, batches, inputs] : [batches, steps, inputs], quantization: (0.02, -3), isInput: true)
        for gate in 0..<4 {
            slots[1 + gate] = weights(cells, inputs, 0.004 + 0.001 * Float(gate))
            slots[5 + gate] = weights(cells, outputs, 0.005)
            let bias = (0..<cells).map { _ in zeroWeights ? Int32(0) : Int32(random.integer(in: -3000...3000) * (layerNorm ? 500 : 1)) }
            slots[12 + gate] = vector(.int32, bias, 0.00008)
        }
        if peephole {
            for k in 0..<3 {
                slots[9 + k] = vector(.int16, (0..<cells).map { _ in Int16(random.integer(in: -3000...3000)) }, 0.0001)
            }
        }
        if let projection {
            slots[16] = weights(projection, cells, 0.01)
            slots[17] = vector(.int32, (0..<projection).map { _ in Int32(random.integer(in: -500...500)) }, 0.0001)
        }
        let stateBytes = { (count: Int, size: Int) in [UInt8](repeating: 0, count: count * size) }
        slots[18] = builder.add(.int8, [batches, outputs], bytes: variableState ? nil : stateBytes(batches * outputs, 1),
                                quantization: (0.008, 4), isVariable: variableState)
        slots[19] = builder.add(.int16, [batches, cells], bytes: variableState ? nil : stateBytes(batches * cells, 2),
                                quantization: (cellScale, 0), isVariable: variableState)
        if layerNorm {
            for gate in 0..<4 {
                slots[20 + gate] = vector(.int16, (0..<cells).map { _ in Int16(random.integer(in: 10000...32767)) }, 3e-5)
            }
        }
        var intermediates: [Int32] = []
        for gate in 0..<4 where intermediates.count < intermediateCount {
            intermediates.append(builder.add(.int16, [0], quantization: (0.0007 + 0.0002 * Float(gate), 0)))
        }
        if intermediateCount == 5 { intermediates.append(builder.add(.int8, [0], quantization: (0.007, hiddenZeroPoint))) }
        let output = builder.add(.int8, timeMajor ? [steps, batches, outputs] : [batches, steps, outputs], quantization: (0.008, 4))
        var options = UnidirectionalSequenceLSTMOptions()
        options.fusedActivationFunction = .tanh
        options.timeMajor = timeMajor
        return try builder.serialize(.unidirectionalSequenceLstm, inputs: slots, outputs: [output], intermediates: intermediates,
                                     options: .unidirectionalSequenceLSTMOptions(options), version: 2)
    }

    func interpreter() throws -> Interpreter {
        try Interpreter(modelData: Data(try serialize()))
    }

    func run(_ input: [Int8]) throws -> SwiftLite.Tensor {
        let interpreter = try interpreter()
        try interpreter.allocateTensors()
        try interpreter.copy(Data(input.map { UInt8(bitPattern: $0) }), toInputAt: 0)
        try interpreter.invoke()
        return try interpreter.output(at: 0)
    }
}

/// A hybrid LSTM (int8 weights) or the float LSTM with the dequantized weights.
struct HybridLSTMModel {
    var asymmetric: Bool
    var quantized: Bool
    let batches = 2, steps = 3, inputs = 4, cells = 3

    func serialize() throws -> [UInt8] {
        var random = SeededRandom(seed: 11)
        var builder = QuantizedModelBuilder()
        func weights(_ rows: Int, _ columns: Int, _ scale: Float) -> Int32 {
            let values = (0..<(rows * columns)).map { _ in Int8(truncatingIfNeeded: random.integer(in: -127...127)) }
            if quantized {
                return builder.add(.int8, [rows, columns], bytes: values.map { UInt8(bitPattern: $0) }, quantization: (scale, 0))
            }
            return builder.add(.float32, [rows, columns], bytes: values.map { scale * Float($0) }.withUnsafeBytes { Array($0) })
        }
        var slots = [Int32](repeating: -1, count: 20)
        slots[0] = builder.add(.float32, [batches, steps, inputs], isInput: true)
        for gate in 0..<4 {
            slots[1 + gate] = weights(cells, inputs, 0.01)
            slots[5 + gate] = weights(cells, cells, 0.008)
            let bias = (0..<cells).map { _ in Float(random.integer(in: -100...100)) / 300 }
            slots[12 + gate] = builder.add(.float32, [cells], bytes: bias.withUnsafeBytes { Array($0) })
        }
        slots[18] = builder.add(.float32, [batches, cells], isVariable: true)
        slots[19] = builder.add(.float32, [batches, cells], isVariable: true)
        let output = builder.add(.float32, [batches, steps, cells])
        var options = UnidirectionalSequenceLSTMOptions()
        options.fusedActivationFunction = .tanh
        options.asymmetricQuantizeInputs = asymmetric
        return try builder.serialize(.unidirectionalSequenceLstm, inputs: slots, outputs: [output], intermediates: [],
                                     options: .unidirectionalSequenceLSTMOptions(options), version: 3)
    }

    func run(_ input: [Float]) throws -> [Float] {
        let interpreter = try Interpreter(modelData: Data(try serialize()))
        try interpreter.allocateTensors()
        try interpreter.copy(Data(input.withUnsafeBytes { Array($0) }), toInputAt: 0)
        try interpreter.invoke()
        return try interpreter.output(at: 0).values(as: Float.self)
    }
}

/// Builds one-operator models whose tensors carry quantization, variable flags and
/// intermediates.
struct QuantizedModelBuilder {
    private var tensors: [SwiftLiteSchema.Tensor] = []
    private var buffers = [Buffer()]
    private var graphInputs: [Int32] = []

    /// Adds a tensor (a constant when `bytes` is given) and returns its index.
    mutating func add(_ type: TensorType, _ shape: [Int], bytes: [UInt8]? = nil, quantization: (Float, Int64)? = nil,
                      isVariable: Bool = false, isInput: Bool = false) -> Int32 {
        var tensor = SwiftLiteSchema.Tensor()
        tensor.name = "t\(tensors.count)"
        tensor.type = type
        tensor.shape = shape.map(Int32.init)
        tensor.isVariable = isVariable
        if let bytes {
            var buffer = Buffer()
            buffer.data = bytes
            tensor.buffer = UInt32(buffers.count)
            buffers.append(buffer)
        }
        if let (scale, zeroPoint) = quantization {
            var parameters = SwiftLiteSchema.QuantizationParameters()
            parameters.scale = [scale]
            parameters.zeroPoint = [zeroPoint]
            tensor.quantization = parameters
        }
        tensors.append(tensor)
        let index = Int32(tensors.count - 1)
        if isInput { graphInputs.append(index) }
        return index
    }

    /// The serialized model running `op` on `inputs`.
    func serialize(_ op: BuiltinOperator, inputs: [Int32], outputs: [Int32], intermediates: [Int32], options: BuiltinOptions,
                   version: Int) throws -> [UInt8] {
        var code = OperatorCode()
        code.builtinCode = op
        code.deprecatedBuiltinCode = Int8(clamping: op.rawValue)
        code.version = Int32(version)
        var node = Operator()
        node.inputs = inputs
        node.outputs = outputs
        node.intermediates = intermediates
        node.builtinOptions = options
        var graph = SubGraph()
        graph.tensors = tensors
        graph.inputs = graphInputs
        graph.outputs = outputs
        graph.operators = [node]
        var model = SwiftLiteSchema.Model()
        model.version = 3
        model.operatorCodes = [code]
        model.subgraphs = [graph]
        model.buffers = buffers
        return try ModelWriter().serialize(model)
    }
}

/// SplitMix64 (shared test generator).
typealias SeededRandom = SplitMix64
