// The C math library (expf, logf, tanhf, erff, ...), which TFLite's float kernels call too, so
// results round the same way. Re-exported so every kernel file has it.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif
