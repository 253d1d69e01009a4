import SwiftLiteSchema

/// A strict JSON (RFC 8259) parser producing ``JSONValue``, with the extensions Python's `json`
/// module writes: `NaN`, `Infinity` and `-Infinity`.
///
/// Integers without fraction or exponent that fit in `Int` become `.int`; other numbers `.double`.
/// Strings must be valid UTF-8; `\u` escapes combine surrogate pairs, and a lone surrogate is an
/// error. Duplicate object keys are rejected. Nesting depth and input size are capped. Errors are
/// `KerasImportError(.malformed / .limitExceeded)` whose location gives the byte offset.
///
/// ```swift
/// let config = try JSONParser.parse(Array(text.utf8), source: "config.json")
/// ```
public struct JSONParser {
    /// Caps applied while parsing.
    public struct Limits: Sendable {
        /// The deepest nesting of arrays and objects accepted.
        public var maxDepth: Int
        /// The largest document accepted, in bytes.
        public var maxBytes: Int

        /// Creates limits.
        public init(maxDepth: Int = 256, maxBytes: Int = 256 << 20) {
            self.maxDepth = maxDepth
            self.maxBytes = maxBytes
        }
    }

    private let bytes: UnsafeRawBufferPointer
    private let source: String
    private let limits: Limits
    private var position = 0

    private init(bytes: UnsafeRawBufferPointer, source: String, limits: Limits) {
        self.bytes = bytes
        self.source = source
        self.limits = limits
    }

    /// Parses one JSON document; `source` names it in errors.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, source: String = "JSON", limits: Limits = Limits()
    ) throws(KerasImportError) -> JSONValue {
        guard bytes.count <= limits.maxBytes else {
            throw KerasImportError(
                .limitExceeded, "document of \(bytes.count) bytes exceeds the \(limits.maxBytes)-byte limit", location: source)
        }
        var parser = JSONParser(bytes: bytes, source: source, limits: limits)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error("unexpected content after the document") }
        return value
    }

    /// Parses a byte array.
    public static func parse(_ bytes: [UInt8], source: String = "JSON", limits: Limits = Limits()) throws(KerasImportError) -> JSONValue {
        let result: Result<JSONValue, KerasImportError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(KerasImportError) -> JSONValue in try parse(buffer, source: source, limits: limits) }
        }
        return try result.get()
    }

    /// Parses a string.
    public static func parse(_ text: String, source: String = "JSON", limits: Limits = Limits()) throws(KerasImportError) -> JSONValue {
        try parse(Array(text.utf8), source: source, limits: limits)
    }

    private func error(_ message: String, at offset: Int? = nil) -> KerasImportError {
        KerasImportError(.malformed, message, location: "\(source) byte \(offset ?? position)")
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(KerasImportError) {
        let count = literal.utf8CodeUnitCount
        guard count <= bytes.count - position else { throw error("truncated literal") }
        let text = literal.utf8Start
        for index in 0..<count where bytes[position + index] != text[index] {
            throw error("invalid literal")
        }
        position += count
    }

    private mutating func parseValue(depth: Int) throws(KerasImportError) -> JSONValue {
        guard let byte = current else { throw error("unexpected end of document") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "N"): try expectLiteral("NaN"); return .double(.nan)
        case UInt8(ascii: "I"): try expectLiteral("Infinity"); return .double(.infinity)
        case UInt8(ascii: "-") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "I"):
            position += 1
            try expectLiteral("Infinity")
            return .double(-.infinity)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected character `\(Character(Unicode.Scalar(byte)))`")
        }
    }

    private mutating func parseObject(depth: Int) throws(KerasImportError) -> JSONValue {
        guard depth <= limits.maxDepth else {
            throw KerasImportError(.limitExceeded, "nesting deeper than \(limits.maxDepth)", location: "\(source) byte \(position)")
        }
        position += 1
        var fields: [(String, JSONValue)] = []
        var seen = Set<String>()
        skipWhitespace()
        if current == UInt8(ascii: "}") { position += 1; return .object(fields) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let keyOffset = position
            let key = try parseString()
            guard seen.insert(key).inserted else { throw error("duplicate key `\(key)`", at: keyOffset) }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected `:`") }
            position += 1
            skipWhitespace()
            fields.append((key, try parseValue(depth: depth)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(fields)
            default: throw error("expected `,` or `}`")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(KerasImportError) -> JSONValue {
        guard depth <= limits.maxDepth else {
            throw KerasImportError(.limitExceeded, "nesting deeper than \(limits.maxDepth)", location: "\(source) byte \(position)")
        }
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { position += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(items)
            default: throw error("expected `,` or `]`")
            }
        }
    }

    private mutating func parseNumber() throws(KerasImportError) -> JSONValue {
        let start = position
        func digits(_ parser: inout JSONParser) -> Int {
            let first = parser.position
            while let byte = parser.current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { parser.position += 1 }
            return parser.position - first
        }
        if current == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw error("a number needs digits") }
        guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else {
            throw error("leading zeros are not allowed", at: integerStart)
        }
        var isInteger = true
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard digits(&self) > 0 else { throw error("a fraction needs digits") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw error("an exponent needs digits") }
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw error("invalid number `\(text)`", at: start) }
        return .double(value)
    }

    private mutating func hex4() throws(KerasImportError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private mutating func parseString() throws(KerasImportError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        func flushRun(_ parser: JSONParser, _ end: Int, into scalars: inout String.UnicodeScalarView) throws(KerasImportError) {
            guard end > runStart else { return }
            let run = UnsafeRawBufferPointer(rebasing: parser.bytes[runStart..<end])
            guard let text = String(validating: run, as: UTF8.self) else {
                throw parser.error("invalid UTF-8 in string", at: runStart)
            }
            scalars.append(contentsOf: text.unicodeScalars)
        }
        while true {
            guard let byte = current else { throw error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                try flushRun(self, position, into: &scalars)
                position += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                try flushRun(self, position, into: &scalars)
                position += 1
                guard let escape = current else { throw error("unterminated escape") }
                position += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    let escapeStart = position - 2
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
                              bytes[position + 1] == UInt8(ascii: "u")
                        else { throw error("unpaired high surrogate", at: escapeStart) }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired high surrogate", at: escapeStart) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(code) {
                        throw error("unpaired low surrogate", at: escapeStart)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape", at: escapeStart) }
                    scalars.append(scalar)
                default:
                    throw error("invalid escape `\\\(Character(Unicode.Scalar(escape)))`", at: position - 2)
                }
                runStart = position
            case 0..<0x20:
                throw error("control character in string")
            default:
                position += 1
            }
        }
    }
}
