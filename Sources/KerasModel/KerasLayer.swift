import SwiftLiteSchema

/// A layer (or Keras operation) of a model: its class, config and weights.
public struct KerasLayer: Sendable {
    /// A unique id within the model (the layer's path from the root model, e.g. `outer/inner/dense`);
    /// shared layers keep one id across calls so their weights are emitted once.
    public var id: String
    /// The layer's `name`.
    public var name: String
    /// `class_name` (`Conv2D`, `Add`, ...).
    public var className: String
    /// `module` when saved (`keras.layers`, `keras.src.ops.numpy`, ...); `nil` in legacy files, except
    /// that operation nodes in Keras 3's legacy `.h5` files (which drop `module`) get `keras.src.ops`.
    public var module: String?
    /// The layer's `config` object.
    public var config: JSONValue
    /// The layer's weights.
    public var weights: KerasWeights

    /// Creates a layer.
    public init(id: String, name: String, className: String, module: String?, config: JSONValue, weights: KerasWeights) {
        self.id = id
        self.name = name
        self.className = className
        self.module = module
        self.config = config
        self.weights = weights
    }

    /// True for a Keras operation node (module `keras.src.ops.*`), such as `x + 3.0` in a functional
    /// model, rather than a layer.
    public var isOperation: Bool {
        module?.hasPrefix("keras.src.ops") ?? false
    }
}

/// A float array read from the weights file: row-major, shape as stored.
public struct KerasArray: Sendable, Equatable {
    /// The shape.
    public var shape: [Int]
    /// The values, row-major.
    public var values: [Float]

    /// Creates an array; `values.count` must equal the product of `shape`.
    public init(shape: [Int], values: [Float]) {
        self.shape = shape
        self.values = values
    }
}

/// The weights of one layer, addressed two ways because the two file formats name them differently:
/// `.keras` archives by path under the layer's group (`vars/0`, `cell/vars/1`,
/// `_query_dense/vars/0`), legacy `.h5` files by position in the layer's `weight_names` (Keras's
/// `trainable_weights + non_trainable_weights` order).
public struct KerasWeights: Sendable {
    /// Which file format the weights came from.
    public enum Format: String, Sendable {
        /// A Keras 3 `.keras` archive (`model.weights.h5`).
        case keras
        /// A legacy `.h5` file (`model_weights` group).
        case legacyH5
    }

    /// The format.
    public var format: Format
    /// The weights, in file order: for `.keras`, paths relative to the layer's group (sorted as the
    /// file lists them: own `vars/N` in numeric order, then sub-objects); for `.h5`, `weight_names`
    /// entries with the layer-name prefix removed, in order.
    public var entries: [(name: String, array: KerasArray)]

    /// Creates a weight set.
    public init(format: Format, entries: [(name: String, array: KerasArray)]) {
        self.format = format
        self.entries = entries
    }

    /// No weights.
    public static func empty(_ format: Format) -> KerasWeights { KerasWeights(format: format, entries: []) }

    /// The weight at `kerasPath` in a `.keras` file, or at position `legacyIndex` in a legacy file.
    public func array(kerasPath: String, legacyIndex: Int, layer: String) throws(KerasImportError) -> KerasArray {
        switch format {
        case .keras:
            if let entry = entries.first(where: { $0.name == kerasPath }) { return entry.array }
            throw KerasImportError(.notFound, "weight `\(kerasPath)` is missing", location: "layer \(layer)")
        case .legacyH5:
            if legacyIndex >= 0, legacyIndex < entries.count { return entries[legacyIndex].array }
            throw KerasImportError(
                .notFound, "weight #\(legacyIndex) is missing (the layer has \(entries.count))",
                location: "layer \(layer)")
        }
    }
}
