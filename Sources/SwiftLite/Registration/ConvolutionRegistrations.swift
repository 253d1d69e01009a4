import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Convolutions, fully connected layers, pooling and softmax.
enum ConvolutionRegistrations {
    static var all: [OpRegistration] {
        [
            OpRegistration(.conv2d, 1...8) { options throws(SwiftLiteError) in
                guard case .conv2DOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "CONV_2D without Conv2DOptions")
                }
                return Conv2DKernel(.init(
                    padding: try Padding(o.padding, context: "CONV_2D"), strideWidth: Int(o.strideW),
                    strideHeight: Int(o.strideH), dilationWidth: Int(o.dilationWFactor),
                    dilationHeight: Int(o.dilationHFactor),
                    activation: try FusedActivation(o.fusedActivationFunction, context: "CONV_2D"),
                    quantizedBiasType: quantizedBiasType(o.quantizedBiasType)))
            },
            OpRegistration(.fullyConnected, 1...14, acceptsSparseInputs: true) { options throws(SwiftLiteError) in
                var activation = FusedActivation.none
                var keepNumDims = false
                var asymmetric = false
                var biasType: ElementType?
                if case .fullyConnectedOptions(let o) = options.builtin {
                    guard o.weightsFormat == .default else {
                        throw SwiftLiteError(.unsupported, "FULLY_CONNECTED: unsupported weights format \(o.weightsFormat) (the shuffled uint8 format is not supported)")
                    }
                    activation = try FusedActivation(o.fusedActivationFunction, context: "FULLY_CONNECTED")
                    keepNumDims = o.keepNumDims
                    asymmetric = o.asymmetricQuantizeInputs
                    biasType = quantizedBiasType(o.quantizedBiasType)
                }
                return FullyConnectedKernel(activation: activation, keepNumDims: keepNumDims,
                                            asymmetricQuantizeInputs: asymmetric, quantizedBiasType: biasType)
            },
            pool(.averagePool2d, .average),
            pool(.maxPool2d, .maximum),
            OpRegistration(.softmax, 1...4) { options in
                guard case .softmaxOptions(let o) = options.builtin else { return SoftmaxKernel(beta: 1) }
                return SoftmaxKernel(beta: o.beta)
            },
        ]
    }

    /// The bias type named by an option's `quantized_bias_type`; nil for the default (FLOAT32),
    /// which leaves the choice to the kernel.
    static func quantizedBiasType(_ type: TensorType) -> ElementType? {
        type == .float32 ? nil : ElementType(type)
    }

    static func pool(_ op: BuiltinOperator, _ kind: Pool2DKernel.Kind) -> OpRegistration {
        OpRegistration(op, 1...3) { options throws(SwiftLiteError) in
            guard case .pool2DOptions(let o) = options.builtin else {
                throw SwiftLiteError(.invalidModel, "\(op) without Pool2DOptions")
            }
            return Pool2DKernel(kind, .init(
                padding: try Padding(o.padding, context: op.name ?? ""), strideWidth: Int(o.strideW),
                strideHeight: Int(o.strideH), filterWidth: Int(o.filterWidth), filterHeight: Int(o.filterHeight),
                activation: try FusedActivation(o.fusedActivationFunction, context: op.name ?? "")))
        }
    }
}
