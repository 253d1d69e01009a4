import KerasModel
import SwiftLiteSchema

/// Lowerings of the activation layers: Activation, ReLU, LeakyReLU, PReLU, ELU, Softmax.
enum ActivationLowerings {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "Activation": activation,
        "ReLU": relu,
        "LeakyReLU": leakyReLU,
        "PReLU": prelu,
        "ELU": elu,
        "Softmax": softmax,
    ]

    /// `Activation(name)`.
    static func activation(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try context.singleInput(of: node)
        let name = try LoweringContext.activation(node.layer.config["activation"], layer: node.layer)
        return [try context.emitActivation(name, input: x, layer: node.layer)]
    }

    /// `ReLU(max_value, negative_slope, threshold)`.
    static func relu(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let maxValue = try layer.optionalDouble("max_value").map { Float($0) }
        let slope = Float(try layer.double("negative_slope", default: 0))
        let threshold = Float(try layer.double("threshold", default: 0))
        return [try context.emitReLU(x, negativeSlope: slope, maxValue: maxValue, threshold: threshold, layer: layer, output: layer.name)]
    }

    /// `LeakyReLU(negative_slope)` (Keras 2 names it `alpha`; default 0.3).
    static func leakyReLU(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let x = try context.singleInput(of: node)
        var slope = try layer.double("alpha", default: 0.3)
        if let value = try layer.optionalDouble("negative_slope") { slope = value }
        return [context.emitLeakyReLU(x, alpha: Float(slope), layer: layer, output: layer.name)]
    }

    /// `PReLU`: PRELU with the learned alpha (shape = input shape without the batch, 1 on shared
    /// axes), broadcast by the op.
    static func prelu(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let inputShape = context.graph[x].shape
        let alpha = try layer.weight("vars/0", 0)
        guard alpha.shape.count == inputShape.count - 1,
              zip(inputShape.dropFirst(), alpha.shape).allSatisfy({ $0 == $1 || $1 == 1 || $0 < 0 })
        else {
            throw ConversionError(.invalidModel, "alpha shape \(alpha.shape) does not fit input shape \(inputShape)", layer: layer)
        }
        let constant = context.constant(key: "\(layer.id)/alpha", name: "\(layer.name)/alpha", shape: alpha.shape, floats: alpha.values)
        let output = context.graph.addOperator(
            .prelu, inputs: [x, constant], output: layer.name, type: context.graph[x].type, shape: inputShape, origin: layer.name)
        return [output]
    }

    /// `ELU(alpha)`.
    static func elu(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let alpha = Float(try layer.double("alpha", default: 1))
        return [context.emitELU(x, alpha: alpha, layer: layer, output: layer.name)]
    }

    /// `Softmax(axis)` for one axis (a one-element list counts); a mask input is not supported.
    static func softmax(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let inputs = try context.inputTensors(of: node)
        guard inputs.count == 1 else {
            throw ConversionError(.unsupported, "Softmax with a mask is not supported", layer: layer)
        }
        let axis: Int
        if let list = layer.config["axis"]?.intList(), list.count != 1 {
            throw ConversionError(.unsupported, "Softmax over several axes \(list) is not supported", layer: layer)
        } else {
            axis = try layer.int("axis", default: -1)
        }
        return [try context.emitSoftmax(inputs[0], axis: axis, layer: layer, output: layer.name)]
    }
}
