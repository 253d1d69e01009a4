import HDF5

/// Attaches the weights stored in a Keras 3 `model.weights.h5` to a ``ModelSpec`` tree.
///
/// Keras's saving library stores each layer of a model under `layers/<name>`, where `<name>` is the
/// snake-case class name made unique within the list by a counter (`dense`, `dense_1`, ...), in the
/// order of `model.layers`: for a Functional model every layer, InputLayers included, operations
/// (module `keras.src.ops.*`) excluded; for a Sequential model its layers without the leading
/// InputLayer. A layer's own variables are `vars/0...`; sub-objects follow by attribute name
/// (`cell/vars/0`, `forward_layer/cell/vars/0`); nested models repeat the scheme below their group.
enum ArchiveWeights {
    /// The deepest group nesting walked below one layer.
    static let maxDepth = 32
    /// The most datasets collected for one layer.
    static let maxDatasetsPerLayer = 10_000

    /// Fills in the weights of every layer of `model` (whose group is `groupPath`, "" for the root).
    static func attach(_ model: ModelSpec, root: HDF5Group, groupPath: String) throws(KerasImportError) {
        var used: [String: Int] = [:]
        for index in model.layers.indices {
            let layer = model.layers[index]
            if layer.isOperation { continue }
            if model.kind == .sequential, index == 0, layer.isInputLayer { continue }
            let name = uniqueName(snakeCase(pythonClassNames[layer.className] ?? layer.className), &used)
            let path = groupPath.isEmpty ? "layers/\(name)" : "\(groupPath)/layers/\(name)"
            if let nested = layer.nested {
                try attach(nested, root: root, groupPath: path)
                continue
            }
            model.layers[index].weights = KerasWeights(format: .keras, entries: try entries(root: root, path: path, layer: layer.name))
        }
    }

    /// Layers whose saved `class_name` (Keras's public name) is not the Python class name, which is
    /// what names their weights group.
    static let pythonClassNames = ["GroupQueryAttention": "GroupedQueryAttention"]

    /// `saving_lib._get_unique_name`: the first use keeps the name, later ones get `_1`, `_2`, ...
    static func uniqueName(_ name: String, _ used: inout [String: Int]) -> String {
        if let count = used[name] {
            used[name] = count + 1
            return "\(name)_\(count + 1)"
        }
        used[name] = 0
        return name
    }

    /// Keras's `to_snake_case`: drop non-word characters, put `_` before each capitalized word and
    /// between a lowercase letter and a capital, then lowercase.
    static func snakeCase(_ name: String) -> String {
        let chars = Array(name.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" })
        func isUpper(_ c: Unicode.Scalar) -> Bool { c.value >= 65 && c.value <= 90 }
        func isLower(_ c: Unicode.Scalar) -> Bool { c.value >= 97 && c.value <= 122 }
        var first: [Unicode.Scalar] = []
        var i = 0
        while i < chars.count {
            if i + 2 < chars.count, isUpper(chars[i + 1]), isLower(chars[i + 2]) {
                var end = i + 3
                while end < chars.count, isLower(chars[end]) { end += 1 }
                first.append(chars[i])
                first.append("_")
                first.append(contentsOf: chars[(i + 1)..<end])
                i = end
            } else {
                first.append(chars[i])
                i += 1
            }
        }
        var second: [Unicode.Scalar] = []
        i = 0
        while i < first.count {
            if i + 1 < first.count, isLower(first[i]), isUpper(first[i + 1]) {
                second.append(contentsOf: [first[i], "_", first[i + 1]])
                i += 2
            } else {
                second.append(first[i])
                i += 1
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: second)
        return String(view).lowercased()
    }

    /// Every dataset below the layer group at `path`, named relative to it: `vars/N` first in numeric
    /// order, then sub-groups (public names before `_private` ones, as Keras visits them). A layer
    /// without a group has no weights.
    static func entries(root: HDF5Group, path: String, layer: String) throws(KerasImportError) -> [(name: String, array: KerasArray)] {
        let location = "layer \(layer) (weights group \(path))"
        let object: HDF5Object
        do {
            object = try root.object(at: path)
        } catch let error as HDF5Error where error.kind == .notFound {
            return []
        } catch {
            return try hdf5(location) { throw error }
        }
        guard case .group(let group) = object else {
            throw KerasImportError(.malformed, "the weights entry is a dataset, not a group", location: location)
        }
        var result: [(name: String, array: KerasArray)] = []
        try collect(group, relative: "", depth: 0, into: &result, location: location)
        return result
    }

    private static func collect(
        _ group: HDF5Group, relative: String, depth: Int, into result: inout [(name: String, array: KerasArray)], location: String
    ) throws(KerasImportError) {
        guard depth <= maxDepth else {
            throw KerasImportError(.limitExceeded, "weight groups nested deeper than \(maxDepth)", location: location)
        }
        let children = try hdf5(location) { try group.children }
        let ordered = children.sorted { a, b in sortKey(a.name, inVars: relative.hasSuffix("vars")) < sortKey(b.name, inVars: relative.hasSuffix("vars")) }
        for child in ordered {
            let name = relative.isEmpty ? child.name : "\(relative)/\(child.name)"
            switch child.kind {
            case .group:
                let sub = try hdf5(location) { try group.group(child.name) }
                try collect(sub, relative: name, depth: depth + 1, into: &result, location: location)
            case .dataset:
                guard result.count < maxDatasetsPerLayer else {
                    throw KerasImportError(.limitExceeded, "more than \(maxDatasetsPerLayer) weights", location: location)
                }
                let dataset = try hdf5(location) { try group.dataset(child.name) }
                result.append((name: name, array: try readArray(dataset, location: "\(location), weight \(name)")))
            default:
                continue
            }
        }
    }

    /// Orders `vars` first, numeric names numerically, `_private` names last.
    private static func sortKey(_ name: String, inVars: Bool) -> SortKey {
        if let number = Int(name), number >= 0 { return SortKey(rank: 1, number: number, name: name) }
        if name == "vars" { return SortKey(rank: 0, number: 0, name: name) }
        return SortKey(rank: name.hasPrefix("_") ? 3 : 2, number: 0, name: name)
    }

    private struct SortKey: Comparable {
        var rank: Int
        var number: Int
        var name: String

        static func < (a: SortKey, b: SortKey) -> Bool {
            (a.rank, a.number) != (b.rank, b.number) ? (a.rank, a.number) < (b.rank, b.number)
                : a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars)
        }
    }
}
