import SwiftLiteCore

/// CAST (versions 1-9): converts every element to the output tensor's type (TFLite reads the
/// types from the tensors, not from `CastOptions`).
///
/// Types, in and out: float32, float16, bfloat16, float64, int8, uint8, int16, uint16, int32,
/// uint32, int64, uint64, bool. Conversions behave as TFLite's `cast.cc`:
/// - float to integer truncates toward zero and saturates at the type's range; NaN gives the
///   type's maximum;
/// - integer to integer keeps the low bits (two's-complement wrap);
/// - anything to bool is `value != 0` (NaN is true); bool is 0 or 1;
/// - to float16/bfloat16 goes through float32 first (round to nearest even each step).
public final class CastKernel: OpKernel {
    /// Types CAST reads and writes.
    static let supportedTypes: Set<ElementType> = [
        .float32, .float16, .bfloat16, .float64, .int8, .uint8, .int16, .uint16, .int32, .uint32, .int64,
        .uint64, .bool,
    ]

    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        try context.expectType(input, Self.supportedTypes, what: "input")
        try context.expectType(output, Self.supportedTypes, what: "output")
        try context.resizeOutput(output, to: input.shape)
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        switch input.type {
        case .float32: from(Float.self, input, output)
        case .float16:
            #if !(os(macOS) && arch(x86_64))  // Float16 is unavailable on Intel Macs
            from(Float16.self, input, output)
            #else
            throw context.error(.unsupported, "float16 is not available on this platform", tensor: input)
            #endif
        case .bfloat16: from(BFloat16Bits.self, input, output)
        case .float64: from(Double.self, input, output)
        case .int8: from(Int8.self, input, output)
        case .uint8: from(UInt8.self, input, output)
        case .int16: from(Int16.self, input, output)
        case .uint16: from(UInt16.self, input, output)
        case .int32: from(Int32.self, input, output)
        case .uint32: from(UInt32.self, input, output)
        case .int64: from(Int64.self, input, output)
        case .uint64: from(UInt64.self, input, output)
        case .bool: from(BoolByte.self, input, output)
        default: throw context.error(.unsupported, "unsupported input type \(input.type)", tensor: input)
        }
    }

    private func from<S: CastScalar>(_ source: S.Type, _ input: TensorSlot, _ output: TensorSlot) {
        switch output.type {
        case .float32: convert(input, output, S.self, Float.self)
        case .float16:
            #if !(os(macOS) && arch(x86_64))  // Float16 is unavailable on Intel Macs
            convert(input, output, S.self, Float16.self)
            #endif
        case .bfloat16: convert(input, output, S.self, BFloat16Bits.self)
        case .float64: convert(input, output, S.self, Double.self)
        case .int8: convert(input, output, S.self, Int8.self)
        case .uint8: convert(input, output, S.self, UInt8.self)
        case .int16: convert(input, output, S.self, Int16.self)
        case .uint16: convert(input, output, S.self, UInt16.self)
        case .int32: convert(input, output, S.self, Int32.self)
        case .uint32: convert(input, output, S.self, UInt32.self)
        case .int64: convert(input, output, S.self, Int64.self)
        case .uint64: convert(input, output, S.self, UInt64.self)
        case .bool: convert(input, output, S.self, BoolByte.self)
        default: break  // refused in prepare
        }
    }

    private func convert<S: CastScalar, D: CastScalar>(_ input: TensorSlot, _ output: TensorSlot, _ source: S.Type,
                                                       _ destination: D.Type) {
        let x = input.buffer(of: S.self)
        let y = output.buffer(of: D.self)
        for i in 0..<Swift.min(x.count, y.count) { y[i] = D.cast(x[i]) }
    }
}

/// A bool stored as one byte (0 or 1; any nonzero byte reads as true).
struct BoolByte: Sendable {
    var byte: UInt8
}

/// A bfloat16 stored as its 16 bits.
struct BFloat16Bits: Sendable {
    var bits: UInt16

    /// Rounds a float32 to bfloat16, ties to even; NaN becomes a quiet NaN.
    init(_ value: Float) {
        if value.isNaN {
            bits = value.sign == .minus ? 0xFFC0 : 0x7FC0
            return
        }
        let raw = value.bitPattern
        let roundingBias: UInt32 = 0x7FFF + ((raw >> 16) & 1)
        bits = UInt16(truncatingIfNeeded: (raw &+ roundingBias) >> 16)
    }

