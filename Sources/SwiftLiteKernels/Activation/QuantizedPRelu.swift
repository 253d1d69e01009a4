import SwiftLiteCore

/// The quantized path of ``PReluKernel`` (TFLite's `reference_ops::Prelu` and
/// `BroadcastPrelu4DSlow`): int8 input with int8 alpha, uint8 with uint8, int16 with int8.
/// Non-negative centered inputs are rescaled by `inputScale / outputScale`; negative ones are
/// multiplied by the centered alpha and rescaled by `inputScale * alphaScale / outputScale` (both
/// float quotients), then offset and clamped to the output type.
struct QuantizedPRelu {
    private let inputZeroPoint: Int32
    private let alphaZeroPoint: Int32
    private let outputZeroPoint: Int32
    private let positive: QuantizedMultiplier
    private let negative: QuantizedMultiplier

    init(input: TensorSlot, alpha: TensorSlot, output: TensorSlot, context: KernelContext) throws(SwiftLiteError) {
        let alphaType: ElementType = input.type == .uint8 ? .uint8 : .int8
        guard alpha.type == alphaType else {
            throw context.error(.typeMismatch, "quantized \(input.type) PRELU needs \(alphaType) alpha, got \(alpha.type)", tensor: alpha)
        }
        let (inputScale, inputZeroPoint) = try context.affineQuantization(of: input, what: "input")
        let (alphaScale, alphaZeroPoint) = try context.affineQuantization(of: alpha, what: "alpha")
        let (outputScale, outputZeroPoint) = try QuantizedArithmetic.output(output, matching: input, context: context)
        self.inputZeroPoint = inputZeroPoint
        self.alphaZeroPoint = alphaZeroPoint
        self.outputZeroPoint = outputZeroPoint
        positive = QuantizedArithmetic.quantizeMultiplier(Double(inputScale / outputScale))
        negative = QuantizedArithmetic.quantizeMultiplier(Double(inputScale * alphaScale / outputScale))
    }

    /// Runs over the broadcast `walk` (output, input, alpha offsets).
    func eval(_ input: TensorSlot, _ alpha: TensorSlot, _ output: TensorSlot, walk: IndexWalk) {
        switch input.type {
        case .int8: run(input, Int8.self, alpha, Int8.self, output, walk)
        case .uint8: run(input, UInt8.self, alpha, UInt8.self, output, walk)
        default: run(input, Int16.self, alpha, Int8.self, output, walk)
        }
    }

    private func run<T: FixedWidthInteger, A: FixedWidthInteger>(_ input: TensorSlot, _ type: T.Type, _ alpha: TensorSlot,
                                                                 _ alphaType: A.Type, _ output: TensorSlot, _ walk: IndexWalk) {
        let x = input.buffer(of: T.self)
        let a = alpha.buffer(of: A.self)
        let y = output.buffer(of: T.self)
        guard y.count == walk.count else { return }
        let low = Int32(T.min), high = Int32(T.max)
        walk.forEach { o, i, j, _ in
            let value = Int32(x[i]) &- inputZeroPoint
            var result: Int32
            if value >= 0 {
                result = QuantizedArithmetic.multiply(value, by: positive)
            } else {
                result = QuantizedArithmetic.multiply(value &* (Int32(a[j]) &- alphaZeroPoint), by: negative)
            }
            result = result &+ outputZeroPoint
            y[o] = T(truncatingIfNeeded: min(max(result, low), high))
        }
    }
}
