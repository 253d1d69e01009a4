import KerasModel
import SwiftLiteSchema

/// More TF functions seen in tf-keras models: `tf.shape` (whose entries feed `tf.reshape` with a
/// dynamic shape), `tf.pad`, `tf.tile` and `tf.image.resize`.
enum TFArrayFunctions {
    /// The functions by name (without `tf.`).
    static let functions: [String: TFFunction] = [
        "shape": TFFunction(["input", "out_type", "name"], shape),
        "compat.v1.shape": TFFunction(["input", "name", "out_type"], shape),
        "pad": TFFunction(["tensor", "paddings", "mode", "constant_values", "name"], pad),
        "compat.v1.pad": TFFunction(["tensor", "paddings", "mode", "name", "constant_values"], pad),
        "tile": TFFunction(["input", "multiples", "name"], tile),
        "image.resize": TFFunction(["images", "size", "method", "preserve_aspect_ratio", "antialias", "name"], resize),
    ]

    /// `tf.shape(input)`: SHAPE as int32.
    static func shape(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("input", &context)
        if let type = try call.string("out_type"), type != "int32" {
            throw call.unsupported("out_type=\(type) is not supported (int32 only)")
        }
        return [StructureOps.shape(&context, x, name: call.name, origin: call.name)]
    }

    /// `tf.pad(tensor, paddings, mode, constant_values)`: PAD (zeros), PADV2 (another value) or
    /// MIRROR_PAD (REFLECT, SYMMETRIC).
    static func pad(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("tensor", &context)
        let shape = context.graph[x].shape
        guard let value = try call.value("paddings"), let rows = value.arrayValue, rows.count == shape.count else {
            throw call.unsupported("`paddings` must be a constant [rank, 2] list")
        }
        var paddings: [(Int, Int)] = []
        for row in rows {
            guard let pair = row.intList(), pair.count == 2, pair[0] >= 0, pair[1] >= 0 else {
                throw call.unsupported("paddings=\(value.serialized()) is not a list of non-negative pairs")
            }
            paddings.append((pair[0], pair[1]))
        }
        let outShape = zip(shape, paddings).map { $0 < 0 ? -1 : $0 + $1.0 + $1.1 }
        let table = context.int32Constant(name: "\(call.name)/paddings", shape: [paddings.count, 2], values: paddings.flatMap { [Int32($0.0), Int32($0.1)] })
        let mode = (try call.string("mode") ?? "CONSTANT").uppercased()
        switch mode {
        case "CONSTANT":
            let fill = try call.double("constant_values", default: 0)
            if fill == 0 { return [StructureOps.pad(&context, x, paddings: paddings, name: call.name, origin: call.name)] }
            let fillTensor = try StructureOps.constant(&context, type: context.graph[x].type, shape: [], values: [fill], name: "\(call.name)/value")
            return [context.graph.addOperator(
                .padv2, options: .padV2Options(PadV2Options()), inputs: [x, table, fillTensor], output: call.name,
                type: context.graph[x].type, shape: outShape, origin: call.name)]
        case "REFLECT", "SYMMETRIC":
            var options = MirrorPadOptions()
            options.mode = mode == "REFLECT" ? .reflect : .symmetric
            return [context.graph.addOperator(
                .mirrorPad, options: .mirrorPadOptions(options), inputs: [x, table], output: call.name,
                type: context.graph[x].type, shape: outShape, origin: call.name)]
        default:
            throw call.unsupported("mode=\(mode) is not supported")
        }
    }

    /// `tf.tile(input, multiples)`: TILE.
    static func tile(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("input", &context)
        guard let multiples = try call.ints("multiples"), multiples.count == context.graph[x].shape.count,
              multiples.allSatisfy({ $0 >= 0 })
        else { throw call.unsupported("`multiples` must be a constant list with one count per dimension") }
        return [StructureOps.tile(&context, x, multiples: multiples, name: call.name, origin: call.name)]
    }

    /// `tf.image.resize(images, size, method)`: RESIZE_BILINEAR or RESIZE_NEAREST_NEIGHBOR with
    /// half-pixel centres, as TF 2 resizes.
    static func resize(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("images", &context)
        try call.requireFloat(x, context)
        let shape = context.graph[x].shape
        guard shape.count == 4 else { throw call.unsupported("images of rank \(shape.count) (a batch of images, rank 4, only)") }
        guard let size = try call.ints("size"), size.count == 2, size.allSatisfy({ $0 > 0 }) else {
            throw call.unsupported("`size` must be a constant [height, width]")
        }
        if try call.bool("preserve_aspect_ratio", default: false) { throw call.unsupported("preserve_aspect_ratio is not supported") }
        if try call.bool("antialias", default: false) { throw call.unsupported("antialias is not supported") }
        let opcode: BuiltinOperator
        switch try call.string("method") ?? "bilinear" {
        case "bilinear": opcode = .resizeBilinear
        case "nearest": opcode = .resizeNearestNeighbor
        case let other: throw call.unsupported("method=\(other) is not supported (bilinear, nearest)")
        }
        let sizeTensor = context.int32Constant(name: "\(call.name)/size", shape: [2], values: size.map { Int32($0) })
        return [StructureOps.resize(
            &context, opcode, x, size: sizeTensor, outHW: (size[0], size[1]), halfPixelCenters: true,
            name: call.name, origin: call.name)]
    }
}
