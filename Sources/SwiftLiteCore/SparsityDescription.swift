/// A sparse constant tensor's layout (TFLite's TACO-style `SparsityParameters`), which DENSIFY
/// and sparse-aware kernels expand.
public struct SparsityDescription: Sendable, Equatable {
    /// One level of the traversal.
    public struct Level: Sendable, Equatable {
        /// Whether the level is compressed (CSR) rather than dense.
        public var isSparse: Bool
        /// The size of a dense level.
        public var denseSize: Int
        /// CSR segment boundaries of a sparse level.
        public var segments: [Int]
        /// CSR indices of a sparse level.
        public var indices: [Int]

        /// Creates a level.
        public init(isSparse: Bool, denseSize: Int, segments: [Int], indices: [Int]) {
            self.isSparse = isSparse
            self.denseSize = denseSize
            self.segments = segments
            self.indices = indices
        }
    }

    /// The order the dimensions (then block dimensions) are traversed in.
    public var traversalOrder: [Int]
    /// For each block dimension, the dense dimension it subdivides.
    public var blockMap: [Int]
    /// One entry per traversal level.
    public var levels: [Level]

    /// Creates a description.
    public init(traversalOrder: [Int], blockMap: [Int], levels: [Level]) {
        self.traversalOrder = traversalOrder
        self.blockMap = blockMap
        self.levels = levels
    }
}
