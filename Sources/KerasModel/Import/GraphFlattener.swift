import SwiftLiteSchema

/// Flattens a ``ModelSpec`` tree into a ``KerasGraph``: resolves `keras_history` references,
/// orders calls topologically (rejecting cycles), and inlines nested models once per call. Layer
/// ids are paths from the root (`inner/dense`), so a layer reached through several calls keeps one id.
struct GraphFlattener {
    let limits: KerasImportLimits
    private(set) var nodes: [KerasNode] = []
    private(set) var inputs: [KerasGraphInput] = []
    /// Shapes/dtypes recorded by consumers for each produced tensor.
    private var specs: [KerasTensorRef: KerasTensorSpec] = [:]
    /// The highest output index referenced for each node.
    private var maxOutput: [Int: Int] = [:]

    init(limits: KerasImportLimits) {
        self.limits = limits
    }

    /// Flattens `root` into a graph.
    static func flatten(_ root: ModelSpec, limits: KerasImportLimits) throws(KerasImportError) -> KerasGraph {
        var flattener = GraphFlattener(limits: limits)
        let outputs: [KerasTensorRef]
        let names: [String]
        switch root.kind {
        case .functional:
            outputs = try flattener.expandFunctional(root, prefix: "", bindings: nil, depth: 0)
            names = root.outputs.refs.map(\.layer)
        case .sequential:
            guard let input = root.sequentialInput else {
                throw KerasImportError(
                    .unsupported, "the Sequential model saves no input shape (it was never built)",
                    location: "model `\(root.name)`")
            }
            flattener.inputs = [input]
            outputs = try flattener.expandSequential(root, prefix: "", input: KerasGraph.inputRef(0), depth: 0)
            names = [root.layers.last(where: { !$0.isInputLayer })?.name ?? input.name]
        }
        flattener.finishSpecs()
        return KerasGraph(
            name: root.name, inputs: flattener.inputs, nodes: flattener.nodes,
            outputs: zip(names, outputs).map { (name: $0.0, tensor: $0.1) })
    }

    private mutating func finishSpecs() {
        for index in nodes.indices {
            let count = (maxOutput[index] ?? 0) + 1
            nodes[index].outputSpecs = (0..<count).map { specs[KerasTensorRef(node: index, output: $0)] }
        }
    }

    /// Appends a node for a call of `layer`.
    private mutating func appendNode(_ layer: LayerSpec, id: String, args: [KerasArgument], kwargs: [(String, KerasArgument)], location: String) throws(KerasImportError) -> Int {
        guard nodes.count < limits.maxNodes else {
            throw KerasImportError(.limitExceeded, "the flattened graph exceeds \(limits.maxNodes) nodes", location: location)
        }
        let kerasLayer = KerasLayer(
            id: id, name: layer.name, className: layer.className, module: layer.module, config: layer.config,
            weights: layer.weights)
        nodes.append(KerasNode(layer: kerasLayer, args: args, kwargs: kwargs, outputSpecs: []))
        return nodes.count - 1
    }

    // MARK: - Sequential

    private mutating func expandSequential(_ model: ModelSpec, prefix: String, input: KerasTensorRef, depth: Int) throws(KerasImportError) -> [KerasTensorRef] {
        var current = input
        for layer in model.layers where !layer.isInputLayer {
            let location = "layer `\(prefix + layer.name)`"
            if let nested = layer.nested {
                let outputs = try expandModel(nested, prefix: prefix + layer.name + "/", bindings: [current], depth: depth + 1, location: location)
                guard outputs.count == 1 else {
                    throw KerasImportError(.unsupported, "a model with \(outputs.count) outputs inside a Sequential model", location: location)
                }
                current = outputs[0]
            } else {
                let node = try appendNode(layer, id: prefix + layer.name, args: [.tensor(current)], kwargs: [], location: location)
                current = KerasTensorRef(node: node, output: 0)
            }
        }
        return [current]
    }

    private mutating func expandModel(_ model: ModelSpec, prefix: String, bindings: [KerasTensorRef], depth: Int, location: String) throws(KerasImportError) -> [KerasTensorRef] {
        guard depth <= limits.maxNestingDepth else {
            throw KerasImportError(.limitExceeded, "models nested deeper than \(limits.maxNestingDepth)", location: location)
        }
        switch model.kind {
        case .functional:
            return try expandFunctional(model, prefix: prefix, bindings: bindings, depth: depth)
        case .sequential:
            guard bindings.count == 1 else {
                throw KerasImportError(.malformed, "a Sequential model called with \(bindings.count) tensors", location: location)
            }
            return try expandSequential(model, prefix: prefix, input: bindings[0], depth: depth)
        }
    }

    // MARK: - Functional

    /// A call site inside one functional model: layer index and call index.
    private struct Site: Hashable {
        var layer: Int
        var call: Int
    }

