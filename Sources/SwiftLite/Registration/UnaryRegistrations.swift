import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Registrations of the Unary family (see BuiltinRegistrations).
enum UnaryRegistrations {
    static var all: [OpRegistration] {
        []
    }
}
