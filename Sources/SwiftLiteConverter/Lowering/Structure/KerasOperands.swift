import KerasModel
import SwiftLiteSchema

/// The operands of a Keras operation call (`x + 3.0`, `ops.maximum(x, y)`): tensors produced by
/// earlier nodes, or plain numbers and NumPy arrays saved in the call, which become constants of the
/// tensor operands' type.
enum KerasOperands {
    /// The call's arguments in order: positional, then keyword.
    static func arguments(of node: KerasNode) -> [KerasArgument] {
        node.args + node.kwargs.map(\.1)
    }

    /// A constant saved in a call: its shape and values, and whether every value was written as an
    /// integer.
    struct Constant {
        var shape: [Int]
        var values: [Double]
        var integral: Bool
    }

    /// Reads a plain number, a nested list of numbers, or a serialized NumPy array
    /// (`{"class_name": "__numpy__", "config": {"value": ..., "dtype": ...}}`).
    static func constant(_ value: JSONValue, layer: KerasLayer) throws(ConversionError) -> Constant {
        if value["class_name"]?.stringValue == "__numpy__", let payload = value["config"]?["value"] {
            var result = try constant(payload, layer: layer)
            if let dtype = value["config"]?["dtype"]?.stringValue { result.integral = dtype.hasPrefix("int") || dtype.hasPrefix("uint") }
            return result
        }
        switch value {
        case .int(let int): return Constant(shape: [], values: [Double(int)], integral: true)
        case .double(let double): return Constant(shape: [], values: [double], integral: false)
        case .bool(let bool): return Constant(shape: [], values: [bool ? 1 : 0], integral: true)
        case .array(let items):
            guard !items.isEmpty else { return Constant(shape: [0], values: [], integral: true) }
            var parts: [Constant] = []
            for item in items { parts.append(try constant(item, layer: layer)) }
            guard parts.allSatisfy({ $0.shape == parts[0].shape }) else {
                throw ConversionError(.unsupported, "a ragged constant operand is not supported", layer: layer)
            }
            return Constant(
                shape: [items.count] + parts[0].shape, values: parts.flatMap(\.values),
                integral: parts.allSatisfy(\.integral))
        default:
            throw ConversionError(.unsupported, "operand \(value.serialized()) is not a tensor or a number", layer: layer)
        }
    }

    /// Resolves every argument to a graph tensor: tensors are looked up, constants emitted with the
    /// type of the tensor operands (float32, or int32 when every constant is integral).
    static func tensors(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        try tensors(arguments(of: node), layer: node.layer, &context)
    }

    /// Resolves `arguments` (of a call of `layer`) as ``tensors(_:_:)`` does.
    static func tensors(
        _ arguments: [KerasArgument], layer: KerasLayer, _ context: inout LoweringContext
    ) throws(ConversionError) -> [TensorID] {
        var type: TensorType?
        for argument in arguments {
            if case .tensor(let ref) = argument {
                let id = try context.tensor(ref, for: layer)
                let other = context.graph[id].type
                if let type, type != other {
                    throw ConversionError(.unsupported, "operands of types \(type) and \(other) are not supported", layer: layer)
                }
                type = other
            }
        }
        guard let type else {
            throw ConversionError(.unsupported, "an operation without tensor operands is not supported", layer: layer)
        }
        var result: [TensorID] = []
        for (index, argument) in arguments.enumerated() {
            switch argument {
            case .tensor(let ref):
                result.append(try context.tensor(ref, for: layer))
            case .value(let value):
                let constant = try constant(value, layer: layer)
                if type != .float32, !constant.integral {
                    throw ConversionError(.unsupported, "a float constant with \(type) operands is not supported", layer: layer)
                }
                result.append(try StructureOps.constant(
                    &context, type: type, shape: constant.shape, values: constant.values, name: "\(layer.name)/operand\(index)"))
            case .list:
                throw ConversionError(.unsupported, "a list operand is not supported here", layer: layer)
            }
        }
        return result
    }
}
