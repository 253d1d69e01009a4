/// Loading entry points. (Stub: filled in by the importer work.)
extension KerasModelFile {
    /// Reads a `.keras` archive or legacy `.h5` file (chosen by content, not extension).
    public init(path: String) throws(KerasImportError) {
        throw KerasImportError(.unsupported, "the Keras importer is not implemented yet", location: path)
    }
}
