/// The graph passes run between lowering and export, in order: identity removal, constant
/// folding, common-subexpression elimination, TRANSPOSE composition, PAD folding into
/// convolutions, merging of constant MUL/ADD chains, BatchNorm folding, input-scale folding,
/// activation fusion (also through a reshape), hard-swish fusion, constant deduplication and
/// dead-code elimination, repeated while any of them changes
/// something (one rewrite can enable another: a folded constant makes a MUL by one visible, a
/// removed identity exposes a fusion, merged duplicates leave a result read once). Extra
/// subgraphs (loop bodies) are optimized the same way; their endpoints never change.
public enum GraphOptimizer {
    /// The most rounds of passes; each round that changes nothing ends the loop earlier.
    public static let maximumRounds = 8

    /// Rewrites `graph` in place.
    public static func optimize(_ graph: inout Graph) throws(ConversionError) {
        for index in graph.subgraphs.indices {
            try optimize(&graph.subgraphs[index])
        }
        for _ in 0..<maximumRounds {
            var changed = IdentityRemoval.run(&graph)
            changed = ConstantFolding.run(&graph) || changed
            changed = CommonSubexpressionElimination.run(&graph) || changed
            changed = TransposeComposition.run(&graph) || changed
            changed = PadFolding.run(&graph) || changed
            changed = ConstantChainMerging.run(&graph) || changed
            changed = BatchNormFolding.run(&graph) || changed
            changed = InputScaleFolding.run(&graph) || changed
            changed = ActivationFusion.run(&graph) || changed
            changed = ReshapedActivationFusion.run(&graph) || changed
            changed = HardSwishFusion.run(&graph) || changed
            changed = ConstantDeduplication.run(&graph) || changed
            changed = DeadCodeElimination.run(&graph) || changed
            if !changed { break }
        }
    }
}
