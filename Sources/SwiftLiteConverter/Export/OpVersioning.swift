import SwiftLiteSchema

/// The version of each operator: the minimum TFLite version whose kernel supports what the
/// operator uses (its types, options, ranks and quantization).
public enum OpVersioning {
    /// The minimum version for `signature`.
    public static func version(of signature: OpSignature) -> Int32 {
        1
    }
}
