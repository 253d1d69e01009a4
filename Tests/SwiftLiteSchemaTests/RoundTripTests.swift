import Foundation
import Testing

@testable import FlatBuffers
@testable import SwiftLiteSchema

/// Read → write → read gives the same model, with data inside the FlatBuffer or after it.
@Suite struct RoundTripTests {
    @Test(arguments: Fixtures.allModels)
    func readWriteReadIsIdentical(model: URL) throws {
        let original = try ModelFile(path: model.path)
        let editable = original.makeEditableModel()
        let copy = try ModelFile.roundTrip(editable)
        #expect(copy.makeEditableModel() == editable)
        // The writer is deterministic: writing the copy again gives the same bytes.
        let first = try ModelWriter().serialize(editable)
        let second = try ModelWriter().serialize(copy.makeEditableModel())
        #expect(first == second)
        for index in 0..<(original.model.buffers?.count ?? 0) {
            #expect(equalBytes(original.bufferBytes(index), copy.bufferBytes(index)), "buffer \(index)")
        }
    }

    @Test(arguments: Fixtures.allModels)
    func externalBufferLayoutRoundTrips(model: URL) throws {
        let original = try ModelFile(path: model.path)
        let editable = original.makeEditableModel()
        let bytes = try ModelWriter(placement: .external).serialize(editable)
        let external = try ModelFile(bytes: bytes)
        // Every non-empty buffer now lives after the FlatBuffer, 16-byte aligned, addressed by offset/size.
        var moved = 0
        let buffers: [BufferView] = external.model.buffers.map(Array.init) ?? []
        for (index, buffer) in buffers.enumerated() {
            let size = original.bufferBytes(index)?.count ?? 0
            guard size > 0 else { continue }
            #expect(buffer.data == nil)
            #expect(buffer.offset > 1 && buffer.offset % 16 == 0)
            #expect(Int(buffer.size) == size)
            #expect(equalBytes(original.bufferBytes(index), external.bufferBytes(index)), "buffer \(index)")
            moved += 1
        }
        #expect(moved > 0)
        // Reading it back into an editable model brings the data inside again.
        #expect(external.makeEditableModel() == editable)
        #expect(try ModelWriter().serialize(external.makeEditableModel()) == ModelWriter().serialize(editable))
    }

    @Test func automaticPlacementMovesDataOutPastTheLimit() throws {
        let editable = try ModelFile(path: Fixtures.model("float32_cnn").path).makeEditableModel()
        let small = try ModelWriter(placement: .automatic, inlineLimit: 1 << 20).serialize(editable)
        let large = try ModelWriter(placement: .automatic, inlineLimit: 100).serialize(editable)
        let inline = try ModelFile(bytes: small)
        let outside = try ModelFile(bytes: large)
        #expect(inline.model.buffers?.contains { $0.offset > 1 } == false)
        #expect(outside.model.buffers?.contains { $0.offset > 1 } == true)
    }

    @Test func writesFilesAtomically() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlite-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let editable = try ModelFile(path: Fixtures.model("multi_io").path).makeEditableModel()
        let target = directory.appendingPathComponent("out.tflite")
        try ModelWriter().write(editable, to: target.path)
        #expect(try ModelFile(path: target.path).makeEditableModel() == editable)
        // No temporary files are left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.tflite"])
        // A write into a missing directory fails with an I/O error and creates nothing.
        let missing = directory.appendingPathComponent("missing/out.tflite")
        #expect(throws: ModelError.self) { try ModelWriter().write(editable, to: missing.path) }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func loadingAMappedFileCopiesNoWeights() throws {
        let file = try ModelFile(path: Fixtures.model("float32_cnn").path)
        #expect(file.storage.isMemoryMapped)
        let base = UInt(bitPattern: file.storage.baseAddress)
        for index in 0..<(file.model.buffers?.count ?? 0) {
            guard let bytes = file.bufferBytes(index), let start = bytes.baseAddress else { continue }
            let address = UInt(bitPattern: start)
            #expect(address >= base && address + UInt(bytes.count) <= base + UInt(file.storage.count),
                    "buffer \(index) points into the mapping")
        }
    }

    private func equalBytes(_ a: UnsafeRawBufferPointer?, _ b: UnsafeRawBufferPointer?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): a.elementsEqual(b)
        default: false
        }
    }
}
