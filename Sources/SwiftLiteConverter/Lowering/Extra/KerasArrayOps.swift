import KerasModel
import SwiftLiteSchema

/// Keras array operations recorded in functional models: Slice, Take, Stack, Tile, Pad, Split,
/// Flip, Repeat, Swapaxes, Moveaxis, BroadcastTo, Triu and Tril. Index arguments must be saved
/// constants; axes count the batch dimension.
enum KerasArrayOps {
    /// The lowerings by registry key.
    static let lowerings: [String: LayerLowering] = [
        "ops.Slice": slice,
        "ops.Take": take,
        "ops.Stack": stack,
        "ops.Tile": tile,
        "ops.Pad": pad,
        "ops.Split": split,
        "ops.Flip": flip,
        "ops.Repeat": repeatOp,
        "ops.Swapaxes": swapaxes,
        "ops.Moveaxis": moveaxis,
        "ops.BroadcastTo": broadcastTo,
        "ops.Triu": triangle(upper: true),
        "ops.Tril": triangle(upper: false),
    ]

    /// The integer constant saved as positional argument `index` or keyword `key`.
    static func savedInts(_ node: KerasNode, index: Int, key: String) throws(ConversionError) -> [Int]? {
        let argument = node.kwarg(key) ?? (node.args.count > index ? node.args[index] : nil)
        guard let argument else { return node.layer.config[key]?.intList() ?? node.layer.config[key]?.intValue.map { [$0] } }
        switch argument {
        case .value(let value):
            if let single = value.intValue { return [single] }
            if let list = value.intList() { return list }
            let constant = try KerasOperands.constant(value, layer: node.layer)
            guard constant.integral else {
                throw ConversionError(.unsupported, "`\(key)` \(value.serialized()) is not integers", layer: node.layer)
            }
            return constant.values.map { Int($0) }
        case .list(let items):
            var result: [Int] = []
            for item in items {
                guard case .value(let value) = item, let int = value.intValue else {
                    throw ConversionError(.unsupported, "`\(key)` must be saved integers, not tensors", layer: node.layer)
                }
                result.append(int)
            }
            return result
        case .tensor:
            throw ConversionError(.unsupported, "`\(key)` given as a tensor is not supported (saved constants only)", layer: node.layer)
        }
    }

