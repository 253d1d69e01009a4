import SwiftLiteSchema

/// Evaluates at conversion time every operator whose inputs are all constants, by running it in
/// SwiftLite's own interpreter (so the folded values are exactly what the runtime would compute),
/// and keeps its outputs as constants. SHAPE of a tensor with a fully known shape folds too.
///
/// Left alone: operators with state, control flow or randomness; DEQUANTIZE (it would undo
/// weight compression); outputs that are model outputs or variables; results much larger than
/// their inputs (BROADCAST_TO, TILE, FILL of a big shape would only grow the file); operators
/// the interpreter refuses (they stay, unfolded).
public enum ConstantFolding {
    /// How many bytes a folded result may exceed its inputs by.
    public static let growthAllowance = 64 << 10

    /// Operators never folded.
    static let excluded: Set<BuiltinOperator> = [
        .while, .if, .call, .callOnce, .custom, .dequantize, .varHandle, .readVariable, .assignVariable,
        .randomUniform, .randomStandardNormal, .multinomial, .hashtable, .hashtableFind,
        .hashtableImport, .hashtableSize, .delegate,
    ]

    /// Rewrites `graph`; returns true when something was folded.
    @discardableResult
    public static func run(_ graph: inout Graph) -> Bool {
        var folded = Set<Int>()
        let outputs = graph.outputTensorSet
        for index in graph.operators.indices {
            let op = graph.operators[index]
            guard !excluded.contains(op.opcode), !op.outputs.isEmpty,
                  op.outputs.allSatisfy({ !outputs.contains($0) && !graph[$0].isVariable && !graph[$0].isConstant })
            else { continue }
            if op.opcode == .shape, foldShape(op, in: &graph) {
                folded.insert(index)
                continue
            }
            let inputs = op.inputs.compactMap { $0 }
            guard !inputs.isEmpty, inputs.allSatisfy({ graph[$0].isConstant && !graph[$0].isVariable }),
                  op.outputs.allSatisfy({ !graph[$0].shape.contains { $0 < 0 } }) else { continue }
            if let values = evaluate(op, in: graph) {
                for (id, value) in zip(op.outputs, values) { graph[id].data = value.bytes }
                folded.insert(index)
            }
        }
        graph.removeOperators(at: folded)
        return !folded.isEmpty
    }

    /// The outputs of `op` computed by SwiftLite, or nil when it cannot run it, a result's
    /// shape differs from the graph's, or the results are too large.
    static func evaluate(_ op: GraphOperator, in graph: Graph) -> [GraphRunner.Value]? {
        var single = Graph()
        var mapped: [TensorID: TensorID] = [:]
        var inputBytes = 0
        for case let id? in op.inputs where mapped[id] == nil {
            mapped[id] = single.addTensor(graph[id])
            inputBytes += graph[id].data?.count ?? 0
        }
        let outputIDs = op.outputs.map { id in
            var tensor = graph[id]
            tensor.data = nil
            return single.addTensor(tensor)
        }
        let outputBytes = op.outputs.reduce(0) { $0 + (graph[$1].type.byteCount(elements: graph[$1].elementCount) ?? Int(Int32.max)) }
        guard outputBytes <= inputBytes + growthAllowance else { return nil }
        single.addOperator(GraphOperator(
            opcode: op.opcode, customCode: op.customCode, options: op.options,
            inputs: op.inputs.map { $0.flatMap { mapped[$0] } }, outputs: outputIDs, origin: op.origin))
        single.outputs = outputIDs.enumerated().map { GraphEndpoint(name: "output_\($0.offset)", tensor: $0.element) }
        guard let values = try? GraphRunner.run(single, inputs: []), values.count == op.outputs.count else { return nil }
        for (id, value) in zip(op.outputs, values) where value.shape != graph[id].shape {
            return nil
        }
        return values
    }

    /// Folds SHAPE of a tensor whose shape is fully known; returns false otherwise.
    private static func foldShape(_ op: GraphOperator, in graph: inout Graph) -> Bool {
        guard op.outputs.count == 1, let input = op.inputs.first ?? nil else { return false }
        let shape = graph[input].shape
        guard !shape.contains(where: { $0 < 0 }) else { return false }
        let output = op.outputs[0]
        var bytes: [UInt8] = []
        switch graph[output].type {
        case .int32: for d in shape { withUnsafeBytes(of: Int32(d).littleEndian) { bytes.append(contentsOf: $0) } }
        case .int64: for d in shape { withUnsafeBytes(of: Int64(d).littleEndian) { bytes.append(contentsOf: $0) } }
        default: return false
        }
        guard graph[output].shape == [shape.count] else { return false }
        graph[output].data = bytes
        return true
    }
}
