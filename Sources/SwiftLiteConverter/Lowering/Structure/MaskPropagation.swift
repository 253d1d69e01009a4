import KerasModel

/// Follows a Keras mask (from Masking or `Embedding(mask_zero=True)`) through a model to find a layer
/// whose inference result depends on it. TFLite has no masks, so such a model cannot be converted
/// faithfully; layers that merely carry the mask along, or drop it, are fine.
enum MaskPropagation {
    /// Layers that pass the mask of their input on unchanged and do not use it at inference.
    static let carriers: Set<String> = [
        "Dense", "EinsumDense", "Activation", "ReLU", "LeakyReLU", "PReLU", "ELU", "Dropout", "SpatialDropout1D",
        "SpatialDropout2D", "SpatialDropout3D", "GaussianNoise", "GaussianDropout", "AlphaDropout",
        "ActivityRegularization", "Identity", "Rescaling", "Normalization", "BatchNormalization",
        "LayerNormalization", "GroupNormalization", "UnitNormalization",
    ]

    /// Merge layers whose output mask combines the masks of all inputs and whose values ignore them.
    static let mergingCarriers: Set<String> = ["Add", "Subtract", "Average", "Concatenate"]

    /// Layers whose output values depend on the mask.
    static let users: Set<String> = [
        "GlobalAveragePooling1D", "Softmax", "RNN", "LSTM", "GRU", "SimpleRNN", "Bidirectional", "TimeDistributed",
        "ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D", "MultiHeadAttention", "GroupedQueryAttention", "Attention",
        "AdditiveAttention", "Maximum", "Minimum", "Multiply", "Lambda", "Pipeline",
    ]

    /// The first layer (in graph order) whose output depends on the mask that `layer`'s calls attach
    /// to their outputs, or `nil` when none does (or when `graph` is unknown).
    static func firstMaskUser(of layer: KerasLayer, in graph: KerasGraph?) -> KerasLayer? {
        guard let graph else { return nil }
        var masked: Set<KerasTensorRef> = []
        for (index, node) in graph.nodes.enumerated() where node.layer.id == layer.id {
            masked.insert(KerasTensorRef(node: index, output: 0))
        }
        for (index, node) in graph.nodes.enumerated() where node.layer.id != layer.id {
            let inputs = node.inputTensors
            guard let firstMasked = inputs.firstIndex(where: masked.contains) else { continue }
            // Keras operations (`x + 1`) return fresh tensors without a mask.
            if StructureConfig.isOperationCall(node) { continue }
            let className = node.layer.className
            if appliesExplicitMask(node) {
                // The mask stays on the output sequence (return_sequences) for the layers after it.
                let config = node.layer.config
                if (config["return_sequences"] ?? config["layer"]?["config"]?["return_sequences"])?.boolValue ?? false {
                    masked.insert(KerasTensorRef(node: index, output: 0))
                }
                continue
            }
            if users.contains(className) { return node.layer }
            // Single-input layers take the mask of their first argument only.
            if mergingCarriers.contains(className) || (carriers.contains(className) && firstMasked == 0) {
                for output in 0..<max(1, node.outputSpecs.count) {
                    masked.insert(KerasTensorRef(node: index, output: output))
                }
            }
        }
        return nil
    }

    /// Recurrent layers whose call records the mask (`mask=` in Keras 3 files): their lowering
    /// applies it (see RecurrentEmitter).
    static func appliesExplicitMask(_ node: KerasNode) -> Bool {
        ["LSTM", "GRU", "SimpleRNN", "Bidirectional"].contains(node.layer.className)
            && !(node.kwarg("mask")?.tensors.isEmpty ?? true)
    }

    /// Throws when a later layer's result depends on `node`'s mask.
    static func requireUnused(_ node: KerasNode, _ context: LoweringContext, why: String) throws(ConversionError) {
        if let user = firstMaskUser(of: node.layer, in: context.kerasGraph) {
            throw ConversionError(
                .unsupported,
                "\(why) produces a mask that layer `\(user.name)` (\(user.className)) uses; TFLite has no masks",
                layer: node.layer)
        }
    }
}
