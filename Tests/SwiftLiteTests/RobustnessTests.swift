import Foundation
import SwiftLite
import SwiftLiteSchema
import Testing

/// Regression tests for inputs found by the interpreter fuzzer (Fuzz/InterpreterFuzzer.swift):
/// each malformed or hostile model must end in a typed error or a result, never a crash.
@Suite struct RobustnessTests {
    /// Runs `model` (schema object) with reference kernels, feeding `feeds` when allocation
    /// succeeds; returns the outputs.
    @discardableResult
    func run(_ model: SwiftLiteSchema.Model, feeds: [SingleOpModel.Feed] = [],
             limits: RuntimeLimits = RuntimeLimits()) throws -> [SwiftLite.Tensor] {
        var options = Interpreter.Options(useReferenceKernels: true)
        options.limits = limits
        let interpreter = try Interpreter(modelData: Data(try ModelWriter().serialize(model)), options: options)
        try interpreter.allocateTensors()
        for (index, feed) in feeds.enumerated() { try interpreter.copy(feed.data, toInputAt: index) }
        try interpreter.invoke()
        return try (0..<interpreter.outputTensorCount).map { try interpreter.output(at: $0) }
    }

    // MARK: Kernels

    @Test func reshapeToAShapeWhoseProductOverflowsIsAShapeError() throws {
        let model = SingleOpModel(
            .reshape, inputs: [.input(.float32, [2, 3]), .input(.int32, [4])], outputs: [.output(.float32, [6])])
        let huge = Int32.max
        expectSwiftLiteError(.shapeMismatch) {
            _ = try model.run([.floats([1, 2, 3, 4, 5, 6]), .int32s([huge, huge, huge, 2])])
        }
        expectSwiftLiteError(.shapeMismatch) {
            _ = try model.run([.floats([1, 2, 3, 4, 5, 6]), .int32s([huge, huge, huge, -1])])
        }
        // A zero dimension after an overflowing product makes it 0: still not 6 elements.
        expectSwiftLiteError(.shapeMismatch) {
            _ = try model.run([.floats([1, 2, 3, 4, 5, 6]), .int32s([huge, huge, huge, 0])])
        }
        let outputs = try model.run([.floats([1, 2, 3, 4, 5, 6]), .int32s([3, -1, 1, 1])])
        #expect(outputs[0].shape == [3, 2, 1, 1])
    }

    @Test func variableOutputResizedByItsNodeGetsEnoughMemory() throws {
        // SOFTMAX writes a variable tensor declared smaller than the input: prepare resizes it,
        // and the variable's block must grow with it.
        var options = SoftmaxOptions()
        options.beta = 1
        var model = SingleOpModel(
            .softmax, inputs: [.input(.float32, [1, 7, 7, 3])], outputs: [.output(.float32, [1, 4, 4, 3])],
            options: .softmaxOptions(options)
        ).schemaModel
        model.subgraphs![0].tensors![1].isVariable = true
        let outputs = try run(model, feeds: [.floats([Float](repeating: 0, count: 147))])
        #expect(outputs[0].shape == [1, 7, 7, 3])
        #expect(close(outputs[0].floats, [Float](repeating: 1.0 / 3, count: 147)))
    }

    @Test func padWithHugePaddingsIsAResourceErrorBeforeBuildingItsTables() throws {
        // PADV2 with constant paddings [268435456, 0] once built a 2 GiB index table before
        // the output size was checked.
        let pad = SingleOpModel(
            .pad, inputs: [.input(.int8, [1]), .constant(int32: [1 << 20, 0], shape: [1, 2])],
            outputs: [.output(.int8)])
        // The 1 MiB output fits 4 MiB; its 8 MiB index table does not.
        expectSwiftLiteError(.resourceExhausted) {
            try run(pad.schemaModel, limits: RuntimeLimits(maxAllocationBytes: 4 << 20))
        }
        let outputs = try run(pad.schemaModel, feeds: [.bytes([7])], limits: RuntimeLimits(maxAllocationBytes: 16 << 20))
        #expect(outputs[0].shape == [(1 << 20) + 1])
        #expect(outputs[0].values(as: Int8.self).last == 7)
        let huge = SingleOpModel(
            .pad, inputs: [.input(.float32, [1]), .constant(int32: [1 << 28, 0], shape: [1, 2])],
            outputs: [.output(.float32)])
        expectSwiftLiteError(.resourceExhausted) { try run(huge.schemaModel) }
    }

