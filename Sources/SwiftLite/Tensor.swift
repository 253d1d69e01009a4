#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SwiftLiteCore

/// A snapshot of one of the interpreter's tensors, as TensorFlowLiteSwift's `Tensor`: name,
/// type, shape and a copy of its bytes, plus what that API lacks (every type, per-axis
/// quantization, the shape signature).
public struct Tensor: Sendable, Equatable {
    /// The tensor's name.
    public let name: String
    /// The element type.
    public let dataType: ElementType
    /// The shape.
    public let shape: Shape
    /// The shape with -1 for resizable dimensions.
    public let shapeSignature: [Int]
    /// The bytes (a copy, taken when the snapshot was made).
    public let data: Data
    /// Quantization, if any (per tensor or per axis).
    public let quantizationParameters: SwiftLiteCore.QuantizationParameters?
    /// The tensor's index in its subgraph.
    public let index: Int

    /// A tensor shape.
    public struct Shape: Sendable, Equatable, ExpressibleByArrayLiteral, CustomStringConvertible {
        /// The dimensions.
        public let dimensions: [Int]
        /// The number of dimensions.
        public var rank: Int { dimensions.count }
        /// Elements in a tensor of this shape.
        public var elementCount: Int { dimensions.reduce(1, *) }

        /// A shape with `dimensions`.
        public init(_ dimensions: [Int]) { self.dimensions = dimensions }
        /// A shape with `dimensions`.
        public init(_ dimensions: Int...) { self.dimensions = dimensions }
        /// A shape from an array literal.
        public init(arrayLiteral elements: Int...) { self.dimensions = elements }
        /// `[1, 224, 224, 3]`.
        public var description: String { "\(dimensions)" }
    }

    init(_ slot: TensorSlot) {
        name = slot.name
        dataType = slot.type
        shape = Shape(slot.shape)
        shapeSignature = slot.shapeSignature
        let raw = slot.rawBuffer
        data = raw.count > 0 ? Data(raw) : Data()
        quantizationParameters = slot.quantization
        index = slot.index
    }

    /// The elements as `T` (which must match ``dataType``'s size).
    public func values<T>(as type: T.Type) -> [T] {
        let count = data.count / MemoryLayout<T>.stride
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[..<(count * MemoryLayout<T>.stride)]))
            }
            initialized = count
        }
    }
}
