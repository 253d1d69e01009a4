import HDF5

/// Attaches the weights of a legacy `.h5` file (`model_weights` group) to a ``ModelSpec`` tree.
///
/// Each top-level layer has a group named after it whose `weight_names` attribute lists its
/// datasets in Keras's `trainable_weights + non_trainable_weights` order (`dense/kernel:0` from
/// Keras 2, `dense/kernel` from Keras 3). A nested model's group lists the weights of all its inner
/// layers (`inner/dense/kernel` from Keras 3, `dense/kernel:0` from Keras 2); each is given to the
/// inner layer its name designates, keeping the listed order.
enum LegacyWeights {
    /// Fills in the weights of every layer of `model` from the group `weights` (`model_weights`).
    static func attach(_ model: ModelSpec, weights: HDF5Group) throws(KerasImportError) {
        let listed = try hdf5("model_weights") { try weights.attributes }
        let layerNames = try stringList(listed, key: "layer_names", location: "model_weights").map(Set.init)
        for index in model.layers.indices {
            let layer = model.layers[index]
            let location = "layer \(layer.name)"
            guard let group = try layerGroup(layer.name, in: weights, listed: layerNames, location: location) else { continue }
            let names = try weightNames(group, location: location)
            var arrays: [(String, KerasArray)] = []
            for name in names {
                let dataset = try hdf5("\(location), weight \(name)") { try group.dataset(name) }
                arrays.append((name, try readArray(dataset, location: "\(location), weight \(name)")))
            }
            if let nested = layer.nested {
                try distribute(arrays, over: nested, location: location)
            } else {
                model.layers[index].weights = KerasWeights(
                    format: .legacyH5, entries: arrays.map { (name: strip($0.0, prefix: layer.name), array: $0.1) })
            }
        }
        setFormat(model)
    }

    /// The group of the layer called `name`, `nil` when the file has none. h5py reads a `/` in a
    /// name as a path separator, so the group of `Conv/BatchNorm` is `BatchNorm` inside `Conv` (which
    /// may itself be another layer's group): the name is looked up as a path. When the
    /// `layer_names` attribute is present, only the layers it lists are looked up.
    static func layerGroup(
        _ name: String, in weights: HDF5Group, listed: Set<String>?, location: String
    ) throws(KerasImportError) -> HDF5Group? {
        if let listed, !listed.contains(name) { return nil }
        let object: HDF5Object
        do {
            object = try weights.object(at: name)
        } catch let error as HDF5Error where error.kind == .notFound {
            return nil
        } catch {
            return try hdf5(location) { throw error }
        }
        guard case .group(let group) = object else {
            throw KerasImportError(.malformed, "the weights of layer `\(name)` are not an HDF5 group", location: location)
        }
        return group
    }

    /// Marks every layer's weights as legacy (layers without a group get empty legacy weights).
    private static func setFormat(_ model: ModelSpec) {
        for index in model.layers.indices {
            model.layers[index].weights.format = .legacyH5
            if let nested = model.layers[index].nested { setFormat(nested) }
        }
    }

    /// `name` without a leading `prefix/`.
    static func strip(_ name: String, prefix: String) -> String {
        name.hasPrefix(prefix + "/") ? String(name.dropFirst(prefix.count + 1)) : name
    }

    /// The `weight_names` attribute (Keras splits long ones into `weight_names0`, `weight_names1`, ...).
    static func weightNames(_ group: HDF5Group, location: String) throws(KerasImportError) -> [String] {
        let attributes = try hdf5(location) { try group.attributes }
        return try stringList(attributes, key: "weight_names", location: location) ?? []
    }

    /// A string-list attribute, possibly chunked; `nil` when absent. An empty numeric array (what
    /// h5py writes for an empty list) is an empty list.
    static func stringList(_ attributes: [String: HDF5Value], key: String, location: String) throws(KerasImportError) -> [String]? {
        func decode(_ value: HDF5Value) throws(KerasImportError) -> [String] {
            if let strings = value.stringArray { return strings }
            if value.shape.reduce(1, *) == 0 { return [] }
            throw KerasImportError(.malformed, "attribute `\(key)` is not a list of strings", location: location)
        }
        if let value = attributes[key] { return try decode(value) }
        guard attributes[key + "0"] != nil else { return nil }
        var result: [String] = []
        var chunk = 0
        while let value = attributes["\(key)\(chunk)"] {
            result += try decode(value)
            chunk += 1
        }
        return result
    }

    /// Gives each weight of a nested model to the inner layer its name designates.
    private static func distribute(_ arrays: [(String, KerasArray)], over model: ModelSpec, location: String) throws(KerasImportError) {
        var buckets: [ObjectIdentifier: [Int: [(name: String, array: KerasArray)]]] = [:]
        for (name, array) in arrays {
            guard let (owner, index, rest) = owner(of: name, in: model) else {
                throw KerasImportError(.notFound, "weight `\(name)` names no layer of nested model `\(model.name)`", location: location)
            }
            buckets[ObjectIdentifier(owner), default: [:]][index, default: []].append((name: rest, array: array))
        }
        func apply(_ model: ModelSpec) {
            for index in model.layers.indices {
                if let nested = model.layers[index].nested {
                    apply(nested)
                } else if let entries = buckets[ObjectIdentifier(model)]?[index] {
                    model.layers[index].weights = KerasWeights(format: .legacyH5, entries: entries)
                }
            }
        }
        apply(model)
    }

    /// The (model, layer index, remaining name) a nested weight name designates: leading components
    /// naming the model or a nested model are followed; otherwise the first component names a layer
    /// of this model or, failing that, the only layer of that name at any depth.
    private static func owner(of name: String, in model: ModelSpec) -> (ModelSpec, Int, String)? {
        var parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var current = model
        if parts.count > 1, parts[0] == current.name, !current.layers.contains(where: { $0.name == parts[0] }) {
            parts.removeFirst()
        }
        while parts.count > 1 {
            if let index = current.layers.firstIndex(where: { $0.name == parts[0] }) {
                if let nested = current.layers[index].nested {
                    current = nested
                    parts.removeFirst()
                    continue
                }
                return (current, index, parts.dropFirst().joined(separator: "/"))
            }
            var matches: [(ModelSpec, Int)] = []
            func search(_ model: ModelSpec) {
                for (index, layer) in model.layers.enumerated() {
                    if let nested = layer.nested { search(nested) } else if layer.name == parts[0] { matches.append((model, index)) }
                }
            }
            search(current)
            guard matches.count == 1 else { return nil }
            return (matches[0].0, matches[0].1, parts.dropFirst().joined(separator: "/"))
        }
        return nil
    }
}
