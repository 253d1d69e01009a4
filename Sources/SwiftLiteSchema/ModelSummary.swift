import FlatBuffers

/// What `swiftlite inspect` reports about a model: the fields TFLite's Python interpreter reports
/// (`get_input_details()`, `get_output_details()`, `_get_ops_details()`, the signature list) for
/// every subgraph, plus sizes and metadata.
public struct ModelSummary: Sendable {
    /// One tensor as the Python API describes it.
    public struct TensorSummary: Sendable {
        /// The tensor's name.
        public var name: String
        /// Its index in its subgraph.
        public var index: Int
        /// Its shape.
        public var shape: [Int]
        /// Its shape signature (-1 for dynamic dimensions); equals `shape` when the file has none.
        public var shapeSignature: [Int]
        /// NumPy's name for its type.
        public var dtype: String
        /// Quantization scales (empty when not quantized).
        public var scales: [Float]
        /// Quantization zero points.
        public var zeroPoints: [Int64]
        /// The quantized dimension (0 when per-tensor).
        public var quantizedDimension: Int
    }

    /// One operator.
    public struct OperatorSummary: Sendable {
        /// `CONV_2D`, or `CUSTOM:<name>`.
        public var opcode: String
        /// The operator version.
        public var version: Int
        /// Input tensor indices (-1 for an omitted optional input).
        public var inputs: [Int]
        /// Output tensor indices.
        public var outputs: [Int]
    }

    /// One subgraph.
    public struct SubgraphSummary: Sendable {
        /// The subgraph's name.
        public var name: String
        /// Its inputs, in order.
        public var inputs: [TensorSummary]
        /// Its outputs, in order.
        public var outputs: [TensorSummary]
        /// Its operators, in execution order.
        public var operators: [OperatorSummary]
        /// How many tensors it has.
        public var tensorCount: Int
        /// Bytes of constant data its tensors refer to.
        public var constantBytes: Int
    }

    /// One signature.
    public struct SignatureSummary: Sendable {
        /// The signature key.
        public var key: String
        /// The subgraph it runs.
        public var subgraph: Int
        /// Input names and tensor indices, in order.
        public var inputs: [(String, Int)]
        /// Output names and tensor indices, in order.
        public var outputs: [(String, Int)]
    }

    /// The schema version.
    public var version: Int
    /// The model's description string.
    public var description: String
    /// The subgraphs, in order (the first is the one that runs by default).
    public var subgraphs: [SubgraphSummary]
    /// The signatures.
    public var signatures: [SignatureSummary]
    /// Metadata entry names, in order.
    public var metadata: [String]
    /// The file's size in bytes.
    public var fileBytes: Int
    /// Bytes in all buffers.
    public var bufferBytes: Int

    /// Summarizes a validated model.
    public init(_ file: ModelFile) {
        let model = file.model
        version = Int(model.version)
        description = model.description ?? ""
        metadata = file.metadataNames
        fileBytes = file.storage.count
        var totalBuffers = 0
        for index in 0..<(model.buffers?.count ?? 0) { totalBuffers += file.bufferBytes(index)?.count ?? 0 }
        bufferBytes = totalBuffers
        let codes = model.operatorCodes.map(Array.init) ?? []
        subgraphs = (model.subgraphs.map(Array.init) ?? []).map { subgraph in
            let tensors = subgraph.tensors.map(Array.init) ?? []
            let describe = { (index: Int32) in Self.describe(tensors[Int(index)], index: Int(index)) }
            var constantBytes = 0
            for tensor in tensors where tensor.buffer != 0 {
                constantBytes += file.bufferBytes(Int(tensor.buffer))?.count ?? 0
            }
            return SubgraphSummary(
                name: subgraph.name ?? "",
                inputs: subgraph.inputs.orEmpty().map(describe),
                outputs: subgraph.outputs.orEmpty().map(describe),
                operators: (subgraph.operators.map(Array.init) ?? []).map { op in
                    let code = codes[Int(op.opcodeIndex)]
                    return OperatorSummary(
                        opcode: code.displayName, version: Int(code.version),
                        inputs: op.inputs.orEmpty().map(Int.init), outputs: op.outputs.orEmpty().map(Int.init))
                },
                tensorCount: tensors.count,
                constantBytes: constantBytes)
        }
        signatures = (model.signatureDefs.map(Array.init) ?? []).map { signature in
            let pairs = { (maps: FlatTableVector<TensorMapView>?) -> [(String, Int)] in
                let entries: [TensorMapView] = maps.map(Array.init) ?? []
                return entries.map { ($0.name ?? "", Int($0.tensorIndex)) }
            }
            return SignatureSummary(
                key: signature.signatureKey ?? "", subgraph: Int(signature.subgraphIndex),
                inputs: pairs(signature.inputs), outputs: pairs(signature.outputs))
        }
    }

    static func describe(_ tensor: TensorView, index: Int) -> TensorSummary {
        let shape = tensor.shape.orEmpty().map(Int.init)
        let signature = tensor.shapeSignature.map { $0.map(Int.init) } ?? shape
        let quantization = tensor.quantization
        let scales = quantization?.scale.map(Array.init) ?? []
        let zeroPoints = quantization?.zeroPoint.map(Array.init) ?? []
        let quantized = !scales.isEmpty && zeroPoints.count == scales.count
        return TensorSummary(
            name: tensor.name ?? "", index: index, shape: shape,
            shapeSignature: signature.isEmpty ? shape : signature,
            dtype: tensor.type.numpyName ?? tensor.type.description.lowercased(),
            scales: quantized ? scales : [], zeroPoints: quantized ? zeroPoints : [],
            quantizedDimension: quantized ? Int(quantization?.quantizedDimension ?? 0) : 0)
    }

    /// The `inspect --json` object described in CLI.md.
    public var json: JSONValue {
        let tensor = { (t: TensorSummary) -> JSONValue in
            .object([
                ("name", .string(t.name)), ("index", .int(t.index)),
                ("shape", .array(t.shape.map { .int($0) })),
                ("shape_signature", .array(t.shapeSignature.map { .int($0) })),
                ("dtype", .string(t.dtype)),
                ("quantization", .object([
                    ("scales", .array(t.scales.map { .double(Double($0)) })),
                    ("zero_points", .array(t.zeroPoints.map { .int(Int($0)) })),
                    ("quantized_dimension", .int(t.quantizedDimension)),
                ])),
            ])
        }
        let mapping = { (pairs: [(String, Int)]) -> JSONValue in .object(pairs.map { ($0.0, .int($0.1)) }) }
        return .object([
            ("version", .int(version)),
            ("description", .string(description)),
            ("subgraphs", .array(subgraphs.map { subgraph in
                .object([
                    ("name", .string(subgraph.name)),
                    ("inputs", .array(subgraph.inputs.map(tensor))),
                    ("outputs", .array(subgraph.outputs.map(tensor))),
                    ("operators", .array(subgraph.operators.map { op in
                        .object([
                            ("opcode", .string(op.opcode)), ("version", .int(op.version)),
                            ("inputs", .array(op.inputs.map { .int($0) })),
                            ("outputs", .array(op.outputs.map { .int($0) })),
                        ])
                    })),
                ])
            })),
            ("signatures", .array(signatures.map { signature in
                .object([
                    ("key", .string(signature.key)), ("subgraph", .int(signature.subgraph)),
                    ("inputs", mapping(signature.inputs)), ("outputs", mapping(signature.outputs)),
                ])
            })),
            ("metadata", .array(metadata.map { .string($0) })),
        ])
    }
}
