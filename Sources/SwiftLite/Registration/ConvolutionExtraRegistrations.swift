import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Registrations of the ConvolutionExtra family (see BuiltinRegistrations).
enum ConvolutionExtraRegistrations {
    static var all: [OpRegistration] {
        []
    }
}
