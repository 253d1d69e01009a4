import Testing

@testable import SwiftLiteSchema

/// Each check of the model validator, triggered by one targeted edit of a real fixture.
@Suite struct ValidationTests {
    func editable(_ name: String) throws -> Model {
        try ModelFile(path: Fixtures.model(name).path).makeEditableModel()
    }

    /// Serializes `model` and expects loading to fail with `code`; returns the error.
    func rejection(_ model: Model, _ code: ModelError.Code = .invalidModel) throws -> ModelError {
        let bytes = try ModelWriter().serialize(model)
        do {
            _ = try ModelFile(bytes: bytes)
        } catch {
            #expect(error.code == code, "\(error)")
            return error
        }
        Issue.record("the edited model was accepted")
        return ModelError(.invalidArgument, "accepted")
    }

    /// The first constant float32 tensor of subgraph 0 and its buffer index.
    func constantTensor(_ model: Model) throws -> (tensor: Int, buffer: Int) {
        let tensors = try #require(model.subgraphs?[0].tensors)
        let index = try #require(tensors.indices.first { index in
            let buffer = Int(tensors[index].buffer)
            return tensors[index].type == .float32 && buffer > 0 && (model.buffers?[buffer].data?.count ?? 0) > 0
        })
        return (index, Int(tensors[index].buffer))
    }

    @Test func bufferSizeMustMatchTheShape() throws {
        var model = try editable("float32_cnn")
        let (tensor, buffer) = try constantTensor(model)
        let original = model.buffers![buffer].data!.count
        model.buffers![buffer].data!.removeLast(4)
        let error = try rejection(model)
        #expect(error.subgraph == 0)
        #expect(error.tensor == tensor)
        #expect(error.tensorName == model.subgraphs![0].tensors![tensor].name)
        let shape = model.subgraphs![0].tensors![tensor].shape!.map(String.init).joined(separator: ", ")
        #expect(error.message == "buffer \(buffer) has \(original - 4) bytes, shape [\(shape)] float32 needs \(original)")
        #expect(error.description.hasPrefix("subgraph 0, tensor \(tensor) `"))
    }

    @Test func tensorBufferIndexMustExist() throws {
        var model = try editable("float32_cnn")
        model.subgraphs![0].tensors![1].buffer = 9_999
        let error = try rejection(model)
        #expect(error.tensor == 1)
        #expect(error.message.contains("buffer 9999"))
    }

    @Test func operatorTensorIndicesMustExist() throws {
        var model = try editable("float32_cnn")
        model.subgraphs![0].operators![0].inputs![0] = 500
        let error = try rejection(model)
        #expect(error.op == 0)
        #expect(error.opName != nil)
        #expect(error.message.contains("tensor 500"))

        model = try editable("float32_cnn")
        model.subgraphs![0].operators![0].outputs![0] = -1
        #expect(try rejection(model).message.contains("output refers to tensor -1"))
    }

    @Test func optionalInputsMayBeOmitted() throws {
        var model = try editable("float32_cnn")
        // CONV_2D's bias is optional in TFLite: -1 is legal there.
        let conv = try #require(model.subgraphs![0].operators!.firstIndex { op in
            model.operatorCodes![Int(op.opcodeIndex)].resolvedBuiltinCode == .conv2d
        })
        model.subgraphs![0].operators![conv].inputs![2] = -1
        _ = try ModelFile.roundTrip(model)
    }

    @Test func operatorCodeIndexMustExist() throws {
        var model = try editable("float32_cnn")
        model.subgraphs![0].operators![2].opcodeIndex = 77
        let error = try rejection(model)
        #expect(error.op == 2)
        #expect(error.message.contains("operator code 77"))
    }

    @Test func subgraphInputsMustExist() throws {
        var model = try editable("multi_io")
        model.subgraphs![0].inputs = [0, 4_000]
        #expect(try rejection(model).message.contains("tensor 4000"))
    }

    @Test func quantizationArraysMustAgree() throws {
        var model = try editable("int8_per_channel")
        let tensors = model.subgraphs![0].tensors!
        let perChannel = try #require(tensors.firstIndex { ($0.quantization?.scale?.count ?? 0) > 1 })
        var broken = model
        broken.subgraphs![0].tensors![perChannel].quantization!.zeroPoint!.removeLast()
        var error = try rejection(broken)
        #expect(error.tensor == perChannel)
        #expect(error.message.contains("zero points"))

        broken = model
        let rank = tensors[perChannel].shape!.count
        broken.subgraphs![0].tensors![perChannel].quantization!.quantizedDimension = Int32(rank)
        error = try rejection(broken)
        #expect(error.message.contains("rank \(rank)"))

        broken = model
        let quantization = tensors[perChannel].quantization!
        broken.subgraphs![0].tensors![perChannel].quantization!.scale = quantization.scale! + [1]
        broken.subgraphs![0].tensors![perChannel].quantization!.zeroPoint = quantization.zeroPoint! + [0]
        error = try rejection(broken)
        #expect(error.message.contains("per-axis quantization has"))
        model.subgraphs![0].tensors![perChannel].quantization!.quantizedDimension = 0
        _ = model
    }

    @Test func noTensorIsWrittenTwice() throws {
        var model = try editable("float32_cnn")
        let first = model.subgraphs![0].operators![0].outputs!
        model.subgraphs![0].operators![1].outputs = first
        let error = try rejection(model)
        #expect(error.tensor == Int(first[0]))
        #expect(error.message.contains("written by operator 0 and again by operator 1"))
    }

    @Test func theGraphHasNoCycles() throws {
        var model = try editable("float32_cnn")
        let later = model.subgraphs![0].operators![3].outputs![0]
        model.subgraphs![0].operators![1].inputs![0] = later
        let error = try rejection(model)
        #expect(error.op == 1)
        #expect(error.message.contains("later operator 3"))
    }

    @Test func constantsAndInputsAreNotWritten() throws {
        var model = try editable("float32_cnn")
        let (constant, _) = try constantTensor(model)
        model.subgraphs![0].operators![0].outputs = [Int32(constant)]
        #expect(try rejection(model).message.contains("is constant"))

        model = try editable("float32_cnn")
        model.subgraphs![0].operators![0].outputs = [model.subgraphs![0].inputs![0]]
        #expect(try rejection(model).message.contains("is a subgraph input"))
    }

    @Test func schemaVersionMustBeThree() throws {
        var model = try editable("metadata")
        model.version = 2
        let error = try rejection(model, .unsupportedVersion)
        #expect(error.message.contains("schema version 2"))
    }

    @Test func controlFlowSubgraphsMustExist() throws {
        var model = try editable("lstm_while")
        let (index, op) = try #require(model.subgraphs![0].operators!.enumerated().first { $0.element.builtinOptions?.type == .whileOptions })
        guard case .whileOptions(var options) = op.builtinOptions else { return }
        options.bodySubgraphIndex = 42
        model.subgraphs![0].operators![index].builtinOptions = .whileOptions(options)
        let error = try rejection(model)
        #expect(error.op == index)
        #expect(error.message.contains("body_subgraph_index is 42"))
    }

    @Test func signaturesMustPointAtRealTensors() throws {
        var model = try editable("signatures")
        model.signatureDefs![0].subgraphIndex = 9
        #expect(try rejection(model).message.contains("refers to subgraph 9"))
        model = try editable("signatures")
        model.signatureDefs![0].inputs![0].tensorIndex = 10_000
        #expect(try rejection(model).message.contains("tensor 10000"))
    }

    @Test func metadataMustPointAtRealBuffers() throws {
        var model = try editable("metadata")
        model.metadata![0].buffer = 1_000
        #expect(try rejection(model).message.contains("buffer 1000"))
    }

    @Test func shapesAreNonNegativeAndConsistent() throws {
        var model = try editable("float32_cnn")
        model.subgraphs![0].tensors![0].shape![1] = -4
        #expect(try rejection(model).message.contains("negative dimension -4"))

        model = try editable("float32_cnn")
        model.subgraphs![0].tensors![0].shapeSignature = [-1, 16]
        #expect(try rejection(model).message.contains("shape_signature"))

        model = try editable("float32_cnn")
        model.subgraphs![0].tensors![0].shape = [Int32.max, Int32.max, Int32.max, 2]
        #expect(try rejection(model).message.contains("more elements"))
    }

    @Test func externalRegionsMustLieInsideTheFile() throws {
        let model = try editable("float32_cnn")
        var bytes = try ModelWriter(placement: .external).serialize(model)
        bytes.removeLast(8)
        do {
            _ = try ModelFile(bytes: bytes)
            Issue.record("a truncated data region was accepted")
        } catch {
            #expect(error.code == .invalidModel)
            #expect(error.message.contains("past the end"))
        }
    }

    @Test func sparsityMustDescribeTheStoredValues() throws {
        var model = try editable("sparse_densify")
        let tensors = model.subgraphs![0].tensors!
        let sparse = try #require(tensors.firstIndex { $0.sparsity != nil })
        var sparsity = tensors[sparse].sparsity!
        sparsity.traversalOrder = sparsity.traversalOrder!.reversed()
        model.subgraphs![0].tensors![sparse].sparsity = sparsity
        let error = try rejection(model)
        #expect(error.tensor == sparse)
        #expect(error.message.contains("invalid sparsity parameters"))
    }

    @Test func customOperatorsNeedANameAndVersion() throws {
        var model = try editable("float32_cnn")
        model.operatorCodes![0].builtinCode = .custom
        model.operatorCodes![0].deprecatedBuiltinCode = 32
        model.operatorCodes![0].customCode = nil
        #expect(try rejection(model).message.contains("no custom_code"))
        model = try editable("float32_cnn")
        model.operatorCodes![0].version = 0
        #expect(try rejection(model).message.contains("version 0"))
    }

    @Test func aModelNeedsASubgraph() throws {
        var model = try editable("metadata")
        model.subgraphs = []
        #expect(try rejection(model).message.contains("no subgraphs"))
    }
}

