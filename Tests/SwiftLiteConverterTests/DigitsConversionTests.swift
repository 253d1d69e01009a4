import Foundation
import SwiftLite
import SwiftLiteConverter
import Testing

/// The bundled digits classifier (trained on sklearn's load_digits by
/// Scripts/reference/make_demo_models.py, saved compiled — optimizer state included — as
/// Models/digits_cnn.keras and converted by TF 2.21 to Models/digits_cnn.tflite): SwiftLite's
/// conversion must classify the 360 held-out images like TF's conversion, with near-identical
/// probabilities.
@Test func convertedDigitsModelAgreesWithTFConversionOnTheTestSet() throws {
    let models = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Models")
    let converted = try Converter(kerasModelAt: models.appendingPathComponent("digits_cnn.keras").path).convert()
    let images = try NumpyArray(contentsOf: models.appendingPathComponent("samples/digits_test_images.npy").path)
    func probabilities(_ interpreter: Interpreter) throws -> [Float] {
        try interpreter.resizeInput(at: 0, to: Tensor.Shape(images.shape))
        try interpreter.allocateTensors()
        _ = try interpreter.copy(Data(images.data), toInputAt: 0)
        try interpreter.invoke()
        return try interpreter.output(at: 0).values(as: Float.self)
    }
    let ours = try probabilities(Interpreter(modelData: Data(converted.bytes)))
    let theirs = try probabilities(Interpreter(modelPath: models.appendingPathComponent("digits_cnn.tflite").path))
    #expect(ours.count == images.shape[0] * 10)
    #expect(ours.count == theirs.count)
    let worst = zip(ours, theirs).map { abs($0 - $1) }.max() ?? .infinity
    #expect(worst < 1e-5)
    func classes(_ p: [Float]) -> [Int] {
        stride(from: 0, to: p.count, by: 10).map { row in (0..<10).max { p[row + $0] < p[row + $1] }! }
    }
    #expect(classes(ours) == classes(theirs))
}
