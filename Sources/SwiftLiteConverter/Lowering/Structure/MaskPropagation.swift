import KerasModel

/// Follows a Keras mask (from Masking or `Embedding(mask_zero=True)`) through a model to find a layer
/// whose inference result depends on it without the graph saying so. Keras 3 records the mask a
/// layer's `call` takes as an explicit `mask` (or `query_mask`, ...) argument computed by operation
/// nodes, which that layer's lowering handles or refuses; but Maximum, Minimum and Multiply read the
/// mask attached to their inputs, and Keras 2 files record no masks at all. Layers that merely carry
/// the mask along, or drop it, are fine.
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

    /// Layers whose output values depend on the mask (when it is not passed explicitly).
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
            if users.contains(className), !hasExplicitMask(node) { return node.layer }
            // Single-input layers take the mask of their first argument only.
            if mergingCarriers.contains(className) || (carriers.contains(className) && firstMasked == 0) {
                for output in 0..<max(1, node.outputSpecs.count) {
                    masked.insert(KerasTensorRef(node: index, output: output))
                }
            }
        }
        return nil
    }

    /// True when the call passes a mask tensor explicitly (`mask=`, `query_mask=`, ...).
    static func hasExplicitMask(_ node: KerasNode) -> Bool {
        node.kwargs.contains { ($0.0 == "mask" || $0.0.hasSuffix("_mask")) && !$0.1.tensors.isEmpty }
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
