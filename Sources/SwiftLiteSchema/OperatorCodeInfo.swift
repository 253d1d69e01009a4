/// How an operator code names its operator.
extension OperatorCodeView {
    /// The operator: the larger of `builtin_code` and `deprecated_builtin_code`, as TFLite reads
    /// it (the old 8-bit field holds codes below 127; newer files fill both).
    public var resolvedBuiltinCode: BuiltinOperator {
        BuiltinOperator(rawValue: max(builtinCode.rawValue, Int32(deprecatedBuiltinCode)))
    }

    /// `CONV_2D`, `CUSTOM:<name>` for custom operators, or `UNKNOWN(<code>)`.
    public var displayName: String {
        let code = resolvedBuiltinCode
        if code == .custom { return "CUSTOM:" + (customCode ?? "") }
        return code.name ?? "UNKNOWN(\(code.rawValue))"
    }
}

extension OperatorCode {
    /// The operator, resolved as in ``OperatorCodeView/resolvedBuiltinCode``.
    public var resolvedBuiltinCode: BuiltinOperator {
        BuiltinOperator(rawValue: max(builtinCode.rawValue, Int32(deprecatedBuiltinCode)))
    }
}
