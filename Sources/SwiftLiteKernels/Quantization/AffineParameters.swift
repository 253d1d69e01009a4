import SwiftLiteCore

/// A tensor's affine quantization as QUANTIZE and DEQUANTIZE apply it: one scale and zero point
/// per tensor, or one per slice along the quantized dimension (zero points given once are shared
/// by every slice, as TFLite does). Element `i` belongs to slice `(i / inner) % channels`.
struct AffineParameters {
    /// The scales (one, or one per slice).
    let scales: [Float]
    /// The zero points (as many as the scales).
    let zeroPoints: [Int32]
    /// Elements per step along the quantized dimension (the product of the dimensions after it).
    let inner: Int

    /// Whether there is one scale per slice.
    var isPerChannel: Bool { scales.count > 1 }

    /// The parameters of `slot`, checked: positive finite scales, zero points within `type`'s
    /// range (and 0 for int16 unless `int16ZeroPointAllowed`), per-channel arrays matching the
    /// quantized dimension.
    init(of slot: TensorSlot, type: ElementType, what: String, int16ZeroPointAllowed: Bool = false,
         context: KernelContext) throws(SwiftLiteError) {
        guard let quantization = slot.quantization, !quantization.scales.isEmpty, !quantization.zeroPoints.isEmpty else {
            throw context.error(.invalidModel, "\(what) of type \(slot.type) has no quantization parameters", tensor: slot)
        }
        let scales = quantization.scales
        for (index, scale) in scales.enumerated() where !(scale > 0 && scale.isFinite) {
            throw context.error(.invalidModel, "\(what) scale \(index) is \(scale); scales must be positive and finite", tensor: slot)
        }
        var inner = 1
        if scales.count > 1 {
            let axis = quantization.quantizedDimension
            guard axis >= 0, axis < slot.rank, slot.shape[axis] == scales.count else {
                throw context.error(.invalidModel, "\(what) has \(scales.count) scales along dimension \(axis) of shape \(slot.shape)", tensor: slot)
            }
            guard quantization.zeroPoints.count == 1 || quantization.zeroPoints.count == scales.count else {
                throw context.error(.invalidModel, "\(what) has \(quantization.zeroPoints.count) zero points for \(scales.count) scales", tensor: slot)
            }
            inner = slot.shape[(axis + 1)...].reduce(1, *)
        }
        let (low, high) = QuantizedArithmetic.range(of: type)
        var zeroPoints: [Int32] = []
        for index in 0..<scales.count {
            let zeroPoint = quantization.zeroPoints[quantization.zeroPoints.count == 1 ? 0 : index]
            guard zeroPoint >= Int64(low), zeroPoint <= Int64(high) else {
                throw context.error(.invalidModel, "\(what) has zero point \(zeroPoint), outside \(type)'s range \(low)...\(high)", tensor: slot)
            }
            if type == .int16, zeroPoint != 0, !int16ZeroPointAllowed {
                throw context.error(.invalidModel, "\(what) is int16 with zero point \(zeroPoint); 16-bit tensors must have zero point 0 here", tensor: slot)
            }
            zeroPoints.append(Int32(zeroPoint))
        }
        self.scales = scales
        self.zeroPoints = zeroPoints
        self.inner = max(inner, 1)
    }

    /// The slice of flat element `index`.
    @inline(__always)
    func channel(of index: Int) -> Int {
        scales.count == 1 ? 0 : (index / inner) % scales.count
    }
}
