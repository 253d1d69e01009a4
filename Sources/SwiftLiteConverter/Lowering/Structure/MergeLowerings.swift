import KerasModel
import SwiftLiteSchema

/// Keras merge layers: Add, Subtract, Multiply, Average, Maximum, Minimum and Concatenate.
/// Elementwise merges take any number of inputs; inputs of lower rank get size-1 dimensions inserted
/// after the batch (as Keras does) and then broadcast. Dot lives in ``DotLowering``.
///
/// Legacy `.h5` files record Keras operations (`x + y`) without a module, so a node keyed `Add` may
/// be an operation call; those are handed to the ``KerasOpsLowerings`` equivalent.
enum MergeLowerings {
    /// The merge lowerings by class name.
    static let lowerings: [String: LayerLowering] = [
        "Add": elementwise(.add, operation: "Add"),
        "Subtract": elementwise(.sub, operation: "Subtract"),
        "Multiply": elementwise(.mul, operation: "Multiply"),
        "Maximum": elementwise(.maximum, operation: "Maximum"),
        "Minimum": elementwise(.minimum, operation: "Minimum"),
        "Average": average,
        "Concatenate": concatenate,
        "Dot": DotLowering.lower,
    ]

    /// A merge by the binary `opcode` applied left to right.
    static func elementwise(_ opcode: BuiltinOperator, operation: String) -> LayerLowering {
        { node, context throws(ConversionError) in
            if StructureConfig.isOperationCall(node), let op = KerasOpsLowerings.lowerings["ops." + operation] {
                return try op(node, &context)
            }
            let inputs = try mergeInputs(node, &context)
            if opcode == .sub, inputs.count != 2 {
                throw ConversionError(.invalidModel, "Subtract needs exactly 2 inputs, got \(inputs.count)", layer: node.layer)
            }
            return [try fold(opcode, inputs, name: node.layer.name, &context)]
        }
    }

    /// Average: the sum divided by the input count.
    static let average: LayerLowering = { node, context throws(ConversionError) in
        let inputs = try mergeInputs(node, &context)
        for input in inputs { try StructureConfig.requireFloat(context, input, layer: node.layer) }
        let name = node.layer.name
        let sum = try fold(.add, inputs, name: inputs.count > 1 ? "\(name)/sum" : name, &context)
        if inputs.count == 1 { return [sum] }
        let count = context.scalar(Float(inputs.count), name: "\(name)/count")
        return [try context.binary(.div, sum, count, name: name, origin: name)]
    }

    /// Concatenate along `axis` (negative counts from the end).
    static let concatenate: LayerLowering = { node, context throws(ConversionError) in
        let inputs = try context.inputTensors(of: node)
        guard let first = inputs.first else {
            throw ConversionError(.invalidModel, "Concatenate has no inputs", layer: node.layer)
        }
        let rank = context.graph[first].shape.count
        let axis = try StructureConfig.axis(
            StructureConfig.int(node.layer, "axis", default: StructureConfig.isOperationCall(node) ? 0 : -1),
            rank: rank, layer: node.layer)
        for input in inputs where context.graph[input].type != context.graph[first].type {
            throw ConversionError(.unsupported, "concatenation of different types is not supported", layer: node.layer)
        }
        if inputs.count == 1 { return inputs }
        return [try context.concatenate(inputs, axis: axis, name: node.layer.name, origin: node.layer.name)]
    }

    /// The node's input tensors with lower-rank ones expanded after the batch dimension to the
    /// highest rank (Keras's merge rule).
    static func mergeInputs(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let inputs = try context.inputTensors(of: node)
        guard !inputs.isEmpty else {
            throw ConversionError(.invalidModel, "a merge layer needs at least one input", layer: node.layer)
        }
        let maxRank = inputs.map { context.graph[$0].shape.count }.max() ?? 0
        var result: [TensorID] = []
        for (index, input) in inputs.enumerated() {
            var x = input
            var step = 0
            while context.graph[x].shape.count < maxRank {
                x = StructureOps.expandDims(
                    &context, x, axis: 1, name: "\(node.layer.name)/input\(index)_expand\(step)", origin: node.layer.name)
                step += 1
            }
            result.append(x)
        }
        return result
    }

    /// `inputs[0] op inputs[1] op ...`, the last result named `name`.
    static func fold(
        _ opcode: BuiltinOperator, _ inputs: [TensorID], name: String, _ context: inout LoweringContext
    ) throws(ConversionError) -> TensorID {
        var result = inputs[0]
        for (index, input) in inputs.enumerated().dropFirst() {
            let stepName = index == inputs.count - 1 ? name : "\(name)/\(index)"
            result = try context.binary(opcode, result, input, name: stepName, origin: name)
        }
        return result
    }
}
