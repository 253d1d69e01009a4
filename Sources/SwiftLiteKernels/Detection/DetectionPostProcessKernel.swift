import SwiftLiteCore

/// The custom operator `TFLite_Detection_PostProcess` (float32), the tail of SSD detection
/// models (TFLite's `detection_postprocess.cc`).
///
/// Inputs: 0 box encodings `[1, boxes, ≥4]` (center-size `y, x, h, w` relative to the anchor),
/// 1 class scores `[1, boxes, classes (+1 background)]`, 2 anchors `[boxes, 4]` (`y, x, h, w`).
/// Outputs (all float32): 0 boxes `[1, N, 4]` (`ymin, xmin, ymax, xmax`), 1 classes `[1, N]`,
/// 2 scores `[1, N]`, 3 the number of detections `[1]`, where
/// `N = max_detections * max_classes_per_detection`; unused rows are zero.
///
/// Boxes are decoded in double precision as TFLite does (`center = encoding / scale * anchor
/// size + anchor center`, `half size = 0.5 * exp(encoding / scale) * anchor size`). Then either
/// fast NMS (each anchor's best class score, one suppression pass, up to
/// `max_classes_per_detection` classes per kept anchor) or regular NMS (suppression per class,
/// up to `detections_per_class` each, merged by score). Boxes scoring below
/// `nms_score_threshold` are dropped; a box is suppressed by a higher-scoring one when their
/// intersection over union exceeds `nms_iou_threshold`. Ties in score keep the lower index
/// first (TFLite's sorts are stable except its partial class sort, whose tie order is
/// unspecified). Options come from the node's FlexBuffer custom options
/// (``Parameters/init(customOptions:)``). Quantized (uint8) inputs are refused as unsupported.
public final class DetectionPostProcessKernel: OpKernel {
    /// The operator's options.
    public struct Parameters: Sendable, Equatable {
        /// Detections kept (anchors, with fast NMS).
        public var maxDetections: Int
        /// Classes reported per kept anchor (fast NMS).
        public var maxClassesPerDetection: Int
        /// Detections kept per class (regular NMS).
        public var detectionsPerClass: Int
        /// Regular (per-class) rather than fast NMS.
        public var useRegularNMS: Bool
        /// Minimum score considered.
        public var scoreThreshold: Float
        /// Overlap above which the lower-scoring box is suppressed.
        public var iouThreshold: Float
        /// Classes, not counting a background class.
        public var classCount: Int
        /// Scales dividing the center-size encodings.
        public var yScale: Float, xScale: Float, hScale: Float, wScale: Float

        /// Creates options.
        public init(maxDetections: Int, maxClassesPerDetection: Int = 1, detectionsPerClass: Int = 100,
                    useRegularNMS: Bool = false, scoreThreshold: Float, iouThreshold: Float, classCount: Int,
                    yScale: Float = 10, xScale: Float = 10, hScale: Float = 5, wScale: Float = 5) {
            self.maxDetections = maxDetections
            self.maxClassesPerDetection = maxClassesPerDetection
            self.detectionsPerClass = detectionsPerClass
            self.useRegularNMS = useRegularNMS
            self.scoreThreshold = scoreThreshold
            self.iouThreshold = iouThreshold
            self.classCount = classCount
            self.yScale = yScale
            self.xScale = xScale
            self.hScale = hScale
            self.wScale = wScale
        }

