/// The table of builtin kernels: one line per family, each family file an explicit list of
/// operators with the versions their kernels run (as TFLite's `register_ref.cc`).
enum BuiltinRegistrations {
    static var all: [OpRegistration] {
        ElementwiseRegistrations.all
            + ShapeRegistrations.all
            + ConvolutionRegistrations.all
    }
}
