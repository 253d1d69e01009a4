import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Elementwise math on one tensor, CAST, and the tensor generators (ZEROS_LIKE, FILL, RANGE,
/// RANK). Versions are TFLite's `register.cc` maxima.
enum UnaryRegistrations {
    static var all: [OpRegistration] {
        [
            math(.abs, 1...5, .abs),
            math(.neg, 1...1, .negate),
            math(.square, 1...1, .square),
            math(.sqrt, 1...2, .squareRoot),
            math(.rsqrt, 1...3, .reciprocalSquareRoot),
            math(.exp, 1...2, .exponential),
            math(.log, 1...2, .logarithm),
            math(.sin, 1...2, .sine),
            math(.cos, 1...2, .cosine),
            math(.floor, 1...1, .floor),
            math(.ceil, 1...1, .ceiling),
            math(.round, 1...1, .round),
            math(.sign, 1...2, .sign),
            OpRegistration(.cast, 1...9) { _ in CastKernel() },
            OpRegistration(.zerosLike, 1...1, readsOnlyShapes: true) { _ in ZerosLikeKernel() },
            OpRegistration(.fill, 1...5) { _ in FillKernel() },
            OpRegistration(.range, 1...2) { _ in RangeKernel() },
            OpRegistration(.rank, 1...1, readsOnlyShapes: true) { _ in RankKernel() },
        ]
    }

    static func math(_ op: BuiltinOperator, _ versions: ClosedRange<Int>, _ operation: UnaryMathKernel.Operation)
        -> OpRegistration
    {
        OpRegistration(op, versions, elementwise: true) { _ in UnaryMathKernel(operation) }
    }
}
