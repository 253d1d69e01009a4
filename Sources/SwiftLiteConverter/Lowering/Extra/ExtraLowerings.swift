/// The extra layer lowerings (attention layers, ConvNeXt's LayerScale, more normalizations,
/// cropping, inference-time identities and Keras operations), merged into one table for
/// ``LoweringRegistry``.
enum ExtraLowerings {
    /// Class name → lowering for every extra family.
    static let lowerings: [String: LayerLowering] = {
        var table: [String: LayerLowering] = [:]
        let families: [[String: LayerLowering]] = [
            AttentionLowerings.lowerings,
            GroupedQueryAttentionLowering.lowerings,
            LayerScaleLowering.lowerings,
            ImagePreprocessingLowerings.lowerings,
            NormalizationExtras.lowerings,
            KerasMathOps.lowerings,
            KerasReductionOps.lowerings,
            KerasArrayOps.lowerings,
        ]
        for family in families {
            table.merge(family) { first, _ in first }
        }
        return table
    }()
}
