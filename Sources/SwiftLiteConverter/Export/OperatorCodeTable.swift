import SwiftLiteSchema

/// The model's operator-code list: one entry per distinct operator (builtin code, or custom
/// code), in first-use order, shared by all subgraphs. As in TF's converter, an entry carries the
/// highest version any of its uses needs.
struct OperatorCodeTable {
    /// The key identifying an operator code.
    private struct Key: Hashable {
        var code: Int32
        var custom: String?
    }

    /// The codes in file order.
    private(set) var codes: [OperatorCode] = []
    private var indexByKey: [Key: Int] = [:]

    /// The index of the code for `opcode`, appending it when new and raising its version to
    /// `version` when an earlier use needed less.
    ///
    /// `deprecated_builtin_code` holds the code itself when it fits the old 8-bit field, and the
    /// placeholder 127 (`PLACEHOLDER_FOR_GREATER_OP_CODES`) for newer operators, as TFLite writes it.
    mutating func index(for opcode: BuiltinOperator, customCode: String?, version: Int32) -> UInt32 {
        let key = Key(code: opcode.rawValue, custom: opcode == .custom ? customCode : nil)
        if let existing = indexByKey[key] {
            codes[existing].version = max(codes[existing].version, version)
            return UInt32(existing)
        }
        var code = OperatorCode()
        code.builtinCode = opcode
        code.deprecatedBuiltinCode = Int8(min(opcode.rawValue, OperatorCodeTable.placeholderForGreaterOpCodes))
        code.customCode = key.custom
        code.version = version
        indexByKey[key] = codes.count
        codes.append(code)
        return UInt32(codes.count - 1)
    }

    /// The value of `deprecated_builtin_code` for operators whose code does not fit in it.
    static let placeholderForGreaterOpCodes: Int32 = 127
}
