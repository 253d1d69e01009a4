import KerasModel
import SwiftLiteSchema

/// Shape, reduction and selection TF functions recorded by tf-keras: reshape, transpose, concat,
/// stack, expand_dims, squeeze, split (several outputs), matmul, the reductions, clip_by_value, cast,
/// where, identity, and indexing (`SlicingOpLambda`). Axes count the batch dimension, as in TF.
enum TFShapeFunctions {
    /// The functions by name (without `tf.`).
    static let functions: [String: TFFunction] = {
        var table: [String: TFFunction] = [
            "reshape": TFFunction(["tensor", "shape", "name"], reshape),
            "transpose": TFFunction(["a", "perm", "conjugate", "name"], transpose),
            "compat.v1.transpose": TFFunction(["a", "perm", "name", "conjugate"], transpose),
            "concat": TFFunction(["values", "axis", "name"], concat),
            "stack": TFFunction(["values", "axis", "name"], stack),
            "expand_dims": TFFunction(["input", "axis", "name"], expandDims),
            "compat.v1.expand_dims": TFFunction(["input", "axis", "name", "dim"], expandDims),
            "squeeze": TFFunction(["input", "axis", "name"], squeeze),
            "compat.v1.squeeze": TFFunction(["input", "axis", "name", "squeeze_dims"], squeeze),
            "split": TFFunction(["value", "num_or_size_splits", "axis", "num", "name"], split),
            "clip_by_value": TFFunction(["t", "clip_value_min", "clip_value_max", "name"], clipByValue),
            "cast": TFFunction(["x", "dtype", "name"], cast),
            "dtypes.cast": TFFunction(["x", "dtype", "name"], cast),
            "where": TFFunction(["condition", "x", "y", "name"], select),
            "identity": TFFunction(["input", "name"], identity),
            "__operators__.getitem": TFFunction(["tensor", "slice_spec", "var"], getItem),
        ]
        let matmulParameters = [
            "a", "b", "transpose_a", "transpose_b", "adjoint_a", "adjoint_b", "a_is_sparse", "b_is_sparse",
            "output_type", "grad_a", "grad_b", "name",
        ]
        for name in ["linalg.matmul", "matmul", "__operators__.matmul"] { table[name] = TFFunction(matmulParameters, matmul) }
        let reductions: [(BuiltinOperator, String)] = [
            (.mean, "mean"), (.sum, "sum"), (.reduceMax, "max"), (.reduceMin, "min"), (.reduceProd, "prod"),
        ]
        for (opcode, suffix) in reductions {
            for prefix in ["math.reduce_", "reduce_"] {
                table[prefix + suffix] = TFFunction(["input_tensor", "axis", "keepdims", "name"], reduce(opcode))
            }
            table["compat.v1.reduce_" + suffix] = TFFunction(
                ["input_tensor", "axis", "keepdims", "name", "reduction_indices", "keep_dims"], reduce(opcode))
        }
        return table
    }()

    /// `tf.reshape(tensor, shape)`: RESHAPE to the saved shape (batch included, one -1 allowed), or
    /// to a shape whose entries are partly computed by the model (`[tf.shape(x)[0], -1, 4]`),
    /// packed into a shape tensor at run time.
    static func reshape(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("tensor", &context)
        if case .list(let items)? = call.argument("shape") { return [try dynamicReshape(call, x, items, &context)] }
        guard let target = try call.ints("shape"), try call.value("shape")?.arrayValue != nil,
              target.allSatisfy({ $0 >= -1 })
        else { throw call.unsupported("`shape` must be a constant list of integers") }
        return [try KerasShapeOpsLowerings.emitReshape(x, target: target, layer: call.layer, &context)]
    }

    /// RESHAPE to a shape given as a list of int32 scalars of the model and saved integers.
    static func dynamicReshape(
        _ call: TFCall, _ x: TensorID, _ items: [KerasArgument], _ context: inout LoweringContext
    ) throws(ConversionError) -> TensorID {
        var parts: [TensorID] = []
        var shape: [Int] = []
        for (index, item) in items.enumerated() {
            switch item {
            case .tensor(let ref):
                let part = try context.tensor(ref, for: call.layer)
                guard context.graph[part].type == .int32, context.graph[part].shape.isEmpty else {
                    throw call.unsupported("shape entry \(index) must be an int32 scalar (such as tf.shape(x)[0])")
                }
                parts.append(part)
                shape.append(-1)
            case .value(let value):
                guard let dim = value.intValue, dim >= -1 else {
                    throw call.unsupported("shape entry \(index) = \(value.serialized()) is not a dimension")
                }
                parts.append(context.int32Constant(name: "\(call.name)/dim\(index)", shape: [], values: [Int32(dim)]))
                shape.append(dim)
            case .list:
                throw call.unsupported("shape entry \(index) is a list")
            }
        }
        let target = SequenceEmit.pack(&context, parts, axis: 0, name: "\(call.name)/shape", origin: call.name)
        return context.graph.addOperator(
            .reshape, inputs: [x, target], output: call.name, type: context.graph[x].type, shape: shape, origin: call.name)
    }

