import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Depthwise and transposed convolutions, batched matrix products, normalizations, sparse
/// densification, (de)quantization, recurrent cells and SSD post-processing (see
/// BuiltinRegistrations). Version ranges are TFLite's `register.cc` maxima.
enum ConvolutionExtraRegistrations {
    static var all: [OpRegistration] {
        [
            OpRegistration(.depthwiseConv2d, 1...7) { options throws(SwiftLiteError) in
                guard case .depthwiseConv2DOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "DEPTHWISE_CONV_2D without DepthwiseConv2DOptions")
                }
                return DepthwiseConv2DKernel(.init(
                    padding: try Padding(o.padding, context: "DEPTHWISE_CONV_2D"), strideWidth: Int(o.strideW),
                    strideHeight: Int(o.strideH), dilationWidth: Int(o.dilationWFactor),
                    dilationHeight: Int(o.dilationHFactor),
                    activation: try FusedActivation(o.fusedActivationFunction, context: "DEPTHWISE_CONV_2D"),
                    depthMultiplier: Int(o.depthMultiplier)))
            },
            OpRegistration(.transposeConv, 1...5) { options throws(SwiftLiteError) in
                guard case .transposeConvOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "TRANSPOSE_CONV without TransposeConvOptions")
                }
                return TransposeConvKernel(.init(
                    padding: try Padding(o.padding, context: "TRANSPOSE_CONV"), strideWidth: Int(o.strideW),
                    strideHeight: Int(o.strideH),
                    activation: try FusedActivation(o.fusedActivationFunction, context: "TRANSPOSE_CONV"),
                    quantizedBiasType: ConvolutionRegistrations.quantizedBiasType(o.quantizedBiasType)))
            },
            OpRegistration(.batchMatmul, 1...4) { options in
                guard case .batchMatMulOptions(let o) = options.builtin else {
                    return BatchMatMulKernel(adjointLeft: false, adjointRight: false)
                }
                return BatchMatMulKernel(adjointLeft: o.adjX, adjointRight: o.adjY,
                                         asymmetricQuantizeInputs: o.asymmetricQuantizeInputs)
            },
            OpRegistration(.l2Normalization, 1...2) { options throws(SwiftLiteError) in
                guard case .l2NormOptions(let o) = options.builtin else { return L2NormalizationKernel() }
                return L2NormalizationKernel(
                    activation: try FusedActivation(o.fusedActivationFunction, context: "L2_NORMALIZATION"))
            },
            localResponseNormalization(window: .symmetric),
            OpRegistration(.densify, 1...1, acceptsSparseInputs: true) { _ in DensifyKernel() },
            OpRegistration(.dequantize, 1...9) { _ in DequantizeKernel() },
            OpRegistration(.quantize, 1...6) { _ in QuantizeKernel() },
            OpRegistration(.unidirectionalSequenceLstm, 1...4, pure: false) { options throws(SwiftLiteError) in
                var parameters = UnidirectionalSequenceLSTMKernel.Parameters(activation: .none)
                if case .unidirectionalSequenceLSTMOptions(let o) = options.builtin {
                    parameters = .init(
                        activation: try FusedActivation(o.fusedActivationFunction, context: "UNIDIRECTIONAL_SEQUENCE_LSTM"),
                        cellClip: o.cellClip, projectionClip: o.projClip, timeMajor: o.timeMajor,
                        asymmetricQuantizeInputs: o.asymmetricQuantizeInputs)
                }
                return UnidirectionalSequenceLSTMKernel(parameters)
            },
            OpRegistration(.rnn, 1...3, pure: false) { options throws(SwiftLiteError) in
                var activation = FusedActivation.none
                if case .rnnOptions(let o) = options.builtin {
                    activation = try FusedActivation(o.fusedActivationFunction, context: "RNN")
                }
                return RNNKernel(.single, activation: activation)
            },
            OpRegistration(.unidirectionalSequenceRnn, 1...3, pure: false) { options throws(SwiftLiteError) in
                var activation = FusedActivation.none
                var timeMajor = false
                if case .sequenceRNNOptions(let o) = options.builtin {
                    activation = try FusedActivation(o.fusedActivationFunction, context: "UNIDIRECTIONAL_SEQUENCE_RNN")
                    timeMajor = o.timeMajor
                }
                return RNNKernel(.sequence(timeMajor: timeMajor), activation: activation)
            },
            OpRegistration(.svdf, 1...4, pure: false) { options throws(SwiftLiteError) in
                guard case .svdfOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "SVDF without SVDFOptions")
                }
                return SVDFKernel(rank: Int(o.rank),
                                  activation: try FusedActivation(o.fusedActivationFunction, context: "SVDF"))
            },
            OpRegistration(custom: "TFLite_Detection_PostProcess") { options throws(SwiftLiteError) in
                DetectionPostProcessKernel(try .init(customOptions: options.custom))
            },
        ]
    }

    /// Kernels whose TFLite reference version (`BUILTIN_REF`) computes something different from
    /// the default one; `OpResolver.reference` should add these over `all`.
    static var referenceOverrides: [OpRegistration] {
        [localResponseNormalization(window: .referenceKernel)]
    }

    static func localResponseNormalization(window: LocalResponseNormalizationKernel.Window) -> OpRegistration {
        OpRegistration(.localResponseNormalization, 1...1) { options in
            var parameters = LocalResponseNormalizationKernel.Parameters(radius: 0, bias: 0, alpha: 0, beta: 0)
            if case .localResponseNormalizationOptions(let o) = options.builtin {
                parameters = .init(radius: Int(o.radius), bias: o.bias, alpha: o.alpha, beta: o.beta)
            }
            return LocalResponseNormalizationKernel(parameters, window: window)
        }
    }
}