        /// Reads the FlexBuffer map of custom options, as TFLite: `detections_per_class`
        /// defaults to 100 and `use_regular_nms` to false; the other keys read as 0 when absent.
        /// Throws `invalidModel` when the bytes are not a FlexBuffer map or a value has the wrong
        /// type or range.
        public init(customOptions bytes: [UInt8]) throws(SwiftLiteError) {
            guard let map = FlexBuffer(bytes)?.root.map else {
                throw SwiftLiteError(.invalidModel, "TFLite_Detection_PostProcess: custom options are not a FlexBuffer map")
            }
            func integer(_ key: String, default value: Int? = nil) throws(SwiftLiteError) -> Int {
                guard let entry = map[key], !entry.isNull else { return value ?? 0 }
                guard let number = entry.int32 else {
                    throw SwiftLiteError(.invalidModel, "TFLite_Detection_PostProcess: option \(key) is not a 32-bit integer")
                }
                return Int(number)
            }
            func real(_ key: String) throws(SwiftLiteError) -> Float {
                guard let entry = map[key] else { return 0 }
                guard let number = entry.float else {
                    throw SwiftLiteError(.invalidModel, "TFLite_Detection_PostProcess: option \(key) is not a number")
                }
                return number
            }
            var regular = false
            if let entry = map["use_regular_nms"], !entry.isNull {
                guard let flag = entry.bool else {
                    throw SwiftLiteError(.invalidModel, "TFLite_Detection_PostProcess: option use_regular_nms is not a boolean")
                }
                regular = flag
            }
            self.init(
                maxDetections: try integer("max_detections"),
                maxClassesPerDetection: try integer("max_classes_per_detection"),
                detectionsPerClass: try integer("detections_per_class", default: 100),
                useRegularNMS: regular, scoreThreshold: try real("nms_score_threshold"),
                iouThreshold: try real("nms_iou_threshold"), classCount: try integer("num_classes"),
                yScale: try real("y_scale"), xScale: try real("x_scale"), hScale: try real("h_scale"),
                wScale: try real("w_scale"))
        }
    }

    let parameters: Parameters
    private var boxCount = 0, encodingLength = 0, classesWithBackground = 0, labelOffset = 0
    private var outputRows = 0, categoriesPerAnchor = 0, perClassLimit = 0
    // Working storage, sized in prepare so eval does not allocate.
    private var decoded: [Float] = []
    private var classScores: [Float] = []
    private var nms = SuppressionWorkspace()
    private var results: [(index: Int, score: Float)] = []
    private var mergeBuffer: [(index: Int, score: Float)] = []
    private var topClasses: [Int] = []

