import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Activation functions (SOFTMAX is registered with the convolution family). Versions are
/// TFLite's `register.cc` maxima.
enum ActivationRegistrations {
    static var all: [OpRegistration] {
        [
            activation(.relu, 1...3, .relu),
            activation(.relu6, 1...3, .relu6),
            activation(.reluN1To1, 1...1, .reluN1To1),
            activation(.relu0To1, 1...1, .relu0To1),
            activation(.elu, 1...1, .elu),
            activation(.hardSwish, 1...1, .hardSwish),
            activation(.logistic, 1...3, .logistic),
            activation(.tanh, 1...3, .tanh),
            OpRegistration(.leakyRelu, 1...2, elementwise: true) { options in
                guard case .leakyReluOptions(let o) = options.builtin else { return ActivationKernel(.leakyRelu(alpha: 0)) }
                return ActivationKernel(.leakyRelu(alpha: o.alpha))
            },
            OpRegistration(.gelu, 1...3, elementwise: true) { options in
                guard case .geluOptions(let o) = options.builtin else { return ActivationKernel(.gelu(approximate: false)) }
                return ActivationKernel(.gelu(approximate: o.approximate))
            },
            OpRegistration(.prelu, 1...1) { _ in PReluKernel() },
            OpRegistration(.logSoftmax, 1...2) { _ in LogSoftmaxKernel() },
        ]
    }

    static func activation(_ op: BuiltinOperator, _ versions: ClosedRange<Int>, _ function: ActivationKernel.Function)
        -> OpRegistration
    {
        OpRegistration(op, versions, elementwise: true) { _ in ActivationKernel(function) }
    }
}
