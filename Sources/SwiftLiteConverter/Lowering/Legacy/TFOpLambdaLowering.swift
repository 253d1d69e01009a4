import KerasModel
import SwiftLiteSchema

/// Keras 2 (tf-keras) records TensorFlow functions called on Keras tensors in a functional model
/// (`x + 3.0`, `tf.nn.relu6(x)`, `tf.reduce_mean(x, axis=-1)`) as `TFOpLambda` layers whose config
/// names the function (`"function": "math.reduce_mean"`), and indexing (`x[:, 1:3]`) as
/// `SlicingOpLambda`. Each supported function is lowered by a ``TFFunction`` entry of
/// ``TFMathFunctions``, ``TFShapeFunctions`` or ``TFArrayFunctions``; any other one is refused by name.
enum TFOpLambdaLowering {
    /// The lowerings by registry key (the layer classes).
    static let lowerings: [String: LayerLowering] = [
        "TFOpLambda": lower,
        "SlicingOpLambda": lower,
    ]

    /// Every supported function, by name without `tf.`.
    static let functions: [String: TFFunction] = {
        var table: [String: TFFunction] = [:]
        for family in [TFMathFunctions.functions, TFShapeFunctions.functions, TFArrayFunctions.functions] {
            table.merge(family) { first, _ in first }
        }
        return table
    }()

    /// The supported functions' public names (`tf.math.add`, ...), sorted.
    static var supportedFunctions: [String] { functions.keys.map { "tf." + $0 }.sorted() }

    /// The function a TFOpLambda calls, without the `tf.` prefix.
    static func functionName(of layer: KerasLayer) throws(ConversionError) -> String {
        guard let function = layer.config["function"]?.stringValue, !function.isEmpty else {
            throw ConversionError(.unsupported, "the layer names no TF function (`function` is missing)", layer: layer)
        }
        return function.hasPrefix("tf.") ? String(function.dropFirst(3)) : function
    }

    /// Looks the function up and lowers the call.
    static let lower: LayerLowering = { node, context throws(ConversionError) in
        let name = try functionName(of: node.layer)
        guard let function = functions[name] else {
            throw ConversionError(
                .unsupported, "unsupported TF function tf.\(name): SwiftLite cannot convert it", layer: node.layer)
        }
        let call = try TFCall(function: name, node: node, parameters: function.parameters)
        return try function.lower(call, &context)
    }
}

extension LoweringRegistry {
    /// The TF functions (`tf.math.add`, ...) that Keras 2 `TFOpLambda` layers may call, sorted.
    public static var supportedTFFunctions: [String] { TFOpLambdaLowering.supportedFunctions }
}

/// How one TF function is lowered: its parameter names in TF's order, and the emitter.
struct TFFunction: Sendable {
    /// The parameter names, in the function's signature order (`name` may be left out).
    let parameters: [String]
    /// Emits the call's operators and returns its outputs.
    let lower: @Sendable (TFCall, inout LoweringContext) throws(ConversionError) -> [TensorID]

    /// An entry.
    init(_ parameters: [String], _ lower: @escaping @Sendable (TFCall, inout LoweringContext) throws(ConversionError) -> [TensorID]) {
        self.parameters = parameters
        self.lower = lower
    }
}
