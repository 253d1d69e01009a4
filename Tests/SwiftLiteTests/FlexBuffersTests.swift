import Testing
import SwiftLiteCore

/// The FlexBuffers reader decodes what the reference FlexBuffers builder writes, and never traps
/// on malformed bytes.
@Suite struct FlexBuffersTests {
    /// `TFLite_Detection_PostProcess` options as the reference Python FlexBuffers builder writes
    /// them (max_detections 10, max_classes_per_detection 1, detections_per_class 100,
    /// use_regular_nms false, nms_score_threshold 0.3, nms_iou_threshold 0.6, num_classes 90,
    /// y/x scale 10, h/w scale 5).
    static let detectionOptions: [UInt8] = [
        109, 97, 120, 95, 100, 101, 116, 101, 99, 116, 105, 111, 110, 115, 0, 109, 97, 120, 95, 99, 108, 97, 115,
        115, 101, 115, 95, 112, 101, 114, 95, 100, 101, 116, 101, 99, 116, 105, 111, 110, 0, 100, 101, 116, 101, 99,
        116, 105, 111, 110, 115, 95, 112, 101, 114, 95, 99, 108, 97, 115, 115, 0, 117, 115, 101, 95, 114, 101, 103,
        117, 108, 97, 114, 95, 110, 109, 115, 0, 110, 109, 115, 95, 115, 99, 111, 114, 101, 95, 116, 104, 114, 101,
        115, 104, 111, 108, 100, 0, 110, 109, 115, 95, 105, 111, 117, 95, 116, 104, 114, 101, 115, 104, 111, 108,
        100, 0, 110, 117, 109, 95, 99, 108, 97, 115, 115, 101, 115, 0, 121, 95, 115, 99, 97, 108, 101, 0, 120, 95,
        115, 99, 97, 108, 101, 0, 104, 95, 115, 99, 97, 108, 101, 0, 119, 95, 115, 99, 97, 108, 101, 0, 11, 120, 18,
        148, 164, 67, 88, 51, 106, 17, 34, 43, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0,
        0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 64, 1, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0,
        0, 0, 51, 51, 51, 51, 51, 51, 227, 63, 51, 51, 51, 51, 51, 51, 211, 63, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 64, 0, 0, 0, 0, 0, 0, 36, 64, 0, 0, 0, 0, 0, 0, 36, 64, 7, 15, 7, 7, 15, 15,
        7, 107, 15, 15, 15, 99, 39, 1,
    ]

    /// A map of mixed values from the reference builder: name "hello"; list [1, 2.5, "x", true];
    /// ints typed vector [1, 300, -5]; big 2^40; dbl 1/3; blob [1, 2, 3]; fx fixed vector
    /// [1.5, 2.5, 3.5]; ind indirect int -7.
    static let mixed: [UInt8] = [
        110, 97, 109, 101, 0, 5, 104, 101, 108, 108, 111, 0, 108, 105, 115, 116, 0, 1, 120, 0, 4, 0, 0, 0, 1, 0, 0,
        0, 0, 0, 32, 64, 14, 0, 0, 0, 1, 0, 0, 0, 6, 14, 20, 106, 105, 110, 116, 115, 0, 0, 3, 0, 1, 0, 44, 1, 251,
        255, 98, 105, 103, 0, 100, 98, 108, 0, 98, 108, 111, 98, 0, 3, 1, 2, 3, 102, 120, 0, 0, 0, 0, 0, 192, 63, 0,
        0, 32, 64, 0, 0, 96, 64, 105, 110, 100, 0, 249, 8, 40, 33, 38, 26, 10, 59, 92, 105, 0, 0, 0, 0, 0, 0, 14, 0,
        0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 72, 0, 0, 0, 0, 0,
        0, 0, 85, 85, 85, 85, 85, 85, 213, 63, 80, 0, 0, 0, 0, 0, 0, 0, 72, 0, 0, 0, 0, 0, 0, 0, 124, 0, 0, 0, 0, 0,
        0, 0, 160, 0, 0, 0, 0, 0, 0, 0, 186, 0, 0, 0, 0, 0, 0, 0, 7, 100, 15, 86, 24, 45, 42, 20, 72, 39, 1,
    ]

