import SwiftLiteSchema

/// Writes a ``Graph`` as a TFLite `Model` (schema version 3): deduplicated buffers and operator
/// codes, each operator at the minimum version that supports what it uses, a `serving_default`
/// signature and the `min_runtime_version` metadata.
public enum TFLiteExporter {
    /// The schema version written.
    public static let schemaVersion: UInt32 = 3
    /// The signature key TF's converter gives Keras models.
    public static let signatureKey = "serving_default"

    /// The model for `graph`; its ``Graph/subgraphs`` become subgraphs 1, 2, ... in order.
    /// CONV_2D and DEPTHWISE_CONV_2D without a bias are written with a zero bias, which TFLite's
    /// kernels require.
    ///
    /// - Throws: ``ConversionError`` `.invalidModel` when an operator or endpoint refers to a
    ///   tensor that does not exist, or a constant has a dynamic shape; `.unsupported` for
    ///   subgraphs nested more than one level deep.
    public static func makeModel(_ graph: Graph, description: String) throws(ConversionError) -> Model {
        try export(graph, description: description).model
    }

    /// The model for `graph` and, for each tensor of the main graph that was written, its index
    /// in subgraph 0.
    static func export(_ source: Graph, description: String) throws(ConversionError) -> (model: Model, indexOf: [TensorID: Int32]) {
        let graph = ExportLegalization.legalize(source)
        var buffers = BufferTable()
        var codes = OperatorCodeTable()

        let main = try SubgraphWriter(graph: graph, name: "main").write(buffers: &buffers, codes: &codes)
        var subgraphs = [main.subgraph]
        for (offset, body) in graph.subgraphs.enumerated() {
            guard body.subgraphs.isEmpty else {
                throw ConversionError(.unsupported, "subgraph \(offset + 1) has subgraphs of its own; nest them in the main graph's list")
            }
            subgraphs.append(try SubgraphWriter(graph: body, name: "subgraph_\(offset + 1)").write(buffers: &buffers, codes: &codes).subgraph)
        }

        var model = Model()
        model.version = schemaVersion
        model.description = description
        model.operatorCodes = codes.codes
        model.subgraphs = subgraphs
        model.signatureDefs = [signature(for: graph, indexOf: main.indexOf)]

        let runtime = RuntimeVersion.minimum(for: codes.codes)
        var metadata = Metadata()
        metadata.name = RuntimeVersion.metadataName
        metadata.buffer = buffers.appendUnshared(RuntimeVersion.metadataBytes(runtime))
        model.metadata = [metadata]
        model.buffers = buffers.buffers
        return (model, main.indexOf)
    }

    /// The `.tflite` bytes for `graph`.
    public static func serialize(_ graph: Graph, description: String = "SwiftLite converter") throws(ConversionError) -> [UInt8] {
        let model = try makeModel(graph, description: description)
        do {
            return try ModelWriter().serialize(model)
        } catch {
            throw ConversionError(.writeFailed, "\(error)")
        }
    }

    /// The `serving_default` signature: inputs under their Keras input names, outputs under
    /// `output_0`, `output_1`, ... as TF 2.21 writes them for Keras 3 models.
    static func signature(for graph: Graph, indexOf: [TensorID: Int32]) -> SignatureDef {
        var signature = SignatureDef()
        signature.signatureKey = signatureKey
        signature.subgraphIndex = 0
        signature.inputs = graph.inputs.compactMap { endpoint in
            indexOf[endpoint.tensor].map { tensorMap(endpoint.name, $0) }
        }
        signature.outputs = graph.outputs.enumerated().compactMap { position, endpoint in
            indexOf[endpoint.tensor].map { tensorMap("output_\(position)", $0) }
        }
        return signature
    }

    private static func tensorMap(_ name: String, _ index: Int32) -> TensorMap {
        var map = TensorMap()
        map.name = name
        map.tensorIndex = UInt32(index)
        return map
    }
}
