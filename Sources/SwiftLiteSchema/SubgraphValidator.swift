import FlatBuffers

/// The checks of ``ModelValidator`` that concern one subgraph: its tensors, their buffers and
/// quantization, its inputs and outputs, and its operators' data flow.
struct SubgraphValidator {
    let file: ModelFile
    let subgraph: SubGraphView
    let index: Int
    let subgraphCount: Int
    let bufferCount: Int

    private var tensorCount: Int { subgraph.tensors?.count ?? 0 }

    private func error(_ message: String, tensor: Int? = nil, op: Int? = nil, opName: String? = nil)
        -> ModelError
    {
        let name = tensor.flatMap { tensor in
            tensor >= 0 && tensor < tensorCount ? subgraph.tensors?[tensor].name : nil
        }
        return ModelError(
            .invalidModel, message, subgraph: index, op: op, opName: opName, tensor: tensor, tensorName: name)
    }

    func validate() throws(ModelError) {
        if let tensors = subgraph.tensors {
            for (tensorIndex, tensor) in tensors.enumerated() {
                try validateTensor(tensor, at: tensorIndex)
            }
        }
        for (role, list) in [("input", subgraph.inputs), ("output", subgraph.outputs)] {
            for tensor in list.orEmpty() {
                guard tensor >= 0, Int(tensor) < tensorCount else {
                    throw error("subgraph \(role) refers to tensor \(tensor); the subgraph has \(tensorCount) tensors")
                }
            }
        }
        try validateOperators()
    }

    // MARK: Tensors

    private func validateTensor(_ tensor: TensorView, at tensorIndex: Int) throws(ModelError) {
        // Read the shape in place; arrays are built only for error messages.
        let shapeVector = tensor.shape
        var shapeArray: [Int32] { Array(shapeVector.orEmpty()) }
        var elements = 1
        var rank = 0
        if let shapeVector {
            rank = shapeVector.count
            for dimension in shapeVector {
                guard dimension >= 0 else {
                    throw error("shape \(shapeArray) has negative dimension \(dimension)", tensor: tensorIndex)
                }
                let (next, overflow) = elements.multipliedReportingOverflow(by: Int(dimension))
                guard !overflow, next <= Int(Int32.max) else {
                    throw error("shape \(shapeArray) has more elements than TFLite allows", tensor: tensorIndex)
                }
                elements = next
            }
        }
        if let signature = tensor.shapeSignature, signature.count > 0 || rank > 0 {
            guard signature.count == rank else {
                throw error(
                    "shape_signature \(Array(signature)) has rank \(signature.count) but shape \(shapeArray) has rank \(rank)",
                    tensor: tensorIndex)
            }
            for dimension in 0..<rank where signature[dimension] != -1 && signature[dimension] != shapeVector![dimension] {
                throw error(
                    "shape_signature \(Array(signature)) disagrees with shape \(shapeArray) in dimension \(dimension)",
                    tensor: tensorIndex)
            }
        }
        let bufferIndex = Int(tensor.buffer)
        guard bufferIndex < bufferCount || (bufferIndex == 0 && bufferCount == 0) else {
            throw error("refers to buffer \(bufferIndex); the model has \(bufferCount) buffers", tensor: tensorIndex)
        }
        if bufferIndex != 0, let bytes = file.bufferBytes(bufferIndex), bytes.count > 0 {
            try validateConstantData(tensor, at: tensorIndex, shape: shapeArray, elements: elements,
                                     buffer: bufferIndex, byteCount: bytes.count)
        }
        if let quantization = tensor.quantization, (quantization.scale?.count ?? 0) > 0 {
            try validateQuantization(quantization, tensor: tensorIndex, shape: shapeArray)
        }
    }

    private func validateConstantData(
        _ tensor: TensorView, at tensorIndex: Int, shape: [Int32], elements: Int, buffer: Int, byteCount: Int
    ) throws(ModelError) {
        let type = tensor.type
        if type == .string || type.packing == .variable { return }
        let storedElements: Int
        if let sparsity = tensor.sparsity {
            storedElements = try SparsityValidator(sparsity: sparsity, shape: shape)
                .storedElementCount { message throws(ModelError) in
                    throw error("invalid sparsity parameters: \(message)", tensor: tensorIndex)
                }
        } else {
            storedElements = elements
        }
        guard let needed = type.byteCount(elements: storedElements) else {
            throw error("shape \(shape) \(type) needs more bytes than can be addressed", tensor: tensorIndex)
        }
        guard needed == byteCount else {
            let what = tensor.sparsity == nil ? "shape \(shape)" : "sparse shape \(shape) with \(storedElements) stored values"
            throw error(
                "buffer \(buffer) has \(byteCount) bytes, \(what) \(type.numpyName ?? type.description) needs \(needed)",
                tensor: tensorIndex)
        }
    }

