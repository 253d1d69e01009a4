// The runtime's vocabulary types (ElementType, QuantizationParameters, SwiftLiteError,
// OpKernel for custom operators) come with `import SwiftLite`.
@_exported import SwiftLiteCore
