import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Operators that move elements without computing on them (transposes, slices, pads,
/// gathers, splits, resizes), with the versions of TFLite's `register.cc`.
enum DataMovementRegistrations {
    static var all: [OpRegistration] {
        [
            OpRegistration(.squeeze, 1...2) { options in
                guard case .squeezeOptions(let o) = options.builtin else { return SqueezeKernel(squeezeDimensions: []) }
                return SqueezeKernel(squeezeDimensions: (o.squeezeDims ?? []).map(Int.init))
            },
            OpRegistration(.expandDims, 1...1) { _ in ExpandDimsKernel() },
            OpRegistration(.transpose, 1...9) { _ in TransposeKernel() },
            OpRegistration(.concatenation, 1...7) { options throws(SwiftLiteError) in
                guard case .concatenationOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "CONCATENATION without ConcatenationOptions")
                }
                return ConcatenationKernel(
                    axis: Int(o.axis), activation: try FusedActivation(o.fusedActivationFunction, context: "CONCATENATION"))
            },
            OpRegistration(.unpack, 1...6) { options throws(SwiftLiteError) in
                guard case .unpackOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "UNPACK without UnpackOptions")
                }
                return UnpackKernel(count: Int(o.num), axis: Int(o.axis))
            },
            OpRegistration(.split, 1...5) { options throws(SwiftLiteError) in
                guard case .splitOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "SPLIT without SplitOptions")
                }
                return SplitKernel(count: Int(o.numSplits))
            },
            OpRegistration(.splitV, 1...3) { options throws(SwiftLiteError) in
                guard case .splitVOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "SPLIT_V without SplitVOptions")
                }
                return SplitVKernel(count: Int(o.numSplits))
            },
            OpRegistration(.slice, 1...8) { _ in SliceKernel() },
            OpRegistration(.pad, 1...6) { _ in PadKernel() },
            OpRegistration(.padv2, 1...6) { _ in PadKernel() },
            OpRegistration(.mirrorPad, 1...3) { options throws(SwiftLiteError) in
                var mode = MirrorPadMode.reflect
                if case .mirrorPadOptions(let o) = options.builtin { mode = o.mode }
                switch mode {
                case .reflect: return MirrorPadKernel(mode: .reflect)
                case .symmetric: return MirrorPadKernel(mode: .symmetric)
                default: throw SwiftLiteError(.unsupported, "MIRROR_PAD: unsupported mode \(mode)")
                }
            },
            OpRegistration(.tile, 1...3) { _ in TileKernel() },
            OpRegistration(.broadcastTo, 2...4) { _ in BroadcastToKernel() },
            OpRegistration(.gather, 1...8) { options in
                guard case .gatherOptions(let o) = options.builtin else { return GatherKernel(axis: 0, batchDimensions: 0) }
                return GatherKernel(axis: Int(o.axis), batchDimensions: Int(o.batchDims))
            },
            OpRegistration(.gatherNd, 1...6) { _ in GatherNdKernel() },
            OpRegistration(.reverseV2, 1...4) { _ in ReverseKernel() },
            OpRegistration(.depthToSpace, 1...2) { options throws(SwiftLiteError) in
                guard case .depthToSpaceOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "DEPTH_TO_SPACE without DepthToSpaceOptions")
                }
                return DepthSpaceKernel(.depthToSpace, blockSize: Int(o.blockSize))
            },
            OpRegistration(.spaceToDepth, 1...2) { options throws(SwiftLiteError) in
                guard case .spaceToDepthOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "SPACE_TO_DEPTH without SpaceToDepthOptions")
                }
                return DepthSpaceKernel(.spaceToDepth, blockSize: Int(o.blockSize))
            },
            OpRegistration(.spaceToBatchNd, 1...4) { _ in SpaceBatchKernel(.spaceToBatch) },
            OpRegistration(.batchToSpaceNd, 1...4) { _ in SpaceBatchKernel(.batchToSpace) },
            OpRegistration(.resizeBilinear, 1...4) { options in
                guard case .resizeBilinearOptions(let o) = options.builtin else {
                    return ResizeBilinearKernel(alignCorners: false, halfPixelCenters: false)
                }
                return ResizeBilinearKernel(alignCorners: o.alignCorners, halfPixelCenters: o.halfPixelCenters)
            },
            OpRegistration(.resizeNearestNeighbor, 1...4) { options in
                guard case .resizeNearestNeighborOptions(let o) = options.builtin else {
                    return ResizeNearestNeighborKernel(alignCorners: false, halfPixelCenters: false)
                }
                return ResizeNearestNeighborKernel(alignCorners: o.alignCorners, halfPixelCenters: o.halfPixelCenters)
            },
            OpRegistration(.oneHot, 1...1) { options in
                guard case .oneHotOptions(let o) = options.builtin else { return OneHotKernel(axis: 0) }
                return OneHotKernel(axis: Int(o.axis))
            },
            OpRegistration(.where, 1...2) { _ in WhereKernel() },
            OpRegistration(.scatterNd, 1...1) { _ in ScatterNdKernel() },
        ]
    }
}
