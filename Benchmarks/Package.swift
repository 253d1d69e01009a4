// swift-tools-version:6.2
// Benchmarks live in their own package so the library's manifest stays light.
import PackageDescription

let package = Package(
    name: "SwiftLiteBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "SwiftLite", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/ordo-one/malloc-interposer", from: "1.6.1"),
    ],
    targets: [
        .executableTarget(
            name: "swiftlite-bench",
            dependencies: [
                .product(name: "SwiftLiteSchema", package: "SwiftLite"),
                .product(name: "SwiftLite", package: "SwiftLite"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
