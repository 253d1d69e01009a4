#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import FlatBuffers
import SwiftLiteCore

/// A NumPy `.npy` array (format versions 1.0-3.0, little-endian, C order) — how the CLI reads
/// inputs and writes outputs.
///
/// Parsing is strict: Fortran order, big-endian or unknown dtypes, malformed headers and data
/// whose length disagrees with the shape are refused with a message saying which.
public struct NumpyArray: Sendable, Equatable {
    /// Element type.
    public var type: ElementType
    /// Shape.
    public var shape: [Int]
    /// Little-endian element bytes in C order.
    public var data: [UInt8]

    /// An array from parts; `data.count` must equal the shape's element count times the size.
    public init(type: ElementType, shape: [Int], data: [UInt8]) {
        self.type = type
        self.shape = shape
        self.data = data
    }

    static let dtypes: [(String, ElementType)] = [
        ("f4", .float32), ("f2", .float16), ("f8", .float64), ("i1", .int8), ("u1", .uint8), ("i2", .int16),
        ("u2", .uint16), ("i4", .int32), ("u4", .uint32), ("i8", .int64), ("u8", .uint64), ("b1", .bool),
    ]

    /// Parses `.npy` bytes.
    public init(npy bytes: [UInt8]) throws(SwiftLiteError) {
        func fail(_ message: String) -> SwiftLiteError { SwiftLiteError(.invalidArgument, "not a valid .npy file: \(message)") }
        let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else { throw fail("missing the \\x93NUMPY magic") }
        let major = bytes[6]
        let headerLength: Int
        let headerStart: Int
        switch major {
        case 1:
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            headerStart = 10
        case 2, 3:
            guard bytes.count >= 12 else { throw fail("truncated header length") }
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
            headerStart = 12
        default:
            throw fail("unsupported format version \(major).\(bytes[7])")
        }
        guard headerLength <= bytes.count - headerStart else { throw fail("header of \(headerLength) bytes is truncated") }
        let header = String(decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
        let fields = try Self.parseHeader(header, fail: fail)
        guard let descr = fields["descr"], let order = fields["fortran_order"], let shapeText = fields["shape"] else {
            throw fail("header lacks descr, fortran_order or shape")
        }
        guard order == "False" else { throw fail("Fortran-order arrays are not supported; save with C order") }
        let code = descr.trimmingQuotes
        guard let endian = code.first, "<|=>".contains(endian) else { throw fail("unknown dtype \(code)") }
        guard endian != ">" else { throw fail("big-endian dtype \(code) is not supported") }
        guard let type = Self.dtypes.first(where: { $0.0 == String(code.dropFirst()) })?.1 else {
            throw fail("unsupported dtype \(code) (supported: float32 float16 float64 int8 uint8 int16 uint16 int32 uint32 int64 uint64 bool)")
        }
        var shape: [Int] = []
        let inner = shapeText.dropFirst().dropLast()
        for part in inner.split(separator: ",") {
            let text = part.filter { $0 != " " && $0 != "L" }
            if text.isEmpty { continue }
            guard let value = Int(text), value >= 0 else { throw fail("bad shape \(shapeText)") }
            shape.append(value)
        }
        guard let count = ShapeCount.elements(shape), let size = type.byteSize else { throw fail("shape \(shape) is too large") }
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: size)
        let dataStart = headerStart + headerLength
        guard !overflow, byteCount == bytes.count - dataStart else {
            throw fail("shape \(shape) of \(type) needs \(overflow ? "too many" : String(byteCount)) bytes of data, the file has \(bytes.count - dataStart)")
        }
        self.init(type: type, shape: shape, data: Array(bytes[dataStart...]))
    }

    /// Reads a `.npy` file.
    public init(contentsOf path: String) throws(SwiftLiteError) {
        let bytes: [UInt8]
        do {
            let storage = try ByteStorage(mappingFileAt: path)
            bytes = withExtendedLifetime(storage) { Array(storage.bytes) }
        } catch {
            throw SwiftLiteError(.io, "cannot read .npy file: \(error.message)")
        }
        do {
            try self.init(npy: bytes)
        } catch {
            var located = error
            located.message = "\(path): \(error.message)"
            throw located
        }
    }

    /// The `.npy` (version 1.0) bytes of this array.
    public var npyBytes: [UInt8] {
        let code: String = switch type {
        case .float32: "<f4"
        case .float16: "<f2"
        case .float64: "<f8"
        case .int8: "|i1"
        case .uint8: "|u1"
        case .int16: "<i2"
        case .uint16: "<u2"
        case .int32: "<i4"
        case .uint32: "<u4"
        case .int64: "<i8"
        case .uint64: "<u8"
        case .bool: "|b1"
        default: "|u1"
        }
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '\(code)', 'fortran_order': False, 'shape': \(shapeText), }"
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        let length = header.utf8.count
        bytes += [UInt8(length & 0xFF), UInt8(length >> 8)]
        bytes += Array(header.utf8)
        bytes += data
        return bytes
    }

    /// The elements as `T` (its size must match the type's).
    public func values<T>(as: T.Type) -> [T] {
        let count = data.count / MemoryLayout<T>.stride
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<(count * MemoryLayout<T>.stride)])) }
            initialized = count
        }
    }

    private static func parseHeader(_ header: String, fail: (String) -> SwiftLiteError) throws(SwiftLiteError) -> [String: String] {
        var text = Substring(header.trimmed)
        guard text.first == "{", text.last == "}" else { throw fail("header is not a dictionary") }
        text = text.dropFirst().dropLast()
        var fields: [String: String] = [:]
        while true {
            text = text.drop { $0 == " " || $0 == "," }
            if text.isEmpty { break }
            guard let colon = text.firstIndex(of: ":") else { throw fail("malformed header") }
            let key = String(text[..<colon]).trimmed.trimmingQuotes
            text = text[text.index(after: colon)...].drop { $0 == " " }
            let value: Substring
            if text.first == "(" {
                guard let close = text.firstIndex(of: ")") else { throw fail("unterminated shape") }
                value = text[...close]
            } else if let quote = text.first, quote == "'" || quote == "\"" {
                guard let close = text.dropFirst().firstIndex(of: quote) else { throw fail("unterminated string") }
                value = text[...close]
            } else {
                value = text.prefix { $0 != "," && $0 != "}" }
            }
            fields[key] = String(value).trimmed
            text = text[value.endIndex...]
        }
        return fields
    }
}

enum ShapeCount {
    static func elements(_ shape: [Int]) -> Int? {
        var count = 1
        for dimension in shape {
            let (next, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard !overflow else { return nil }
            count = next
        }
        return count
    }
}

extension String {
    fileprivate var trimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return String(self.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }

    fileprivate var trimmingQuotes: String {
        var text = Substring(self)
        if let first = text.first, first == "'" || first == "\"" { text = text.dropFirst() }
        if let last = text.last, last == "'" || last == "\"" { text = text.dropLast() }
        return String(text)
    }
}