    /// A kernel with `parameters`.
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 3...3, outputs: 4...4)
        let encodings = try context.input(0)
        let predictions = try context.input(1)
        let anchors = try context.input(2)
        try context.expectType(encodings, [.float32], what: "box encodings")
        try context.expectType(predictions, [.float32], what: "class predictions")
        try context.expectType(anchors, [.float32], what: "anchors")
        guard encodings.rank == 3, predictions.rank == 3, anchors.rank == 2 else {
            throw context.error(.shapeMismatch, "needs 3-D box encodings and class predictions and 2-D anchors, got \(encodings.shape), \(predictions.shape), \(anchors.shape)")
        }
        guard encodings.shape[0] == 1, predictions.shape[0] == 1 else {
            throw context.error(.unsupported, "only a batch of 1 is supported, got \(encodings.shape[0])")
        }
        boxCount = encodings.shape[1]
        encodingLength = encodings.shape[2]
        classesWithBackground = predictions.shape[2]
        guard encodingLength >= 4 else {
            throw context.error(.shapeMismatch, "box encodings need at least 4 values per box, got \(encodingLength)", tensor: encodings)
        }
        guard predictions.shape[1] == boxCount, anchors.shape == [boxCount, 4] else {
            throw context.error(.shapeMismatch, "class predictions \(predictions.shape) and anchors \(anchors.shape) do not match \(boxCount) boxes")
        }
        let p = parameters
        labelOffset = classesWithBackground - p.classCount
        guard p.classCount > 0, labelOffset == 0 || labelOffset == 1 else {
            throw context.error(.shapeMismatch, "num_classes \(p.classCount) does not fit \(classesWithBackground) class scores (at most one background class)")
        }
        guard p.maxDetections >= 0 else {
            throw context.error(.invalidArgument, "max_detections \(p.maxDetections) is negative")
        }
        guard p.iouThreshold > 0, p.iouThreshold <= 1 else {
            throw context.error(.invalidArgument, "nms_iou_threshold \(p.iouThreshold) must be in (0, 1]")
        }
        guard p.maxClassesPerDetection > 0 else {
            throw context.error(.invalidArgument, "max_classes_per_detection \(p.maxClassesPerDetection) must be positive")
        }
        let (rows, overflow) = p.maxDetections.multipliedReportingOverflow(by: p.maxClassesPerDetection)
        guard !overflow, rows <= Int(Int32.max) else {
            throw context.error(.invalidArgument, "max_detections * max_classes_per_detection is too large")
        }
        outputRows = rows
        categoriesPerAnchor = min(p.maxClassesPerDetection, p.classCount)
        perClassLimit = min(p.detectionsPerClass, p.maxDetections)
        if p.useRegularNMS, perClassLimit <= 0 {
            throw context.error(.invalidArgument, "detections_per_class \(p.detectionsPerClass) must be positive")
        }

        decoded = [Float](repeating: 0, count: boxCount * 4)
        classScores = [Float](repeating: 0, count: boxCount)
        nms = SuppressionWorkspace(capacity: boxCount)
        let resultCapacity = p.useRegularNMS ? p.maxDetections + perClassLimit : 0
        results = Array(repeating: (0, 0), count: resultCapacity)
        mergeBuffer = Array(repeating: (0, 0), count: resultCapacity)
        topClasses = [Int](repeating: 0, count: p.useRegularNMS ? 0 : boxCount * categoriesPerAnchor)

        let shapes = [[1, rows, 4], [1, rows], [1, rows], [1]]
        for (index, shape) in shapes.enumerated() {
            let output = try context.output(index)
            output.type = .float32
            try context.resizeOutput(output, to: shape)
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let encodings = try context.input(0).buffer(of: Float.self)
        let scores = try context.input(1).buffer(of: Float.self)
        let anchors = try context.input(2).buffer(of: Float.self)
        let outBoxes = try context.output(0).buffer(of: Float.self)
        let outClasses = try context.output(1).buffer(of: Float.self)
        let outScores = try context.output(2).buffer(of: Float.self)
        let outCount = try context.output(3).buffer(of: Float.self)
        guard encodings.count >= boxCount * encodingLength, scores.count >= boxCount * classesWithBackground,
              anchors.count >= boxCount * 4, outBoxes.count >= outputRows * 4, outClasses.count >= outputRows,
              outScores.count >= outputRows, outCount.count >= 1 else { return }
        for i in outBoxes.indices { outBoxes[i] = 0 }
        for i in 0..<outputRows {
            outClasses[i] = 0
            outScores[i] = 0
        }
        decodeBoxes(encodings, anchors)
        for box in 0..<boxCount {
            let b = box * 4
            guard decoded[b] <= decoded[b + 2], decoded[b + 1] <= decoded[b + 3] else {
                throw context.error(.runtimeFailure, "decoded box \(box) has its minimum corner past its maximum")
            }
        }
        let outputs = Outputs(boxes: outBoxes, classes: outClasses, scores: outScores)
        let count = parameters.useRegularNMS ? regularNMS(scores, outputs) : fastNMS(scores, outputs)
        outCount[0] = Float(count)
    }

    struct Outputs {
        let boxes: UnsafeMutableBufferPointer<Float>
        let classes: UnsafeMutableBufferPointer<Float>
        let scores: UnsafeMutableBufferPointer<Float>

        func write(row: Int, box: Int, decoded: [Float], classIndex: Int, score: Float) {
            for k in 0..<4 { boxes[row * 4 + k] = decoded[box * 4 + k] }
            classes[row] = Float(classIndex)
            scores[row] = score
        }
    }

    /// Center-size encodings to corners, in double precision as TFLite.
    private func decodeBoxes(_ encodings: UnsafeMutableBufferPointer<Float>, _ anchors: UnsafeMutableBufferPointer<Float>) {
        let p = parameters
        let (yScale, xScale, hScale, wScale) = (Double(p.yScale), Double(p.xScale), Double(p.hScale), Double(p.wScale))
        for box in 0..<boxCount {
            let e = box * encodingLength
            let a = box * 4
            let (anchorY, anchorX, anchorH, anchorW) = (Double(anchors[a]), Double(anchors[a + 1]), Double(anchors[a + 2]), Double(anchors[a + 3]))
            let yCenter = Float(Double(encodings[e]) / yScale * anchorH + anchorY)
            let xCenter = Float(Double(encodings[e + 1]) / xScale * anchorW + anchorX)
            let halfH = Float(0.5 * exp(Double(encodings[e + 2]) / hScale) * anchorH)
            let halfW = Float(0.5 * exp(Double(encodings[e + 3]) / wScale) * anchorW)
            decoded[a] = yCenter - halfH
            decoded[a + 1] = xCenter - halfW
            decoded[a + 2] = yCenter + halfH
            decoded[a + 3] = xCenter + halfW
        }
    }

    /// Fast NMS: suppression over each anchor's best class score; returns the anchors kept.
    private func fastNMS(_ scores: UnsafeMutableBufferPointer<Float>, _ outputs: Outputs) -> Int {
        let (classes, stride, offset, k) = (parameters.classCount, classesWithBackground, labelOffset, categoriesPerAnchor)
        for box in 0..<boxCount {
            let row = box * stride + offset
            // The k best classes of this anchor, best first, lower class index first on ties.
            for rank in 0..<k {
                var best = -1
                for c in 0..<classes {
                    var taken = false
                    for earlier in 0..<rank where topClasses[box * k + earlier] == c { taken = true; break }
                    if taken { continue }
                    if best < 0 || scores[row + c] > scores[row + best] { best = c }
                }
                topClasses[box * k + rank] = best
            }
            classScores[box] = scores[row + topClasses[box * k]]
        }
        let selectedCount = nms.suppress(scores: classScores, boxes: decoded, threshold: parameters.scoreThreshold,
                                         iouThreshold: parameters.iouThreshold, limit: parameters.maxDetections)
        let perAnchor = parameters.maxClassesPerDetection
        for n in 0..<selectedCount {
            let box = nms.selected[n]
            let row = box * stride + offset
            for rank in 0..<k {
                let c = topClasses[box * k + rank]
                outputs.write(row: perAnchor * n + rank, box: box, decoded: decoded, classIndex: c, score: scores[row + c])
            }
        }
        return selectedCount
    }

    /// Regular NMS: suppression per class, results merged by score; returns the detections kept.
    private func regularNMS(_ scores: UnsafeMutableBufferPointer<Float>, _ outputs: Outputs) -> Int {
        let (stride, offset, maxDetections) = (classesWithBackground, labelOffset, parameters.maxDetections)
        var kept = 0
        for c in 0..<parameters.classCount {
            for box in 0..<boxCount { classScores[box] = scores[box * stride + c + offset] }
            let selectedCount = nms.suppress(scores: classScores, boxes: decoded, threshold: parameters.scoreThreshold,
                                             iouThreshold: parameters.iouThreshold, limit: perClassLimit)
            guard selectedCount > 0 else { continue }
            for n in 0..<selectedCount {
                let box = nms.selected[n]
                results[kept + n] = (box * stride + c + offset, classScores[box])
            }
            mergeByScore(firstCount: kept, secondCount: selectedCount)
            kept = min(kept + selectedCount, maxDetections)
        }
        for n in 0..<kept {
            let (index, score) = results[n]
            let box = index / stride
            outputs.write(row: n, box: box, decoded: decoded, classIndex: index - box * stride - offset, score: score)
        }
        return kept
    }

    /// Stably merges `results[0..<first]` and `results[first..<first+second]` (each sorted by
    /// decreasing score), the first run winning ties.
    private func mergeByScore(firstCount: Int, secondCount: Int) {
        let total = firstCount + secondCount
        var (i, j) = (0, firstCount)
        for n in 0..<total {
            if j >= total || (i < firstCount && !(results[j].score > results[i].score)) {
                mergeBuffer[n] = results[i]
                i += 1
            } else {
                mergeBuffer[n] = results[j]
                j += 1
            }
        }
        for n in 0..<total { results[n] = mergeBuffer[n] }
    }
}

