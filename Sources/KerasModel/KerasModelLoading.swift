import FlatBuffers
import HDF5
import SwiftLiteSchema

/// Loading entry points.
extension KerasModelFile {
    /// Reads a `.keras` archive or legacy `.h5` file (chosen by content, not extension). The file is
    /// memory-mapped; stored archive members are read in place.
    public init(path: String, limits: KerasImportLimits = KerasImportLimits()) throws(KerasImportError) {
        let storage: ByteStorage
        do {
            storage = try ByteStorage(mappingFileAt: path)
        } catch {
            throw KerasImportError(.io, "cannot open the file: \(error)", location: path)
        }
        try self.init(storage: storage, limits: limits)
    }

    /// Reads a `.keras` archive or legacy `.h5` file held in memory.
    public init(bytes: [UInt8], limits: KerasImportLimits = KerasImportLimits()) throws(KerasImportError) {
        try self.init(storage: ByteStorage(copying: bytes), limits: limits)
    }

    /// Reads a `.keras` archive or legacy `.h5` file held in `storage`.
    public init(storage: ByteStorage, limits: KerasImportLimits = KerasImportLimits()) throws(KerasImportError) {
        let bytes = storage.bytes
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B {
            self = try Self.readArchive(storage, limits: limits)
        } else if Self.looksLikeHDF5(bytes) {
            self = try Self.readLegacy(storage, limits: limits)
        } else {
            throw KerasImportError(.malformed, "the file is neither a .keras (ZIP) archive nor an HDF5 .h5 file")
        }
    }

    /// The graph a model config describes, without weights (every layer gets empty `.keras`
    /// weights): the `config.json` of an archive or the `model_config` attribute of an `.h5` file.
    public static func graph(configJSON: String, limits: KerasImportLimits = KerasImportLimits()) throws(KerasImportError) -> KerasGraph {
        var parser = ConfigParser(limits: limits)
        let model = try parser.parseModel(try JSONParser.parse(configJSON, source: "config"))
        return try GraphFlattener.flatten(model, limits: limits)
    }

    private static func looksLikeHDF5(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
        var offset = 0
        while offset + 8 <= bytes.count {
            if (0..<8).allSatisfy({ bytes[offset + $0] == signature[$0] }) { return true }
            offset = offset == 0 ? 512 : offset * 2
        }
        return false
    }

    /// A Keras 3 archive: `config.json`, `metadata.json`, `model.weights.h5`.
    static func readArchive(_ storage: ByteStorage, limits: KerasImportLimits) throws(KerasImportError) -> KerasModelFile {
        let archive = try ZipArchive(storage: storage, limits: limits.archive)
        let configBytes = try archive.contents(of: "config.json")
        let config = try configBytes.withBytes { bytes throws(KerasImportError) in try JSONParser.parse(bytes, source: "config.json") }
        var version: String?
        if archive.entry(named: "metadata.json") != nil {
            let metadata = try archive.contents(of: "metadata.json").withBytes { bytes throws(KerasImportError) in
                try JSONParser.parse(bytes, source: "metadata.json")
            }
            version = metadata["keras_version"]?.stringValue
        }
        var parser = ConfigParser(limits: limits)
        let model = try parser.parseModel(config)
        let weightsStorage = try archive.contents(of: "model.weights.h5")
        let weights = try hdf5("model.weights.h5") { try HDF5File(storage: weightsStorage) }
        try ArchiveWeights.attach(model, root: weights.root, groupPath: "")
        let graph = try GraphFlattener.flatten(model, limits: limits)
        return KerasModelFile(format: .keras, kerasVersion: version, graph: graph)
    }

    /// A legacy `.h5` file: `model_config` attribute and `model_weights` group.
    static func readLegacy(_ storage: ByteStorage, limits: KerasImportLimits) throws(KerasImportError) -> KerasModelFile {
        let file = try hdf5("h5 file") { try HDF5File(storage: storage) }
        let attributes = try hdf5("h5 root attributes") { try file.root.attributes }
        guard let configValue = attributes["model_config"] else {
            throw KerasImportError(
                .notFound, "the file has no `model_config` attribute (a weights-only file cannot be converted)",
                location: "h5 root attributes")
        }
        guard let configText = configValue.string else {
            throw KerasImportError(.malformed, "`model_config` is not a string", location: "h5 root attributes")
        }
        let config = try JSONParser.parse(configText, source: "model_config")
        var parser = ConfigParser(limits: limits)
        let model = try parser.parseModel(config)
        let weightsGroup = try hdf5("model_weights") { try file.root.group("model_weights") }
        var version = attributes["keras_version"]?.string
        if version == nil {
            version = try hdf5("model_weights") { try weightsGroup.attributes }["keras_version"]?.string
        }
        try LegacyWeights.attach(model, weights: weightsGroup)
        let graph = try GraphFlattener.flatten(model, limits: limits)
        return KerasModelFile(format: .legacyH5, kerasVersion: version, graph: graph)
    }
}
