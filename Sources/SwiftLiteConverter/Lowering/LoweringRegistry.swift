import KerasModel

/// Which lowering handles which Keras class. Layers are keyed by class name (`Conv2D`); Keras
/// operations recorded in functional graphs (module `keras.src.ops.*`) by `ops.` + class name
/// (`ops.Add`).
public enum LoweringRegistry {
    /// Every lowering, merged from the per-family tables.
    public static let all: [String: LayerLowering] = {
        var table: [String: LayerLowering] = [:]
        for family in families {
            for (name, lowering) in family {
                precondition(table[name] == nil, "two lowerings for \(name)")
                table[name] = lowering
            }
        }
        return table
    }()

    /// The per-family tables (each family file adds its own).
    static let families: [[String: LayerLowering]] = [
        CoreLowerings.lowerings,
        RecurrentLowering.lowerings, BidirectionalLowering.lowerings, TimeDistributedLowering.lowerings, MultiHeadAttentionLowering.lowerings, MaskOpsLowering.lowerings,
        MergeLowerings.lowerings, ReshapingLowerings.lowerings, ResamplingLowerings.lowerings, RegularizationLowerings.lowerings, EmbeddingLowering.lowerings, KerasOpsLowerings.lowerings, KerasShapeOpsLowerings.lowerings, KerasIndexingLowering.lowerings,
        TFOpLambdaLowering.lowerings,
    ]

    /// The registry key for a node's layer.
    public static func key(for layer: KerasLayer) -> String {
        layer.isOperation ? "ops." + layer.className : layer.className
    }

    /// The names of every supported layer class and operation, sorted.
    public static var supportedClasses: [String] { all.keys.sorted() }
}
