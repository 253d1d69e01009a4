/// Affine quantization of a tensor: `real = scale * (quantized - zeroPoint)`, per tensor (one
/// scale) or per axis (one scale per slice along `quantizedDimension`).
public struct QuantizationParameters: Sendable, Equatable {
    /// The scales (one, or one per slice).
    public var scales: [Float]
    /// The zero points (as many as scales).
    public var zeroPoints: [Int64]
    /// The dimension the scales run along (0 for per-tensor).
    public var quantizedDimension: Int

    /// Creates parameters.
    public init(scales: [Float], zeroPoints: [Int64], quantizedDimension: Int = 0) {
        self.scales = scales
        self.zeroPoints = zeroPoints
        self.quantizedDimension = quantizedDimension
    }

    /// Per-tensor parameters.
    public init(scale: Float, zeroPoint: Int64) {
        self.init(scales: [scale], zeroPoints: [zeroPoint])
    }

    /// Whether there is one scale per slice.
    public var isPerAxis: Bool { scales.count > 1 }

    /// The single scale (the first one, for per-axis parameters).
    public var scale: Float { scales.first ?? 0 }

    /// The single zero point (the first one, for per-axis parameters).
    public var zeroPoint: Int64 { zeroPoints.first ?? 0 }
}
