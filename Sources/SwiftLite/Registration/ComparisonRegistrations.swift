import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Comparisons, logical operators and SELECT. Versions are TFLite's `register.cc` maxima.
enum ComparisonRegistrations {
    static var all: [OpRegistration] {
        [
            comparison(.less, 1...3, .less),
            comparison(.lessEqual, 1...2, .lessEqual),
            comparison(.greater, 1...2, .greater),
            comparison(.greaterEqual, 1...3, .greaterEqual),
            comparison(.equal, 1...5, .equal),
            comparison(.notEqual, 1...4, .notEqual),
            OpRegistration(.logicalAnd, 1...1) { _ in LogicalKernel(.and) },
            OpRegistration(.logicalOr, 1...1) { _ in LogicalKernel(.or) },
            OpRegistration(.logicalNot, 1...1) { _ in LogicalKernel(.not) },
            OpRegistration(.select, 1...4) { _ in SelectKernel(.select) },
            OpRegistration(.selectV2, 1...2) { _ in SelectKernel(.selectV2) },
        ]
    }

    static func comparison(_ op: BuiltinOperator, _ versions: ClosedRange<Int>, _ operation: ComparisonKernel.Operation)
        -> OpRegistration
    {
        OpRegistration(op, versions) { _ in ComparisonKernel(operation) }
    }
}
