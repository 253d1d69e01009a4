import Foundation
import Testing
import SwiftLite

/// Quantized golden cases (int8, uint8, 16x8, hybrid, float16) from the official runtime's
/// reference kernels: integer outputs must be bit-exact (the manifests declare rtol = atol = 0),
/// float outputs within their declared tolerance.
@Suite struct GoldenQuantizedTests {
    static let operatorCases = GoldenCase.load("quantized-ops")
    static let modelCases = GoldenCase.load("quantized-models")

    /// Cases SwiftLite cannot run yet, each named with what is missing. A case listed here that
    /// starts to run fails the test, so the list only shrinks.
    static let knownGaps: [String: String] = [:]

    @Test func fixturesArePresent() {
        #expect(Self.operatorCases.count >= 100)
        #expect(Self.modelCases.count >= 10)
    }

    @Test(arguments: operatorCases + modelCases)
    func matchesTheOfficialReferenceKernels(golden: GoldenCase) {
        let outcome = GoldenRunner.run(golden)
        switch outcome {
        case .passed:
            if let gap = Self.knownGaps[golden.name] {
                Issue.record("\(golden.name) now runs; remove it from knownGaps (\(gap))")
            }
        case .unsupported(let message):
            if Self.knownGaps[golden.name] == nil {
                Issue.record("\(golden.name) is unsupported: \(message)")
            }
        case .failed(let message):
            Issue.record("\(golden.name): \(message)")
        }
    }
}
