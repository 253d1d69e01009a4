import SwiftLite
import SwiftLiteSchema

/// How `run` prints outputs.
enum OutputFormatting {
    /// The first few values of an array.
    static func preview(_ array: NumpyArray, count: Int = 6) -> String {
        let values = describe(array)
        let shown = values.prefix(count).joined(separator: ", ")
        return "[" + shown + (values.count > count ? ", …]" : "]")
    }

    /// The indices of the `k` largest values of the last axis of the first row, with values.
    static func topK(_ array: NumpyArray, k: Int) -> String {
        let numbers: [Double]
        switch array.type {
        case .float32: numbers = array.values(as: Float.self).map(Double.init)
        case .int8: numbers = array.values(as: Int8.self).map(Double.init)
        case .uint8: numbers = array.values(as: UInt8.self).map(Double.init)
        default: return "n/a"
        }
        let row = Array(numbers.prefix(array.shape.last ?? numbers.count))
        let best = row.enumerated().sorted { $0.element > $1.element }.prefix(max(0, k))
        return best.map { "class \($0.offset) (\(format($0.element)))" }.joined(separator: ", ")
    }

    static func describe(_ array: NumpyArray) -> [String] {
        switch array.type {
        case .float32: array.values(as: Float.self).map { format(Double($0)) }
        case .float64: array.values(as: Double.self).map { format($0) }
        case .int8: array.values(as: Int8.self).map { String($0) }
        case .uint8: array.values(as: UInt8.self).map { String($0) }
        case .int16: array.values(as: Int16.self).map { String($0) }
        case .uint16: array.values(as: UInt16.self).map { String($0) }
        case .int32: array.values(as: Int32.self).map { String($0) }
        case .uint32: array.values(as: UInt32.self).map { String($0) }
        case .int64: array.values(as: Int64.self).map { String($0) }
        case .uint64: array.values(as: UInt64.self).map { String($0) }
        case .bool: array.values(as: UInt8.self).map { $0 != 0 ? "true" : "false" }
        default: ["…"]
        }
    }

    static func format(_ value: Double) -> String {
        let scaled = (value * 1_000_000).rounded() / 1_000_000
        return "\(scaled)"
    }
}

/// Atomic file writes for CLI outputs.
enum AtomicWrite {
    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try AtomicFileWriter.write(bytes, to: path)
        } catch {
            throw CommandFailure("\(path): \(error)")
        }
    }
}
