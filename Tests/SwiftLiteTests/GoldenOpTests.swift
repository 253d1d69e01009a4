import Foundation
import Testing
import SwiftLite

/// Every per-op golden case from the official runtime's reference kernels must match within its
/// declared tolerance (integers exactly).
@Suite struct GoldenOpTests {
    static let cases = GoldenCase.load("ops")

    @Test(arguments: cases)
    func matchesTheOfficialReferenceKernels(golden: GoldenCase) {
        switch GoldenRunner.run(golden) {
        case .passed: break
        case .unsupported(let message):
            Issue.record("\(golden.name) uses an operator SwiftLite cannot run yet: \(message)")
        case .failed(let message):
            Issue.record("\(golden.name) (\(golden.ops.joined(separator: ", "))): \(message)")
        }
    }
}
