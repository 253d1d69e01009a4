import SwiftLiteSchema

/// The `min_runtime_version` metadata: the oldest TFLite runtime release that runs every
/// (operator, version) pair of a model.
public enum RuntimeVersion {
    /// The metadata entry's name.
    public static let metadataName = "min_runtime_version"
    /// The size of the metadata buffer (the version string, zero-padded).
    public static let metadataSize = 16

    /// The release that first runs `opcode` at `version`, or nil when the table has no entry
    /// (such pairs do not constrain the model's minimum).
    public static func release(for opcode: BuiltinOperator, version: Int32) -> String? {
        guard let name = opcode.name else { return nil }
        return RuntimeVersionTable.releases[name]?[version]
    }

    /// The highest release over `codes` (empty when no code has an entry).
    public static func minimum(for codes: [OperatorCode]) -> String {
        var best = ""
        for code in codes {
            guard let release = release(for: code.resolvedBuiltinCode, version: code.version) else { continue }
            if precedes(best, release) { best = release }
        }
        return best
    }

    /// True when release `a` is older than `b`, comparing dot-separated numbers from the left; a
    /// release that is a prefix of another precedes it (so "" precedes everything).
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: ".", omittingEmptySubsequences: false)
        let right = b.split(separator: ".", omittingEmptySubsequences: false)
        let common = a.isEmpty ? 0 : min(left.count, right.count)
        for index in 0..<common {
            if let x = Int(left[index]), let y = Int(right[index]), x != y { return x < y }
        }
        return b.isEmpty ? false : common < right.count
    }

    /// The 16-byte metadata buffer: the release string followed by zeros (all zeros when the
    /// string is empty or would not leave room for a terminating zero).
    public static func metadataBytes(_ release: String) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: metadataSize)
        let text = Array(release.utf8)
        if text.count < metadataSize {
            bytes.replaceSubrange(0..<text.count, with: text)
        }
        return bytes
    }
}
