import KerasModel
import SwiftLiteSchema

/// Turns a ``KerasGraph`` into a TFLite ``Graph``: one graph input per Keras input (unknown
/// dimensions become -1), each node lowered by its ``LoweringRegistry`` entry, outputs named after the
/// Keras output layers.
public enum GraphLowering {
    /// Lowers `keras` with the lowerings in `registry`.
    public static func lower(
        _ keras: KerasGraph, registry: [String: LayerLowering] = LoweringRegistry.all
    ) throws(ConversionError) -> Graph {
        var context = LoweringContext()
        context.kerasGraph = keras
        for (index, input) in keras.inputs.enumerated() {
            let type = try tensorType(forKerasDType: input.spec.dtype, what: "input `\(input.name)`")
            let shape = input.spec.shape.map { $0 ?? -1 }
            let id = context.graph.addTensor(name: input.name, type: type, shape: shape)
            context.graph.inputs.append(GraphEndpoint(name: input.name, tensor: id))
            context.values[KerasGraph.inputRef(index)] = id
        }
        for (index, node) in keras.nodes.enumerated() {
            let key = LoweringRegistry.key(for: node.layer)
            // Legacy .h5 files record no module, so operations (`x + 1`) arrive under bare class names.
            guard let lowering = registry[key] ?? (node.layer.module == nil ? registry["ops." + key] : nil) else {
                let what = node.layer.isOperation ? "Keras operation" : "layer class"
                throw ConversionError(
                    .unsupported, "unsupported \(what) \(node.layer.className): SwiftLite cannot convert it",
                    layer: node.layer)
            }
            let outputs = try lowering(node, &context)
            for (output, id) in outputs.enumerated() {
                context.values[KerasTensorRef(node: index, output: output)] = id
            }
        }
        for output in keras.outputs {
            guard let id = context.values[output.tensor] else {
                throw ConversionError(.invalidModel, "model output `\(output.name)` (\(output.tensor)) is never produced")
            }
            context.graph.outputs.append(GraphEndpoint(name: output.name, tensor: id))
        }
        return context.graph
    }

    /// The TFLite type for a Keras dtype name.
    public static func tensorType(forKerasDType dtype: String, what: String) throws(ConversionError) -> TensorType {
        switch dtype {
        case "float32": return .float32
        case "int32": return .int32
        case "int64": return .int64
        case "bool": return .bool
        case "uint8": return .uint8
        case "int8": return .int8
        case "float16": return .float16
        default: throw ConversionError(.unsupported, "unsupported dtype \(dtype) for \(what)")
        }
    }
}
