/// The core layer lowerings (activations, Dense, convolutions, pooling, normalization,
/// preprocessing), merged into one table for ``LoweringRegistry``.
enum CoreLowerings {
    /// Class name → lowering for every core family.
    static let lowerings: [String: LayerLowering] = {
        var table: [String: LayerLowering] = [:]
        let families: [[String: LayerLowering]] = [
            ActivationLowerings.lowerings,
            DenseLowerings.lowerings,
            ConvolutionLowerings.lowerings,
            TransposedConvolutionLowerings.lowerings,
            PoolingLowerings.lowerings,
            NormalizationLowerings.lowerings,
            PreprocessingLowerings.lowerings,
        ]
        for family in families {
            table.merge(family) { first, _ in first }
        }
        return table
    }()
}
