import FlatBuffers
import Foundation
import SwiftLiteSchema
import Testing

@testable import KerasModel

/// The strict JSON parser: values, Python's extensions, escapes, limits and error offsets.
@Suite struct JSONParserTests {
    static func parse(_ text: String, limits: JSONParser.Limits = JSONParser.Limits()) throws -> JSONValue {
        try JSONParser.parse(text, source: "t", limits: limits)
    }

    static func failure(_ text: String, limits: JSONParser.Limits = JSONParser.Limits()) -> KerasImportError? {
        do {
            _ = try JSONParser.parse(text, source: "t", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func scalarsAndContainers() throws {
        #expect(try Self.parse(" null ") == .null)
        #expect(try Self.parse("true") == .bool(true))
        #expect(try Self.parse("false") == .bool(false))
        #expect(try Self.parse("42") == .int(42))
        #expect(try Self.parse("-0") == .int(0))
        #expect(try Self.parse("-17") == .int(-17))
        #expect(try Self.parse("2.5") == .double(2.5))
        #expect(try Self.parse("1e3") == .double(1000))
        #expect(try Self.parse("-1.5E-2") == .double(-0.015))
        #expect(try Self.parse("9223372036854775807") == .int(Int.max))
        #expect(try Self.parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
        #expect(try Self.parse("[1, [2], {}]") == .array([.int(1), .array([.int(2)]), .object([])]))
        let object = try Self.parse(#"{"b": 1, "a": [null, "x"]}"#)
        #expect(object.keys == ["b", "a"])
        #expect(object["a"] == .array([.null, .string("x")]))
    }

    @Test func pythonNonFiniteTokens() throws {
        #expect(try Self.parse("Infinity") == .double(.infinity))
        #expect(try Self.parse("-Infinity") == .double(-.infinity))
        guard case .double(let nan) = try Self.parse("NaN") else { Issue.record("NaN is not a double"); return }
        #expect(nan.isNaN)
        #expect(try Self.parse("[NaN, 1]").arrayValue?.count == 2)
        #expect(Self.failure("nan") != nil)
        #expect(Self.failure("Inf") != nil)
    }

    @Test func stringEscapes() throws {
        #expect(try Self.parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
        #expect(try Self.parse(#""\u00e9\u2713""#) == .string("é✓"))
        #expect(try Self.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try Self.parse("\"héllo ✓ 😀\"") == .string("héllo ✓ 😀"))
        #expect(Self.failure(#""\ud83d""#) != nil)          // lone high surrogate
        #expect(Self.failure(#""\ud83dx""#) != nil)
        #expect(Self.failure(#""\ude00""#) != nil)          // lone low surrogate
        #expect(Self.failure(#""\ud83d\u0041""#) != nil)    // high surrogate + non-surrogate
        #expect(Self.failure(#""\x""#) != nil)
        #expect(Self.failure(#""\u12g4""#) != nil)
        #expect(Self.failure("\"a\u{01}b\"") != nil)        // raw control character
        #expect(Self.failure("\"abc") != nil)
    }

    @Test func invalidUTF8IsRejected() {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
        #expect(throws: KerasImportError.self) { try JSONParser.parse(bytes) }
        #expect(throws: KerasImportError.self) { try JSONParser.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }  // encoded surrogate
    }

    @Test func syntaxErrorsCarryTheByteOffset() {
        let cases: [(String, Int)] = [
            ("[1, x]", 4), ("{\"a\" 1}", 5), ("[1 2]", 3), ("01", 0), ("1.", 2), ("1e", 2), ("[1,]", 3),
            ("{\"a\":1,}", 7), ("", 0), ("[1] 2", 4), ("{\"a\":1, \"a\":2}", 8), ("tru", 0), ("-", 1),
        ]
        for (text, offset) in cases {
            let error = Self.failure(text)
            #expect(error?.kind == .malformed, "\(text)")
            #expect(error?.location == "t byte \(offset)", "\(text): \(String(describing: error))")
        }
    }

    @Test func depthAndSizeCaps() throws {
        let deep = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(try Self.parse(deep).arrayValue != nil)
        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        #expect(Self.failure(tooDeep)?.kind == .limitExceeded)
        let objects = String(repeating: "{\"a\":", count: 300) + "1" + String(repeating: "}", count: 300)
        #expect(Self.failure(objects)?.kind == .limitExceeded)
        // A hostile depth far past the cap stops at the cap, without deep recursion.
        #expect(Self.failure(String(repeating: "[", count: 1_000_000))?.kind == .limitExceeded)
        #expect(Self.failure("[1, 2, 3]", limits: JSONParser.Limits(maxBytes: 8))?.kind == .limitExceeded)
    }

    @Test(arguments: ImportFixtures.cases)
    func agreesWithFoundationOnFixtureConfigs(_ name: String) throws {
        // Each archive's config.json, compared with Foundation's reading of it.
        let path = ImportFixtures.folder.appendingPathComponent(name).appendingPathComponent("model.keras").path
        let archive = try ZipArchive(storage: ByteStorage(copying: ImportFixtures.bytes(path)))
        let member = try archive.contents(of: "config.json")
        let bytes = withExtendedLifetime(member) { Array(member.bytes) }
        let ours = try JSONParser.parse(bytes)
        let theirs = try JSONSerialization.jsonObject(with: Data(bytes))
        #expect(Self.equal(ours, theirs))
        // Serializing and parsing again gives the same value.
        #expect(try JSONParser.parse(ours.serialized()) == ours)
    }

    static func equal(_ value: JSONValue, _ other: Any) -> Bool {
        switch value {
        case .null: return other is NSNull
        case .bool(let b): return (other as? NSNumber)?.boolValue == b
        case .int(let i): return (other as? NSNumber)?.intValue == i
        case .double(let d): return (other as? NSNumber)?.doubleValue == d
        case .string(let s): return other as? String == s
        case .array(let items):
            guard let others = other as? [Any], others.count == items.count else { return false }
            return zip(items, others).allSatisfy { equal($0, $1) }
        case .object(let fields):
            guard let others = other as? [String: Any], others.count == fields.count else { return false }
            return fields.allSatisfy { key, item in others[key].map { equal(item, $0) } ?? false }
        }
    }
}
