import SwiftLiteCore

/// Runs a whole data set through a single-input model, batched as the model allows, and scores
/// the first output: top-1/top-5 accuracy against integer labels, or error statistics against
/// reference outputs (what `swiftlite evaluate` prints).
public struct DatasetEvaluation {
    /// Accuracy against labels.
    public struct Accuracy: Sendable, Equatable {
        /// Samples scored.
        public let samples: Int
        /// Fraction whose best class is the label.
        public let top1: Double
        /// Fraction whose label is among the five best classes.
        public let top5: Double
    }

    /// Differences from reference outputs.
    public struct ErrorStatistics: Sendable, Equatable {
        /// Elements compared.
        public let elements: Int
        /// Largest absolute difference.
        public let maxAbsolute: Double
        /// Mean absolute difference.
        public let meanAbsolute: Double
        /// Root mean square difference.
        public let rootMeanSquare: Double
        /// Elements exactly equal.
        public let exactlyEqual: Int
    }

    /// The session running the model.
    public let session: InferenceSession
    /// Samples per invocation (1 when the model's batch dimension is fixed).
    public let batchSize: Int

    /// An evaluation; `batchSize` is used only if the model's first input has a resizable
    /// leading dimension.
    public init(interpreter: Interpreter, batchSize: Int = 32) throws(SwiftLiteError) {
        session = try InferenceSession(interpreter: interpreter)
        guard interpreter.inputTensorCount == 1 else {
            throw SwiftLiteError(.invalidArgument, "evaluate needs a model with one input; this one has \(interpreter.inputTensorCount)")
        }
        let signature = try interpreter.inputSlot(0).shapeSignature
        self.batchSize = signature.first == -1 ? max(1, batchSize) : 1
    }

    /// The first output for every sample of `data` (first axis = samples), concatenated.
    public func outputs(for data: NumpyArray) throws(SwiftLiteError) -> NumpyArray {
        guard let count = data.shape.first, count > 0 else {
            throw SwiftLiteError(.invalidArgument, "the data set is empty (shape \(data.shape))")
        }
        let sampleBytes = data.data.count / count
        var collected: [UInt8] = []
        var outputShape: [Int] = []
        var outputType = ElementType.float32
        var start = 0
        while start < count {
            let size = min(batchSize, count - start)
            let batch = NumpyArray(type: data.type, shape: [size] + data.shape.dropFirst(),
                                   data: Array(data.data[(start * sampleBytes)..<((start + size) * sampleBytes)]))
            let output = try session.run(inputs: [("0", batch)])[0]
            outputType = output.type
            outputShape = Array(output.shape.dropFirst())
            collected += output.data
            start += size
        }
        return NumpyArray(type: outputType, shape: [count] + outputShape, data: collected)
    }

    /// Top-1 and top-5 accuracy of the first output against integer `labels`.
    public func accuracy(data: NumpyArray, labels: NumpyArray) throws(SwiftLiteError) -> Accuracy {
        let scores = try Self.doubles(try outputs(for: data))
        let truth = try Self.integers(labels)
        let count = data.shape[0]
        guard truth.count == count else {
            throw SwiftLiteError(.invalidArgument, "\(truth.count) labels for \(count) samples")
        }
        let classes = scores.count / count
        var top1 = 0
        var top5 = 0
        for sample in 0..<count {
            let row = scores[(sample * classes)..<((sample + 1) * classes)]
            let label = truth[sample]
            let better = row.filter { $0 > row[row.startIndex + min(max(label, 0), classes - 1)] }.count
            guard label >= 0, label < classes else { continue }
            if better == 0 { top1 += 1 }
            if better < 5 { top5 += 1 }
        }
        return Accuracy(samples: count, top1: Double(top1) / Double(count), top5: Double(top5) / Double(count))
    }

    /// Error statistics of the first output against `reference` outputs.
    public func errors(data: NumpyArray, reference: NumpyArray) throws(SwiftLiteError) -> ErrorStatistics {
        let ours = try outputs(for: data)
        guard ours.shape == reference.shape else {
            throw SwiftLiteError(.invalidArgument, "outputs have shape \(ours.shape); the reference has \(reference.shape)")
        }
        let a = try Self.doubles(ours)
        let b = try Self.doubles(reference)
        var maxError = 0.0
        var sum = 0.0
        var squares = 0.0
        var equal = 0
        for (x, y) in zip(a, b) {
            let error = abs(x - y)
            maxError = max(maxError, error)
            sum += error
            squares += error * error
            if x == y { equal += 1 }
        }
        let n = Double(max(1, a.count))
        return ErrorStatistics(elements: a.count, maxAbsolute: maxError, meanAbsolute: sum / n,
                               rootMeanSquare: (squares / n).squareRoot(), exactlyEqual: equal)
    }

    static func doubles(_ array: NumpyArray) throws(SwiftLiteError) -> [Double] {
        switch array.type {
        case .float32: return array.values(as: Float.self).map(Double.init)
        case .float64: return array.values(as: Double.self)
        case .int8: return array.values(as: Int8.self).map(Double.init)
        case .uint8: return array.values(as: UInt8.self).map(Double.init)
        case .int16: return array.values(as: Int16.self).map(Double.init)
        case .int32: return array.values(as: Int32.self).map(Double.init)
        case .int64: return array.values(as: Int64.self).map(Double.init)
        default: throw SwiftLiteError(.unsupported, "cannot score outputs of type \(array.type)")
        }
    }

    static func integers(_ array: NumpyArray) throws(SwiftLiteError) -> [Int] {
        switch array.type {
        case .int8: return array.values(as: Int8.self).map(Int.init)
        case .uint8: return array.values(as: UInt8.self).map(Int.init)
        case .int16: return array.values(as: Int16.self).map(Int.init)
        case .int32: return array.values(as: Int32.self).map(Int.init)
        case .int64: return array.values(as: Int64.self).map(Int.init)
        default: throw SwiftLiteError(.invalidArgument, "labels must be integers, got \(array.type)")
        }
    }
}
