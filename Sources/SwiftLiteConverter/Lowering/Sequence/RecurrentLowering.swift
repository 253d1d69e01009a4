import KerasModel

/// Lowerings for Keras's recurrent layers `LSTM`, `GRU` and `SimpleRNN` (see ``RecurrentEmitter``).
enum RecurrentLowering {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "LSTM": lower,
        "GRU": lower,
        "SimpleRNN": lower,
    ]

    /// Lowers one call of a recurrent layer.
    @Sendable
    static func lower(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let spec = try RecurrentSpec(layer: layer)
        let call = try RecurrentEmitter.callInputs(of: node, context: context)
        let inputShape = context.graph[call.sequence].shape
        let weights = try RecurrentWeights(spec: spec, layer: layer, inputSize: inputShape.last ?? 0)
        return try RecurrentEmitter.emit(
            spec: spec, weights: weights, call: call, source: .init(layer: layer, key: layer.id, name: layer.name),
            context: &context)
    }
}
