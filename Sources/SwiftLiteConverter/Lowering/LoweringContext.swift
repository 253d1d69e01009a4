import KerasModel
import SwiftLiteSchema

/// Lowers one call of a Keras layer: reads the node's inputs from `context`, appends TFLite operators
/// to `context.graph`, and returns the graph tensors of the node's outputs in order.
public typealias LayerLowering = @Sendable (KerasNode, inout LoweringContext) throws(ConversionError) -> [TensorID]

/// What a lowering sees: the graph being built, the Keras tensors already lowered, and a cache of
/// weight constants so that a shared layer's weights are written once.
public struct LoweringContext: Sendable {
    /// The graph under construction.
    public var graph = Graph()
    /// The graph tensor of each lowered Keras tensor (graph inputs use ``KerasGraph/inputRef(_:)``).
    public var values: [KerasTensorRef: TensorID] = [:]
    /// The Keras graph being lowered, for lowerings that look at other nodes (e.g. who uses a mask).
    public var kerasGraph: KerasGraph?
    /// Constants already emitted, by cache key.
    private var constants: [String: TensorID] = [:]

    /// An empty context.
    public init() {}

    /// The graph tensor for a Keras tensor reference.
    public func tensor(_ ref: KerasTensorRef, for layer: KerasLayer) throws(ConversionError) -> TensorID {
        guard let id = values[ref] else {
            throw ConversionError(.invalidModel, "input \(ref) was not produced by an earlier layer", layer: layer)
        }
        return id
    }

    /// The graph tensors of every tensor the node consumes (positional, then keyword), in order.
    public func inputTensors(of node: KerasNode) throws(ConversionError) -> [TensorID] {
        var result: [TensorID] = []
        for ref in node.inputTensors { result.append(try tensor(ref, for: node.layer)) }
        return result
    }

    /// The single tensor input of a one-input layer; throws when the call has another arity.
    public func singleInput(of node: KerasNode) throws(ConversionError) -> TensorID {
        let inputs = try inputTensors(of: node)
        guard inputs.count == 1 else {
            throw ConversionError(.unsupported, "expected one input tensor, got \(inputs.count)", layer: node.layer)
        }
        return inputs[0]
    }

    /// A float32 constant derived from `layer`'s weights, emitted once per `key` (use the layer's
    /// ``KerasLayer/id`` plus what was derived, e.g. `"\(layer.id)/kernel:ohwi"`).
    public mutating func constant(key: String, name: String, shape: [Int], floats: @autoclosure () -> [Float]) -> TensorID {
        if let id = constants[key] { return id }
        let id = graph.addConstant(name: name, shape: shape, floats: floats())
        constants[key] = id
        return id
    }

    /// An int32 constant (shapes, axes, paddings), shared by value.
    public mutating func int32Constant(name: String, shape: [Int], values: [Int32]) -> TensorID {
        let key = "int32:\(shape):\(values)"
        if let id = constants[key] { return id }
        let id = graph.addConstant(name: name, shape: shape, int32s: values)
        constants[key] = id
        return id
    }
}
