import SwiftLiteSchema

/// Writes a ``Graph`` as a TFLite `Model`. (Stub: filled in by the export work.)
public enum TFLiteExporter {
    /// The model for `graph`.
    public static func makeModel(_ graph: Graph, description: String) throws(ConversionError) -> Model {
        throw ConversionError(.unsupported, "export is not implemented yet")
    }
}
