import KerasModel
import SwiftLiteSchema

/// Lowerings of the preprocessing layers that run inside a model: Rescaling (MUL, ADD),
/// Normalization (SUB, MUL — or MUL, ADD with `invert`), Resizing (RESIZE_BILINEAR /
/// RESIZE_NEAREST_NEIGHBOR with half-pixel centres, optional static crop to the aspect ratio).
enum PreprocessingLowerings {
    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = [
        "Rescaling": rescaling,
        "Normalization": normalization,
        "Resizing": ChannelsFirst.adapting(resizing),
    ]

    /// A number or (nested) list of numbers in a config, also in Keras's serialized NumPy/tensor
    /// form `{"class_name": "__numpy__", "config": {"value": ...}}`: the flat values and the shape.
    static func numbers(_ value: JSONValue, layer: KerasLayer, key: String) throws(ConversionError) -> (values: [Double], shape: [Int]) {
        if let number = value.doubleValue { return ([number], []) }
        if let inner = value["config"]?["value"] { return try numbers(inner, layer: layer, key: key) }
        guard let items = value.arrayValue else {
            throw ConversionError(.unsupported, "config `\(key)` is not a number or list of numbers", layer: layer)
        }
        var values: [Double] = []
        var innerShape: [Int]?
        for item in items {
            let part = try numbers(item, layer: layer, key: key)
            if let innerShape, innerShape != part.shape {
                throw ConversionError(.invalidModel, "config `\(key)` is a ragged list", layer: layer)
            }
            innerShape = part.shape
            values += part.values
        }
        return (values, [items.count] + (innerShape ?? []))
    }

    /// `Rescaling(scale, offset)`: `x * scale + offset`, scalars or per-channel lists (channels
    /// last); a factor of 1 or offset of 0 emits nothing.
    static func rescaling(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let scale = try numbers(layer.config["scale"] ?? .double(1), layer: layer, key: "scale")
        let offset = try numbers(layer.config["offset"] ?? .double(0), layer: layer, key: "offset")
        let skipScale = scale.values.allSatisfy { $0 == 1 }
        let skipOffset = offset.values.allSatisfy { $0 == 0 }
        var y = x
        if !skipScale {
            let constant = context.constant(
                key: "\(layer.id)/scale", name: "\(layer.name)/scale", shape: scale.shape, floats: scale.values.map { Float($0) })
            y = try context.binary(.mul, y, constant, name: skipOffset ? layer.name : "\(layer.name)/scaled", origin: layer.name)
        }
        if !skipOffset {
            let constant = context.constant(
                key: "\(layer.id)/offset", name: "\(layer.name)/offset", shape: offset.shape, floats: offset.values.map { Float($0) })
            y = try context.binary(.add, y, constant, name: layer.name, origin: layer.name)
        }
        return [y]
    }

    /// `Normalization(axis, mean, variance, invert)`: `(x - mean) / max(sqrt(var), eps)` (or
    /// `mean + x * max(sqrt(var), eps)` inverted), with mean and variance from the config or, for
    /// an adapted layer, from its weights.
    static func normalization(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        let rank = shape.count
        var keep: [Int] = []
        if let axis = layer.config["axis"] {
            let list = axis.intList() ?? (axis.intValue.map { [$0] } ?? [])
            for a in list { keep.append(try SpatialMath.axis(a, rank: rank, layer: layer)) }
        }
        keep = Array(Set(keep)).sorted()
        guard !keep.contains(0), keep.allSatisfy({ shape[$0] > 0 }) else {
            throw ConversionError(.unsupported, "Normalization keeping axes \(keep) of shape \(shape) is not supported", layer: layer)
        }
        var mean: (values: [Double], shape: [Int])
        var variance: (values: [Double], shape: [Int])
        if let configMean = layer.config["mean"], let configVariance = layer.config["variance"] {
            mean = try numbers(configMean, layer: layer, key: "mean")
            variance = try numbers(configVariance, layer: layer, key: "variance")
        } else {
            let keptShape = keep.map { shape[$0] }
            let m = try layer.weight("vars/0", 0, shape: keptShape)
            let v = try layer.weight("vars/1", 1, shape: keptShape)
            mean = (m.values.map { Double($0) }, keptShape)
            variance = (v.values.map { Double($0) }, keptShape)
        }
        let meanShape = try broadcastShape(of: mean.shape, keep: keep, rank: rank, layer: layer)
        let varianceShape = try broadcastShape(of: variance.shape, keep: keep, rank: rank, layer: layer)
        let epsilon = 1e-7  // keras.backend.epsilon()
        let deviation = variance.values.map { Float(max(Double(Float($0)).squareRoot(), epsilon)) }
        let meanTensor = context.constant(key: "\(layer.id)/mean", name: "\(layer.name)/mean", shape: meanShape, floats: mean.values.map { Float($0) })
        if try layer.bool("invert", default: false) {
            let scale = context.constant(key: "\(layer.id)/deviation", name: "\(layer.name)/deviation", shape: varianceShape, floats: deviation)
            let scaled = try context.binary(.mul, x, scale, name: "\(layer.name)/scaled", origin: layer.name)
            return [try context.binary(.add, scaled, meanTensor, name: layer.name, origin: layer.name)]
        }
        let inverse = context.constant(
            key: "\(layer.id)/inverse_deviation", name: "\(layer.name)/inverse_deviation", shape: varianceShape,
            floats: deviation.map { 1 / $0 })
        let centered = try context.binary(.sub, x, meanTensor, name: "\(layer.name)/centered", origin: layer.name)
        return [try context.binary(.mul, centered, inverse, name: layer.name, origin: layer.name)]
    }

