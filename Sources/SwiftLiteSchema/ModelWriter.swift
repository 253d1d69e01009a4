import FlatBuffers

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ModelFile {
    /// The whole model as an editable value. Buffers stored after the FlatBuffer (`offset`/`size`)
    /// are read into `data`, so the value is self-contained; the writer decides again where they go.
    public func makeEditableModel() -> Model {
        var editable = Model(model)
        if let buffers = model.buffers, var copies = editable.buffers {
            for (index, buffer) in buffers.enumerated() where buffer.data == nil && externalRegion(of: buffer) != nil {
                copies[index].data = bufferBytes(index).map { Array($0) }
                copies[index].offset = 0
                copies[index].size = 0
            }
            editable.buffers = copies
        }
        // Custom options stored after the FlatBuffer (large_custom_options_offset/size) move
        // inline too, or the copy would point at unrelated bytes.
        if let subgraphs = model.subgraphs, var edited = editable.subgraphs {
            for (s, subgraph) in subgraphs.enumerated() {
                guard let operators = subgraph.operators else { continue }
                for (o, op) in operators.enumerated() where op.largeCustomOptionsOffset > 1 {
                    if let region = largeCustomOptions(of: op) {
                        edited[s].operators?[o].customOptions = Array(region)
                    }
                    edited[s].operators?[o].largeCustomOptionsOffset = 0
                    edited[s].operators?[o].largeCustomOptionsSize = 0
                }
            }
            editable.subgraphs = edited
        }
        return editable
    }

    /// The custom options an operator stores after the FlatBuffer, or nil when it stores none
    /// there (or the region lies outside the file).
    public func largeCustomOptions(of op: OperatorView) -> UnsafeRawBufferPointer? {
        guard op.largeCustomOptionsOffset > 1, let offset = Int(exactly: op.largeCustomOptionsOffset),
              let size = Int(exactly: op.largeCustomOptionsSize) else { return nil }
        return flatBuffer.storageBytes(at: offset, size: size)
    }
}

/// Serializes a ``Model`` to `.tflite` bytes or a file.
///
/// Models whose buffers fit in a FlatBuffer are written the classic way, data inside. Larger ones
/// (or any model, when asked) are written as TFLite 2.21 does for models over 2 GiB: the
/// FlatBuffer first, then each buffer's bytes, 16-byte aligned, referenced by `offset`/`size`.
public struct ModelWriter: Sendable {
    /// Where buffer data goes.
    public enum BufferPlacement: Sendable, Equatable {
        /// Inside the FlatBuffer unless the total would not fit under 2 GiB.
        case automatic
        /// Always after the FlatBuffer (for testing the large-model layout on small models).
        case external
    }

    /// Where buffer data goes.
    public var placement: BufferPlacement
    /// Total buffer bytes above which `.automatic` moves data out of the FlatBuffer.
    public var inlineLimit: Int

    /// A writer; the default limit leaves 64 MiB of the 2 GiB FlatBuffer for the graph itself.
    public init(placement: BufferPlacement = .automatic, inlineLimit: Int = FlatBuffer.maximumSize - (64 << 20)) {
        self.placement = placement
        self.inlineLimit = inlineLimit
    }

    /// The `.tflite` bytes of `model`.
    ///
    /// - Throws: ``ModelError`` `.tooLarge` when even the graph alone exceeds 2 GiB.
    public func serialize(_ model: Model) throws(ModelError) -> [UInt8] {
        let buffers = model.buffers ?? []
        var total = 0
        for buffer in buffers { total += buffer.data?.count ?? 0 }
        let external = placement == .external || total > inlineLimit
        guard external else { return try finish(model) }

        // Write the graph with placeholder offsets, then append the data and patch the offsets.
        var stripped = model
        var payloads: [[UInt8]?] = []
        stripped.buffers = buffers.map { buffer in
            var copy = buffer
            if let data = buffer.data, !data.isEmpty {
                payloads.append(data)
                copy.data = nil
                copy.offset = 1  // placeholder, non-default so the field is written
                copy.size = UInt64(data.count)
            } else {
                payloads.append(nil)
            }
            return copy
        }
        var bytes = try finish(stripped)
        let view = ModelView(table: FlatTable(buffer: FlatBuffer(storage: ByteStorage(copying: bytes)),
                                              position: Int(UInt32.read(from: bytes, at: 0))))
        var offsets: [(field: Int, value: UInt64)] = []
        for (index, payload) in payloads.enumerated() {
            guard let payload else { continue }
            let padding = (16 - bytes.count % 16) % 16
            bytes.append(contentsOf: repeatElement(0, count: padding))
            guard let field = view.buffers?[index].table.fieldPosition(slot: 1) else {
                throw ModelError(.tooLarge, "internal error: buffer \(index) offset field missing")
            }
            offsets.append((field, UInt64(bytes.count)))
            bytes.append(contentsOf: payload)
        }
        bytes.withUnsafeMutableBytes { raw in
            for (field, value) in offsets { value.write(to: raw.baseAddress! + field) }
        }
        return bytes
    }

    private func finish(_ model: Model) throws(ModelError) -> [UInt8] {
        var builder = FlatBufferBuilder(initialCapacity: 1 << 16)
        let root = model.pack(into: &builder)
        do {
            return try builder.finish(root: root, fileIdentifier: ModelFile.fileIdentifier)
        } catch {
            throw ModelError(.tooLarge, "the model's graph does not fit in a 2 GiB FlatBuffer", underlying: error)
        }
    }

    /// Writes `model` to `path` atomically: a temporary file in the same directory is written,
    /// flushed and renamed over `path`, so readers never see a partial file and a failure leaves
    /// nothing behind.
    public func write(_ model: Model, to path: String) throws(ModelError) {
        let bytes = try serialize(model)
        try AtomicFileWriter.write(bytes, to: path)
    }
}

extension UInt32 {
    fileprivate static func read(from bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { UInt32.read(from: $0.baseAddress!, at: offset) }
    }
}

/// Writes whole files atomically (temporary file, then rename).
public enum AtomicFileWriter {
    /// Writes `bytes` to `path` via a temporary file in the same directory.
    ///
    /// - Throws: ``ModelError`` `.io` with the system's reason; no file is left behind.
    public static func write(_ bytes: [UInt8], to path: String) throws(ModelError) {
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = String(path[..<slash]).isEmpty ? "/" : String(path[..<slash])
        } else {
            directory = "."
        }
        var template = Array("\(directory)/.swiftlite-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw ModelError(.io, "cannot create a temporary file in '\(directory)': \(systemError())")
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let result = Glibc_write(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot write '\(temporary)': \(systemError())"
                    return
                }
                written += result
            }
        }
        if failure == nil, fsync(descriptor) != 0 {
            failure = "cannot flush '\(temporary)': \(systemError())"
        }
        _ = fchmod(descriptor, 0o644)
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 {
            failure = "cannot rename the temporary file to '\(path)': \(systemError())"
        }
        if let failure {
            unlink(temporary)
            throw ModelError(.io, failure)
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}

#if canImport(Darwin)
private let Glibc_write = Darwin.write
#elseif canImport(Musl)
private let Glibc_write = Musl.write
#else
private let Glibc_write = Glibc.write
#endif
