/// Plans one arena for tensors whose lifetimes are known: each buffer gets an offset such that
/// buffers alive at the same time never overlap. Greedy by size (largest first, lowest offset
/// that fits), as TFLite's arena planner and tflite-micro's greedy planner do.
///
/// ```swift
/// var planner = ArenaPlanner()
/// let a = planner.addBuffer(size: 1024, firstUse: 0, lastUse: 2)
/// let b = planner.addBuffer(size: 512, firstUse: 3, lastUse: 4)   // may reuse a's memory
/// planner.plan()
/// planner.offset(of: b)   // 0
/// ```
public struct ArenaPlanner: Sendable {
    /// A buffer to place.
    public struct Buffer: Sendable, Equatable {
        /// Bytes needed.
        public let size: Int
        /// The first step (node position) at which it is alive.
        public let firstUse: Int
        /// The last step at which it is alive.
        public let lastUse: Int
    }

    /// The alignment of every offset.
    public let alignment: Int
    /// The buffers in the order they were added.
    public private(set) var buffers: [Buffer] = []
    private var offsets: [Int] = []
    /// Total bytes the arena needs, after ``plan()``.
    public private(set) var arenaSize = 0

    /// A planner aligning offsets to `alignment` bytes.
    public init(alignment: Int = 64) {
        self.alignment = alignment
    }

    /// Adds a buffer; returns its id.
    public mutating func addBuffer(size: Int, firstUse: Int, lastUse: Int) -> Int {
        buffers.append(Buffer(size: size, firstUse: firstUse, lastUse: max(firstUse, lastUse)))
        return buffers.count - 1
    }

    /// The planned offset of buffer `id` (after ``plan()``).
    public func offset(of id: Int) -> Int {
        offsets[id]
    }

    /// Places every buffer.
    public mutating func plan() {
        offsets = [Int](repeating: 0, count: buffers.count)
        let order = buffers.indices.sorted {
            buffers[$0].size != buffers[$1].size ? buffers[$0].size > buffers[$1].size
                : buffers[$0].firstUse < buffers[$1].firstUse
        }
        var placed: [Int] = []
        var size = 0
        for id in order {
            let buffer = buffers[id]
            // Intervals of placed buffers alive at the same time, by offset.
            let busy = placed.filter { other in
                buffers[other].firstUse <= buffer.lastUse && buffer.firstUse <= buffers[other].lastUse
            }.map { (offsets[$0], offsets[$0] + buffers[$0].size) }.sorted { $0.0 < $1.0 }
            var candidate = 0
            for (start, end) in busy {
                if candidate + buffer.size <= start { break }
                candidate = max(candidate, align(end))
            }
            offsets[id] = candidate
            placed.append(id)
            size = max(size, candidate + buffer.size)
        }
        arenaSize = align(size)
    }

    private func align(_ value: Int) -> Int {
        (value + alignment - 1) / alignment * alignment
    }

    /// Whether any two buffers alive at the same time overlap (a planner self-check for tests).
    public func hasOverlap() -> Bool {
        for a in buffers.indices {
            for b in buffers.indices where a < b {
                let timeOverlap = buffers[a].firstUse <= buffers[b].lastUse && buffers[b].firstUse <= buffers[a].lastUse
                let spaceOverlap = offsets[a] < offsets[b] + buffers[b].size && offsets[b] < offsets[a] + buffers[a].size
                if timeOverlap && spaceOverlap && buffers[a].size > 0 && buffers[b].size > 0 { return true }
            }
        }
        return false
    }
}
