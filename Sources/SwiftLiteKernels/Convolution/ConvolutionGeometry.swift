import SwiftLiteCore

/// Sizes and paddings of a 2-D convolution or pooling window over an NHWC input.
public struct ConvolutionGeometry: Sendable, Equatable {
    /// Input batch, height, width and depth (NHWC).
    public var batches = 0, inputHeight = 0, inputWidth = 0, inputDepth = 0
    /// Window height and width, and output channels.
    public var filterHeight = 0, filterWidth = 0, outputChannels = 0
    /// Strides and dilations.
    public var strideHeight = 1, strideWidth = 1, dilationHeight = 1, dilationWidth = 1
    /// Output height and width, and the padding before the first row and column.
    public var outputHeight = 0, outputWidth = 0, padTop = 0, padLeft = 0

    /// An empty geometry.
    public init() {}

    /// Computes output size and padding as TFLite's `ComputePaddingHeightWidth`.
    public init(input: [Int], filterHeight: Int, filterWidth: Int, outputChannels: Int, padding: Padding,
                strideHeight: Int, strideWidth: Int, dilationHeight: Int, dilationWidth: Int) {
        batches = input[0]
        inputHeight = input[1]
        inputWidth = input[2]
        inputDepth = input[3]
        self.filterHeight = filterHeight
        self.filterWidth = filterWidth
        self.outputChannels = outputChannels
        self.strideHeight = strideHeight
        self.strideWidth = strideWidth
        self.dilationHeight = dilationHeight
        self.dilationWidth = dilationWidth
        outputHeight = padding.outputSize(input: inputHeight, filter: filterHeight, stride: strideHeight, dilation: dilationHeight)
        outputWidth = padding.outputSize(input: inputWidth, filter: filterWidth, stride: strideWidth, dilation: dilationWidth)
        padTop = padding.padding(input: inputHeight, filter: filterHeight, stride: strideHeight, dilation: dilationHeight, output: outputHeight).before
        padLeft = padding.padding(input: inputWidth, filter: filterWidth, stride: strideWidth, dilation: dilationWidth, output: outputWidth).before
    }

    /// `[batches, outputHeight, outputWidth, outputChannels]`.
    public var outputShape: [Int] { [batches, outputHeight, outputWidth, outputChannels] }
}
