import KerasModel
import SwiftLiteSchema

/// One call of a TensorFlow function recorded in a Keras 2 (tf-keras) functional model as a
/// `TFOpLambda` or `SlicingOpLambda` layer, with its arguments bound to the function's parameter
/// names.
///
/// tf-keras saves the first argument positionally (a tensor, a list of tensors, or a
/// `_CONSTANT_VALUE`) and every other argument as a keyword argument, so binding is by name: the
/// positional arguments take the leading parameters in order, keywords their own. `name` is the TF
/// op name and is ignored; any keyword the function does not have is refused.
struct TFCall {
    /// The TF function, without the `tf.` prefix (`math.multiply`).
    let function: String
    /// The Keras node (its layer is the TFOpLambda).
    let node: KerasNode
    private let bound: [String: KerasArgument]

    /// The TFOpLambda layer.
    var layer: KerasLayer { node.layer }
    /// The name the result takes (the layer's name, `tf.math.multiply_1`).
    var name: String { node.layer.name }

    /// Binds `node`'s arguments to `parameters` (the function's parameter names in order).
    init(function: String, node: KerasNode, parameters: [String]) throws(ConversionError) {
        self.function = function
        self.node = node
        var bound: [String: KerasArgument] = [:]
        guard node.args.count <= parameters.count else {
            throw ConversionError(
                .unsupported, "tf.\(function) called with \(node.args.count) positional arguments", layer: node.layer)
        }
        for (parameter, argument) in zip(parameters, node.args) { bound[parameter] = argument }
        for (key, argument) in node.kwargs where key != "name" {
            guard parameters.contains(key) else {
                throw ConversionError(.unsupported, "argument `\(key)` of tf.\(function) is not supported", layer: node.layer)
            }
            guard bound[key] == nil else {
                throw ConversionError(.invalidModel, "argument `\(key)` of tf.\(function) is given twice", layer: node.layer)
            }
            bound[key] = argument
        }
        self.bound = bound
    }

    /// The argument bound to `parameter`; `nil` when absent or `None`.
    func argument(_ parameter: String) -> KerasArgument? {
        guard let argument = bound[parameter] else { return nil }
        if case .value(let value) = argument, value.isNull { return nil }
        return argument
    }

    /// The argument bound to `parameter` as saved (`None` included); `nil` when absent.
    func given(_ parameter: String) -> KerasArgument? { bound[parameter] }

    /// A failure naming this call.
    func unsupported(_ message: String) -> ConversionError {
        ConversionError(.unsupported, "tf.\(function): \(message)", layer: layer)
    }

    // MARK: - Tensors

    /// The tensor passed as `parameter` (a constant there is refused).
    func tensor(_ parameter: String, _ context: inout LoweringContext) throws(ConversionError) -> TensorID {
        guard case .tensor(let ref)? = argument(parameter) else {
            throw unsupported("`\(parameter)` must be a tensor of the model")
        }
        return try context.tensor(ref, for: layer)
    }

    /// The operands named by `parameters`, each a tensor of the model or a saved number/array, which
    /// becomes a constant of the tensor operands' type (see ``KerasOperands``).
    func operands(_ parameters: [String], _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        var arguments: [KerasArgument] = []
        for parameter in parameters {
            guard let argument = argument(parameter) else { throw unsupported("`\(parameter)` is missing") }
            arguments.append(argument)
        }
        return try KerasOperands.tensors(arguments, layer: layer, &context)
    }

    /// The list passed as `parameter` (`tf.concat(values, ...)`), each element a tensor or a constant.
    func operandList(_ parameter: String, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        switch argument(parameter) {
        case .list(let items)?:
            guard !items.isEmpty else { throw unsupported("`\(parameter)` is empty") }
            return try KerasOperands.tensors(items, layer: layer, &context)
        case .tensor?:
            throw unsupported("`\(parameter)` must be a list of tensors, not one tensor")
        default:
            throw unsupported("`\(parameter)` must be a list of tensors")
        }
    }

    // MARK: - Options

    /// The saved value of `parameter`; `nil` when absent or `None`. A tensor there is refused.
    func value(_ parameter: String) throws(ConversionError) -> JSONValue? {
        switch argument(parameter) {
        case nil: return nil
        case .value(let value)?: return value
        case .tensor?, .list?: throw unsupported("`\(parameter)` computed by the model (a tensor) is not supported; it must be a constant")
        }
    }

    /// An integer option.
    func int(_ parameter: String, default fallback: Int? = nil) throws(ConversionError) -> Int {
        guard let value = try value(parameter) else {
            if let fallback { return fallback }
            throw unsupported("`\(parameter)` is missing")
        }
        guard let int = value.intValue else { throw unsupported("\(parameter)=\(value.serialized()) is not an integer") }
        return int
    }

    /// An option holding one integer or a list of integers; `nil` when absent or `None`.
    func ints(_ parameter: String) throws(ConversionError) -> [Int]? {
        guard let value = try value(parameter) else { return nil }
        if let single = value.intValue { return [single] }
        guard let list = value.intList() else {
            throw unsupported("\(parameter)=\(value.serialized()) is not an integer or a list of integers")
        }
        return list
    }

    /// A number option.
    func double(_ parameter: String, default fallback: Double) throws(ConversionError) -> Double {
        guard let value = try value(parameter) else { return fallback }
        guard let double = value.doubleValue else { throw unsupported("\(parameter)=\(value.serialized()) is not a number") }
        return double
    }

    /// A bool option.
    func bool(_ parameter: String, default fallback: Bool) throws(ConversionError) -> Bool {
        guard let value = try value(parameter) else { return fallback }
        guard let bool = value.boolValue else { throw unsupported("\(parameter)=\(value.serialized()) is not a bool") }
        return bool
    }

    /// A string option; `nil` when absent or `None`.
    func string(_ parameter: String) throws(ConversionError) -> String? {
        guard let value = try value(parameter) else { return nil }
        guard let string = value.stringValue else { throw unsupported("\(parameter)=\(value.serialized()) is not a string") }
        return string
    }

    /// The first of `parameters` that is given (TF keeps deprecated aliases such as `keep_dims`).
    func firstGiven(_ parameters: String...) -> String? {
        parameters.first { argument($0) != nil }
    }

    /// `axis` made non-negative for `rank`.
    func axis(_ axis: Int, rank: Int) throws(ConversionError) -> Int {
        try StructureConfig.axis(axis, rank: rank, layer: layer)
    }

    /// Throws unless `tensor` is float32.
    func requireFloat(_ tensor: TensorID, _ context: LoweringContext) throws(ConversionError) {
        try StructureConfig.requireFloat(context, tensor, layer: layer)
    }
}
