/// The table of builtin kernels: one line per family, each family file an explicit list of
/// operators with the versions their kernels run (as TFLite's `register_ref.cc`).
enum BuiltinRegistrations {
    static var all: [OpRegistration] {
        var table: [OpRegistration] = []
        table += ElementwiseRegistrations.all
        table += UnaryRegistrations.all
        table += ActivationRegistrations.all
        table += ReductionRegistrations.all
        table += ComparisonRegistrations.all
        table += ShapeRegistrations.all
        table += DataMovementRegistrations.all
        table += ConvolutionRegistrations.all
        table += ConvolutionExtraRegistrations.all
        table += ControlFlowRegistrations.all
        return table
    }

    /// Registrations that replace the defaults in the reference-only resolver.
    static var referenceOverrides: [OpRegistration] {
        ConvolutionExtraRegistrations.referenceOverrides
    }
}
