import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Operators that move or reinterpret data: reshapes, slices, stacking.
enum ShapeRegistrations {
    static var all: [OpRegistration] {
        [
            OpRegistration(.reshape, 1...1, aliasesInput: true) { options in
                guard case .reshapeOptions(let o) = options.builtin, let shape = o.newShape else {
                    return ReshapeKernel(optionShape: nil)
                }
                return ReshapeKernel(optionShape: shape.map(Int.init))
            },
            OpRegistration(.shape, 1...1, readsOnlyShapes: true) { options throws(SwiftLiteError) in
                var type = TensorType.int32
                if case .shapeOptions(let o) = options.builtin { type = o.outType }
                guard let element = ElementType(type) else {
                    throw SwiftLiteError(.unsupported, "SHAPE: unsupported out_type \(type)")
                }
                return ShapeKernel(outputType: element)
            },
            OpRegistration(.stridedSlice, 1...8) { options in
                var parameters = StridedSliceKernel.Parameters()
                if case .stridedSliceOptions(let o) = options.builtin {
                    parameters = .init(
                        beginMask: UInt32(bitPattern: o.beginMask), endMask: UInt32(bitPattern: o.endMask),
                        ellipsisMask: UInt32(bitPattern: o.ellipsisMask), newAxisMask: UInt32(bitPattern: o.newAxisMask),
                        shrinkAxisMask: UInt32(bitPattern: o.shrinkAxisMask), offset: o.offset)
                }
                return StridedSliceKernel(parameters)
            },
            OpRegistration(.pack, 1...5) { options in
                guard case .packOptions(let o) = options.builtin else { return PackKernel(axis: 0, count: 0) }
                return PackKernel(axis: Int(o.axis), count: Int(o.valuesCount))
            },
        ]
    }
}
