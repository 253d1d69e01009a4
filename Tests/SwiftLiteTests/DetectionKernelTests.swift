import Foundation
import Testing
import SwiftLite
import SwiftLiteKernels
import SwiftLiteSchema

/// `TFLite_Detection_PostProcess`: box decoding, fast and regular NMS on a hand-checkable
/// scene, option parsing and errors.
@Suite struct DetectionKernelTests {
    /// Three anchors; zero encodings decode to the anchors themselves:
    /// A [0.4, 0.4, 0.6, 0.6], B [0.42, 0.4, 0.62, 0.6] (IoU with A ≈ 0.82), C [0.05, 0.05, 0.15, 0.15].
    static let anchors: [Float] = [0.5, 0.5, 0.2, 0.2, 0.52, 0.5, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1]
    /// Background, class 0, class 1 for A, B, C.
    static let scores: [Float] = [0, 0.9, 0.1, 0, 0.8, 0.7, 0, 0.2, 0.6]
    static let boxA: [Float] = [0.4, 0.4, 0.6, 0.6]
    static let boxB: [Float] = [0.42, 0.4, 0.62, 0.6]
    static let boxC: [Float] = [0.05, 0.05, 0.15, 0.15]

    static func options(maxDetections: Int64 = 3, perDetection: Int64 = 1, perClass: Int64? = nil, regular: Bool? = nil,
                        iou: Double = 0.5, classes: Int64 = 2) -> [UInt8] {
        var entries: [(String, FlexMapWriter.Value)] = [
            ("max_detections", .int(maxDetections)), ("max_classes_per_detection", .int(perDetection)),
            ("nms_score_threshold", .float(0.3)), ("nms_iou_threshold", .float(iou)), ("num_classes", .int(classes)),
            ("y_scale", .float(10)), ("x_scale", .float(10)), ("h_scale", .float(5)), ("w_scale", .float(5)),
        ]
        if let perClass { entries.append(("detections_per_class", .int(perClass))) }
        if let regular { entries.append(("use_regular_nms", .bool(regular))) }
        return FlexMapWriter.map(entries)
    }

    static func model(_ options: [UInt8], anchors: [Float] = anchors) -> ExtraOpModel {
        var model = ExtraOpModel(custom: "TFLite_Detection_PostProcess", options: options)
        model.addInput([1, 3, 4])
        model.addInput([1, 3, 3])
        model.addConstant(anchors, shape: [3, 4])
        for _ in 0..<4 { model.addOutput() }
        return model
    }

    static func run(_ options: [UInt8]) throws -> [ExtraOpModel.Output] {
        try model(options).run([[Float](repeating: 0, count: 12), scores])
    }

