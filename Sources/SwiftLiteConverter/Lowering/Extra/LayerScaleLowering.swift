import KerasModel
import SwiftLiteSchema

/// ConvNeXt's `LayerScale` (`keras.src.applications.convnext`, registered as `LayerScale`):
/// `x * gamma` with a learned per-channel `gamma` (`[projection_dim]`, the last axis), one MUL.
/// A `LayerScale` from another module is some other custom layer and stays unsupported.
enum LayerScaleLowering {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = ["LayerScale": layerScale]

    /// The modules Keras's own LayerScale is saved under (legacy files record none).
    static func isKerasLayerScale(_ layer: KerasLayer) -> Bool {
        guard let module = layer.module else { return layer.config["projection_dim"] != nil }
        return module.hasPrefix("keras.src.applications") || module.hasPrefix("keras.applications")
    }

    static func layerScale(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        guard isKerasLayerScale(layer) else {
            throw ConversionError(
                .unsupported, "custom layer LayerScale from `\(layer.module ?? "?")` is not supported (only keras.applications' ConvNeXt LayerScale)",
                layer: layer)
        }
        try layer.requireFloat32()
        let x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        guard let channels = shape.last, channels > 0 else {
            throw ConversionError(.unsupported, "LayerScale needs a known last dimension, got \(shape)", layer: layer)
        }
        if let projection = layer.config["projection_dim"]?.intValue, projection != channels {
            throw ConversionError(.invalidModel, "projection_dim \(projection) does not match the input's \(channels) channels", layer: layer)
        }
        let gamma = try layer.weight("vars/0", 0, shape: [channels])
        let constant = context.constant(key: "\(layer.id)/gamma", name: "\(layer.name)/gamma", shape: [channels], floats: gamma.values)
        return [try context.binary(.mul, x, constant, name: layer.name, origin: layer.name)]
    }
}