    /// `tf.transpose(a, perm)`: TRANSPOSE (reversed axes when `perm` is None).
    static func transpose(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("a", &context)
        let rank = context.graph[x].shape.count
        var permutation = Array((0..<rank).reversed())
        if let perm = try call.ints("perm") {
            permutation = []
            for axis in perm { permutation.append(try call.axis(axis, rank: rank)) }
            guard permutation.count == rank, Set(permutation).count == rank else {
                throw call.unsupported("perm=\(perm) is not a permutation of rank \(rank)")
            }
        }
        return [context.transpose(x, permutation: permutation, name: call.name, origin: call.name)]
    }

    /// `tf.concat(values, axis)`: CONCATENATION.
    static func concat(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let values = try call.operandList("values", &context)
        let rank = context.graph[values[0]].shape.count
        let axis = try call.axis(call.int("axis"), rank: rank)
        if values.count == 1 { return values }
        return [try context.concatenate(values, axis: axis, name: call.name, origin: call.name)]
    }

    /// `tf.stack(values, axis=0)`: PACK (the axis counts in the output's rank).
    static func stack(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let values = try call.operandList("values", &context)
        let shape = context.graph[values[0]].shape
        guard values.allSatisfy({ context.graph[$0].shape.count == shape.count }) else {
            throw call.unsupported("values of different ranks")
        }
        let axis = try call.axis(call.int("axis", default: 0), rank: shape.count + 1)
        return [SequenceEmit.pack(&context, values, axis: axis, name: call.name, origin: call.name)]
    }

    /// `tf.expand_dims(input, axis)`: EXPAND_DIMS (the axis counts in the output's rank).
    static func expandDims(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("input", &context)
        let axis = try call.int(call.firstGiven("axis", "dim") ?? "axis")
        let position = try call.axis(axis, rank: context.graph[x].shape.count + 1)
        return [StructureOps.expandDims(&context, x, axis: position, name: call.name, origin: call.name)]
    }

    /// `tf.squeeze(input, axis)`: SQUEEZE of the given axes, or of every dimension known to be 1.
    static func squeeze(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("input", &context)
        let shape = context.graph[x].shape
        var axes: [Int] = []
        if let given = try call.ints(call.firstGiven("axis", "squeeze_dims") ?? "axis") {
            for axis in given {
                let normalized = try call.axis(axis, rank: shape.count)
                guard shape[normalized] == 1 else {
                    throw call.unsupported("cannot squeeze axis \(axis) of size \(shape[normalized])")
                }
                axes.append(normalized)
            }
        } else {
            axes = shape.indices.filter { shape[$0] == 1 }
        }
        return [StructureOps.squeeze(&context, x, axes: Array(Set(axes)).sorted(), name: call.name, origin: call.name)]
    }

    /// `tf.split(value, num_or_size_splits, axis=0)`: SPLIT into equal parts, or SPLIT_V by sizes (one
    /// of which may be -1). Several outputs, in order.
    static func split(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("value", &context)
        let shape = context.graph[x].shape
        let axis = try call.axis(call.int("axis", default: 0), rank: shape.count)
        guard let spec = try call.value("num_or_size_splits") else { throw call.unsupported("`num_or_size_splits` is missing") }
        let size = shape[axis]
        let type = context.graph[x].type
        let axisTensor = context.int32Constant(name: "\(call.name)/axis", shape: [], values: [Int32(axis)])
        if let count = spec.intValue {
            guard count > 0, size < 0 || size % count == 0 else {
                throw call.unsupported("cannot split a dimension of \(size) into \(count) equal parts")
            }
            var part = shape
            part[axis] = size < 0 ? -1 : size / count
            var options = SplitOptions()
            options.numSplits = Int32(count)
            return context.graph.addOperator(
                .split, options: .splitOptions(options), inputs: [axisTensor, x],
                outputs: (0..<count).map { ("\(call.name)_\($0)", type, part) }, origin: call.name)
        }
        guard var sizes = spec.intList(), !sizes.isEmpty, sizes.allSatisfy({ $0 >= -1 }),
              sizes.filter({ $0 == -1 }).count <= 1
        else { throw call.unsupported("num_or_size_splits=\(spec.serialized()) is not a count or a list of sizes") }
        let known = sizes.filter { $0 >= 0 }.reduce(0, +)
        if size >= 0 {
            if let hole = sizes.firstIndex(of: -1) { sizes[hole] = size - known }
            guard sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == size else {
                throw call.unsupported("sizes \(spec.serialized()) do not add up to \(size)")
            }
        }
        let sizesTensor = context.int32Constant(name: "\(call.name)/sizes", shape: [sizes.count], values: sizes.map { Int32($0) })
        var options = SplitVOptions()
        options.numSplits = Int32(sizes.count)
        return context.graph.addOperator(
            .splitV, options: .splitVOptions(options), inputs: [x, sizesTensor, axisTensor],
            outputs: sizes.enumerated().map { index, length in
                var part = shape
                part[axis] = length
                return ("\(call.name)_\(index)", type, part)
            }, origin: call.name)
    }

