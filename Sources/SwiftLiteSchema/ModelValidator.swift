import FlatBuffers

/// Checks what the FlatBuffer verifier cannot: that the model the buffer describes is consistent.
///
/// After validation, every index in the model (tensor, buffer, subgraph, operator code) is in
/// range, every constant buffer holds exactly the bytes its tensor's shape and type need, every
/// quantization is shaped consistently, and each subgraph's operators form an acyclic graph in
/// which no tensor is written twice. The rules follow TFLite's own loader and model verifier.
public struct ModelValidator {
    let file: ModelFile

    /// A validator for `file`.
    public init(file: ModelFile) {
        self.file = file
    }

    private var model: ModelView { file.model }

    /// Runs every check; throws the first problem found.
    public func validate() throws(ModelError) {
        guard model.version == ModelFile.schemaVersion else {
            throw ModelError(
                .unsupportedVersion,
                "schema version \(model.version) is not supported (SwiftLite reads version \(ModelFile.schemaVersion))")
        }
        guard let subgraphs = model.subgraphs, !subgraphs.isEmpty else {
            throw ModelError(.invalidModel, "the model has no subgraphs")
        }
        let bufferCount = model.buffers?.count ?? 0
        try validateBuffers()
        try validateOperatorCodes()
        for (index, subgraph) in subgraphs.enumerated() {
            try SubgraphValidator(
                file: file, subgraph: subgraph, index: index, subgraphCount: subgraphs.count,
                bufferCount: bufferCount
            ).validate()
        }
        try validateSignatures(subgraphs: subgraphs)
        try validateMetadata(bufferCount: bufferCount)
    }

    private func validateBuffers() throws(ModelError) {
        guard let buffers = model.buffers else { return }
        for (index, buffer) in buffers.enumerated() {
            if buffer.data != nil, buffer.offset > 1 {
                throw ModelError(.invalidModel, "buffer \(index) has both embedded data and an offset")
            }
            if let region = file.externalRegion(of: buffer) {
                guard file.flatBuffer.storageBytes(at: region.offset, size: region.size) != nil else {
                    throw ModelError(
                        .invalidModel,
                        "buffer \(index) claims \(buffer.size) bytes at offset \(buffer.offset), past the end of the \(file.storage.count)-byte file")
                }
            }
        }
    }

    private func validateOperatorCodes() throws(ModelError) {
        guard let codes = model.operatorCodes else { return }
        for (index, code) in codes.enumerated() {
            let builtin = code.resolvedBuiltinCode
            guard builtin.rawValue >= 0 else {
                throw ModelError(.invalidModel, "operator code \(index) has negative builtin code \(builtin.rawValue)")
            }
            if builtin == .custom, (code.customCode ?? "").isEmpty {
                throw ModelError(.invalidModel, "operator code \(index) is CUSTOM but has no custom_code name")
            }
            guard code.version >= 1 else {
                throw ModelError(.invalidModel, "operator code \(index) (\(code.displayName)) has version \(code.version)")
            }
        }
    }

    private func validateSignatures(subgraphs: FlatTableVector<SubGraphView>) throws(ModelError) {
        guard let signatures = model.signatureDefs else { return }
        for (index, signature) in signatures.enumerated() {
            let key = signature.signatureKey ?? ""
            let subgraphIndex = Int(signature.subgraphIndex)
            guard subgraphIndex < subgraphs.count else {
                throw ModelError(
                    .invalidModel,
                    "signature \(index) `\(key)` refers to subgraph \(subgraphIndex); the model has \(subgraphs.count)")
            }
            let tensorCount = subgraphs[subgraphIndex].tensors?.count ?? 0
            for (role, maps) in [("input", signature.inputs), ("output", signature.outputs)] {
                guard let maps else { continue }
                for map in maps {
                    guard Int(map.tensorIndex) < tensorCount else {
                        throw ModelError(
                            .invalidModel,
                            "signature `\(key)` \(role) `\(map.name ?? "")` refers to tensor \(map.tensorIndex); subgraph \(subgraphIndex) has \(tensorCount)")
                    }
                }
            }
        }
    }

    private func validateMetadata(bufferCount: Int) throws(ModelError) {
        let entries: [MetadataView] = model.metadata.map(Array.init) ?? []
        for (index, entry) in entries.enumerated() {
            guard Int(entry.buffer) < bufferCount else {
                throw ModelError(
                    .invalidModel,
                    "metadata \(index) `\(entry.name ?? "")` refers to buffer \(entry.buffer); the model has \(bufferCount)")
            }
        }
        for (index, buffer) in model.metadataBuffer.orEmpty().enumerated() {
            guard buffer >= 0, Int(buffer) < bufferCount else {
                throw ModelError(
                    .invalidModel, "metadata_buffer[\(index)] refers to buffer \(buffer); the model has \(bufferCount)")
            }
        }
    }
}