/// Greedy single-class non-maximum suppression over decoded boxes, with storage allocated once.
struct SuppressionWorkspace {
    private var candidates: [Int] = []
    private var sortBuffer: [Int] = []
    private var active: [Bool] = []
    /// The selected box indices, best first (the first `n` entries after `suppress`).
    private(set) var selected: [Int] = []

    init() {}

    init(capacity: Int) {
        candidates = [Int](repeating: 0, count: capacity)
        sortBuffer = candidates
        active = [Bool](repeating: false, count: capacity)
        selected = candidates
    }

    /// Selects up to `limit` boxes among those scoring at least `threshold`, best first,
    /// dropping any box whose overlap with an already selected one exceeds `iouThreshold`.
    /// Returns how many were selected (they are `selected[0..<n]`).
    mutating func suppress(scores: [Float], boxes: [Float], threshold: Float, iouThreshold: Float, limit: Int) -> Int {
        var count = 0
        for box in scores.indices where scores[box] >= threshold {
            candidates[count] = box
            count += 1
        }
        sortByDecreasingScore(count: count, scores: scores)
        let wanted = min(count, limit)
        var chosen = 0
        var remaining = count
        for i in 0..<count { active[i] = true }
        for i in 0..<count {
            if remaining == 0 || chosen >= wanted { break }
            guard active[i] else { continue }
            let box = candidates[i]
            selected[chosen] = box
            chosen += 1
            active[i] = false
            remaining -= 1
            for j in (i + 1)..<count where active[j] {
                if Self.intersectionOverUnion(boxes, box, candidates[j]) > iouThreshold {
                    active[j] = false
                    remaining -= 1
                }
            }
        }
        return chosen
    }

