import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Registrations of the Comparison family (see BuiltinRegistrations).
enum ComparisonRegistrations {
    static var all: [OpRegistration] {
        []
    }
}
