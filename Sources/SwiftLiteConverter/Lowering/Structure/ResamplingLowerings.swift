import KerasModel
import SwiftLiteSchema

/// Keras spatial padding, cropping and upsampling: ZeroPadding1D/2D (PAD), Cropping1D/2D
/// (STRIDED_SLICE with masks, so a resized batch still slices right), UpSampling1D (EXPAND_DIMS +
/// TILE + RESHAPE, an exact repeat) and UpSampling2D (RESIZE_NEAREST_NEIGHBOR, or RESIZE_BILINEAR
/// with half-pixel centers as `tf.image.resize` uses).
enum ResamplingLowerings {
    /// The resampling lowerings by class name.
    static let lowerings: [String: LayerLowering] = [
        "ZeroPadding1D": zeroPadding(spatial: 1),
        "ZeroPadding2D": zeroPadding(spatial: 2),
        "Cropping1D": cropping(spatial: 1),
        "Cropping2D": cropping(spatial: 2),
        "UpSampling1D": upSampling1D,
        "UpSampling2D": upSampling2D,
    ]

    /// The input's spatial axes for a layer with `spatial` spatial dimensions and an optional
    /// `data_format`, after checking the input rank.
    static func spatialAxes(
        _ layer: KerasLayer, rank: Int, spatial: Int, hasDataFormat: Bool
    ) throws(ConversionError) -> [Int] {
        guard rank == spatial + 2 else {
            throw ConversionError(.unsupported, "input of rank \(rank) (rank \(spatial + 2) needed)", layer: layer)
        }
        let channelsFirst = hasDataFormat ? try StructureConfig.channelsFirst(layer) : false
        let first = channelsFirst ? 2 : 1
        return Array(first..<(first + spatial))
    }

    /// ZeroPadding1D/2D: PAD of the spatial axes.
    static func zeroPadding(spatial: Int) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            let x = try context.singleInput(of: node)
            let rank = context.graph[x].shape.count
            let axes = try spatialAxes(layer, rank: rank, spatial: spatial, hasDataFormat: true)
            let pairs = try StructureConfig.pairs(layer, "padding", spatial: spatial)
            var paddings = Array(repeating: (0, 0), count: rank)
            for (axis, pair) in zip(axes, pairs) { paddings[axis] = pair }
            return [StructureOps.pad(&context, x, paddings: paddings, name: layer.name, origin: layer.name)]
        }
    }

    /// Cropping1D/2D: STRIDED_SLICE of the spatial axes.
    static func cropping(spatial: Int) -> LayerLowering {
        { node, context throws(ConversionError) in
            let layer = node.layer
            let x = try context.singleInput(of: node)
            let shape = context.graph[x].shape
            let axes = try spatialAxes(layer, rank: shape.count, spatial: spatial, hasDataFormat: spatial > 1)
            let pairs = try StructureConfig.pairs(layer, "cropping", spatial: spatial)
            var crop = Array(repeating: (0, 0), count: shape.count)
            for (axis, pair) in zip(axes, pairs) {
                if shape[axis] >= 0, pair.0 + pair.1 >= shape[axis] {
                    throw ConversionError(.invalidModel, "cropping \(pair) leaves nothing of dimension \(shape[axis])", layer: layer)
                }
                crop[axis] = pair
            }
            return [StructureOps.crop(&context, x, crop: crop, name: layer.name, origin: layer.name)]
        }
    }

    /// UpSampling1D: each step repeated `size` times — [b, s, c] → [b, s, 1, c] → TILE → [b, s, n, c]
    /// → RESHAPE [b, s·n, c]; with unknown steps, [b, s, 1, c] → RESIZE_NEAREST_NEIGHBOR to
    /// [s·n, 1] (sized at run time) → SQUEEZE.
    static let upSampling1D: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        guard shape.count == 3 else {
            throw ConversionError(.unsupported, "input of rank \(shape.count) (rank 3 needed)", layer: layer)
        }
        let size = try StructureConfig.int(layer, "size", default: 2)
        guard size >= 1 else { throw ConversionError(.unsupported, "size=\(size) is not supported", layer: layer) }
        if size == 1 { return [x] }
        let expanded = StructureOps.expandDims(&context, x, axis: 2, name: "\(layer.name)/expand", origin: layer.name)
        guard shape[1] >= 0, shape[2] >= 0 else {
            // Unknown steps: a nearest-neighbour resize of [b, s, 1, c] to [s·n, 1] is the same repeat.
            let size = try StructureOps.scaledSpatialSize(&context, expanded, factors: [size, 1], name: layer.name, origin: layer.name)
            let resized = StructureOps.resize(
                &context, .resizeNearestNeighbor, expanded, size: size, outHW: (-1, 1), halfPixelCenters: false,
                name: "\(layer.name)/resized", origin: layer.name)
            return [StructureOps.squeeze(&context, resized, axes: [2], name: layer.name, origin: layer.name)]
        }
        let target = [shape[0], shape[1] * size, shape[2]]
        let tiled = StructureOps.tile(&context, expanded, multiples: [1, 1, size, 1], name: "\(layer.name)/tile", origin: layer.name)
        return [context.reshape(tiled, to: target, name: layer.name, origin: layer.name)]
    }

    /// UpSampling2D: RESIZE_NEAREST_NEIGHBOR (`nearest`, an exact repeat) or RESIZE_BILINEAR
    /// (`bilinear`, half-pixel centers) to the scaled size; `channels_first` inputs are transposed to
    /// NHWC and back. Unknown spatial sizes are computed at run time from SHAPE.
    static let upSampling2D: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        var x = try context.singleInput(of: node)
        guard context.graph[x].shape.count == 4 else {
            throw ConversionError(.unsupported, "input of rank \(context.graph[x].shape.count) (rank 4 needed)", layer: layer)
        }
        let factors = try StructureConfig.intList(layer, "size", count: 2)
        guard factors.allSatisfy({ $0 >= 1 }) else {
            throw ConversionError(.unsupported, "size=\(factors) is not supported", layer: layer)
        }
        let interpolation = try StructureConfig.string(layer, "interpolation", default: "nearest")
        let opcode: BuiltinOperator
        switch interpolation {
        case "nearest": opcode = .resizeNearestNeighbor
        case "bilinear": opcode = .resizeBilinear
        default: throw ConversionError(.unsupported, "interpolation=\(interpolation) is not supported (nearest, bilinear)", layer: layer)
        }
        let channelsFirst = try StructureConfig.channelsFirst(layer)
        let name = layer.name
        if channelsFirst {
            x = context.transpose(x, permutation: [0, 2, 3, 1], name: "\(name)/nhwc", origin: name)
        }
        let shape = context.graph[x].shape
        let outHW = (shape[1] >= 0 ? shape[1] * factors[0] : -1, shape[2] >= 0 ? shape[2] * factors[1] : -1)
        let size: TensorID
        if outHW.0 >= 0, outHW.1 >= 0 {
            size = context.int32Constant(name: "\(name)/size", shape: [2], values: [Int32(outHW.0), Int32(outHW.1)])
        } else {
            size = try StructureOps.scaledSpatialSize(&context, x, factors: factors, name: name, origin: name)
        }
        let resized = StructureOps.resize(
            &context, opcode, x, size: size, outHW: outHW, halfPixelCenters: opcode == .resizeBilinear,
            name: channelsFirst ? "\(name)/resized" : name, origin: name)
        if channelsFirst {
            return [context.transpose(resized, permutation: [0, 3, 1, 2], name: name, origin: name)]
        }
        return [resized]
    }
}
