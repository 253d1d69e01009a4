import HDF5

/// Runs an HDF5 read, turning its errors into ``KerasImportError``s at `location`.
func hdf5<T>(_ location: String, _ body: () throws -> T) throws(KerasImportError) -> T {
    do {
        return try body()
    } catch let error as HDF5Error {
        let kind: KerasImportError.Kind
        switch error.kind {
        case .io: kind = .io
        case .unsupported: kind = .unsupported
        case .notFound: kind = .notFound
        case .limitExceeded: kind = .limitExceeded
        case .malformed, .typeMismatch: kind = .malformed
        }
        var message = "HDF5: \(error.message)"
        if let path = error.path { message += " (object \(path))" }
        if let offset = error.offset { message += " (byte \(offset))" }
        return try rethrow(KerasImportError(kind, message, location: location))
    } catch let error as KerasImportError {
        return try rethrow(error)
    } catch {
        return try rethrow(KerasImportError(.malformed, "HDF5: \(error)", location: location))
    }
}

private func rethrow<T>(_ error: KerasImportError) throws(KerasImportError) -> T { throw error }

/// Reads one dataset as a float array.
func readArray(_ dataset: HDF5Dataset, location: String) throws(KerasImportError) -> KerasArray {
    let (shape, values) = try hdf5(location) { (try dataset.shape, try dataset.readFloats()) }
    var count = 1
    for dim in shape {
        let (product, overflow) = count.multipliedReportingOverflow(by: dim)
        guard !overflow, dim >= 0 else { throw KerasImportError(.malformed, "invalid dataset shape \(shape)", location: location) }
        count = product
    }
    guard values.count == count else {
        throw KerasImportError(.malformed, "dataset holds \(values.count) values for shape \(shape)", location: location)
    }
    return KerasArray(shape: shape, values: values)
}
