/// A fixed-size little-endian value that can live in a FlatBuffer: integers, floats, booleans and
/// the schema's enums.
public protocol FlatScalar: Sendable {
    /// The size in bytes on the wire (also the alignment).
    static var byteSize: Int { get }
    /// Reads a value from `pointer + offset`; the caller guarantees the bytes are in bounds.
    static func read(from pointer: UnsafeRawPointer, at offset: Int) -> Self
    /// Writes the value's little-endian bytes to `pointer`.
    func write(to pointer: UnsafeMutableRawPointer)
}

/// A ``FlatScalar`` that is a fixed-width integer.
public protocol FlatInteger: FlatScalar, FixedWidthInteger {}

extension FlatInteger {
    /// The size in bytes.
    @inlinable public static var byteSize: Int { MemoryLayout<Self>.size }
    /// Reads a little-endian integer.
    @inlinable public static func read(from pointer: UnsafeRawPointer, at offset: Int) -> Self {
        Self(littleEndian: pointer.loadUnaligned(fromByteOffset: offset, as: Self.self))
    }
    /// Writes a little-endian integer.
    @inlinable public func write(to pointer: UnsafeMutableRawPointer) {
        pointer.storeBytes(of: littleEndian, as: Self.self)
    }
}

extension Int8: FlatInteger {}
extension Int16: FlatInteger {}
extension Int32: FlatInteger {}
extension Int64: FlatInteger {}
extension UInt8: FlatInteger {}
extension UInt16: FlatInteger {}
extension UInt32: FlatInteger {}
extension UInt64: FlatInteger {}

extension Bool: FlatScalar {
    /// One byte.
    @inlinable public static var byteSize: Int { 1 }
    /// Any non-zero byte is `true`.
    @inlinable public static func read(from pointer: UnsafeRawPointer, at offset: Int) -> Bool {
        pointer.load(fromByteOffset: offset, as: UInt8.self) != 0
    }
    /// Writes 0 or 1.
    @inlinable public func write(to pointer: UnsafeMutableRawPointer) {
        pointer.storeBytes(of: self ? 1 : 0, as: UInt8.self)
    }
}

extension Float: FlatScalar {
    /// Four bytes.
    @inlinable public static var byteSize: Int { 4 }
    /// Reads an IEEE-754 binary32 value.
    @inlinable public static func read(from pointer: UnsafeRawPointer, at offset: Int) -> Float {
        Float(bitPattern: UInt32.read(from: pointer, at: offset))
    }
    /// Writes an IEEE-754 binary32 value.
    @inlinable public func write(to pointer: UnsafeMutableRawPointer) {
        bitPattern.write(to: pointer)
    }
}

extension Double: FlatScalar {
    /// Eight bytes.
    @inlinable public static var byteSize: Int { 8 }
    /// Reads an IEEE-754 binary64 value.
    @inlinable public static func read(from pointer: UnsafeRawPointer, at offset: Int) -> Double {
        Double(bitPattern: UInt64.read(from: pointer, at: offset))
    }
    /// Writes an IEEE-754 binary64 value.
    @inlinable public func write(to pointer: UnsafeMutableRawPointer) {
        bitPattern.write(to: pointer)
    }
}

/// A schema enum stored as its raw integer. Unknown raw values are kept, never rejected, so a
/// file written by a newer schema still reads and round-trips.
public protocol FlatEnum: FlatScalar, RawRepresentable, Hashable where RawValue: FlatInteger {
    /// Wraps a raw value (known or not).
    init(rawValue: RawValue)
}

extension FlatEnum {
    /// The raw value's size.
    @inlinable public static var byteSize: Int { RawValue.byteSize }
    /// Reads the raw value.
    @inlinable public static func read(from pointer: UnsafeRawPointer, at offset: Int) -> Self {
        Self(rawValue: RawValue.read(from: pointer, at: offset))
    }
    /// Writes the raw value.
    @inlinable public func write(to pointer: UnsafeMutableRawPointer) {
        rawValue.write(to: pointer)
    }
}
