import SwiftLiteSchema

/// Adjustments the exporter makes so that TFLite's own kernels accept the file, on a copy of
/// the graph: CONV_2D and DEPTHWISE_CONV_2D without a bias get a zero bias (TFLite's float
/// kernels for both refuse to prepare without one, although the schema marks it optional).
/// New tensors are appended, so the graph's own tensors keep their relative order.
enum ExportLegalization {
    /// `graph` with the adjustments made.
    static func legalize(_ graph: Graph) -> Graph {
        var result = graph
        for index in result.operators.indices {
            let op = result.operators[index]
            guard op.opcode == .conv2d || op.opcode == .depthwiseConv2d,
                  op.inputs.count == 2 || (op.inputs.count == 3 && op.inputs[2] == nil),
                  let weights = op.inputs[1], weights.index < result.tensors.count,
                  let output = op.outputs.first, output.index < result.tensors.count,
                  result[output].type == .float32, result[weights].type == .float32 else { continue }
            let shape = result[weights].shape
            guard let channels = op.opcode == .conv2d ? shape.first : shape.last, channels > 0 else { continue }
            let bias = result.addConstant(
                name: "\(result[output].name)/bias", shape: [channels], floats: [Float](repeating: 0, count: channels))
            result.operators[index].inputs = [op.inputs[0], weights, bias]
        }
        result.subgraphs = result.subgraphs.map(legalize)
        return result
    }
}
