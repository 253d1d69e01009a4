import SwiftLiteSchema

/// The model's operator-code list: one entry per distinct (operator, custom code, version), in
/// first-use order, shared by all subgraphs.
struct OperatorCodeTable {
    /// The key identifying an operator code.
    private struct Key: Hashable {
        var code: Int32
        var custom: String?
        var version: Int32
    }

    /// The codes in file order.
    private(set) var codes: [OperatorCode] = []
    private var indexByKey: [Key: UInt32] = [:]

    /// The index of the code for `opcode` at `version`, appending it when new.
    ///
    /// `deprecated_builtin_code` holds the code itself when it fits the old 8-bit field, and the
    /// placeholder 127 (`PLACEHOLDER_FOR_GREATER_OP_CODES`) for newer operators, as TFLite writes it.
    mutating func index(for opcode: BuiltinOperator, customCode: String?, version: Int32) -> UInt32 {
        let key = Key(code: opcode.rawValue, custom: opcode == .custom ? customCode : nil, version: version)
        if let existing = indexByKey[key] { return existing }
        var code = OperatorCode()
        code.builtinCode = opcode
        code.deprecatedBuiltinCode = Int8(min(opcode.rawValue, OperatorCodeTable.placeholderForGreaterOpCodes))
        code.customCode = key.custom
        code.version = version
        let index = UInt32(codes.count)
        codes.append(code)
        indexByKey[key] = index
        return index
    }

    /// The value of `deprecated_builtin_code` for operators whose code does not fit in it.
    static let placeholderForGreaterOpCodes: Int32 = 127
}
