import KerasModel
import SwiftLiteSchema

/// Lowering of `Dense` (and the dense-like `EinsumDense` equations) to FULLY_CONNECTED.
enum DenseLowerings {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "Dense": dense,
        "EinsumDense": einsumDense,
    ]

    /// `Dense(units, activation, use_bias)` on any input rank ≥ 2: FULLY_CONNECTED with the kernel
    /// transposed to `[units, in]`, `keep_num_dims` for rank > 2, then the activation as its own op.
    static func dense(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        let x = try context.singleInput(of: node)
        let inputShape = context.graph[x].shape
        guard inputShape.count >= 2, let inFeatures = inputShape.last, inFeatures > 0 else {
            throw ConversionError(.unsupported, "Dense needs an input of rank ≥ 2 with a known last dimension, got \(inputShape)", layer: layer)
        }
        let units = try layer.int("units", default: -1)
        let kernel = try layer.weight("vars/0", 0, shape: [inFeatures, units])
        let bias = try layer.bias("vars/1", 1, shape: [units])
        let activation = try LoweringContext.activation(layer.config["activation"], layer: layer)
        let linear = try context.emitFullyConnected(
            x, kernel: kernel, bias: bias, layer: layer, output: CoreNaming.linearOutput(layer, activation: activation))
        return [try context.emitActivation(activation, input: linear, layer: layer)]
    }

    /// `EinsumDense` for the equations that are a Dense on the last axis (`ab,bc->ac`,
    /// `abc,cd->abd`, `...b,bc->...c`) with an optional bias over the output's last axis; other
    /// equations are not supported.
    static func einsumDense(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        let x = try context.singleInput(of: node)
        let inputShape = context.graph[x].shape
        let equation = try layer.string("equation", default: "")
        guard isDenseLike(equation: equation, inputRank: inputShape.count),
              let inFeatures = inputShape.last, inFeatures > 0
        else {
            // Multi-axis contractions (attention projections) have their own lowering.
            return try EinsumDenseGeneral.lower(node, &context)
        }
        let kernel = try layer.weight("vars/0", 0)
        guard kernel.shape.count == 2, kernel.shape[0] == inFeatures else {
            throw ConversionError(.invalidModel, "EinsumDense kernel shape \(kernel.shape) does not match input \(inputShape)", layer: layer)
        }
        var bias: KerasArray?
        let biasAxes = try layer.string("bias_axes", default: "")
        if !biasAxes.isEmpty {
            let outputLetter = equation.split(separator: ">").last?.last.map(String.init) ?? ""
            guard biasAxes == outputLetter else {
                throw ConversionError(.unsupported, "EinsumDense bias_axes `\(biasAxes)` is not supported (only the output's last axis)", layer: layer)
            }
            bias = try layer.weight("vars/1", 1, shape: [kernel.shape[1]])
        }
        let activation = try LoweringContext.activation(layer.config["activation"], layer: layer)
        let linear = try context.emitFullyConnected(
            x, kernel: kernel, bias: bias, layer: layer, output: CoreNaming.linearOutput(layer, activation: activation))
        return [try context.emitActivation(activation, input: linear, layer: layer)]
    }

    /// True for a Dense-like einsum `<prefix><k>,<k><u>-><prefix><u>` whose prefix covers the
    /// input's other axes (or is `...`).
    static func isDenseLike(equation: String, inputRank: Int) -> Bool {
        let compact = equation.filter { $0 != " " }
        guard let arrow = compact.firstRange(of: "->") else { return false }
        let operands = compact[..<arrow.lowerBound].split(separator: ",", omittingEmptySubsequences: false)
        let sides = [String(compact[..<arrow.lowerBound]), String(compact[arrow.upperBound...])]
        guard operands.count == 2 else { return false }
        let input = Array(operands[0]), kernel = Array(operands[1]), output = Array(sides[1])
        guard kernel.count == 2, let contracted = input.last, kernel[0] == contracted, contracted != kernel[1] else { return false }
        let prefix = input.dropLast()
        guard output == Array(prefix) + [kernel[1]] else { return false }
        return prefix.first == "." || input.count == inputRank
    }
}

/// Output naming shared by the core lowerings.
enum CoreNaming {
    /// The name of a layer's pre-activation result: the layer name when there is no activation,
    /// `name/linear` otherwise (the activation's output takes the layer name).
    static func linearOutput(_ layer: KerasLayer, activation: String) -> String {
        LoweringContext.isIdentityActivation(activation) ? layer.name : "\(layer.name)/linear"
    }
}

extension LoweringContext {
    /// FULLY_CONNECTED of `x` (`[..., in]`) with a Keras kernel `[in, units]` (transposed to
    /// `[units, in]`) and an optional bias (zeros when absent, so passes can fold into it).
    mutating func emitFullyConnected(
        _ x: TensorID, kernel: KerasArray, bias: KerasArray?, layer: KerasLayer, output: String
    ) throws(ConversionError) -> TensorID {
        let inFeatures = kernel.shape[0], units = kernel.shape[1]
        let weights = constant(
            key: "\(layer.id)/kernel:fc", name: "\(layer.name)/kernel", shape: [units, inFeatures],
            floats: WeightLayout.transpose(kernel.values, shape: kernel.shape, permutation: [1, 0]))
        let biasTensor = constant(
            key: "\(layer.id)/bias", name: "\(layer.name)/bias", shape: [units],
            floats: bias?.values ?? [Float](repeating: 0, count: units))
        let inputShape = graph[x].shape
        var options = FullyConnectedOptions()
        options.keepNumDims = inputShape.count > 2
        var shape = inputShape
        shape[shape.count - 1] = units
        return graph.addOperator(
            .fullyConnected, options: .fullyConnectedOptions(options), inputs: [x, weights, biasTensor], output: output,
            type: graph[x].type, shape: shape, origin: layer.name)
    }
}