    /// Stable bottom-up merge sort of `candidates[0..<count]` by decreasing score.
    private mutating func sortByDecreasingScore(count: Int, scores: [Float]) {
        var width = 1
        while width < count {
            var start = 0
            while start < count {
                let middle = min(start + width, count)
                let end = min(start + 2 * width, count)
                var (i, j, n) = (start, middle, start)
                while n < end {
                    if j >= end || (i < middle && !(scores[candidates[j]] > scores[candidates[i]])) {
                        sortBuffer[n] = candidates[i]
                        i += 1
                    } else {
                        sortBuffer[n] = candidates[j]
                        j += 1
                    }
                    n += 1
                }
                start = end
            }
            swap(&candidates, &sortBuffer)
            width *= 2
        }
    }

    /// TFLite's overlap measure: 0 when either box has no area.
    static func intersectionOverUnion(_ boxes: [Float], _ i: Int, _ j: Int) -> Float {
        let (a, b) = (i * 4, j * 4)
        let areaI = (boxes[a + 2] - boxes[a]) * (boxes[a + 3] - boxes[a + 1])
        let areaJ = (boxes[b + 2] - boxes[b]) * (boxes[b + 3] - boxes[b + 1])
        if areaI <= 0 || areaJ <= 0 { return 0 }
        let top = max(boxes[a], boxes[b])
        let left = max(boxes[a + 1], boxes[b + 1])
        let bottom = min(boxes[a + 2], boxes[b + 2])
        let right = min(boxes[a + 3], boxes[b + 3])
        let intersection = max(bottom - top, 0) * max(right - left, 0)
        return intersection / (areaI + areaJ - intersection)
    }
}