    /// Where Keras puts a mean/variance of shape `valueShape`: its trailing dimensions on the last
    /// kept axes, trimmed of leading 1s so it broadcasts against the input.
    static func broadcastShape(of valueShape: [Int], keep: [Int], rank: Int, layer: KerasLayer) throws(ConversionError) -> [Int] {
        if valueShape.reduce(1, *) == 1 { return [] }
        guard valueShape.count <= keep.count else {
            throw ConversionError(.invalidModel, "mean/variance of shape \(valueShape) do not fit the kept axes \(keep)", layer: layer)
        }
        var expanded = [Int](repeating: 1, count: rank)
        for i in 1...valueShape.count { expanded[keep[keep.count - i]] = valueShape[valueShape.count - i] }
        guard let first = expanded.firstIndex(where: { $0 != 1 }) else { return [1] }
        return Array(expanded[first...])
    }

    /// `Resizing(height, width, interpolation, crop_to_aspect_ratio)`: bilinear or nearest with
    /// half-pixel centres (`tf.image.resize`), after a static centre crop when asked.
    static func resizing(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        try layer.requireChannelsLast()
        var x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        guard shape.count == 4 else {
            throw ConversionError(.unsupported, "Resizing needs a batch of images (rank 4), got shape \(shape)", layer: layer)
        }
        let height = try layer.int("height", default: -1)
        let width = try layer.int("width", default: -1)
        guard height > 0, width > 0 else { throw ConversionError(.invalidModel, "Resizing needs a positive height and width", layer: layer) }
        let interpolation = try layer.string("interpolation", default: "bilinear")
        let opcode: BuiltinOperator
        let options: BuiltinOptions
        switch interpolation {
        case "bilinear":
            opcode = .resizeBilinear
            var o = ResizeBilinearOptions()
            o.halfPixelCenters = true
            options = .resizeBilinearOptions(o)
        case "nearest":
            opcode = .resizeNearestNeighbor
            var o = ResizeNearestNeighborOptions()
            o.halfPixelCenters = true
            options = .resizeNearestNeighborOptions(o)
        default:
            throw ConversionError(.unsupported, "Resizing interpolation `\(interpolation)` is not supported (bilinear, nearest)", layer: layer)
        }
        if try layer.bool("antialias", default: false), shape[1] < 0 || shape[2] < 0 || height < shape[1] || width < shape[2] {
            throw ConversionError(.unsupported, "Resizing with antialias when downsampling is not supported", layer: layer)
        }
        if try layer.bool("pad_to_aspect_ratio", default: false) {
            throw ConversionError(.unsupported, "Resizing with pad_to_aspect_ratio is not supported", layer: layer)
        }
        if try layer.bool("crop_to_aspect_ratio", default: false) {
            x = try emitAspectCrop(x, height: height, width: width, layer: layer, context: &context)
        }
        let size = context.int32Constant(name: "\(layer.name)/size", shape: [2], values: [Int32(height), Int32(width)])
        return [context.graph.addOperator(
            opcode, options: options, inputs: [x, size], output: layer.name, type: context.graph[x].type,
            shape: [shape[0], height, width, shape[3]], origin: layer.name)]
    }

    /// The centred crop Keras takes before resizing with `crop_to_aspect_ratio` (computed as Keras
    /// does, in float32), as a SLICE; needs known spatial sizes.
    static func emitAspectCrop(_ x: TensorID, height: Int, width: Int, layer: KerasLayer, context: inout LoweringContext) throws(ConversionError) -> TensorID {
        let shape = context.graph[x].shape
        let inHeight = shape[1], inWidth = shape[2]
        guard inHeight > 0, inWidth > 0 else {
            throw ConversionError(.unsupported, "crop_to_aspect_ratio needs known image sizes, got shape \(shape)", layer: layer)
        }
        let cropHeight = max(min(inHeight, Int(Float(inWidth * height) / Float(width))), 1)
        let cropWidth = max(min(inWidth, Int(Float(inHeight * width) / Float(height))), 1)
        if cropHeight == inHeight, cropWidth == inWidth { return x }
        let top = Int(Float(inHeight - cropHeight) / 2)
        let left = Int(Float(inWidth - cropWidth) / 2)
        let begin = context.int32Constant(name: "\(layer.name)/crop_begin", shape: [4], values: [0, Int32(top), Int32(left), 0])
        let size = context.int32Constant(name: "\(layer.name)/crop_size", shape: [4], values: [-1, Int32(cropHeight), Int32(cropWidth), -1])
        return context.graph.addOperator(
            .slice, options: .sliceOptions(SliceOptions()), inputs: [x, begin, size], output: "\(layer.name)/crop",
            type: context.graph[x].type, shape: [shape[0], cropHeight, cropWidth, shape[3]], origin: layer.name)
    }
}
