import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Registrations of the Reduction family (see BuiltinRegistrations).
enum ReductionRegistrations {
    static var all: [OpRegistration] {
        []
    }
}
