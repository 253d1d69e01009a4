import SwiftLiteCore
import SwiftLiteSchema

extension SparsityDescription {
    /// The run-time form of a tensor's sparsity parameters (validated when the model loaded).
    init(_ parameters: SparsityParameters) {
        func values(_ vector: SparseIndexVector?) -> [Int] {
            switch vector {
            case .int32Vector(let v): (v.values ?? []).map(Int.init)
            case .uint16Vector(let v): (v.values ?? []).map(Int.init)
            case .uint8Vector(let v): (v.values ?? []).map(Int.init)
            case nil: []
            }
        }
        self.init(
            traversalOrder: (parameters.traversalOrder ?? []).map(Int.init),
            blockMap: (parameters.blockMap ?? []).map(Int.init),
            levels: (parameters.dimMetadata ?? []).map { level in
                SparsityDescription.Level(
                    isSparse: level.format == .sparseCsr, denseSize: Int(level.denseSize),
                    segments: values(level.arraySegments), indices: values(level.arrayIndices))
            })
    }
}

extension FusedActivation {
    /// The run-time form of a schema activation; unknown values are refused.
    init(_ activation: ActivationFunctionType, context: String) throws(SwiftLiteError) {
        switch activation {
        case .none: self = .none
        case .relu: self = .relu
        case .reluN1To1: self = .reluN1To1
        case .relu6: self = .relu6
        case .tanh: self = .tanh
        case .signBit: self = .signBit
        default:
            throw SwiftLiteError(.unsupported, "unsupported fused activation \(activation) in \(context)")
        }
    }
}

extension SwiftLiteCore.Padding {
    /// The run-time form of a schema padding.
    init(_ padding: SwiftLiteSchema.Padding, context: String) throws(SwiftLiteError) {
        switch padding {
        case .same: self = .same
        case .valid: self = .valid
        default: throw SwiftLiteError(.unsupported, "unsupported padding \(padding) in \(context)")
        }
    }
}