    private func validateQuantization(_ quantization: QuantizationParametersView, tensor: Int, shape: [Int32])
        throws(ModelError)
    {
        let scales = quantization.scale?.count ?? 0
        guard scales > 0 else { return }
        let zeroPoints = quantization.zeroPoint?.count ?? 0
        guard zeroPoints == scales else {
            throw error(
                "quantization has \(scales) scales but \(zeroPoints) zero points; they must match", tensor: tensor)
        }
        guard scales > 1 else { return }
        let axis = Int(quantization.quantizedDimension)
        guard axis >= 0, axis < shape.count else {
            throw error(
                "per-axis quantization along dimension \(axis), but the shape \(shape) has rank \(shape.count)",
                tensor: tensor)
        }
        guard Int(shape[axis]) == scales else {
            throw error(
                "per-axis quantization has \(scales) scales but dimension \(axis) of shape \(shape) is \(shape[axis])",
                tensor: tensor)
        }
    }

    // MARK: Operators

    private func validateOperators() throws(ModelError) {
        guard let operators = subgraph.operators else { return }
        let codes = file.model.operatorCodes
        let codeCount = codes?.count ?? 0
        var producer = [Int](repeating: -1, count: tensorCount)
        var isInput = [Bool](repeating: false, count: tensorCount)
        for tensor in subgraph.inputs.orEmpty() {
            isInput[Int(tensor)] = true
        }
        // Pass 1: indices, single producer.
        for (opIndex, op) in operators.enumerated() {
            let codeIndex = Int(op.opcodeIndex)
            guard codeIndex < codeCount, let code = codes?[codeIndex] else {
                throw error("refers to operator code \(codeIndex); the model has \(codeCount)", op: opIndex)
            }
            var name: String { code.displayName }
            for tensor in op.inputs.orEmpty() {
                guard tensor == -1 || (tensor >= 0 && Int(tensor) < tensorCount) else {
                    throw error("input refers to tensor \(tensor); the subgraph has \(tensorCount) tensors",
                                op: opIndex, opName: name)
                }
            }
            for tensor in op.intermediates.orEmpty() {
                guard tensor >= 0, Int(tensor) < tensorCount else {
                    throw error("intermediate refers to tensor \(tensor); the subgraph has \(tensorCount) tensors",
                                op: opIndex, opName: name)
                }
            }
            for tensor in op.outputs.orEmpty() {
                guard tensor >= 0, Int(tensor) < tensorCount else {
                    throw error("output refers to tensor \(tensor); the subgraph has \(tensorCount) tensors",
                                op: opIndex, opName: name)
                }
                let output = Int(tensor)
                if producer[output] >= 0 {
                    throw error("is written by operator \(producer[output]) and again by operator \(opIndex) (\(name))",
                                tensor: output)
                }
                if isInput[output] {
                    throw error("is a subgraph input but operator \(opIndex) (\(name)) writes it", tensor: output)
                }
                if isConstant(output) {
                    throw error("is constant but operator \(opIndex) (\(name)) writes it", tensor: output)
                }
                producer[output] = opIndex
            }
            if op.largeCustomOptionsOffset > 1, file.largeCustomOptions(of: op) == nil {
                throw error("custom options claim \(op.largeCustomOptionsSize) bytes at offset \(op.largeCustomOptionsOffset), past the end of the \(file.storage.count)-byte file",
                            op: opIndex, opName: name)
            }
            try validateSubgraphReferences(op, opIndex: opIndex, name: name)
        }
        // Pass 2: every input is available when its operator runs (operators run in order, so a
        // tensor read before the operator that writes it is a cycle or an ordering error).
        for (opIndex, op) in operators.enumerated() {
            for tensor in op.inputs.orEmpty() where tensor >= 0 {
                let writer = producer[Int(tensor)]
                if writer >= opIndex {
                    let name = codes?[Int(op.opcodeIndex)].displayName
                    let what = writer == opIndex ? "its own output" : "the output of later operator \(writer)"
                    throw error("reads tensor \(tensor), \(what): the graph has a cycle",
                                op: opIndex, opName: name)
                }
            }
        }
    }

    private func isConstant(_ tensor: Int) -> Bool {
        guard let view = subgraph.tensors?[tensor], view.buffer != 0 else { return false }
        return (file.bufferBytes(Int(view.buffer))?.count ?? 0) > 0
    }

    /// Control-flow operators name other subgraphs; those indices must exist.
    private func validateSubgraphReferences(_ op: OperatorView, opIndex: Int, name: String) throws(ModelError) {
        var references: [(String, Int32)] = []
        switch op.builtinOptions {
        case .whileOptions(let options):
            references = [("cond_subgraph_index", options.condSubgraphIndex),
                          ("body_subgraph_index", options.bodySubgraphIndex)]
        case .ifOptions(let options):
            references = [("then_subgraph_index", options.thenSubgraphIndex),
                          ("else_subgraph_index", options.elseSubgraphIndex)]
        case .callOnceOptions(let options):
            references = [("init_subgraph_index", options.initSubgraphIndex)]
        case .callOptions(let options):
            references = [("subgraph", Int32(bitPattern: options.subgraph))]
        default:
            break
        }
        for (field, target) in references where target < 0 || Int(target) >= subgraphCount {
            throw error("\(field) is \(target); the model has \(subgraphCount) subgraphs", op: opIndex, opName: name)
        }
    }
}
