import Foundation
import Testing
import SwiftLite

/// Whole models (MobileNetV2/V3, EfficientNet, ResNet, KWS CNN, transformer block, LSTM/GRU as
/// TF 2.21 converts them, a fused LSTM, SSD heads with post-processing) against the official
/// runtime's reference kernels, within each model's declared tolerance.
@Suite struct GoldenModelTests {
    static let cases = GoldenCase.load("models")

    @Test func fixturesArePresent() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases)
    func matchesTheOfficialReferenceKernels(golden: GoldenCase) {
        for reference in [true, false] {
            switch GoldenRunner.run(golden, reference: reference) {
            case .passed: break
            case .unsupported(let message):
                Issue.record("\(golden.name) uses an operator SwiftLite cannot run yet: \(message)")
            case .failed(let message):
                Issue.record("\(golden.name) (\(reference ? "reference" : "default") kernels): \(message)")
            }
        }
    }
}
