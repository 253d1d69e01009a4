import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Registrations of the ControlFlow family (see BuiltinRegistrations).
enum ControlFlowRegistrations {
    static var all: [OpRegistration] {
        []
    }
}
