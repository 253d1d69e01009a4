import KerasModel
import SwiftLiteSchema

/// Image preprocessing layers at inference: the random augmentations, which Keras skips outside
/// training (identity), `CenterCrop` (a centred SLICE, or Keras's crop-and-resize when the image is
/// smaller than the target) and `AutoContrast` (per-image, per-channel min/max stretch).
enum ImagePreprocessingLowerings {
    /// The augmentation layers that return their input unchanged when not training (Keras 3 and
    /// tf-keras names).
    static let inferenceIdentities: [String] = [
        "RandomFlip", "RandomRotation", "RandomZoom", "RandomContrast", "RandomTranslation", "RandomBrightness",
        "RandomCrop", "RandomHeight", "RandomWidth", "RandomShear", "RandomHue", "RandomSaturation",
        "RandomGrayscale", "RandomColorDegeneration", "RandomColorJitter", "RandomSharpness", "RandomPosterization",
        "RandomInvert", "RandomErasing", "RandomGaussianBlur", "RandomPerspective", "RandomElasticTransform",
        "Solarization", "AugMix", "RandAugment", "MixUp", "CutMix",
    ]

    /// Class name → lowering.
    static let lowerings: [String: LayerLowering] = {
        var table: [String: LayerLowering] = ["CenterCrop": ChannelsFirst.adapting(centerCrop), "AutoContrast": autoContrast]
        for name in inferenceIdentities { table[name] = inferenceIdentity }
        return table
    }()

    /// The input itself. A `training=True` saved in the call (Keras records the default of these
    /// layers' `call`) does not matter: `predict` passes `training=False` to every layer.
    static let inferenceIdentity: LayerLowering = { node, context throws(ConversionError) in
        let inputs = try context.inputTensors(of: node)
        guard inputs.count == 1 else {
            throw ConversionError(.unsupported, "augmentation of \(inputs.count) tensors (dict inputs, boxes) is not supported", layer: node.layer)
        }
        return inputs
    }

    /// `CenterCrop(height, width)` on `[N, H, W, C]` with known H, W: the centred window when the
    /// image is at least the target size, otherwise Keras's `smart_resize` (the largest centred
    /// window of the target's aspect ratio, resized bilinearly), which is `Resizing` with
    /// `crop_to_aspect_ratio`.
    static func centerCrop(_ node: KerasNode, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        guard shape.count == 4, shape[1] > 0, shape[2] > 0 else {
            throw ConversionError(.unsupported, "CenterCrop needs a batch of images with known sizes, got \(shape)", layer: layer)
        }
        let height = try layer.int("height", default: -1)
        let width = try layer.int("width", default: -1)
        guard height > 0, width > 0 else {
            throw ConversionError(.invalidModel, "CenterCrop needs a positive height and width", layer: layer)
        }
        if shape[1] == height, shape[2] == width { return [x] }
        if shape[1] >= height, shape[2] >= width {
            let top = (shape[1] - height) / 2, left = (shape[2] - width) / 2
            let begin = context.int32Constant(name: "\(layer.name)/begin", shape: [4], values: [0, Int32(top), Int32(left), 0])
            let size = context.int32Constant(name: "\(layer.name)/size", shape: [4], values: [-1, Int32(height), Int32(width), -1])
            return [context.graph.addOperator(
                .slice, options: .sliceOptions(SliceOptions()), inputs: [x, begin, size], output: layer.name,
                type: context.graph[x].type, shape: [shape[0], height, width, shape[3]], origin: layer.name)]
        }
        var resize = node
        resize.layer.config = .object([
            ("name", .string(layer.name)), ("height", .int(height)), ("width", .int(width)),
            ("interpolation", .string("bilinear")), ("crop_to_aspect_ratio", .bool(true)),
        ])
        return try PreprocessingLowerings.resizing(resize, &context)
    }

    /// `AutoContrast(value_range=(lo, hi))`: `(x - min) · (hi - lo) / (max - min) + lo` with min and
    /// max per image and channel over axes 1 and 2 (as Keras takes them), and `x` itself where
    /// max = min (Keras's NaN fallback).
    static let autoContrast: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try context.singleInput(of: node)
        try StructureConfig.requireFloat(context, x, layer: layer)
        let shape = context.graph[x].shape
        guard shape.count == 4 else {
            throw ConversionError(.unsupported, "AutoContrast needs a batch of images (rank 4), got \(shape)", layer: layer)
        }
        var low = 0.0, high = 255.0
        if let range = layer.config["value_range"]?.arrayValue {
            let bounds = range.compactMap(\.doubleValue).sorted()
            guard bounds.count == 2, range.count == 2 else {
                throw ConversionError(.unsupported, "value_range=\(JSONValue.array(range).serialized()) is not two numbers", layer: layer)
            }
            low = bounds[0]
            high = bounds[1]
        }
        let name = layer.name
        let minimum = StructureOps.reduce(&context, .reduceMin, x, axes: [1, 2], keepDims: true, name: "\(name)/min", origin: name)
        let maximum = StructureOps.reduce(&context, .reduceMax, x, axes: [1, 2], keepDims: true, name: "\(name)/max", origin: name)
        let spread = try context.binary(.sub, maximum, minimum, name: "\(name)/spread", origin: name)
        let shifted = try context.binary(.sub, x, minimum, name: "\(name)/shifted", origin: name)
        let unit = try context.binary(.div, shifted, spread, name: "\(name)/unit", origin: name)
        let scaled = try context.binary(.mul, unit, context.scalar(Float(high - low), name: "\(name)/range"), name: "\(name)/scaled", origin: name)
        let stretched = try context.binary(.add, scaled, context.scalar(Float(low), name: "\(name)/low"), name: "\(name)/stretched", origin: name)
        let varies = try context.emitGreater(spread, context.scalar(0, name: "\(name)/zero"), name: "\(name)/varies", origin: name)
        return [try context.emitSelect(varies, stretched, x, name: name, origin: name)]
    }
}
