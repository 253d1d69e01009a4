import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Reductions over axes (SUM, MEAN, REDUCE_*), ARG_MAX/ARG_MIN and ADD_N. Versions are
/// TFLite's `register.cc` maxima.
enum ReductionRegistrations {
    static var all: [OpRegistration] {
        [
            reduce(.sum, 1...2, .sum),
            reduce(.mean, 1...3, .mean),
            reduce(.reduceProd, 1...2, .product),
            reduce(.reduceMax, 1...3, .maximum),
            reduce(.reduceMin, 1...3, .minimum),
            reduce(.reduceAny, 1...1, .any),
            reduce(.reduceAll, 1...1, .all),
            OpRegistration(.argMax, 1...3) { options throws(SwiftLiteError) in
                var type = TensorType.int64
                if case .argMaxOptions(let o) = options.builtin { type = o.outputType }
                return ArgMinMaxKernel(isMaximum: true, outputType: try indexType(type, "ARG_MAX"))
            },
            OpRegistration(.argMin, 1...3) { options throws(SwiftLiteError) in
                var type = TensorType.int64
                if case .argMinOptions(let o) = options.builtin { type = o.outputType }
                return ArgMinMaxKernel(isMaximum: false, outputType: try indexType(type, "ARG_MIN"))
            },
            OpRegistration(.addN, 1...1) { _ in AddNKernel() },
        ]
    }

    static func reduce(_ op: BuiltinOperator, _ versions: ClosedRange<Int>, _ operation: ReduceKernel.Operation)
        -> OpRegistration
    {
        OpRegistration(op, versions) { options in
            var keepDims = false
            if case .reducerOptions(let o) = options.builtin { keepDims = o.keepDims }
            return ReduceKernel(operation, keepDims: keepDims)
        }
    }

    static func indexType(_ type: TensorType, _ op: String) throws(SwiftLiteError) -> ElementType {
        guard let element = ElementType(type), element == .int32 || element == .int64 else {
            throw SwiftLiteError(.unsupported, "\(op): unsupported output_type \(type) (supported: int32, int64)")
        }
        return element
    }
}