    @Test func parsesOptionsWithTFLiteDefaults() throws {
        let parameters = try DetectionPostProcessKernel.Parameters(customOptions: Self.options())
        #expect(parameters.maxDetections == 3)
        #expect(parameters.detectionsPerClass == 100)
        #expect(parameters.useRegularNMS == false)
        #expect(parameters.scoreThreshold == 0.3)
        #expect(parameters.classCount == 2)
        #expect(parameters.hScale == 5)
        let parsed = try DetectionPostProcessKernel.Parameters(customOptions: FlexBuffersTests.detectionOptions)
        #expect(parsed == .init(maxDetections: 10, maxClassesPerDetection: 1, detectionsPerClass: 100, useRegularNMS: false,
                                scoreThreshold: 0.3, iouThreshold: 0.6, classCount: 90))
    }

    @Test func fastNMSKeepsTheBestClassOfEachSurvivingAnchor() throws {
        let outputs = try Self.run(Self.options())
        #expect(outputs.map(\.shape) == [[1, 3, 4], [1, 3], [1, 3], [1]])
        #expect(ExtraOpModel.close(outputs[0].values, Self.boxA + Self.boxC + [0, 0, 0, 0]))
        #expect(outputs[1].values == [0, 1, 0])
        #expect(outputs[2].values == [0.9, 0.6, 0])
        #expect(outputs[3].values == [2])
    }

    @Test func fastNMSReportsSeveralClassesPerAnchor() throws {
        let outputs = try Self.run(Self.options(perDetection: 2))
        #expect(outputs[0].shape == [1, 6, 4])
        #expect(ExtraOpModel.close(outputs[0].values, Self.boxA + Self.boxA + Self.boxC + Self.boxC + [Float](repeating: 0, count: 8)))
        #expect(outputs[1].values == [0, 1, 1, 0, 0, 0])
        #expect(outputs[2].values == [0.9, 0.1, 0.6, 0.2, 0, 0])
        #expect(outputs[3].values == [2])
    }

    @Test func regularNMSSuppressesPerClassAndMergesByScore() throws {
        let outputs = try Self.run(Self.options(perClass: 2, regular: true))
        #expect(ExtraOpModel.close(outputs[0].values, Self.boxA + Self.boxB + Self.boxC))
        #expect(outputs[1].values == [0, 1, 1])
        #expect(outputs[2].values == [0.9, 0.7, 0.6])
        #expect(outputs[3].values == [3])
        // With room for only two, the lowest score goes.
        let two = try Self.run(Self.options(maxDetections: 2, regular: true))
        #expect(two[2].values == [0.9, 0.7])
        #expect(two[3].values == [2])
    }

    @Test func decodesCenterSizeEncodings() throws {
        // y, x shifted by one anchor size (encoding 10 with scale 10); h, w doubled
        // (encoding 5 ln 2 with scale 5).
        let encoding: [Float] = [10, -10, 5 * logf(2), 5 * logf(2)]
        let outputs = try Self.model(Self.options(maxDetections: 1))
            .run([encoding + [Float](repeating: 0, count: 8), Self.scores])
        // Anchor A: center (0.5 + 0.2, 0.5 - 0.2), size 0.4 x 0.4.
        #expect(ExtraOpModel.close(outputs[0].values, [0.5, 0.1, 0.9, 0.5], tolerance: 1e-5))
    }

    @Test func refusesMalformedOptions() throws {
        let notAMap = try #require(throws: SwiftLiteError.self) { try Self.model([1, 2, 3]).interpreter() }
        #expect(notAMap.code == .invalidModel)
        let badIoU = try #require(throws: SwiftLiteError.self) { try Self.model(Self.options(iou: 0)).interpreter() }
        #expect(badIoU.code == .invalidArgument)
        let badClasses = try #require(throws: SwiftLiteError.self) { try Self.model(Self.options(classes: 5)).interpreter() }
        #expect(badClasses.code == .shapeMismatch)
        let wrongType = FlexMapWriter.map([("max_detections", .int(1 << 40)), ("num_classes", .int(2))])
        #expect(throws: SwiftLiteError.self) { try DetectionPostProcessKernel.Parameters(customOptions: wrongType) }
    }

    @Test func invertedBoxesAreARuntimeError() throws {
        var anchors = Self.anchors
        anchors[2] = -0.2  // a negative anchor height decodes to ymin > ymax
        let interpreter = try Self.model(Self.options(), anchors: anchors).interpreter()
        try interpreter.copy([Float](repeating: 0, count: 12), toInputAt: 0)
        try interpreter.copy(Self.scores, toInputAt: 1)
        let error = try #require(throws: SwiftLiteError.self) { try interpreter.invoke() }
        #expect(error.code == .runtimeFailure)
    }

    @Test func flexMapWriterAgreesWithTheReader() throws {
        let bytes = FlexMapWriter.map([("b", .float(0.25)), ("a", .int(-3)), ("c", .bool(true))])
        let map = try #require(FlexBuffer(bytes)?.root.map)
        #expect(map.keyNames == ["a", "b", "c"])
        #expect(map["a"]?.int == -3)
        #expect(map["b"]?.double == 0.25)
        #expect(map["c"]?.bool == true)
    }
}

/// Writes a FlexBuffer map of scalars (every field 8 bytes wide), for tests.
enum FlexMapWriter {
    enum Value {
        case int(Int64), float(Double), bool(Bool)
    }

    static func map(_ entries: [(String, Value)]) -> [UInt8] {
        let sorted = entries.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        var bytes: [UInt8] = []
        func pad() { while bytes.count % 8 != 0 { bytes.append(0) } }
        func put(_ value: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) } }
        var keyPositions: [Int] = []
        for (key, _) in sorted {
            keyPositions.append(bytes.count)
            bytes += Array(key.utf8) + [0]
        }
        pad()
        put(UInt64(sorted.count))
        let keysStart = bytes.count
        for position in keyPositions { put(UInt64(bytes.count - position)) }
        let keysField = bytes.count
        put(UInt64(keysField - keysStart))  // offset back to the keys vector
        put(8)  // its element width
        put(UInt64(sorted.count))
        let valuesStart = bytes.count
        var types: [UInt8] = []
        for (_, value) in sorted {
            switch value {
            case .int(let v): put(UInt64(bitPattern: v)); types.append(1 << 2 | 3)
            case .float(let v): put(v.bitPattern); types.append(3 << 2 | 3)
            case .bool(let v): put(v ? 1 : 0); types.append(26 << 2 | 3)
            }
        }
        bytes += types
        pad()
        let rootField = bytes.count
        put(UInt64(rootField - valuesStart))
        bytes += [9 << 2 | 3, 8]
        return bytes
    }
}
