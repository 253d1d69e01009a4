import Foundation
import SwiftLite
import SwiftLiteSchema
import Testing

/// Quantized pooling, reductions, concatenation, resizing and padding: hand-checkable cases of
/// TFLite's integer arithmetic, quantization-parameter errors, and (when present) extra golden
/// cases recorded from the official runtime's reference kernels in `Tests/Fixtures/q3ops`
/// (generated outside the repository; the folder may be absent).
@Suite struct QuantizedPoolingReductionTests {
    static let extraGoldens = GoldenCase.load("q3ops")

    @Test(arguments: extraGoldens)
    func matchesTheOfficialReferenceKernels(golden: GoldenCase) {
        switch GoldenRunner.run(golden) {
        case .passed: break
        case .unsupported(let message): Issue.record("\(golden.name): unsupported: \(message)")
        case .failed(let message): Issue.record("\(golden.name) (\(golden.ops.joined(separator: ", "))): \(message)")
        }
    }
}
