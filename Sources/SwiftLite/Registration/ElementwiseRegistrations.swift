import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Elementwise arithmetic, comparison and logical operators.
enum ElementwiseRegistrations {
    static var all: [OpRegistration] {
        [
            binary(.add, 1...6, .add, potScaleInt16: { if case .addOptions(let o) = $0 { o.potScaleInt16 } else { true } }) {
                if case .addOptions(let o) = $0 { o.fusedActivationFunction } else { nil }
            },
            binary(.sub, 1...5, .subtract, potScaleInt16: { if case .subOptions(let o) = $0 { o.potScaleInt16 } else { true } }) {
                if case .subOptions(let o) = $0 { o.fusedActivationFunction } else { nil }
            },
            binary(.mul, 1...8, .multiply) { if case .mulOptions(let o) = $0 { o.fusedActivationFunction } else { nil } },
            binary(.div, 1...2, .divide) { if case .divOptions(let o) = $0 { o.fusedActivationFunction } else { nil } },
            binary(.squaredDifference, 1...2, .squaredDifference) { _ in nil },
            binary(.maximum, 1...4, .maximum) { _ in nil },
            binary(.minimum, 1...4, .minimum) { _ in nil },
            binary(.pow, 1...1, .power) { _ in nil },
            binary(.floorDiv, 1...3, .floorDivide) { _ in nil },
            binary(.floorMod, 1...2, .floorModulo) { _ in nil },
        ]
    }

    static func binary(
        _ op: BuiltinOperator, _ versions: ClosedRange<Int>, _ operation: BinaryArithmeticKernel.Operation,
        potScaleInt16: @escaping @Sendable (BuiltinOptions?) -> Bool = { _ in true },
        activation: @escaping @Sendable (BuiltinOptions?) -> ActivationFunctionType?
    ) -> OpRegistration {
        OpRegistration(op, versions, elementwise: true) { options throws(SwiftLiteError) in
            let fused = try FusedActivation(activation(options.builtin) ?? .none, context: op.name ?? "")
            return BinaryArithmeticKernel(operation, activation: fused, potScaleInt16: potScaleInt16(options.builtin))
        }
    }
}