    /// The exact float32 value.
    var float: Float { Float(bitPattern: UInt32(bits) << 16) }
}

/// An element type CAST converts from and to.
protocol CastScalar {
    /// The value as float32 (rounded to nearest for wide integers and float64).
    var floatValue: Float { get }
    /// The value as float64.
    var doubleValue: Double { get }
    /// Whether the value is nonzero (NaN counts as nonzero).
    var isNonZero: Bool { get }
    /// The value converted to an integer type: wrapping for integers, truncating and
    /// saturating for floats (NaN gives the maximum).
    func integer<I: FixedWidthInteger>(_ type: I.Type) -> I
    /// `value` converted to this type.
    static func cast<S: CastScalar>(_ value: S) -> Self
}

/// Float-to-integer conversion as TFLite's `SafeCast`: truncation toward zero, saturation at
/// the integer range, and NaN mapped to the integer maximum.
@inline(__always)
func saturatingInteger<I: FixedWidthInteger, F: BinaryFloatingPoint>(_ value: F, _ type: I.Type) -> I {
    if value.isNaN { return I.max }
    if value < F(I.min) { return I.min }
    // I.max + 1 is a power of two, so it is exact in F.
    if value >= F(I.max / 2 + 1) * 2 { return I.max }
    return I(value)
}

extension Float: CastScalar {
    var floatValue: Float { self }
    var doubleValue: Double { Double(self) }
    var isNonZero: Bool { self != 0 }
    func integer<I: FixedWidthInteger>(_ type: I.Type) -> I { saturatingInteger(self, I.self) }
    static func cast<S: CastScalar>(_ value: S) -> Float { value.floatValue }
}

extension Double: CastScalar {
    var floatValue: Float { Float(self) }
    var doubleValue: Double { self }
    var isNonZero: Bool { self != 0 }
    func integer<I: FixedWidthInteger>(_ type: I.Type) -> I { saturatingInteger(self, I.self) }
    static func cast<S: CastScalar>(_ value: S) -> Double { value.doubleValue }
}

#if !(os(macOS) && arch(x86_64))  // Float16 is unavailable on Intel Macs
extension Float16: CastScalar {
    var floatValue: Float { Float(self) }
    var doubleValue: Double { Double(Float(self)) }
    var isNonZero: Bool { self != 0 }
    func integer<I: FixedWidthInteger>(_ type: I.Type) -> I { saturatingInteger(Float(self), I.self) }
    static func cast<S: CastScalar>(_ value: S) -> Float16 { Float16(value.floatValue) }
}
#endif

extension BFloat16Bits: CastScalar {
    var floatValue: Float { float }
    var doubleValue: Double { Double(float) }
    var isNonZero: Bool { float != 0 }
    func integer<I: FixedWidthInteger>(_ type: I.Type) -> I { saturatingInteger(float, I.self) }
    static func cast<S: CastScalar>(_ value: S) -> BFloat16Bits { BFloat16Bits(value.floatValue) }
}

extension BoolByte: CastScalar {
    var floatValue: Float { byte != 0 ? 1 : 0 }
    var doubleValue: Double { byte != 0 ? 1 : 0 }
    var isNonZero: Bool { byte != 0 }
    func integer<I: FixedWidthInteger>(_ type: I.Type) -> I { byte != 0 ? 1 : 0 }
    static func cast<S: CastScalar>(_ value: S) -> BoolByte { BoolByte(byte: value.isNonZero ? 1 : 0) }
}

/// Integer types convert among themselves by keeping the low bits.
protocol IntegerCastScalar: CastScalar, FixedWidthInteger {}

extension IntegerCastScalar {
    var floatValue: Float { Float(self) }
    var doubleValue: Double { Double(self) }
    var isNonZero: Bool { self != 0 }
    func integer<I: FixedWidthInteger>(_ type: I.Type) -> I { I(truncatingIfNeeded: self) }
    static func cast<S: CastScalar>(_ value: S) -> Self { value.integer(Self.self) }
}

extension Int8: IntegerCastScalar {}
extension UInt8: IntegerCastScalar {}
extension Int16: IntegerCastScalar {}
extension UInt16: IntegerCastScalar {}
extension Int32: IntegerCastScalar {}
extension UInt32: IntegerCastScalar {}
extension Int64: IntegerCastScalar {}
extension UInt64: IntegerCastScalar {}
