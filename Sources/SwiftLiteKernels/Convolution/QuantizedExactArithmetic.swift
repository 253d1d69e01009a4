import SwiftLiteCore

/// Floating-point types in which sums of integer products are computed exactly, as long as
/// every partial sum stays below `exactIntegerLimit` (2^24 for Float, 2^53 for Double). The
/// baseline x86-64 target has no packed 32-bit integer multiply, so the kernels multiply
/// integers in float lanes and move each chunk's exact sum into 64-bit integers before it could
/// round.
protocol ExactProductScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable {
    static var exactIntegerLimit: Double { get }
    /// The value of an integer (exact for the kernels' operands). Concrete conversions, which
    /// compile to one instruction where the generic initializers do not.
    init(integer: Int32)
    /// The integer value of an exact integral value.
    var integer: Int64 { get }
}

extension Float: ExactProductScalar {
    static var exactIntegerLimit: Double { 16_777_216 }
    @inline(__always) init(integer: Int32) { self.init(integer) }
    @inline(__always) var integer: Int64 { Int64(self) }
}

extension Double: ExactProductScalar {
    static var exactIntegerLimit: Double { 9_007_199_254_740_992 }
    @inline(__always) init(integer: Int32) { self.init(integer) }
    @inline(__always) var integer: Int64 { Int64(self) }
}

extension ExactProductScalar {
    /// How many products of magnitude at most `bound` may be summed before a flush.
    static func chunkLimit(productBound bound: Double) -> Int {
        guard bound > 0 else { return Int.max }
        return max(1, Int(min(exactIntegerLimit / bound, Double(Int32.max))))
    }
}

/// Sixteen exact integer sums built from float products: `partial` collects up to `limit`
/// products per lane (the caller counts them), then ``flush(_:into:)`` moves it into 64-bit
/// integer lanes. The flush is kept out of line so that the hot loops hold only `partial` in
/// registers.
enum ExactLanes {
    /// Writes `exact + partial` lane by lane to `target` (the first `count` lanes); when
    /// nothing was flushed, reads the float lanes back from memory, which is cheaper than
    /// extracting them from registers.
    @inline(__always)
    static func store<Scalar: ExactProductScalar>(_ partial: SIMD16<Scalar>, _ exact: SIMD16<Int64>, flushed: Bool,
                                                  count: Int, to target: UnsafeMutablePointer<Int64>) {
        if flushed {
            for lane in 0..<count { target[lane] = exact[lane] &+ partial[lane].integer }
            return
        }
        withUnsafeBytes(of: partial) { raw in
            let lanes = raw.assumingMemoryBound(to: Scalar.self)
            for lane in 0..<count { target[lane] = lanes[lane].integer }
        }
    }

    @inline(never)
    static func flush<Scalar: ExactProductScalar>(_ partial: inout SIMD16<Scalar>, into exact: inout SIMD16<Int64>) {
        for lane in 0..<16 { exact[lane] &+= partial[lane].integer }
        partial = SIMD16<Scalar>(repeating: 0)
    }
}

/// The largest magnitude of `value + offset` over the values of `type`.
func offsetMagnitude(_ type: ElementType, offset: Int32) -> Double {
    guard let (low, high) = QuantizedRange.limits(of: type) else { return 0 }
    return max(abs(Double(low) + Double(offset)), abs(Double(high) + Double(offset)))
}

/// The integer element types of quantized activations.
protocol QuantizedElement: FixedWidthInteger, SIMDScalar, Codable, Sendable {}
extension Int8: QuantizedElement {}
extension UInt8: QuantizedElement {}
extension Int16: QuantizedElement {}

/// Input staging for the exact float-lane kernels: `value + offset` as `Scalar`.
enum QuantizedStaging {
    /// Writes `source[i] + offset` into `target` for `count` values.
    @inline(__always)
    static func stage<Element: FixedWidthInteger, Scalar: ExactProductScalar>(
        _ source: UnsafePointer<Element>, count: Int, offset: Int32, into target: UnsafeMutablePointer<Scalar>
    ) {
        for index in 0..<count { target[index] = Scalar(integer: Int32(truncatingIfNeeded: source[index]) &+ offset) }
    }
}