    /// Expands a functional model. `bindings` are the tensors its inputs are bound to (nil at the
    /// root, where its input layers become graph inputs). Returns its flattened outputs.
    private mutating func expandFunctional(_ model: ModelSpec, prefix: String, bindings: [KerasTensorRef]?, depth: Int) throws(KerasImportError) -> [KerasTensorRef] {
        let here = prefix.isEmpty ? "model `\(model.name)`" : "model `\(prefix.dropLast())`"
        var index: [String: Int] = [:]
        for (i, layer) in model.layers.enumerated() { index[layer.name] = i }

        func lookup(_ ref: HistoryRef, _ location: String) throws(KerasImportError) -> Site {
            try Self.site(of: ref, in: model, index: index, location: location)
        }

        // Values of input layers.
        var produced: [Site: [KerasTensorRef]] = [:]
        guard !model.inputs.refs.isEmpty else {
            throw KerasImportError(.malformed, "the model has no inputs", location: here)
        }
        if let bindings, bindings.count != model.inputs.refs.count {
            throw KerasImportError(
                .malformed, "the model takes \(model.inputs.refs.count) inputs but is called with \(bindings.count)", location: here)
        }
        for (position, ref) in model.inputs.refs.enumerated() {
            let site = try lookup(ref, here)
            let spec = model.layers[site.layer]
            guard spec.isInputLayer else {
                throw KerasImportError(.unsupported, "model input `\(ref.layer)` is not an InputLayer", location: here)
            }
            guard produced[site] == nil else {
                throw KerasImportError(.malformed, "input layer `\(ref.layer)` is listed twice", location: here)
            }
            if let bindings {
                produced[site] = [bindings[position]]
            } else {
                let shape = spec.config["batch_shape"] ?? spec.config["batch_input_shape"]
                guard let shape, let dims = ConfigParser.shapeList(shape) else {
                    throw KerasImportError(.malformed, "input layer has no valid `batch_shape`", location: "layer `\(spec.name)`")
                }
                let dtype = ConfigParser.dtypeName(spec.config["dtype"]) ?? "float32"
                inputs.append(KerasGraphInput(name: spec.name, spec: KerasTensorSpec(shape: dims, dtype: dtype)))
                produced[site] = [KerasGraph.inputRef(inputs.count - 1)]
            }
        }

        // Topological order of every saved call (depth-first post-order, iterative, cycle-checked).
        var order: [Site] = []
        var state: [Site: Bool] = [:]  // false: on the stack, true: done
        for (layerIndex, layer) in model.layers.enumerated() where !layer.isInputLayer {
            for call in layer.calls.indices {
                let root = Site(layer: layerIndex, call: call)
                if state[root] != nil { continue }
                var stack: [(Site, [Site], Int)] = []
                state[root] = false
                stack.append((root, try dependencies(root), 0))
                while !stack.isEmpty {
                    let top = stack.count - 1
                    let (site, deps, next) = stack[top]
                    if next == deps.count {
                        state[site] = true
                        order.append(site)
                        stack.removeLast()
                        continue
                    }
                    stack[top].2 = next + 1
                    let dep = deps[next]
                    switch state[dep] {
                    case .some(true): continue
                    case .some(false):
                        throw KerasImportError(
                            .malformed, "the layer graph has a cycle through `\(model.layers[dep.layer].name)`", location: here)
                    case .none:
                        state[dep] = false
                        stack.append((dep, try dependencies(dep), 0))
                    }
                }
            }
        }

        func dependencies(_ site: Site) throws(KerasImportError) -> [Site] {
            let layer = model.layers[site.layer]
            var result: [Site] = []
            for ref in layer.calls[site.call].histories {
                let producer = try lookup(ref, "layer `\(prefix + layer.name)`")
                if model.layers[producer.layer].isInputLayer {
                    guard produced[producer] != nil else {
                        throw KerasImportError(
                            .notFound, "input layer `\(ref.layer)` is not one of the model's inputs", location: "layer `\(prefix + layer.name)`")
                    }
                    continue
                }
                result.append(producer)
            }
            return result
        }

        // Emit the calls in order.
        for site in order {
            let layer = model.layers[site.layer]
            let call = layer.calls[site.call]
            let location = "layer `\(prefix + layer.name)`"
            if let nested = layer.nested {
                let tensors = try bindArguments(call, nested: nested, model: model, index: index, produced: produced, location: location)
                produced[site] = try expandModel(nested, prefix: prefix + layer.name + "/", bindings: tensors, depth: depth + 1, location: location)
            } else {
                var args: [KerasArgument] = []
                for arg in call.args { args.append(try resolve(arg, model: model, index: index, produced: produced, location: location)) }
                var kwargs: [(String, KerasArgument)] = []
                for (key, arg) in call.kwargs { kwargs.append((key, try resolve(arg, model: model, index: index, produced: produced, location: location))) }
                let node = try appendNode(layer, id: prefix + layer.name, args: args, kwargs: kwargs, location: location)
                produced[site] = [KerasTensorRef(node: node, output: -1)]  // marker: any output index
            }
        }

        var outputs: [KerasTensorRef] = []
        for ref in model.outputs.refs {
            outputs.append(try value(of: ref, spec: nil, model: model, index: index, produced: produced, location: here))
        }
        guard !outputs.isEmpty else { throw KerasImportError(.malformed, "the model has no outputs", location: here) }
        return outputs
    }

