@_exported import struct SwiftLiteSchema.ModelError

/// SwiftLite's version.
public enum SwiftLiteVersion {
    /// The version string of this library.
    public static let string = "0.1.0"
}
