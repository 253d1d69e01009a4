import Foundation
import Testing
import SwiftLite

/// The bundled digits classifier gives the official runtime's answers on its sample images.
@Suite struct DemoModelTests {
    static let models = GoldenCase.repository.appendingPathComponent("Models")

    @Test(arguments: ["digits_cnn.tflite"])
    func predictsLikeTheOfficialRuntime(model: String) throws {
        let data = try Data(contentsOf: Self.models.appendingPathComponent("samples/predictions.json"))
        let predictions = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: [String: Any]]])
        let interpreter = try Interpreter(modelPath: Self.models.appendingPathComponent(model).path)
        try interpreter.allocateTensors()
        #expect(!predictions.isEmpty)
        for (sample, byModel) in predictions.sorted(by: { $0.key < $1.key }) {
            let expected = try #require(byModel[model])
            let image = try NumpyArray(contentsOf: Self.models.appendingPathComponent("samples/\(sample)").path)
            try interpreter.copy(image.values(as: Float.self), toInputAt: 0)
            try interpreter.invoke()
            let scores = try interpreter.output(at: 0).values(as: Float.self)
            let reference = try #require(expected["probabilities"] as? [Double])
            #expect(scores.count == reference.count)
            for (ours, theirs) in zip(scores, reference) {
                #expect(abs(Double(ours) - theirs) <= 1e-6 + 1e-5 * abs(theirs), "\(sample)")
            }
            #expect(scores.indices.max { scores[$0] < scores[$1] } == expected["class"] as? Int)
        }
    }

    @Test func sharesOneModelBetweenInterpreters() throws {
        let model = try Model(path: Self.models.appendingPathComponent("digits_cnn.tflite").path)
        let first = try Interpreter(model: model)
        let second = try Interpreter(model: model)
        try first.allocateTensors()
        try second.allocateTensors()
        let image = try NumpyArray(contentsOf: Self.models.appendingPathComponent("samples/digit_0.npy").path)
        for interpreter in [first, second] {
            try interpreter.copy(image.values(as: Float.self), toInputAt: 0)
            try interpreter.invoke()
        }
        #expect(try first.output(at: 0) == second.output(at: 0))
    }

    @Test func resizesTheBatchDimension() throws {
        let interpreter = try Interpreter(modelPath: Self.models.appendingPathComponent("digits_cnn.tflite").path)
        try interpreter.resizeInput(at: 0, to: [3, 8, 8, 1])
        try interpreter.allocateTensors()
        let images = try (0..<3).map { try NumpyArray(contentsOf: Self.models.appendingPathComponent("samples/digit_\($0).npy").path).values(as: Float.self) }
        try interpreter.copy(images.flatMap { $0 }, toInputAt: 0)
        try interpreter.invoke()
        let batch = try interpreter.output(at: 0)
        #expect(batch.shape == [3, 10])
        // Each row equals the single-image result.
        let single = try Interpreter(modelPath: Self.models.appendingPathComponent("digits_cnn.tflite").path)
        try single.allocateTensors()
        for (row, image) in images.enumerated() {
            try single.copy(image, toInputAt: 0)
            try single.invoke()
            let alone = try single.output(at: 0).values(as: Float.self)
            #expect(Array(batch.values(as: Float.self)[(row * 10)..<(row * 10 + 10)]) == alone)
        }
        // A fixed dimension cannot change.
        #expect(throws: SwiftLiteError.self) { try interpreter.resizeInput(at: 0, to: [1, 9, 8, 1]) }
    }
}

/// `evaluate` on the digits test split reproduces the accuracy the official runtime measured.
@Suite struct DatasetEvaluationTests {
    static let samples = GoldenCase.repository.appendingPathComponent("Models/samples")

    @Test func digitsAccuracyMatchesTheOfficialMeasurement() throws {
        let recorded = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.samples.appendingPathComponent("accuracy.json"))) as? [String: Any])
        let expected = try #require(recorded["tflite_float32_test_accuracy"] as? Double)
        let interpreter = try Interpreter(modelPath: DemoModelTests.models.appendingPathComponent("digits_cnn.tflite").path)
        let evaluation = try DatasetEvaluation(interpreter: interpreter, batchSize: 50)
        #expect(evaluation.batchSize == 50, "the digits model's batch dimension is resizable")
        let result = try evaluation.accuracy(
            data: try NumpyArray(contentsOf: Self.samples.appendingPathComponent("digits_test_images.npy").path),
            labels: try NumpyArray(contentsOf: Self.samples.appendingPathComponent("digits_test_labels.npy").path))
        #expect(result.samples == 360)
        #expect(abs(result.top1 - expected) < 0.5 / 360, "top-1 \(result.top1) vs official \(expected)")
        #expect(result.top5 >= result.top1)
    }
}
