import KerasModel
import SwiftLiteSchema

/// Keras `GetItem` (`x[:, 0]`, `x[..., 1:3]`, `x[:, None]`): one STRIDED_SLICE with begin/end masks
/// for open ends and shrink_axis_mask for integer indices, then EXPAND_DIMS for each `None`. Indices
/// must be constants saved in the call (slices, integers, `None`, `...`).
enum KerasIndexingLowering {
    /// The lowering by registry key.
    static let lowerings: [String: LayerLowering] = ["ops.GetItem": getItem]

    /// One entry of a saved index.
    enum Entry: Equatable {
        case slice(start: Int?, stop: Int?, step: Int?)
        case index(Int)
        case newAxis
        case ellipsis

        var consumesAxis: Bool {
            switch self {
            case .slice, .index: true
            case .newAxis, .ellipsis: false
            }
        }
    }

    /// Reads one saved index entry.
    static func entry(_ value: JSONValue, layer: KerasLayer) throws(ConversionError) -> Entry {
        if value.isNull { return .newAxis }
        if let index = value.intValue { return .index(index) }
        // Keras 3 writes `{"class_name": "__slice__", "config": {start, stop, step}}`; Keras 2's
        // SlicingOpLambda the bare `{start, stop, step}`.
        let isBareSlice = Set(value.keys) == ["start", "stop", "step"]
        switch isBareSlice ? "__slice__" : value["class_name"]?.stringValue {
        case "__ellipsis__": return .ellipsis
        case "__slice__":
            let config = isBareSlice ? value : value["config"]
            func bound(_ key: String) throws(ConversionError) -> Int? {
                guard let item = config?[key] else { return nil }
                guard let int = item.intValue else {
                    throw ConversionError(.unsupported, "slice \(key)=\(item.serialized()) is not an integer", layer: layer)
                }
                return int
            }
            return .slice(start: try bound("start"), stop: try bound("stop"), step: try bound("step"))
        default:
            throw ConversionError(.unsupported, "index \(value.serialized()) is not supported (slices, integers, None, ...)", layer: layer)
        }
    }

    /// The length Python gives `slice(start, stop, step)` of a dimension of `size`.
    static func sliceLength(start: Int?, stop: Int?, step: Int, size: Int) -> Int {
        func clamp(_ bound: Int?, _ fallback: Int, low: Int, high: Int) -> Int {
            guard var value = bound else { return fallback }
            if value < 0 { value += size }
            return min(max(value, low), high)
        }
        if step > 0 {
            let first = clamp(start, 0, low: 0, high: size)
            let last = clamp(stop, size, low: 0, high: size)
            return last > first ? (last - first + step - 1) / step : 0
        }
        let first = clamp(start, size - 1, low: -1, high: size - 1)
        let last = clamp(stop, -1, low: -1, high: size - 1)
        return first > last ? (first - last - step - 1) / -step : 0
    }

    /// The lowering.
    static let getItem: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let arguments = KerasOperands.arguments(of: node)
        guard arguments.count == 2, case .tensor(let ref) = arguments[0], case .value(let key) = arguments[1] else {
            throw ConversionError(.unsupported, "GetItem needs a tensor and a constant index", layer: layer)
        }
        let x = try context.tensor(ref, for: layer)
        return [try emitIndex(x, key: key, layer: layer, &context)]
    }

    /// `x[key]` for a saved index `key` (one entry or a list of them): STRIDED_SLICE, then
    /// EXPAND_DIMS per `None`. The result is named after `layer`.
    static func emitIndex(
        _ x: TensorID, key: JSONValue, layer: KerasLayer, _ context: inout LoweringContext
    ) throws(ConversionError) -> TensorID {
        let shape = context.graph[x].shape
        var entries: [Entry] = []
        if let items = key.arrayValue {
            for item in items { entries.append(try entry(item, layer: layer)) }
        } else {
            entries = [try entry(key, layer: layer)]
        }
        // Expand `...` (or the implicit trailing one) into full slices.
        let consumed = entries.filter(\.consumesAxis).count
        guard consumed <= shape.count, entries.filter({ $0 == .ellipsis }).count <= 1 else {
            throw ConversionError(.unsupported, "index \(key.serialized()) does not fit rank \(shape.count)", layer: layer)
        }
        let fill = Array(repeating: Entry.slice(start: nil, stop: nil, step: nil), count: shape.count - consumed)
        if let dots = entries.firstIndex(of: .ellipsis) {
            entries.replaceSubrange(dots...dots, with: fill)
        } else {
            entries += fill
        }

        var begin: [Int32] = [], end: [Int32] = [], strides: [Int32] = []
        var beginMask: Int32 = 0, endMask: Int32 = 0, shrinkMask: Int32 = 0
        var sliced: [Int] = []        // the STRIDED_SLICE output shape
        var newAxes: [Int] = []       // output positions of `None`
        var outputRank = 0
        var axis = 0
        for item in entries {
            switch item {
            case .newAxis:
                newAxes.append(outputRank)
                outputRank += 1
            case .index(let index):
                if shape[axis] >= 0, index >= shape[axis] || index < -shape[axis] {
                    throw ConversionError(.invalidModel, "index \(index) is out of range for dimension \(shape[axis])", layer: layer)
                }
                begin.append(Int32(index)); end.append(Int32(index == -1 ? 0 : index + 1)); strides.append(1)
                shrinkMask |= 1 << axis
                axis += 1
            case .slice(let start, let stop, let step):
                let stride = step ?? 1
                guard stride != 0 else { throw ConversionError(.invalidModel, "slice step 0", layer: layer) }
                begin.append(Int32(start ?? 0)); end.append(Int32(stop ?? 0)); strides.append(Int32(stride))
                if start == nil { beginMask |= 1 << axis }
                if stop == nil { endMask |= 1 << axis }
                sliced.append(shape[axis] < 0 ? -1 : sliceLength(start: start, stop: stop, step: stride, size: shape[axis]))
                outputRank += 1
                axis += 1
            case .ellipsis:
                break
            }
        }
        let isIdentity = shrinkMask == 0 && zip(begin, strides).allSatisfy { $0.1 == 1 } && beginMask == (1 << shape.count) - 1
            && endMask == (1 << shape.count) - 1
        var y = x
        let name = layer.name
        if !isIdentity {
            let rank = shape.count
            let beginTensor = context.int32Constant(name: "\(name)/begin", shape: [rank], values: begin)
            let endTensor = context.int32Constant(name: "\(name)/end", shape: [rank], values: end)
            let strideTensor = context.int32Constant(name: "\(name)/strides", shape: [rank], values: strides)
            var options = StridedSliceOptions()
            options.beginMask = beginMask
            options.endMask = endMask
            options.shrinkAxisMask = shrinkMask
            y = context.graph.addOperator(
                .stridedSlice, options: .stridedSliceOptions(options), inputs: [x, beginTensor, endTensor, strideTensor],
                output: newAxes.isEmpty ? name : "\(name)/slice", type: context.graph[x].type, shape: sliced, origin: name)
        }
        for (index, position) in newAxes.enumerated() {
            let stepName = index == newAxes.count - 1 ? name : "\(name)/new_axis\(index)"
            y = StructureOps.expandDims(&context, y, axis: position, name: stepName, origin: name)
        }
        return y
    }
}
