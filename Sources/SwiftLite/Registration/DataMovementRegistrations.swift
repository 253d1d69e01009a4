import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Registrations of the DataMovement family (see BuiltinRegistrations).
enum DataMovementRegistrations {
    static var all: [OpRegistration] {
        []
    }
}