    @Test func convolutionOfAnInputWithoutChannelsIsAShapeError() throws {
        // Input depth 0 made zero groups, and the output-channel check divided by zero.
        var options = Conv2DOptions()
        options.strideW = 1
        options.strideH = 1
        options.dilationWFactor = 1
        options.dilationHFactor = 1
        let conv = SingleOpModel(
            .conv2d,
            inputs: [.input(.float32, [2, 9, 8, 0]), .constant(float: [Float](repeating: 0, count: 5 * 3 * 3 * 1), shape: [5, 3, 3, 1])],
            outputs: [.output(.float32)], options: .conv2DOptions(options))
        expectSwiftLiteError(.shapeMismatch) { try run(conv.schemaModel) }
    }

    @Test func stridedSliceWithMoreEntriesThanDimensionsIsAnArgumentError() throws {
        // A scalar sliced with three begin/end/strides entries, one of them a new axis: the plan
        // read input dimensions that do not exist.
        var options = StridedSliceOptions()
        options.beginMask = 6
        options.endMask = 6
        options.newAxisMask = 652
        options.shrinkAxisMask = 1
        let slice = SingleOpModel(
            .stridedSlice,
            inputs: [.input(.int32, []), .constant(int32: [-1, 0, 0]), .constant(int32: [0, 1, 6]), .constant(int32: [1, 1, 1])],
            outputs: [.output(.int32)], options: .stridedSliceOptions(options))
        expectSwiftLiteError(.invalidArgument) { try run(slice.schemaModel) }
    }

    @Test func stridedSliceMaskSweepNeverCrashes() throws {
        // Every small combination of input rank, entry count, ellipsis and new-axis masks ends in
        // a result or a typed error.
        for rank in 0...2 {
            for count in 1...3 {
                for ellipsis in Int32(0)..<8 {
                    for newAxis in Int32(0)..<8 {
                        var options = StridedSliceOptions()
                        options.ellipsisMask = ellipsis
                        options.newAxisMask = newAxis
                        options.shrinkAxisMask = 1
                        let entries = [Int32](repeating: 0, count: count)
                        let slice = SingleOpModel(
                            .stridedSlice,
                            inputs: [.input(.float32, [Int](repeating: 2, count: rank)), .constant(int32: entries),
                                     .constant(int32: entries.map { $0 + 1 }), .constant(int32: entries.map { _ in 1 })],
                            outputs: [.output(.float32)], options: .stridedSliceOptions(options))
                        do {
                            try run(slice.schemaModel)
                        } catch is SwiftLiteError {
                        }
                    }
                }
            }
        }
    }

    @Test func emptyResourceHandleIsAnArgumentError() throws {
        // READ_VARIABLE and ASSIGN_VARIABLE on an int32[0] handle read 4 bytes from a 1-byte block.
        let read = SingleOpModel(.readVariable, inputs: [.input(.int32, [0])], outputs: [.output(.float32)])
        expectSwiftLiteError(.invalidArgument) { try run(read.schemaModel) }
        let assign = SingleOpModel(.assignVariable, inputs: [.input(.int32, [0]), .input(.float32, [2])], outputs: [])
        expectSwiftLiteError(.invalidArgument) { try run(assign.schemaModel) }
    }

    // MARK: Runtime limits

