/// The graph passes run between lowering and export, in order. (Stub: filled in by the passes work.)
public enum GraphOptimizer {
    /// Rewrites `graph` in place.
    public static func optimize(_ graph: inout Graph) throws(ConversionError) {}
}
