import Foundation
import Testing
import SwiftLite
import SwiftLiteSchema

/// RESIZE_BILINEAR and RESIZE_NEAREST_NEIGHBOR on small images whose results are exact binary
/// fractions, for every combination of `align_corners` and `half_pixel_centers`, plus sizes
/// computed at run time and typed errors. (The golden cases check TFLite's rounding on random
/// data.)
@Suite struct ResizeKernelTests {
    static func bilinear(align: Bool = false, halfPixel: Bool = false) -> BuiltinOptions {
        var options = ResizeBilinearOptions()
        options.alignCorners = align
        options.halfPixelCenters = halfPixel
        return .resizeBilinearOptions(options)
    }

    static func nearest(align: Bool = false, halfPixel: Bool = false) -> BuiltinOptions {
        var options = ResizeNearestNeighborOptions()
        options.alignCorners = align
        options.halfPixelCenters = halfPixel
        return .resizeNearestNeighborOptions(options)
    }

    /// The 2x2 image [[0, 1], [2, 3]].
    static let square = TestOperand.floats([0, 1, 2, 3], [1, 2, 2, 1])

    // MARK: Bilinear

    @Test func bilinearDefaultClampsAtTheFarEdge() throws {
        let out = try OneOpModel.output(.resizeBilinear, options: Self.bilinear(), inputs: [Self.square, .int32s([4, 4])])
        #expect(out.dims == [1, 4, 4, 1])
        #expect(out.floats == [0, 0.5, 1, 1,
                               1, 1.5, 2, 2,
                               2, 2.5, 3, 3,
                               2, 2.5, 3, 3])
    }

    @Test func bilinearAlignCornersKeepsTheCorners() throws {
        let out = try OneOpModel.output(.resizeBilinear, options: Self.bilinear(align: true), inputs: [Self.square, .int32s([3, 3])])
        #expect(out.floats == [0, 0.5, 1,
                               1, 1.5, 2,
                               2, 2.5, 3])
    }

    @Test func bilinearHalfPixelCentersSamplesPixelCenters() throws {
        let out = try OneOpModel.output(.resizeBilinear, options: Self.bilinear(halfPixel: true),
                                        inputs: [Self.square, .int32s([4, 4], constant: false)])
        #expect(out.dims == [1, 4, 4, 1])
        #expect(out.floats == [0, 0.25, 0.75, 1,
                               0.5, 0.75, 1.25, 1.5,
                               1.5, 1.75, 2.25, 2.5,
                               2, 2.25, 2.75, 3])
    }

    @Test func bilinearKeepsBatchesAndChannelsApart() throws {
        // Two images of two channels; channel 1 is channel 0 plus 10, image 1 is image 0 times 2.
        var values: [Float] = []
        for image in 0..<2 {
            for pixel in [Float(0), 1, 2, 3] {
                let base = pixel * Float(image + 1)
                values += [base, base + 10]
            }
        }
        let out = try OneOpModel.output(.resizeBilinear, options: Self.bilinear(align: true),
                                        inputs: [.floats(values, [2, 2, 2, 2]), .int32s([3, 3])])
        #expect(out.dims == [2, 3, 3, 2])
        let center = out.floats
        // Center pixel (1, 1) of each image: the mean of the four corners.
        #expect(center[(0 * 9 + 4) * 2] == 1.5)
        #expect(center[(0 * 9 + 4) * 2 + 1] == 11.5)
        #expect(center[(1 * 9 + 4) * 2] == 3)
        #expect(center[(1 * 9 + 4) * 2 + 1] == 13)
    }

    @Test func bilinearRefusesBadArguments() {
        #expect(OneOpModel.failure(.resizeBilinear, options: Self.bilinear(align: true, halfPixel: true),
                                   inputs: [Self.square, .int32s([3, 3])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.resizeBilinear, options: Self.bilinear(), inputs: [Self.square, .int32s([0, 3])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.resizeBilinear, options: Self.bilinear(),
                                   inputs: [Self.square, .int32s([3, -1], constant: false)])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.resizeBilinear, options: Self.bilinear(), inputs: [Self.square, .int32s([3])])?.code == .shapeMismatch)
        #expect(OneOpModel.failure(.resizeBilinear, options: Self.bilinear(),
                                   inputs: [.floats([0, 1, 2, 3], [2, 2, 1]), .int32s([3, 3])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.resizeBilinear, options: Self.bilinear(),
                                   inputs: [.int32s([0, 1, 2, 3], [1, 2, 2, 1], constant: false), .int32s([3, 3])])?.code == .unsupported)
    }

    // MARK: Nearest neighbor

    /// Resizes the 1 x `values.count` row image to width `width` and returns the row.
    static func nearestRow(_ values: [Float], width: Int32, align: Bool = false, halfPixel: Bool = false) throws -> [Float] {
        let out = try OneOpModel.output(.resizeNearestNeighbor, options: Self.nearest(align: align, halfPixel: halfPixel),
                                        inputs: [.floats(values, [1, 1, values.count, 1]), .int32s([1, width])])
        return out.floats
    }

    @Test func nearestPicksTheSourcePixelsTFLitePicks() throws {
        let row: [Float] = [10, 11, 12, 13]
        #expect(try Self.nearestRow(row, width: 8) == [10, 10, 11, 11, 12, 12, 13, 13])
        #expect(try Self.nearestRow([10, 11, 12], width: 2) == [10, 11])                                  // floor(i * 1.5)
        #expect(try Self.nearestRow([10, 11, 12], width: 2, align: true) == [10, 12])                     // round(i * 2)
        #expect(try Self.nearestRow([10, 11, 12], width: 2, halfPixel: true) == [10, 12])                 // floor((i + .5) * 1.5)
        #expect(try Self.nearestRow(row, width: 3, align: true, halfPixel: true) == [11, 12, 13])         // round((i + .5) * 1.5), clamped
        #expect(try Self.nearestRow(row, width: 1, align: true) == [10])
    }

    @Test func nearestCopiesAnyElementTypeAndRuntimeSizes() throws {
        let bytes = try OneOpModel.output(.resizeNearestNeighbor, options: Self.nearest(),
                                          inputs: [.uint8s([1, 2, 3, 4], [1, 2, 2, 1]), .int32s([4, 2], constant: false)])
        #expect(bytes.dims == [1, 4, 2, 1])
        #expect(bytes.values(as: UInt8.self) == [1, 2, 1, 2, 3, 4, 3, 4])
        let wide = try OneOpModel.output(.resizeNearestNeighbor, options: Self.nearest(),
                                         inputs: [.int64s([7, 8], [1, 1, 1, 2], constant: false), .int32s([2, 1])])
        #expect(wide.dims == [1, 2, 1, 2])
        #expect(wide.int64s == [7, 8, 7, 8])
    }

    @Test func nearestRefusesBadArguments() {
        #expect(OneOpModel.failure(.resizeNearestNeighbor, options: Self.nearest(), inputs: [Self.square, .int32s([-1, 2])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.resizeNearestNeighbor, options: Self.nearest(), inputs: [Self.square, .floats([2, 2], constant: true)])?.code == .unsupported)
        #expect(OneOpModel.failure(.resizeNearestNeighbor, options: Self.nearest(), inputs: [.floats([1, 2], [2]), .int32s([2, 2])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.resizeNearestNeighbor, options: Self.nearest(), inputs: [.floats([], [1, 0, 2, 1]), .int32s([2, 2])])?.code == .invalidArgument)
        #expect(OneOpModel.failure(.resizeBilinear, options: Self.bilinear(), inputs: [.floats([], [1, 2, 0, 1]), .int32s([2, 2])])?.code == .invalidArgument)
    }
}