    /// A loop adding 1 to its int32 input while it is below `bound`.
    func countingLoop(bound: Int32) -> SwiftLiteSchema.Model {
        var builder = ModelBuilder()
        let main = builder.addSubgraph()
        let condition = builder.addSubgraph()
        let body = builder.addSubgraph()
        let input = builder.addTensor(main, .int32, [], name: "start")
        let output = builder.addTensor(main, .int32, [], name: "end")
        var loop = WhileOptions()
        loop.condSubgraphIndex = Int32(condition)
        loop.bodySubgraphIndex = Int32(body)
        builder.addOperator(main, .while, inputs: [input], outputs: [output], options: .whileOptions(loop))
        builder.setIO(main, inputs: [input], outputs: [output])
        let i = builder.addTensor(condition, .int32, [], name: "i")
        let limit = builder.addTensor(condition, .int32, [], name: "bound", data: SingleOpModel.bytes(of: [bound]))
        let flag = builder.addTensor(condition, .bool, [], name: "flag")
        builder.addOperator(condition, .less, inputs: [i, limit], outputs: [flag])
        builder.setIO(condition, inputs: [i], outputs: [flag])
        let j = builder.addTensor(body, .int32, [], name: "j")
        let one = builder.addTensor(body, .int32, [], name: "one", data: SingleOpModel.bytes(of: [Int32(1)]))
        let next = builder.addTensor(body, .int32, [], name: "next")
        builder.addOperator(body, .add, inputs: [j, one], outputs: [next], options: .addOptions(AddOptions()))
        builder.setIO(body, inputs: [j], outputs: [next])
        return builder.model
    }

    @Test func whileLoopStopsAtTheIterationLimit() throws {
        let model = countingLoop(bound: 50)
        let outputs = try run(model, feeds: [.int32s([0])], limits: RuntimeLimits(maxLoopIterations: 50))
        #expect(outputs[0].int32s == [50])
        expectSwiftLiteError(.resourceExhausted) {
            try run(countingLoop(bound: Int32.max), feeds: [.int32s([0])],
                    limits: RuntimeLimits(maxLoopIterations: 1000))
        }
    }

    @Test func controlFlowCycleIsAnInvalidModelError() throws {
        // WHILE in subgraph 0 whose condition is subgraph 0 itself.
        var builder = ModelBuilder()
        let main = builder.addSubgraph()
        let body = builder.addSubgraph()
        let input = builder.addTensor(main, .bool, [], name: "x")
        let output = builder.addTensor(main, .bool, [], name: "y")
        var loop = WhileOptions()
        loop.condSubgraphIndex = Int32(main)
        loop.bodySubgraphIndex = Int32(body)
        builder.addOperator(main, .while, inputs: [input], outputs: [output], options: .whileOptions(loop))
        builder.setIO(main, inputs: [input], outputs: [output])
        let b = builder.addTensor(body, .bool, [], name: "b")
        builder.setIO(body, inputs: [b], outputs: [b])
        expectSwiftLiteError(.invalidModel) { try run(builder.model, feeds: [.bools([false])]) }
    }

    @Test func subgraphNestingIsLimited() throws {
        // Subgraph k runs subgraph k + 1 through IF, 10 deep.
        var builder = ModelBuilder()
        let depth = 10
        let graphs = (0...depth).map { _ in builder.addSubgraph() }
        for (k, graph) in graphs.enumerated() {
            let flag = builder.addTensor(graph, .bool, [], name: "flag")
            if k == depth {
                builder.setIO(graph, inputs: [flag], outputs: [flag])
                continue
            }
            let copy = builder.addTensor(graph, .bool, [], name: "copy")
            let result = builder.addTensor(graph, .bool, [], name: "result")
            builder.addOperator(graph, .logicalNot, inputs: [flag], outputs: [copy])
            var branch = IfOptions()
            branch.thenSubgraphIndex = Int32(graphs[k + 1])
            branch.elseSubgraphIndex = Int32(graphs[k + 1])
            builder.addOperator(graph, .if, inputs: [flag, copy], outputs: [result], options: .ifOptions(branch))
            builder.setIO(graph, inputs: [flag], outputs: [result])
        }
        let outputs = try run(builder.model, feeds: [.bools([true])], limits: RuntimeLimits(maxSubgraphDepth: 11))
        #expect(outputs[0].bools == [depth % 2 == 0])  // negated once per level
        expectSwiftLiteError(.resourceExhausted) {
            try run(builder.model, feeds: [.bools([true])], limits: RuntimeLimits(maxSubgraphDepth: 5))
        }
    }

