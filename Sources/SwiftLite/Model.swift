import FlatBuffers
import SwiftLiteCore
import SwiftLiteSchema

/// A loaded `.tflite` model: verified, validated and decoded into the graph an interpreter runs.
///
/// Immutable and `Sendable`: several interpreters (on several threads) can share one model. The
/// file is memory-mapped and constant tensors point into it.
///
/// ```swift
/// let model = try Model(path: "mobilenet.tflite")
/// let a = try Interpreter(model: model)
/// let b = try Interpreter(model: model)   // shares the weights
/// ```
public final class Model: Sendable {
    /// The verified file.
    public let file: ModelFile
    /// The subgraphs, decoded.
    let subgraphs: [SubgraphDefinition]
    /// The signatures.
    let signatures: [SignatureDefinition]

    /// Maps, verifies and decodes the model at `path`.
    public convenience init(path: String) throws(SwiftLiteError) {
        let file: ModelFile
        do {
            file = try ModelFile(path: path)
        } catch {
            throw SwiftLiteError(error.code == .io ? .io : .invalidModel, "\(path): \(error)")
        }
        try self.init(file: file)
    }

    /// Verifies and decodes a model held in memory (copied once into aligned storage).
    public convenience init<Bytes: Collection>(bytes: Bytes) throws(SwiftLiteError) where Bytes.Element == UInt8 {
        let file: ModelFile
        do {
            file = try ModelFile(bytes: bytes)
        } catch {
            throw SwiftLiteError(.invalidModel, "\(error)")
        }
        try self.init(file: file)
    }

    /// Decodes an already verified model file.
    public init(file: ModelFile) throws(SwiftLiteError) {
        self.file = file
        let codes: [OperatorCodeView] = file.model.operatorCodes.map(Array.init) ?? []
        let views: [SubGraphView] = file.model.subgraphs.map(Array.init) ?? []
        var decoded: [SubgraphDefinition] = []
        for (index, view) in views.enumerated() {
            decoded.append(try SubgraphDefinition(view, index: index, codes: codes, file: file))
        }
        subgraphs = decoded
        let signatureViews: [SignatureDefView] = file.model.signatureDefs.map(Array.init) ?? []
        signatures = signatureViews.map(SignatureDefinition.init)
    }

    /// The signature keys, in file order.
    public var signatureKeys: [String] { signatures.map(\.key) }
}

/// One operator of a subgraph, as the resolver and kernels need it.
struct NodeDefinition: Sendable {
    let op: BuiltinOperator
    let customName: String?
    let version: Int
    let inputs: [Int]
    let outputs: [Int]
    let intermediates: [Int]
    let options: BuiltinOptions?
    let options2: BuiltinOptions2?
    let customOptions: [UInt8]

    /// `CONV_2D`, `CUSTOM:Name`, or `DELEGATE:Name` for a delegate partition.
    var name: String {
        if op == .custom { return "CUSTOM:" + (customName ?? "") }
        if op == .delegate, let customName { return "DELEGATE:" + customName }
        return op.name ?? "UNKNOWN(\(op.rawValue))"
    }
}

/// One tensor's static description.
struct TensorDefinition: Sendable {
    let name: String
    let type: ElementType?
    let schemaType: TensorType
    let shape: [Int]
    let shapeSignature: [Int]
    let quantization: SwiftLiteCore.QuantizationParameters?
    let isVariable: Bool
    let buffer: Int
    let sparsity: SparsityParameters?
}

/// A subgraph's static description.
struct SubgraphDefinition: Sendable {
    let index: Int
    let name: String
    let tensors: [TensorDefinition]
    let inputs: [Int]
    let outputs: [Int]
    let nodes: [NodeDefinition]

    init(_ view: SubGraphView, index: Int, codes: [OperatorCodeView], file: ModelFile) throws(SwiftLiteError) {
        self.index = index
        name = view.name ?? ""
        let tensorViews: [TensorView] = view.tensors.map(Array.init) ?? []
        tensors = tensorViews.map { tensor in
            let shape = tensor.shape.orEmpty().map(Int.init)
            let signature = tensor.shapeSignature.map { $0.map(Int.init) } ?? shape
            var quantization: SwiftLiteCore.QuantizationParameters?
            if let q = tensor.quantization, let scales = q.scale, scales.count > 0, let zeros = q.zeroPoint,
                zeros.count == scales.count
            {
                quantization = SwiftLiteCore.QuantizationParameters(
                    scales: Array(scales), zeroPoints: Array(zeros), quantizedDimension: Int(q.quantizedDimension))
            }
            return TensorDefinition(
                name: tensor.name ?? "", type: ElementType(tensor.type), schemaType: tensor.type, shape: shape,
                shapeSignature: signature.count == shape.count ? signature : shape, quantization: quantization,
                isVariable: tensor.isVariable, buffer: Int(tensor.buffer),
                sparsity: tensor.sparsity.map(SparsityParameters.init))
        }
        inputs = view.inputs.orEmpty().map(Int.init)
        outputs = view.outputs.orEmpty().map(Int.init)
        let operatorViews: [OperatorView] = view.operators.map(Array.init) ?? []
        nodes = operatorViews.map { op in
            let code = codes[Int(op.opcodeIndex)]
            let customOptions: [UInt8]
            if let bytes = op.customOptions {
                customOptions = Array(bytes)
            } else if let bytes = file.largeCustomOptions(of: op) {
                customOptions = Array(bytes)
            } else {
                customOptions = []
            }
            return NodeDefinition(
                op: code.resolvedBuiltinCode, customName: code.customCode, version: Int(code.version),
                inputs: op.inputs.orEmpty().map(Int.init), outputs: op.outputs.orEmpty().map(Int.init),
                intermediates: op.intermediates.orEmpty().map(Int.init),
                options: op.builtinOptions.flatMap(BuiltinOptions.init),
                options2: op.builtinOptions2.flatMap(BuiltinOptions2.init), customOptions: customOptions)
        }
    }
}

/// A signature: a named entry point mapping names to tensors of one subgraph.
struct SignatureDefinition: Sendable {
    let key: String
    let subgraph: Int
    let inputs: [(name: String, tensor: Int)]
    let outputs: [(name: String, tensor: Int)]

    init(_ view: SignatureDefView) {
        key = view.signatureKey ?? ""
        subgraph = Int(view.subgraphIndex)
        let maps = { (vector: FlatTableVector<TensorMapView>?) -> [(name: String, tensor: Int)] in
            let entries: [TensorMapView] = vector.map(Array.init) ?? []
            return entries.map { ($0.name ?? "", Int($0.tensorIndex)) }
        }
        inputs = maps(view.inputs)
        outputs = maps(view.outputs)
    }
}

extension ElementType {
    /// The run-time type of a schema type; nil for types SwiftLite cannot hold.
    init?(_ type: TensorType) {
        switch type {
        case .float32: self = .float32
        case .float16: self = .float16
        case .bfloat16: self = .bfloat16
        case .float64: self = .float64
        case .int8: self = .int8
        case .uint8: self = .uint8
        case .int16: self = .int16
        case .uint16: self = .uint16
        case .int32: self = .int32
        case .uint32: self = .uint32
        case .int64: self = .int64
        case .uint64: self = .uint64
        case .bool: self = .bool
        case .string: self = .string
        case .complex64: self = .complex64
        case .complex128: self = .complex128
        case .int4: self = .int4
        case .resource: self = .resource
        case .variant: self = .variant
        default: return nil
        }
    }
}
