// swift-tools-version:6.2
import PackageDescription

let strictSwift: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "SwiftLite",
    platforms: [.macOS(.v15), .iOS(.v18)],
    products: [
        .library(name: "SwiftLite", targets: ["SwiftLite"]),
        .library(name: "SwiftLiteSchema", targets: ["SwiftLiteSchema"]),
        .library(name: "FlatBuffers", targets: ["FlatBuffers"]),
        .library(name: "SwiftLiteConverter", targets: ["SwiftLiteConverter"]),
        .executable(name: "swiftlite", targets: ["swiftlite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "FlatBuffers", swiftSettings: strictSwift),
        .target(name: "HDF5", dependencies: ["FlatBuffers"], swiftSettings: strictSwift),
        .target(name: "SwiftLiteSchema", dependencies: ["FlatBuffers"], swiftSettings: strictSwift),
        .target(name: "KerasModel", dependencies: ["HDF5", "SwiftLiteSchema", "FlatBuffers"], swiftSettings: strictSwift),
        .target(
            name: "SwiftLiteConverter", dependencies: ["KerasModel", "SwiftLiteSchema", "SwiftLite"],
            swiftSettings: strictSwift),
        .target(name: "SwiftLiteCore", swiftSettings: strictSwift),
        .target(name: "SwiftLiteKernels", dependencies: ["SwiftLiteCore"], swiftSettings: strictSwift),
        .target(
            name: "SwiftLite", dependencies: ["SwiftLiteSchema", "SwiftLiteCore", "SwiftLiteKernels"],
            swiftSettings: strictSwift),
        .executableTarget(
            name: "swiftlite",
            dependencies: [
                "SwiftLite", "SwiftLiteSchema", "SwiftLiteConverter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift),
        .testTarget(
            name: "HDF5Tests", dependencies: ["HDF5", "TestSupport"],
            swiftSettings: strictSwift),
        .testTarget(name: "KerasModelTests", dependencies: ["KerasModel", "HDF5", "TestSupport"], swiftSettings: strictSwift),
        .testTarget(
            name: "SwiftLiteConverterTests",
            dependencies: ["SwiftLiteConverter", "KerasModel", "SwiftLite", "SwiftLiteSchema", "TestSupport"],
            swiftSettings: strictSwift),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strictSwift),
        .testTarget(name: "FlatBuffersTests", dependencies: ["FlatBuffers", "TestSupport"], swiftSettings: strictSwift),
        .testTarget(
            name: "SwiftLiteTests", dependencies: ["SwiftLite", "SwiftLiteCore", "SwiftLiteKernels", "TestSupport"],
            swiftSettings: strictSwift),
        .testTarget(
            name: "SwiftLiteSchemaTests", dependencies: ["SwiftLiteSchema", "FlatBuffers", "TestSupport"],
            swiftSettings: strictSwift),
    ]
)