    @Test func allocationsPastTheLimitAreResourceErrors() throws {
        // The arena: a declared 1 GiB input.
        let big = SingleOpModel(.relu, inputs: [.input(.float32, [256, 1024, 1024])], outputs: [.output(.float32, [256, 1024, 1024])])
        expectSwiftLiteError(.resourceExhausted) {
            try run(big.schemaModel, limits: RuntimeLimits(maxAllocationBytes: 64 << 20))
        }
        // A dynamic output sized by data: FILL to [30000, 30000] floats (3.6 GB) under the
        // default limit.
        let fill = SingleOpModel(.fill, inputs: [.input(.int32, [2]), .constant(float: [1], shape: [])],
                                 outputs: [.output(.float32)])
        expectSwiftLiteError(.resourceExhausted) { _ = try fill.run([.int32s([30_000, 30_000])]) }
        #expect(try fill.run([.int32s([2, 3])])[0].floats == [Float](repeating: 1, count: 6))
    }
}

/// Builds multi-subgraph models with the schema object API (for control-flow tests).
struct ModelBuilder {
    /// The model so far.
    private(set) var model: SwiftLiteSchema.Model

    init() {
        model = SwiftLiteSchema.Model()
        model.version = 3
        model.buffers = [Buffer()]
        model.operatorCodes = []
        model.subgraphs = []
    }

    /// Adds an empty subgraph; returns its index.
    mutating func addSubgraph() -> Int {
        var graph = SubGraph()
        graph.tensors = []
        graph.operators = []
        graph.inputs = []
        graph.outputs = []
        graph.name = "subgraph_\(model.subgraphs!.count)"
        model.subgraphs!.append(graph)
        return model.subgraphs!.count - 1
    }

    /// Adds a tensor (a constant when `data` is given) to `subgraph`; returns its index.
    @discardableResult
    mutating func addTensor(_ subgraph: Int, _ type: SwiftLiteSchema.TensorType, _ shape: [Int], name: String,
                            data: [UInt8]? = nil, isVariable: Bool = false) -> Int32 {
        var tensor = SwiftLiteSchema.Tensor()
        tensor.name = name
        tensor.type = type
        tensor.shape = shape.map(Int32.init)
        tensor.isVariable = isVariable
        if let data {
            var buffer = Buffer()
            buffer.data = data
            tensor.buffer = UInt32(model.buffers!.count)
            model.buffers!.append(buffer)
        }
        model.subgraphs![subgraph].tensors!.append(tensor)
        return Int32(model.subgraphs![subgraph].tensors!.count - 1)
    }

    /// Appends an operator to `subgraph`.
    mutating func addOperator(_ subgraph: Int, _ op: BuiltinOperator, version: Int = 1, inputs: [Int32],
                              outputs: [Int32], options: BuiltinOptions? = nil) {
        let codes = model.operatorCodes!
        let index = codes.firstIndex { $0.builtinCode == op && $0.version == Int32(version) } ?? {
            var code = OperatorCode()
            code.builtinCode = op
            code.deprecatedBuiltinCode = Int8(clamping: op.rawValue)
            code.version = Int32(version)
            model.operatorCodes!.append(code)
            return model.operatorCodes!.count - 1
        }()
        var node = Operator()
        node.opcodeIndex = UInt32(index)
        node.inputs = inputs
        node.outputs = outputs
        node.builtinOptions = options
        model.subgraphs![subgraph].operators!.append(node)
    }

    /// Sets the inputs and outputs of `subgraph`.
    mutating func setIO(_ subgraph: Int, inputs: [Int32], outputs: [Int32]) {
        model.subgraphs![subgraph].inputs = inputs
        model.subgraphs![subgraph].outputs = outputs
    }
}
