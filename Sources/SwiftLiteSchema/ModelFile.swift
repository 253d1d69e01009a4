import FlatBuffers

/// A `.tflite` model held in memory and proven safe to read: the FlatBuffer has been verified
/// and the model validated (see ``ModelValidator``).
///
/// Opening a file maps it; nothing is copied, and constant tensor data read through
/// ``bufferBytes(_:)`` points into the mapping. A `ModelFile` is immutable and can be shared
/// between threads.
///
/// ```swift
/// let file = try ModelFile(path: "mobilenet_v2.tflite")
/// print(file.model.subgraphs?.count ?? 0)
/// ```
public final class ModelFile: Sendable {
    /// The schema version this reader implements.
    public static let schemaVersion: UInt32 = 3
    /// The file identifier of `.tflite` FlatBuffers.
    public static let fileIdentifier = "TFL3"

    /// The bytes of the file.
    public let storage: ByteStorage
    /// The FlatBuffer part of the file (the first 2 GiB at most).
    public let flatBuffer: FlatBuffer
    /// The root table.
    public let model: ModelView

    /// Maps and checks the file at `path`.
    ///
    /// - Throws: ``ModelError`` `.io` when the file cannot be mapped, `.malformedFlatBuffer` when
    ///   the verifier rejects it, `.unsupportedVersion` or `.invalidModel` when validation fails.
    public convenience init(path: String, limits: FlatBufferVerifierLimits = .init()) throws(ModelError) {
        let storage: ByteStorage
        do {
            storage = try ByteStorage(mappingFileAt: path)
        } catch {
            throw ModelError(.io, error.message, underlying: error)
        }
        try self.init(storage: storage, limits: limits)
    }

    /// Checks a model held in memory. The bytes are copied once into aligned storage; use
    /// ``init(storage:limits:)`` with a borrowing ``ByteStorage`` to avoid the copy.
    public convenience init<Bytes: Collection>(bytes: Bytes, limits: FlatBufferVerifierLimits = .init())
        throws(ModelError) where Bytes.Element == UInt8
    {
        try self.init(storage: ByteStorage(copying: bytes), limits: limits)
    }

    /// Checks a model in `storage`, without copying it.
    public init(storage: ByteStorage, limits: FlatBufferVerifierLimits = .init()) throws(ModelError) {
        self.storage = storage
        let buffer = FlatBuffer(storage: storage)
        self.flatBuffer = buffer
        var verifier = FlatBufferVerifier(buffer: buffer, limits: limits)
        do {
            let root = try verifier.verifyRoot(identifier: Self.fileIdentifier)
            try ModelView.verify(&verifier, at: root)
            self.model = ModelView(table: FlatTable(buffer: buffer, position: root))
        } catch {
            throw ModelError(
                .malformedFlatBuffer, "not a valid TFLite FlatBuffer: \(error.within("Model").located)",
                byteOffset: error.offset, underlying: error)
        }
        try ModelValidator(file: self).validate()
    }

    /// The bytes of buffer `index`: the embedded `data` vector, or the `offset`/`size` region
    /// after the FlatBuffer (TFLite's layout for models over 2 GiB). Empty when the buffer holds
    /// no data; nil when `index` is out of range.
    public func bufferBytes(_ index: Int) -> UnsafeRawBufferPointer? {
        guard let buffers = model.buffers, index >= 0, index < buffers.count else { return nil }
        let buffer = buffers[index]
        if let data = buffer.data {
            return data.rawBytes
        }
        if let region = externalRegion(of: buffer) {
            return flatBuffer.storageBytes(at: region.offset, size: region.size)
        }
        return UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// The `offset`/`size` of a buffer stored after the FlatBuffer, or nil when it is not.
    /// TFLite treats offsets 0 and 1 as "not stored outside".
    func externalRegion(of buffer: BufferView) -> (offset: Int, size: Int)? {
        guard buffer.offset > 1 else { return nil }
        guard let offset = Int(exactly: buffer.offset), let size = Int(exactly: buffer.size) else {
            return (Int.max, Int.max)
        }
        return (offset, size)
    }

    /// The names of the model's metadata entries, in order.
    public var metadataNames: [String] {
        model.metadata.map { $0.map { $0.name ?? "" } } ?? []
    }

    /// The bytes of the metadata entry called `name`, if present.
    public func metadata(named name: String) -> UnsafeRawBufferPointer? {
        guard let entries = model.metadata else { return nil }
        for entry in entries where entry.name == name {
            return bufferBytes(Int(entry.buffer))
        }
        return nil
    }
}
