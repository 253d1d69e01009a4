import SwiftLiteCore

/// The quantized path of ``ComparisonKernel`` (TFLite's `ComparisonWithScaling`): int8 and uint8
/// inputs for every comparison, int16 for EQUAL and NOT_EQUAL. Each side is centered, shifted
/// left by 8 bits and multiplied by its own scale (as a fixed-point multiplier, with TFLite's
/// "smaller than one" rescale even for scales above one), and the two results are compared. TFLite's
/// int16 LESS/GREATER variants compare raw values, which the kernel's plain path does.
struct QuantizedComparison {
    private let offset1: Int32
    private let offset2: Int32
    private let multiplier1: QuantizedMultiplier
    private let multiplier2: QuantizedMultiplier

    init(a: TensorSlot, b: TensorSlot, context: KernelContext) throws(SwiftLiteError) {
        let (scale1, zeroPoint1) = try context.affineQuantization(of: a, what: "input 0")
        let (scale2, zeroPoint2) = try context.affineQuantization(of: b, what: "input 1")
        offset1 = -zeroPoint1
        offset2 = -zeroPoint2
        multiplier1 = try Self.multiplier(scale1, what: "input 0", context: context)
        multiplier2 = try Self.multiplier(scale2, what: "input 1", context: context)
    }

    /// TFLite's choice between its "smaller than one" and "greater than one" quantizations of a
    /// scale (which rejects a scale of exactly 1).
    private static func multiplier(_ scale: Float, what: String, context: KernelContext) throws(SwiftLiteError)
        -> QuantizedMultiplier
    {
        let real = Double(scale)
        return real < 1
            ? try QuantizedArithmetic.multiplierBelowOne(real, what: "\(what) scale", context: context)
            : try QuantizedArithmetic.multiplierAboveOne(real, what: "\(what) scale", context: context)
    }

    /// Compares over the broadcast `walk`, writing bools.
    func eval(_ operation: ComparisonKernel.Operation, _ a: TensorSlot, _ b: TensorSlot, _ output: TensorSlot,
              walk: IndexWalk) {
        switch a.type {
        case .int8: run(operation, a, b, output, walk, Int8.self)
        case .uint8: run(operation, a, b, output, walk, UInt8.self)
        default: run(operation, a, b, output, walk, Int16.self)
        }
    }

    private func run<T: FixedWidthInteger>(_ operation: ComparisonKernel.Operation, _ a: TensorSlot, _ b: TensorSlot,
                                           _ output: TensorSlot, _ walk: IndexWalk, _ type: T.Type) {
        let x = a.buffer(of: T.self)
        let y = b.buffer(of: T.self)
        let out = output.buffer(of: UInt8.self)
        guard out.count == walk.count else { return }
        let (offset1, offset2, multiplier1, multiplier2) = (self.offset1, self.offset2, self.multiplier1, self.multiplier2)
        func compare(_ predicate: (Int32, Int32) -> Bool) {
            walk.forEach { o, i, j, _ in
                let u = QuantizedArithmetic.multiplySmallerThanOne((Int32(x[i]) &+ offset1) &* 256, by: multiplier1)
                let v = QuantizedArithmetic.multiplySmallerThanOne((Int32(y[j]) &+ offset2) &* 256, by: multiplier2)
                out[o] = predicate(u, v) ? 1 : 0
            }
        }
        switch operation {
        case .less: compare { $0 < $1 }
        case .lessEqual: compare { $0 <= $1 }
        case .greater: compare { $0 > $1 }
        case .greaterEqual: compare { $0 >= $1 }
        case .equal: compare { $0 == $1 }
        case .notEqual: compare { $0 != $1 }
        }
    }
}
