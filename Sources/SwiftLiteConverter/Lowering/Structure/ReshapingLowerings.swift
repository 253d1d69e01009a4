import KerasModel
import SwiftLiteSchema

/// Keras reshaping layers: Flatten, Reshape, Permute, RepeatVector and Identity. RESHAPE shape
/// constants put -1 in the batch position when the batch is dynamic, so they keep working after the
/// input is resized.
enum ReshapingLowerings {
    /// The reshaping lowerings by class name.
    static let lowerings: [String: LayerLowering] = [
        "Flatten": flatten,
        "Reshape": reshape,
        "Permute": permute,
        "RepeatVector": repeatVector,
        // The identity is the same lowering as the training-only layers'.
        "Identity": RegularizationLowerings.passThrough,
    ]

    /// Flatten to [batch, product of the other dimensions] (channels moved last first for
    /// `channels_first`).
    static let flatten: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        var x = try context.singleInput(of: node)
        var shape = context.graph[x].shape
        guard !shape.isEmpty else {
            throw ConversionError(.unsupported, "Flatten of a scalar", layer: layer)
        }
        if try StructureConfig.channelsFirst(layer), shape.count > 2 {
            let pattern = [0] + Array(2..<shape.count) + [1]
            x = context.transpose(x, permutation: pattern, name: "\(layer.name)/channels_last", origin: layer.name)
            shape = context.graph[x].shape
        }
        if shape.count == 2 { return [x] }
        let target: [Int]
        if let product = StructureConfig.knownProduct(shape.dropFirst()) {
            target = [shape[0], product]
        } else if shape[0] >= 0 {
            target = [shape[0], -1]
        } else {
            return [try StructureOps.reshapeKeepingBatch(&context, x, rest: [-1], name: layer.name, origin: layer.name)]
        }
        return [context.reshape(x, to: target, name: layer.name, origin: layer.name)]
    }

    /// Reshape to [batch] + `target_shape` (one -1 resolved from the input's known size). Legacy `.h5`
    /// operation calls (`ops.reshape`, config `newshape`) go to the operation lowering.
    static let reshape: LayerLowering = { node, context throws(ConversionError) in
        if StructureConfig.isOperationCall(node) || node.layer.config["newshape"] != nil {
            return try KerasShapeOpsLowerings.reshape(node, &context)
        }
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let shape = context.graph[x].shape
        var target = try StructureConfig.intList(layer, "target_shape")
        let unknown = target.indices.filter { target[$0] < 0 }
        guard unknown.count <= 1, target.allSatisfy({ $0 == -1 || $0 > 0 }) else {
            throw ConversionError(.unsupported, "target_shape=\(target) is not a valid shape", layer: layer)
        }
        if let hole = unknown.first {
            guard let total = StructureConfig.knownProduct(shape.dropFirst()) else {
                guard shape.first.map({ $0 >= 0 }) ?? false else {
                    return [try StructureOps.reshapeKeepingBatch(&context, x, rest: target, name: layer.name, origin: layer.name)]
                }
                // A fixed batch: let RESHAPE resolve the -1.
                let output = context.reshape(x, to: [shape[0]] + target, name: layer.name, origin: layer.name)
                return [output]
            }
            let known = target.filter { $0 > 0 }.reduce(1, *)
            guard known > 0, total % known == 0 else {
                throw ConversionError(.invalidModel, "cannot reshape \(shape) to target_shape=\(target)", layer: layer)
            }
            target[hole] = total / known
        }
        let batch = shape.first ?? -1
        return [context.reshape(x, to: [batch] + target, name: layer.name, origin: layer.name)]
    }

    /// Permute: TRANSPOSE by [0] + `dims` (1-based axes).
    static let permute: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try context.singleInput(of: node)
        let rank = context.graph[x].shape.count
        let dims = try StructureConfig.intList(layer, "dims")
        guard dims.count == rank - 1, Set(dims) == Set(1..<max(rank, 1)) else {
            throw ConversionError(.unsupported, "dims=\(dims) is not a permutation of 1...\(rank - 1)", layer: layer)
        }
        return [context.transpose(x, permutation: [0] + dims, name: layer.name, origin: layer.name)]
    }

    /// RepeatVector: [batch, features] → EXPAND_DIMS → [batch, 1, features] → TILE → [batch, n, features].
    static let repeatVector: LayerLowering = { node, context throws(ConversionError) in
        let layer = node.layer
        let x = try context.singleInput(of: node)
        guard context.graph[x].shape.count == 2 else {
            throw ConversionError(.unsupported, "RepeatVector of rank \(context.graph[x].shape.count) (rank 2 needed)", layer: layer)
        }
        let n = try StructureConfig.int(layer, "n")
        guard n >= 1 else { throw ConversionError(.unsupported, "n=\(n) is not supported", layer: layer) }
        let expanded = StructureOps.expandDims(&context, x, axis: 1, name: "\(layer.name)/expand", origin: layer.name)
        return [StructureOps.tile(&context, expanded, multiples: [1, n, 1], name: layer.name, origin: layer.name)]
    }
}