    /// `tf.linalg.matmul(a, b, transpose_a, transpose_b, adjoint_a, adjoint_b)`: BATCH_MATMUL (the
    /// adjoint of a real matrix is its transpose; the sparsity flags are hints).
    static func matmul(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let operands = try call.operands(["a", "b"], &context)
        try call.requireFloat(operands[0], context)
        if let type = try call.string("output_type"), type != "float32" {
            throw call.unsupported("output_type=\(type) is not supported")
        }
        let transposeA = try call.bool("transpose_a", default: false), adjointA = try call.bool("adjoint_a", default: false)
        let transposeB = try call.bool("transpose_b", default: false), adjointB = try call.bool("adjoint_b", default: false)
        let adjX = transposeA || adjointA, adjY = transposeB || adjointB
        return [try StructureOps.batchMatMul(&context, operands[0], operands[1], adjX: adjX, adjY: adjY, name: call.name, origin: call.name)]
    }

    /// `tf.reduce_*(input_tensor, axis=None, keepdims=False)`: the reduction over `axis` (every axis
    /// when None).
    static func reduce(_ opcode: BuiltinOperator) -> @Sendable (TFCall, inout LoweringContext) throws(ConversionError) -> [TensorID] {
        { call, context throws(ConversionError) in
            let x = try call.tensor("input_tensor", &context)
            if opcode == .mean || opcode == .reduceProd { try call.requireFloat(x, context) }
            let rank = context.graph[x].shape.count
            var axes = Array(0..<rank)
            if let given = try call.ints(call.firstGiven("axis", "reduction_indices") ?? "axis") {
                axes = []
                for axis in given { axes.append(try call.axis(axis, rank: rank)) }
            }
            let keepDims = try call.bool(call.firstGiven("keepdims", "keep_dims") ?? "keepdims", default: false)
            if axes.isEmpty { return [x] }
            return [StructureOps.reduce(&context, opcode, x, axes: axes, keepDims: keepDims, name: call.name, origin: call.name)]
        }
    }

    /// `tf.clip_by_value(t, min, max)`: `max(min(t, max), min)`; RELU6 / RELU_N1_TO_1 for the
    /// bounds those ops have.
    static func clipByValue(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let operands = try call.operands(["t", "clip_value_min", "clip_value_max"], &context)
        let x = operands[0]
        if case .value(let low)? = call.argument("clip_value_min"), case .value(let high)? = call.argument("clip_value_max"),
           context.graph[x].type == .float32 {
            switch (low.doubleValue, high.doubleValue) {
            case (0, 6): return [context.unary(.relu6, x, name: call.name, origin: call.name)]
            case (-1, 1): return [context.unary(.reluN1To1, x, name: call.name, origin: call.name)]
            default: break
            }
        }
        let capped = try context.binary(.minimum, x, operands[2], name: "\(call.name)/min", origin: call.name)
        return [try context.binary(.maximum, capped, operands[1], name: call.name, origin: call.name)]
    }

    /// `tf.cast(x, dtype)`: CAST.
    static func cast(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("x", &context)
        guard let dtype = try call.string("dtype") else { throw call.unsupported("`dtype` is missing") }
        let type = try GraphLowering.tensorType(forKerasDType: dtype, what: "tf.cast in `\(call.name)`")
        return [StructureOps.cast(&context, x, to: type, name: call.name, origin: call.name)]
    }

    /// `tf.where(condition, x, y)`: SELECT_V2 (the one-argument form, which returns indices, is not supported).
    static func select(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let condition = try call.tensor("condition", &context)
        guard context.graph[condition].type == .bool else { throw call.unsupported("`condition` must be a bool tensor") }
        guard call.argument("x") != nil, call.argument("y") != nil else {
            throw call.unsupported("tf.where without `x` and `y` (indices of true elements) is not supported")
        }
        let operands = try call.operands(["x", "y"], &context)
        return [try context.emitSelect(condition, operands[0], operands[1], name: call.name, origin: call.name)]
    }

    /// `tf.identity(input)`: the input itself.
    static func identity(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        [try call.tensor("input", &context)]
    }

    /// `tensor[slice_spec]` (SlicingOpLambda): slices, integers, `None` and `...`, as Keras 3's GetItem.
    static func getItem(_ call: TFCall, _ context: inout LoweringContext) throws(ConversionError) -> [TensorID] {
        let x = try call.tensor("tensor", &context)
        // `x[None]` saves a bare None, which is an index (a new axis), not a missing argument.
        guard case .value(let spec)? = call.given("slice_spec") else {
            throw call.unsupported("`slice_spec` is missing or computed by the model (only constant indices are supported)")
        }
        if call.argument("var") != nil { throw call.unsupported("`var` is not supported") }
        return [try KerasIndexingLowering.emitIndex(x, key: spec, layer: call.layer, &context)]
    }
}
