import SwiftLiteSchema

/// The model's buffer list as the exporter builds it: buffer 0 is the empty sentinel TFLite
/// expects, then one buffer per distinct constant contents (identical bytes share a buffer).
struct BufferTable {
    /// The buffers in file order.
    private(set) var buffers: [Buffer] = [Buffer()]
    /// Buffers already written, by a sampled fingerprint of their contents.
    private var indicesByFingerprint: [ByteFingerprint: [UInt32]] = [:]

    /// The buffer index holding `bytes`, appending a buffer when these bytes are new.
    mutating func index(for bytes: [UInt8]) -> UInt32 {
        let fingerprint = ByteFingerprint(bytes)
        for existing in indicesByFingerprint[fingerprint, default: []]
        where ByteFingerprint.equal(buffers[Int(existing)].data ?? [], bytes) {
            return existing
        }
        var buffer = Buffer()
        buffer.data = bytes
        let index = UInt32(buffers.count)
        buffers.append(buffer)
        indicesByFingerprint[fingerprint, default: []].append(index)
        return index
    }

    /// Appends a buffer that is never shared (metadata payloads).
    mutating func appendUnshared(_ bytes: [UInt8]) -> UInt32 {
        var buffer = Buffer()
        buffer.data = bytes
        buffers.append(buffer)
        return UInt32(buffers.count - 1)
    }
}