    @Test func readsDetectionOptions() throws {
        let map = try #require(FlexBuffer(Self.detectionOptions)?.root.map)
        #expect(map.count == 11)
        #expect(map["max_detections"]?.int == 10)
        #expect(map["max_classes_per_detection"]?.int32 == 1)
        #expect(map["detections_per_class"]?.int == 100)
        #expect(map["use_regular_nms"]?.bool == false)
        #expect(map["use_regular_nms"]?.type == .bool)
        #expect(map["nms_score_threshold"]?.float == 0.3)
        #expect(map["nms_iou_threshold"]?.double == 0.6)
        #expect(map["num_classes"]?.int == 90)
        #expect(map["y_scale"]?.float == 10)
        #expect(map["w_scale"]?.float == 5)
        #expect(map["absent"] == nil)
        #expect(map.keyNames.contains("h_scale"))
    }

    @Test func readsEveryValueKind() throws {
        let map = try #require(FlexBuffer(Self.mixed)?.root.map)
        #expect(map["name"]?.string == "hello")
        let list = try #require(map["list"]?.vector)
        #expect(list.count == 4)
        #expect(list[0]?.int == 1)
        #expect(list[1]?.double == 2.5)
        #expect(list[2]?.string == "x")
        #expect(list[3]?.bool == true)
        #expect(list[4] == nil)
        #expect(list[-1] == nil)
        let ints = try #require(map["ints"]?.vector)
        #expect((0..<ints.count).compactMap { ints[$0]?.int } == [1, 300, -5])
        #expect(map["big"]?.int == 1 << 40)
        #expect(map["big"]?.int32 == nil)  // does not fit
        #expect(map["dbl"]?.double == 1.0 / 3)
        #expect(map["blob"]?.blobBytes.map(Array.init) == [1, 2, 3])
        let fixed = try #require(map["fx"]?.vector)
        #expect((0..<fixed.count).compactMap { fixed[$0]?.float } == [1.5, 2.5, 3.5])
        #expect(map["ind"]?.int == -7)
        #expect(map["ind"]?.double == -7)
        // Conversions as FlexBuffers' accessors: a string is not a number, a number not a string.
        #expect(map["name"]?.int == nil)
        #expect(map["big"]?.string == nil)
        #expect(map["name"]?.map == nil)
    }

    @Test func scalarRoot() throws {
        // A single int8 root: value 42, packed type int (1 << 2) width 1, root width 1.
        let root = try #require(FlexBuffer([42, 4, 1])?.root)
        #expect(root.int == 42)
        #expect(root.map == nil)
        #expect(root.vector == nil)
        // Negative and wide values.
        #expect(FlexBuffer([0xFE, 0xFF, 5, 2])?.root.int == -2)  // int16 root
        #expect(FlexBuffer([0, 0, 0xC0, 0x3F, 14, 4])?.root.float == 1.5)  // float32 root
    }

    @Test func refusesMalformedTrailers() {
        #expect(FlexBuffer([]) == nil)
        #expect(FlexBuffer([1, 2]) == nil)
        #expect(FlexBuffer([0, 4, 3]) == nil)  // root width 3 is not a width
        #expect(FlexBuffer([0, 4, 8]) == nil)  // root wider than the buffer
        // A map whose offset points before the buffer start reads as nil, not a crash.
        #expect(FlexBuffer([200, 36, 1])?.root.map == nil)
    }

    /// Every truncation and every single-byte corruption of real buffers must decode to
    /// something or nil without trapping.
    @Test(arguments: [detectionOptions, mixed])
    func survivesCorruption(bytes: [UInt8]) {
        func exercise(_ buffer: [UInt8]) {
            guard let root = FlexBuffer(buffer)?.root else { return }
            walk(root, depth: 0)
        }
        for length in 0..<bytes.count { exercise(Array(bytes[..<length])) }
        for position in bytes.indices {
            for replacement: UInt8 in [0, 1, 0x7F, 0x80, 0xFF, bytes[position] ^ 0x55] {
                var corrupt = bytes
                corrupt[position] = replacement
                exercise(corrupt)
            }
        }
    }

    private func walk(_ value: FlexValue, depth: Int) {
        _ = (value.int, value.double, value.bool, value.string, value.blobBytes, value.isNull, value.float, value.int32)
        guard depth < 4 else { return }
        if let map = value.map {
            for key in map.keyNames { if let child = map[key] { walk(child, depth: depth + 1) } }
            _ = map["max_detections"]
        }
        if let vector = value.vector {
            for index in 0..<min(vector.count, 64) { if let child = vector[index] { walk(child, depth: depth + 1) } }
        }
    }
}
