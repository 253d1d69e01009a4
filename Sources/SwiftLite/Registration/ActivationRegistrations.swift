import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Registrations of the Activation family (see BuiltinRegistrations).
enum ActivationRegistrations {
    static var all: [OpRegistration] {
        []
    }
}
