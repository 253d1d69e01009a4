import KerasModel
import SwiftLiteSchema

/// Keras `Embedding`: GATHER of the indices (float indices CAST to int32, as Keras truncates them)
/// from the embedding matrix. `mask_zero` only matters when a later layer uses the mask, which is
/// refused.
enum EmbeddingLowering {
    /// The lowering by class name.
    static let lowerings: [String: LayerLowering] = ["Embedding": lower]

    /// The lowering.
    static let lower: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let name = layer.name
        var indices = try context.singleInput(of: node)
        if layer.config["quantization_config"] != nil || layer.config["dtype"]?["class_name"]?.stringValue?.contains("Quantized") == true {
            throw ConversionError(.unsupported, "quantized Embedding (quantization_config) is not supported", layer: layer)
        }
        if layer.config["lora_rank"] != nil, layer.weights.format == .legacyH5 {
            throw ConversionError(.unsupported, "Embedding with lora_rank in a legacy .h5 file is not supported", layer: layer)
        }
        if try StructureConfig.bool(layer, "mask_zero", default: false) {
            try MaskPropagation.requireUnused(node, context, why: "Embedding(mask_zero=True)")
        }
        let table: KerasArray
        do {
            table = try layer.weights.array(kerasPath: "vars/0", legacyIndex: 0, layer: name)
        } catch {
            throw ConversionError(.invalidModel, "embeddings: \(error)", layer: layer)
        }
        let inputDim = try StructureConfig.int(layer, "input_dim")
        let outputDim = try StructureConfig.int(layer, "output_dim")
        guard table.shape == [inputDim, outputDim], table.values.count == inputDim * outputDim else {
            throw ConversionError(
                .invalidModel, "embeddings of shape \(table.shape), expected [\(inputDim), \(outputDim)]", layer: layer)
        }
        switch context.graph[indices].type {
        case .int32, .int64: break
        case .float32: indices = StructureOps.cast(&context, indices, to: .int32, name: "\(name)/indices", origin: name)
        case let other: throw ConversionError(.unsupported, "indices of type \(other) are not supported", layer: layer)
        }
        let params = context.constant(key: "\(layer.id)/embeddings", name: "\(name)/embeddings", shape: table.shape, floats: table.values)
        return [StructureOps.gather(&context, params: params, indices: indices, name: name, origin: name)]
    }
}
