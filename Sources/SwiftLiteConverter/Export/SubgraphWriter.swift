import SwiftLiteSchema

/// Writes one ``Graph`` (without its nested subgraphs) as a TFLite `SubGraph`, adding its
/// constants to the shared buffer table and its operators to the shared operator-code table.
///
/// Tensors that no operator and no endpoint references are left out; the others keep their
/// relative order.
struct SubgraphWriter {
    /// The graph being written.
    let graph: Graph
    /// The subgraph's name in the file (`main` for the entry subgraph, as TF writes it).
    let name: String

    /// The written subgraph and, for each graph tensor kept, its index in the file.
    func write(
        buffers: inout BufferTable, codes: inout OperatorCodeTable
    ) throws(ConversionError) -> (subgraph: SubGraph, indexOf: [TensorID: Int32]) {
        let used = try usedTensors()
        var indexOf: [TensorID: Int32] = [:]
        var tensors: [Tensor] = []
        tensors.reserveCapacity(used.count)
        for id in used {
            indexOf[id] = Int32(tensors.count)
            tensors.append(try makeTensor(graph[id], buffers: &buffers))
        }

        var operators: [Operator] = []
        operators.reserveCapacity(graph.operators.count)
        for op in graph.operators {
            let version = op.opcode == .custom ? 1 : OpVersioning.version(of: OpSignature(op, in: graph))
            var written = Operator()
            written.opcodeIndex = codes.index(for: op.opcode, customCode: op.customCode, version: version)
            written.inputs = op.inputs.map { id in id.flatMap { indexOf[$0] } ?? -1 }
            written.outputs = op.outputs.compactMap { indexOf[$0] }
            written.builtinOptions = op.options
            operators.append(written)
        }

        var subgraph = SubGraph()
        subgraph.name = name
        subgraph.tensors = tensors
        subgraph.inputs = graph.inputs.compactMap { indexOf[$0.tensor] }
        subgraph.outputs = graph.outputs.compactMap { indexOf[$0.tensor] }
        subgraph.operators = operators
        return (subgraph, indexOf)
    }

    /// The tensors referenced by an operator or an endpoint, in id order; throws on a dangling id.
    private func usedTensors() throws(ConversionError) -> [TensorID] {
        var used = Set<TensorID>()
        func mark(_ id: TensorID, _ what: @autoclosure () -> String) throws(ConversionError) {
            guard id.index >= 0, id.index < graph.tensors.count else {
                throw ConversionError(.invalidModel, "\(what()) refers to missing tensor \(id) (the graph has \(graph.tensors.count))")
            }
            used.insert(id)
        }
        for endpoint in graph.inputs { try mark(endpoint.tensor, "input `\(endpoint.name)`") }
        for endpoint in graph.outputs { try mark(endpoint.tensor, "output `\(endpoint.name)`") }
        for op in graph.operators {
            for case let id? in op.inputs { try mark(id, "\(op.opcode) from layer `\(op.origin)`") }
            for id in op.outputs { try mark(id, "\(op.opcode) from layer `\(op.origin)`") }
        }
        return used.sorted()
    }

    /// The schema tensor for `tensor`: dynamic dimensions are written as 1 in `shape` and kept as
    /// -1 in `shape_signature`, which is only written when some dimension is dynamic.
    private func makeTensor(_ tensor: GraphTensor, buffers: inout BufferTable) throws(ConversionError) -> Tensor {
        var written = Tensor()
        written.name = tensor.name
        written.type = tensor.type
        written.shape = tensor.shape.map { Int32(clamping: $0 < 0 ? 1 : $0) }
        if tensor.shape.contains(where: { $0 < 0 }) {
            written.shapeSignature = tensor.shape.map { Int32(clamping: $0 < 0 ? -1 : $0) }
        }
        written.quantization = tensor.quantization
        written.isVariable = tensor.isVariable
        if let data = tensor.data {
            if tensor.shape.contains(where: { $0 < 0 }) {
                throw ConversionError(.invalidModel, "constant `\(tensor.name)` has a dynamic shape \(tensor.shape)")
            }
            written.buffer = buffers.index(for: data)
        }
        return written
    }
}