    /// The call a saved reference designates, checked against the layer's saved calls.
    private static func site(of ref: HistoryRef, in model: ModelSpec, index: [String: Int], location: String) throws(KerasImportError) -> Site {
        guard let layer = index[ref.layer] else {
            throw KerasImportError(.notFound, "tensor \(ref) refers to a missing layer `\(ref.layer)`", location: location)
        }
        let spec = model.layers[layer]
        let calls = spec.isInputLayer ? 1 : spec.calls.count
        let call = ref.node - spec.nodeOffset
        guard call >= 0, call < calls else {
            throw KerasImportError(
                .notFound, "tensor \(ref) refers to a call of `\(ref.layer)` that is not saved (it has \(calls))", location: location)
        }
        if spec.isInputLayer, ref.tensor != 0 {
            throw KerasImportError(.notFound, "tensor \(ref) refers to output \(ref.tensor) of an input layer", location: location)
        }
        return Site(layer: layer, call: call)
    }

    /// The flat tensor for a saved reference, recording its spec.
    private mutating func value(
        of ref: HistoryRef, spec: KerasTensorSpec?, model: ModelSpec, index: [String: Int],
        produced: [Site: [KerasTensorRef]], location: String
    ) throws(KerasImportError) -> KerasTensorRef {
        let site = try Self.site(of: ref, in: model, index: index, location: location)
        guard let values = produced[site] else {
            throw KerasImportError(.notFound, "tensor \(ref) refers to a call that does not exist or is not computed", location: location)
        }
        let result: KerasTensorRef
        if values.count == 1, values[0].output == -1 {
            guard ref.tensor < limits.maxOutputsPerCall else {
                throw KerasImportError(
                    .limitExceeded, "tensor \(ref) uses output index \(ref.tensor) (limit \(limits.maxOutputsPerCall))",
                    location: location)
            }
            result = KerasTensorRef(node: values[0].node, output: ref.tensor)
            maxOutput[result.node] = max(maxOutput[result.node] ?? 0, ref.tensor)
        } else {
            guard ref.tensor < values.count else {
                throw KerasImportError(
                    .notFound, "tensor \(ref) refers to output \(ref.tensor) of a call with \(values.count) outputs", location: location)
            }
            result = values[ref.tensor]
        }
        if let spec, specs[result] == nil { specs[result] = spec }
        return result
    }

    private mutating func resolve(
        _ arg: ArgSpec, model: ModelSpec, index: [String: Int], produced: [Site: [KerasTensorRef]], location: String
    ) throws(KerasImportError) -> KerasArgument {
        switch arg {
        case .tensor(let ref, let spec):
            return .tensor(try value(of: ref, spec: spec, model: model, index: index, produced: produced, location: location))
        case .list(let items):
            var result: [KerasArgument] = []
            for item in items { result.append(try resolve(item, model: model, index: index, produced: produced, location: location)) }
            return .list(result)
        case .dict(let fields):
            // KerasArgument has no dict case: a dict holding tensors becomes a list of its values in
            // saved key order.
            var result: [KerasArgument] = []
            for (_, item) in fields { result.append(try resolve(item, model: model, index: index, produced: produced, location: location)) }
            return .list(result)
        case .value(let json):
            return .value(json)
        }
    }

    /// The tensors a nested model call binds to the nested model's inputs: the tensors of the
    /// positional arguments in order; a dict argument is matched by key when the nested model's
    /// inputs are a dict, else flattened in sorted key order.
    private mutating func bindArguments(
        _ call: CallSpec, nested: ModelSpec, model: ModelSpec, index: [String: Int], produced: [Site: [KerasTensorRef]],
        location: String
    ) throws(KerasImportError) -> [KerasTensorRef] {
        var histories: [(HistoryRef, KerasTensorSpec?)] = []
        func collect(_ arg: ArgSpec, keys: [String]?) throws(KerasImportError) {
            switch arg {
            case .tensor(let ref, let spec): histories.append((ref, spec))
            case .list(let items): for item in items { try collect(item, keys: nil) }
            case .dict(let fields):
                if let keys {
                    for key in keys {
                        guard let field = fields.first(where: { $0.0 == key }) else {
                            throw KerasImportError(.notFound, "the call passes no input `\(key)`", location: location)
                        }
                        try collect(field.1, keys: nil)
                    }
                } else {
                    for field in fields.sorted(by: { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }) {
                        try collect(field.1, keys: nil)
                    }
                }
            case .value: break
            }
        }
        for arg in call.args { try collect(arg, keys: nested.inputs.keys) }
        var result: [KerasTensorRef] = []
        for (ref, spec) in histories {
            result.append(try value(of: ref, spec: spec, model: model, index: index, produced: produced, location: location))
        }
        return result
    }
}
