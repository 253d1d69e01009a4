import KerasModel
import SwiftLiteSchema

/// `EinsumDense` equations beyond a Dense on the last axis, as attention blocks write them
/// (`abc,cde->abde` splits features into heads, `abcd,cde->abe` merges them): the input's trailing
/// axes are contracted with some kernel axes and the other kernel axes are appended to the kept
/// input axes. Lowered as RESHAPE (merge the contracted axes), FULLY_CONNECTED with the kernel
/// rearranged to `[contracted, kept]`, RESHAPE (split the new axes), the bias (folded into the
/// FULLY_CONNECTED when it covers exactly the new axes, otherwise an ADD of Keras's bias shape), and
/// the activation. A leading `...` is allowed on the input and output.
enum EinsumDenseGeneral {
    /// How an equation maps onto a matrix product.
    struct Plan: Equatable {
        /// Number of leading input axes kept in the output (elided axes included).
        var keptInputAxes: Int
        /// The contracted letters, in input order (the input's trailing axes).
        var contracted: [Character]
        /// The kernel-only letters, in output order (the output's trailing axes).
        var produced: [Character]
        /// The kernel's axes reordered as contracted + produced (`permutation[i]` = source axis).
        var kernelPermutation: [Int]
        /// The output letters (without `...`).
        var output: [Character]
    }

    /// The plan for `equation` on an input of `inputRank`, or `nil` when the equation is not of the
    /// supported form.
    static func plan(equation: String, inputRank: Int) -> Plan? {
        let compact = equation.filter { $0 != " " }
        guard let arrow = compact.firstRange(of: "->") else { return nil }
        let operands = compact[..<arrow.lowerBound].split(separator: ",", omittingEmptySubsequences: false)
        guard operands.count == 2 else { return nil }
        var input = String(operands[0]), kernel = Array(operands[1]), output = String(compact[arrow.upperBound...])
        var elided = 0
        if input.hasPrefix("..."), output.hasPrefix("...") {
            input.removeFirst(3)
            output.removeFirst(3)
            elided = inputRank - input.count
            guard elided >= 0 else { return nil }
        } else if input.count != inputRank {
            return nil
        }
        let inputLetters = Array(input), outputLetters = Array(output)
        guard !(input + output + String(kernel)).contains("."),
              Set(inputLetters).count == inputLetters.count, Set(outputLetters).count == outputLetters.count,
              Set(kernel).count == kernel.count
        else { return nil }
        let contracted = inputLetters.filter { !outputLetters.contains($0) }
        let kept = Array(inputLetters.prefix(inputLetters.count - contracted.count))
        guard Array(inputLetters.suffix(contracted.count)) == contracted, !contracted.isEmpty,
              Array(outputLetters.prefix(kept.count)) == kept
        else { return nil }
        let produced = Array(outputLetters.dropFirst(kept.count))
        guard !produced.isEmpty, produced.allSatisfy({ !inputLetters.contains($0) }),
              Set(kernel) == Set(contracted + produced)
        else { return nil }
        let permutation = (contracted + produced).compactMap { letter in kernel.firstIndex(of: letter) }
        return Plan(
            keptInputAxes: elided + kept.count, contracted: contracted, produced: produced, kernelPermutation: permutation,
            output: outputLetters)
    }

    static func lower(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireFloat32()
        let x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        let equation = try layer.string("equation", default: "")
        guard let plan = plan(equation: equation, inputRank: shape.count) else {
            throw ConversionError(
                .unsupported,
                "EinsumDense equation `\(equation)` is not supported (the input's trailing axes must be contracted with the kernel and the kernel's other axes appended)",
                layer: layer)
        }
        let kernel = try layer.weight("vars/0", 0)
        guard kernel.shape.count == plan.kernelPermutation.count else {
            throw ConversionError(.invalidModel, "kernel shape \(kernel.shape) does not fit `\(equation)`", layer: layer)
        }
        let ordered = plan.kernelPermutation.map { kernel.shape[$0] }
        let contractedDims = Array(ordered.prefix(plan.contracted.count))
        let producedDims = Array(ordered.dropFirst(plan.contracted.count))
        guard Array(shape.suffix(contractedDims.count)) == contractedDims else {
            throw ConversionError(.invalidModel, "input \(shape) does not match kernel \(kernel.shape) in `\(equation)`", layer: layer)
        }
        let inFeatures = contractedDims.reduce(1, *), units = producedDims.reduce(1, *)
        let matrix = KerasArray(
            shape: [inFeatures, units],
            values: WeightLayout.transpose(kernel.values, shape: kernel.shape, permutation: plan.kernelPermutation))
        let keptDims = Array(shape.prefix(plan.keptInputAxes))
        guard keptDims.count >= 1, keptDims.filter({ $0 < 0 }).count <= 1 else {
            throw ConversionError(.unsupported, "EinsumDense needs at most one unknown dimension among \(keptDims)", layer: layer)
        }

        // Bias, shaped as Keras builds it: the output's axes from the first biased one on.
        var foldedBias: KerasArray?
        var addedBias: (shape: [Int], values: [Float])?
        let biasAxes = try layer.string("bias_axes", default: "")
        if !biasAxes.isEmpty {
            let outputDims = keptDims + producedDims
            guard let first = plan.output.firstIndex(where: { biasAxes.contains($0) }), biasAxes.allSatisfy({ plan.output.contains($0) }) else {
                throw ConversionError(.invalidModel, "bias_axes `\(biasAxes)` are not output axes of `\(equation)`", layer: layer)
            }
            let offset = outputDims.count - plan.output.count
            let biasShape = (first..<plan.output.count).map { biasAxes.contains(plan.output[$0]) ? outputDims[$0 + offset] : 1 }
            let bias = try layer.weight("vars/1", 1)
            guard bias.values.count == biasShape.reduce(1, *), biasShape.allSatisfy({ $0 > 0 }) else {
                throw ConversionError(.invalidModel, "bias shape \(bias.shape) does not match \(biasShape)", layer: layer)
            }
            if first == plan.output.count - plan.produced.count, biasShape == producedDims {
                foldedBias = KerasArray(shape: [units], values: bias.values)
            } else {
                addedBias = (biasShape, bias.values)
            }
        }

        let activation = try LoweringContext.activation(layer.config["activation"], layer: layer)
        let name = layer.name
        let linearName = CoreNaming.linearOutput(layer, activation: activation)
        var y = x
        if contractedDims.count > 1 {
            y = context.reshape(y, to: keptDims + [inFeatures], name: "\(name)/merged_input", origin: name)
        }
        let splitAfter = producedDims.count > 1 || addedBias != nil
        y = try context.emitFullyConnected(y, kernel: matrix, bias: foldedBias, layer: layer, output: splitAfter ? "\(name)/matmul" : linearName)
        if producedDims.count > 1 {
            y = context.reshape(y, to: keptDims + producedDims, name: addedBias == nil ? linearName : "\(name)/split_output", origin: name)
        }
        if let addedBias {
            let constant = context.constant(key: "\(layer.id)/einsum_bias", name: "\(name)/bias_add", shape: addedBias.shape, floats: addedBias.values)
            y = try context.binary(.add, y, constant, name: linearName, origin: name)
        }
        return [try context.emitActivation(activation, input: y, layer: layer)]
    }
}