    /// `ops.slice(x, start_indices, shape)`: SLICE (sizes as saved, except that a slice from sample 0
    /// of a dynamic batch keeps the whole batch).
    static let slice: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasMathOps.firstTensor(node, context)
        let shape = context.graph[x].shape
        let start = try savedInts(node, index: 1, key: "start_indices")
        var size = layer.config["shape"]?.intList()
        if size == nil { size = try savedInts(node, index: 2, key: "shape") }
        guard let start, let size, start.count == shape.count, size.count == shape.count
        else {
            throw ConversionError(.unsupported, "slice needs saved start indices and a shape of rank \(shape.count)", layer: layer)
        }
        // Keras saves the batch size the model was traced with; a slice that starts at sample 0
        // keeps the whole (dynamic) batch, so the converted model still resizes.
        var sizes = size
        if shape[0] < 0, start[0] == 0 { sizes[0] = -1 }
        let begin = context.int32Constant(name: "\(layer.name)/begin", shape: [start.count], values: start.map { Int32($0) })
        let sizeTensor = context.int32Constant(name: "\(layer.name)/size", shape: [sizes.count], values: sizes.map { Int32($0) })
        let outShape = zip(shape, zip(start, sizes)).map { dim, pair in pair.1 >= 0 ? pair.1 : (dim < 0 ? -1 : dim - pair.0) }
        return [context.graph.addOperator(
            .slice, options: .sliceOptions(SliceOptions()), inputs: [x, begin, sizeTensor], output: layer.name,
            type: context.graph[x].type, shape: outShape, origin: layer.name)]
    }

    /// `ops.take(x, indices, axis)`: GATHER along `axis` (saved indices, negative ones counted from
    /// the end of a known axis; a scalar index removes the axis), or int32 index tensors.
    static let take: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let name = layer.name
        let x = try KerasMathOps.firstTensor(node, context)
        let shape = context.graph[x].shape
        let axis = try StructureConfig.singleAxis(layer, rank: shape.count)
        let argument = node.kwarg("indices") ?? (node.args.count > 1 ? node.args[1] : nil)
        var indices: TensorID
        var scalar = false
        if case .tensor(let ref)? = argument {
            indices = try context.tensor(ref, for: layer)
            guard context.graph[indices].type == .int32 else {
                throw ConversionError(.unsupported, "indices of type \(context.graph[indices].type) are not supported (int32)", layer: layer)
            }
        } else {
            guard case .value(let value)? = argument else {
                throw ConversionError(.unsupported, "take needs saved indices or an index tensor", layer: layer)
            }
            let constant = try KerasOperands.constant(value, layer: layer)
            guard constant.integral else { throw ConversionError(.unsupported, "indices must be integers", layer: layer) }
            var values: [Int32] = []
            for index in constant.values.map({ Int($0) }) {
                if index < 0 {
                    guard shape[axis] > 0 else {
                        throw ConversionError(.unsupported, "a negative index into an axis of unknown length", layer: layer)
                    }
                    values.append(Int32(index + shape[axis]))
                } else {
                    values.append(Int32(index))
                }
            }
            scalar = constant.shape.isEmpty
            indices = context.int32Constant(name: "\(name)/indices", shape: scalar ? [1] : constant.shape, values: values)
        }
        var options = GatherOptions()
        options.axis = Int32(axis)
        let indexShape = context.graph[indices].shape
        let outShape = Array(shape[..<axis]) + indexShape + Array(shape[(axis + 1)...])
        let gathered = context.graph.addOperator(
            .gather, options: .gatherOptions(options), inputs: [x, indices], output: scalar ? "\(name)/gathered" : name,
            type: context.graph[x].type, shape: outShape, origin: name)
        return [scalar ? StructureOps.squeeze(&context, gathered, axes: [axis], name: name, origin: name) : gathered]
    }

    /// `ops.stack(xs, axis)`: PACK.
    static let stack: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let refs = node.args.first?.tensors ?? []
        guard !refs.isEmpty else { throw ConversionError(.unsupported, "stack of no tensors", layer: layer) }
        var xs: [TensorID] = []
        for ref in refs { xs.append(try context.tensor(ref, for: layer)) }
        let first = context.graph[xs[0]]
        guard xs.allSatisfy({ context.graph[$0].type == first.type && context.graph[$0].shape.count == first.shape.count }) else {
            throw ConversionError(.unsupported, "stack of tensors with different types or ranks", layer: layer)
        }
        let axis = try StructureConfig.axis(try StructureConfig.int(layer, "axis", default: 0), rank: first.shape.count + 1, layer: layer)
        guard axis > 0 else { throw ConversionError(.unsupported, "stacking along the batch axis is not supported", layer: layer) }
        return [SequenceEmit.pack(&context, xs, axis: axis, name: layer.name, origin: layer.name)]
    }

    /// `ops.tile(x, repeats)`: TILE (shorter `repeats` are padded with leading ones).
    static let tile: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasMathOps.firstTensor(node, context)
        let rank = context.graph[x].shape.count
        guard var repeats = try savedInts(node, index: 1, key: "repeats"), repeats.count <= rank, repeats.allSatisfy({ $0 >= 1 }) else {
            throw ConversionError(.unsupported, "repeats must be at most \(rank) positive integers", layer: layer)
        }
        repeats = Array(repeating: 1, count: rank - repeats.count) + repeats
        return [StructureOps.tile(&context, x, multiples: repeats, name: layer.name, origin: layer.name)]
    }

    /// `ops.pad(x, pad_width, mode, constant_values)`: PAD, PADV2 (non-zero constant) or MIRROR_PAD
    /// (`reflect`, `symmetric`).
    static let pad: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let name = layer.name
        let x = try KerasMathOps.firstTensor(node, context)
        let shape = context.graph[x].shape
        let rank = shape.count
        guard let width = layer.config["pad_width"] else { throw ConversionError(.invalidModel, "pad_width is missing", layer: layer) }
        var pairs: [(Int, Int)] = []
        if let single = width.intValue {
            pairs = Array(repeating: (single, single), count: rank)
        } else if let items = width.arrayValue {
            for item in items {
                if let single = item.intValue { pairs.append((single, single)); continue }
                guard let pair = item.intList(), pair.count == 2 else { pairs = []; break }
                pairs.append((pair[0], pair[1]))
            }
            if pairs.count == 1 { pairs = Array(repeating: pairs[0], count: rank) }
        }
        guard pairs.count == rank, pairs.allSatisfy({ $0.0 >= 0 && $0.1 >= 0 }) else {
            throw ConversionError(.unsupported, "pad_width=\(width.serialized()) is not understood for rank \(rank)", layer: layer)
        }
        let table = context.int32Constant(name: "\(name)/paddings", shape: [rank, 2], values: pairs.flatMap { [Int32($0.0), Int32($0.1)] })
        let outShape = zip(shape, pairs).map { $0 < 0 ? -1 : $0 + $1.0 + $1.1 }
        let type = context.graph[x].type
        switch try StructureConfig.string(layer, "mode", default: "constant") {
        case "constant":
            var fill = 0.0
            if case .value(let value)? = node.kwarg("constant_values"), !value.isNull {
                guard let number = value.doubleValue else {
                    throw ConversionError(.unsupported, "constant_values=\(value.serialized()) is not a number", layer: layer)
                }
                fill = number
            }
            if fill == 0 { return [StructureOps.pad(&context, x, paddings: pairs, name: name, origin: name)] }
            let value = try StructureOps.constant(&context, type: type, shape: [], values: [fill], name: "\(name)/constant_values")
            return [context.graph.addOperator(
                .padv2, options: .padV2Options(PadV2Options()), inputs: [x, table, value], output: name, type: type,
                shape: outShape, origin: name)]
        case let mode where mode == "reflect" || mode == "symmetric":
            for (dim, pair) in zip(shape, pairs) where pair.0 + pair.1 > 0 {
                let limit = mode == "reflect" ? dim - 1 : dim
                guard dim > 0, pair.0 <= limit, pair.1 <= limit else {
                    throw ConversionError(.unsupported, "\(mode) padding of \(pair) needs a known axis longer than the padding", layer: layer)
                }
            }
            var options = MirrorPadOptions()
            options.mode = mode == "reflect" ? .reflect : .symmetric
            return [context.graph.addOperator(
                .mirrorPad, options: .mirrorPadOptions(options), inputs: [x, table], output: name, type: type,
                shape: outShape, origin: name)]
        case let mode:
            throw ConversionError(.unsupported, "pad mode `\(mode)` is not supported (constant, reflect, symmetric)", layer: layer)
        }
    }

    /// `ops.split(x, indices_or_sections, axis)`: SPLIT into equal sections, or SPLIT_V at the given
    /// indices (the axis length must be known).
    static let split: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let name = layer.name
        let x = try KerasMathOps.firstTensor(node, context)
        let shape = context.graph[x].shape
        let axis = try StructureConfig.axis(try StructureConfig.int(layer, "axis", default: 0), rank: shape.count, layer: layer)
        let length = shape[axis]
        guard axis > 0, length > 0 else {
            throw ConversionError(.unsupported, "split needs a non-batch axis of known length, got axis \(axis) of \(shape)", layer: layer)
        }
        guard let spec = layer.config["indices_or_sections"] else {
            throw ConversionError(.invalidModel, "indices_or_sections is missing", layer: layer)
        }
        var sizes: [Int]
        if let sections = spec.intValue {
            guard sections > 0, length % sections == 0 else {
                throw ConversionError(.invalidModel, "\(sections) sections do not divide length \(length)", layer: layer)
            }
            sizes = Array(repeating: length / sections, count: sections)
        } else if let indices = spec.intList() {
            let bounds = [0] + indices.map { min(max($0 < 0 ? $0 + length : $0, 0), length) } + [length]
            sizes = zip(bounds.dropFirst(), bounds).map { max($0 - $1, 0) }
        } else {
            throw ConversionError(.unsupported, "indices_or_sections=\(spec.serialized()) is not understood", layer: layer)
        }
        guard sizes.allSatisfy({ $0 > 0 }) else {
            throw ConversionError(.unsupported, "split into empty parts \(sizes) is not supported", layer: layer)
        }
        let type = context.graph[x].type
        let axisTensor = context.int32Constant(name: "\(name)/axis", shape: [], values: [Int32(axis)])
        let outputs = sizes.enumerated().map { index, size -> (String, TensorType, [Int]) in
            var part = shape
            part[axis] = size
            return (index == 0 ? name : "\(name)_\(index)", type, part)
        }
        if Set(sizes).count == 1 {
            var options = SplitOptions()
            options.numSplits = Int32(sizes.count)
            return context.graph.addOperator(.split, options: .splitOptions(options), inputs: [axisTensor, x], outputs: outputs, origin: name)
        }
        var options = SplitVOptions()
        options.numSplits = Int32(sizes.count)
        let sizeTensor = context.int32Constant(name: "\(name)/sizes", shape: [sizes.count], values: sizes.map { Int32($0) })
        return context.graph.addOperator(.splitV, options: .splitVOptions(options), inputs: [x, sizeTensor, axisTensor], outputs: outputs, origin: name)
    }

    /// `ops.flip(x, axis)`: one REVERSE_V2 per axis (all axes when `axis` is null).
    static let flip: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        var x = try KerasMathOps.firstTensor(node, context)
        let rank = context.graph[x].shape.count
        let given = try StructureConfig.axes(layer, "axis") ?? Array(0..<rank)
        let axes = Array(Set(try StructureConfig.axes(given, rank: rank, layer: layer))).sorted()
        guard !axes.isEmpty else { return [x] }
        for (index, axis) in axes.enumerated() {
            let name = index == axes.count - 1 ? layer.name : "\(layer.name)/flip\(axis)"
            x = SequenceEmit.reverse(&context, x, axis: axis, name: name, origin: layer.name)
        }
        return [x]
    }

    /// `ops.repeat(x, repeats, axis)` along a non-batch axis of known length: a GATHER of each index
    /// repeated (`repeats` one count, or one per element).
    static let repeatOp: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasMathOps.firstTensor(node, context)
        let shape = context.graph[x].shape
        let axis = try StructureConfig.singleAxis(layer, rank: shape.count)
        let length = shape[axis]
        guard axis > 0, length > 0, let repeats = try savedInts(node, index: 1, key: "repeats"),
              repeats.count == 1 || repeats.count == length, repeats.allSatisfy({ $0 >= 0 })
        else {
            throw ConversionError(.unsupported, "repeat needs saved repeats and a non-batch axis of known length", layer: layer)
        }
        var indices: [Int32] = []
        for index in 0..<length {
            let count = repeats.count == 1 ? repeats[0] : repeats[index]
            indices += Array(repeating: Int32(index), count: count)
        }
        guard !indices.isEmpty else { throw ConversionError(.unsupported, "repeat to an empty axis", layer: layer) }
        let table = context.int32Constant(name: "\(layer.name)/indices", shape: [indices.count], values: indices)
        var options = GatherOptions()
        options.axis = Int32(axis)
        var outShape = shape
        outShape[axis] = indices.count
        return [context.graph.addOperator(
            .gather, options: .gatherOptions(options), inputs: [x, table], output: layer.name, type: context.graph[x].type,
            shape: outShape, origin: layer.name)]
    }

    /// `ops.swapaxes(x, axis1, axis2)`: TRANSPOSE.
    static let swapaxes: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasMathOps.firstTensor(node, context)
        let rank = context.graph[x].shape.count
        let a = try StructureConfig.axis(try StructureConfig.int(layer, "axis1"), rank: rank, layer: layer)
        let b = try StructureConfig.axis(try StructureConfig.int(layer, "axis2"), rank: rank, layer: layer)
        var permutation = Array(0..<rank)
        permutation.swapAt(a, b)
        return [try transposeChecked(&context, x, permutation, layer: layer)]
    }

    /// `ops.moveaxis(x, source, destination)`: TRANSPOSE.
    static let moveaxis: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasMathOps.firstTensor(node, context)
        let rank = context.graph[x].shape.count
        guard let sources = try StructureConfig.axes(layer, "source"), let destinations = try StructureConfig.axes(layer, "destination"),
              sources.count == destinations.count
        else {
            throw ConversionError(.unsupported, "source and destination must be axes of the same count", layer: layer)
        }
        let from = try StructureConfig.axes(sources, rank: rank, layer: layer)
        let to = try StructureConfig.axes(destinations, rank: rank, layer: layer)
        // NumPy: the remaining axes keep their order and fill the free destinations.
        var rest = (0..<rank).filter { !from.contains($0) }.makeIterator()
        var permutation = [Int](repeating: -1, count: rank)
        for (source, destination) in zip(from, to) { permutation[destination] = source }
        for index in 0..<rank where permutation[index] < 0 { permutation[index] = rest.next() ?? 0 }
        return [try transposeChecked(&context, x, permutation, layer: layer)]
    }

    /// TRANSPOSE by `permutation`, refused when it moves the batch axis.
    static func transposeChecked(_ context: inout LoweringContext, _ x: TensorID, _ permutation: [Int], layer: KerasLayer) throws(ConversionError) -> TensorID {
        guard Set(permutation).count == permutation.count, permutation.first == 0 else {
            throw ConversionError(.unsupported, "moving the batch axis (permutation \(permutation)) is not supported", layer: layer)
        }
        return context.transpose(x, permutation: permutation, name: layer.name, origin: layer.name)
    }

    /// `ops.broadcast_to(x, shape)`: BROADCAST_TO to the saved shape, with the input's batch when it
    /// is dynamic.
    static let broadcastTo: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try KerasMathOps.firstTensor(node, context)
        guard let target = layer.config["shape"]?.intList(), target.allSatisfy({ $0 >= 0 }),
              LoweringContext.broadcastShape(context.graph[x].shape, target) != nil
        else {
            throw ConversionError(.unsupported, "broadcast_to needs a saved shape the input broadcasts to", layer: layer)
        }
        // Keras saves the traced batch size; with a dynamic batch the input's own batch is kept.
        if context.graph[x].shape.first == -1 {
            let rest = Array(target.dropFirst())
            let shape = context.emitOutputShape(batchOf: x, rest: rest, name: "\(layer.name)/shape", origin: layer.name)
            return [context.graph.addOperator(
                .broadcastTo, inputs: [x, shape], output: layer.name, type: context.graph[x].type, shape: [-1] + rest, origin: layer.name)]
        }
        let shape = context.int32Constant(name: "\(layer.name)/shape", shape: [target.count], values: target.map { Int32($0) })
        return [context.graph.addOperator(
            .broadcastTo, inputs: [x, shape], output: layer.name, type: context.graph[x].type, shape: target, origin: layer.name)]
    }

    /// `ops.triu` / `ops.tril(x, k)` on the last two axes (known sizes): SELECT_V2 against a constant
    /// mask (elements outside the triangle become 0, as Keras's `where` gives them).
    static func triangle(upper: Bool) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            let name = layer.name
            let x = try KerasMathOps.firstTensor(node, context)
            let shape = context.graph[x].shape
            guard shape.count >= 3, let columns = shape.last, columns > 0, shape[shape.count - 2] > 0 else {
                throw ConversionError(.unsupported, "triu/tril needs known sizes of the last two axes, got \(shape)", layer: layer)
            }
            let rows = shape[shape.count - 2]
            let k = try StructureConfig.int(layer, "k", default: 0)
            var mask = [Float](repeating: 0, count: rows * columns)
            for i in 0..<rows {
                for j in 0..<columns where upper ? (j - i >= k) : (j - i <= k) { mask[i * columns + j] = 1 }
            }
            let maskTensor = context.constant(key: "triangle:\(rows)x\(columns):\(mask)", name: "\(name)/mask", shape: [rows, columns], floats: mask)
            let keep = try context.emitGreater(maskTensor, context.scalar(0.5, name: "\(name)/half"), name: "\(name)/keep", origin: name)
            let zero = try StructureOps.constant(&context, type: context.graph[x].type, shape: [], values: [0], name: "\(name)/zero")
            return [try context.emitSelect(keep, x, zero, name: name, origin: name)]
        }
    }
}
