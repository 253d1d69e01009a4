import KerasModel
import SwiftLiteSchema

/// Training-only layers, which are the identity at inference (their output is their input), and
/// Masking, whose values are reproduced exactly but whose mask must not matter to later layers.
enum RegularizationLowerings {
    /// The lowerings by class name.
    static let lowerings: [String: LayerLowering] = [
        "Dropout": passThrough,
        "SpatialDropout1D": passThrough,
        "SpatialDropout2D": passThrough,
        "SpatialDropout3D": passThrough,
        "GaussianNoise": passThrough,
        "GaussianDropout": passThrough,
        "AlphaDropout": passThrough,
        "ActivityRegularization": passThrough,
        "Masking": masking,
    ]

    /// A layer that is the identity at inference.
    static let passThrough: LayerLowering = { node, context throws(ConversionError) in
        [try context.singleInput(of: node)]
    }

    /// Masking: `where(any(x != mask_value, axis=-1, keepdims), x, 0)`. With `mask_value` 0 this is
    /// the identity; otherwise NOT_EQUAL → REDUCE_ANY → CAST → MUL. Refused when a later layer uses
    /// the mask.
    static let masking: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try context.singleInput(of: node)
        try StructureConfig.requireFloat(context, x, layer: layer)
        let maskValue: Double
        if let value = layer.config["mask_value"] {
            guard let number = value.doubleValue else {
                throw ConversionError(.unsupported, "mask_value=\(value.serialized()) is not a number", layer: layer)
            }
            maskValue = number
        } else {
            maskValue = 0
        }
        try MaskPropagation.requireUnused(node, context, why: "Masking")
        if maskValue == 0 { return [x] }
        let name = layer.name
        let shape = context.graph[x].shape
        let value = context.scalar(Float(maskValue), name: "\(name)/mask_value")
        let differs = context.graph.addOperator(
            .notEqual, inputs: [x, value], output: "\(name)/not_equal", type: .bool, shape: shape, origin: name)
        let keep = StructureOps.reduce(
            &context, .reduceAny, differs, axes: [shape.count - 1], keepDims: true, name: "\(name)/any", origin: name)
        let factor = StructureOps.cast(&context, keep, to: .float32, name: "\(name)/keep", origin: name)
        return [try context.binary(.mul, x, factor, name: name, origin: name)]
    }
}