/// Custom options stored after the FlatBuffer (large_custom_options_offset/size).
@Suite struct LargeCustomOptionsTests {
    /// A model whose first operator's custom options live after the FlatBuffer.
    func modelWithExternalOptions(_ options: [UInt8], offsetShift: Int = 0) throws -> [UInt8] {
        var model = try ModelFile(path: Fixtures.model("metadata").path).makeEditableModel()
        model.subgraphs![0].operators![0].largeCustomOptionsOffset = 1  // placeholder, patched below
        model.subgraphs![0].operators![0].largeCustomOptionsSize = UInt64(options.count)
        var bytes = try ModelWriter().serialize(model)
        let file = try ModelFile(bytes: bytes)
        let op = file.model.subgraphs![0].operators![0]
        let field = try #require(op.table.fieldPosition(slot: 9))
        while bytes.count % 16 != 0 { bytes.append(0) }
        let offset = UInt64(bytes.count + offsetShift)
        for k in 0..<8 { bytes[field + k] = UInt8(truncatingIfNeeded: offset >> (8 * UInt64(k))) }
        bytes += options
        return bytes
    }

    @Test func moveInlineWhenCopied() throws {
        let options: [UInt8] = [1, 2, 3, 4, 5, 6, 7]
        let file = try ModelFile(bytes: try modelWithExternalOptions(options))
        let op = file.model.subgraphs![0].operators![0]
        #expect(file.largeCustomOptions(of: op).map(Array.init) == options)
        let editable = file.makeEditableModel()
        #expect(editable.subgraphs![0].operators![0].customOptions == options)
        #expect(editable.subgraphs![0].operators![0].largeCustomOptionsOffset == 0)
        let copy = try ModelFile.roundTrip(editable)
        #expect(copy.makeEditableModel() == editable)
    }

    @Test func regionsPastTheEndAreRejected() throws {
        let bytes = try modelWithExternalOptions([9, 9, 9, 9], offsetShift: 64)
        #expect(throws: ModelError.self) { _ = try ModelFile(bytes: bytes) }
    }
}
