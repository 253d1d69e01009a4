import SwiftLiteCore

/// Where each stored value of a sparse constant lands in its dense form (TFLite's
/// `FormatConverter::SparseToDense` semantics), computed once and checked so that a malformed
/// description gives an error instead of an out-of-bounds write.
///
/// The description walks `traversalOrder.count` levels. The first `rank` levels visit the
/// tensor's dimensions (each divided by its block size when blocked) in traversal order; the
/// remaining levels visit the block dimensions, block `i` subdividing dimension `blockMap[i]`.
/// A dense level enumerates all of its positions; a sparse (CSR) level enumerates
/// `indices[segments[p] ..< segments[p + 1]]`, where `p` is the position reached in the level
/// above. The n-th leaf reached receives the n-th stored value.
public struct SparseExpansion: Sendable, Equatable {
    /// The flat dense offset of each stored value, in storage order.
    public let destinations: [Int]
    /// The number of dense elements.
    public let denseCount: Int

    /// The most traversal levels accepted (TFLite tensors have at most a handful).
    public static let maximumLevels = 16

    /// Expands `sparsity` for a tensor of dense `shape`; throws a message when the description
    /// is inconsistent or `storedCount` values would not be enough.
    public init(shape: [Int], sparsity: SparsityDescription, storedCount: Int) throws(ExpansionError) {
        let rank = shape.count
        let order = sparsity.traversalOrder
        let levels = sparsity.levels
        let blockRank = order.count - rank
        guard order.count <= Self.maximumLevels else {
            throw ExpansionError("\(order.count) traversal levels (at most \(Self.maximumLevels) supported)")
        }
        guard blockRank >= 0, levels.count == order.count, sparsity.blockMap.count == blockRank else {
            throw ExpansionError("\(order.count) traversal levels, \(levels.count) level descriptions and \(sparsity.blockMap.count) block dimensions do not fit rank \(rank)")
        }
        guard shape.allSatisfy({ $0 >= 0 }) else { throw ExpansionError("negative dimension in \(shape)") }
        guard order[..<rank].sorted() == Array(0..<rank), order[rank...].sorted() == Array(rank..<order.count) else {
            throw ExpansionError("traversal order \(order) is not a permutation of the dense and block dimensions")
        }
        // Block sizes: as TFLite, the size of block i is the dense size of the level named by
        // traversal_order[rank + i].
        var blockSizes = [Int](repeating: 1, count: blockRank)
        for block in 0..<blockRank {
            let size = levels[order[rank + block]].denseSize
            let mapped = sparsity.blockMap[block]
            guard size > 0, mapped >= 0, mapped < rank, shape[mapped] % size == 0 else {
                throw ExpansionError("block \(block) of size \(size) does not divide dimension \(mapped) of \(shape)")
            }
            blockSizes[block] = size
        }
        var denseCount = 1
        for dimension in shape {
            let (product, overflow) = denseCount.multipliedReportingOverflow(by: dimension)
            guard !overflow else { throw ExpansionError("shape \(shape) is too large") }
            denseCount = product
        }
        var strides = [Int](repeating: 1, count: rank)
        for axis in stride(from: rank - 2, through: 0, by: -1) { strides[axis] = strides[axis + 1] * shape[axis + 1] }

        var destinations: [Int] = []
        destinations.reserveCapacity(min(storedCount, denseCount))
        var coordinates = [Int](repeating: 0, count: order.count)
        // A valid description visits at most `denseCount` positions per level; more means a
        // level's sizes disagree with the shape, so stop instead of looping for long.
        let (budgetBase, budgetOverflow) = (denseCount + storedCount).multipliedReportingOverflow(by: order.count + 1)
        var budget = budgetOverflow ? Int.max : budgetBase + 1

        // Depth-first walk: `position` is the running index into the level's segments.
        func visit(_ level: Int, _ position: Int) throws(ExpansionError) {
            budget -= 1
            guard budget >= 0 else { throw ExpansionError("level sizes do not match the dense shape \(shape)") }
            if level == order.count {
                var offset = 0
                var original = [Int](repeating: 0, count: rank)
                for l in 0..<rank { original[order[l]] = coordinates[l] }
                for l in rank..<order.count {
                    let block = order[l] - rank
                    let axis = sparsity.blockMap[block]
                    original[axis] = original[axis] * blockSizes[block] + coordinates[l]
                }
                for axis in 0..<rank {
                    guard original[axis] < shape[axis] else {
                        throw ExpansionError("a stored value falls outside the dense shape \(shape)")
                    }
                    offset += original[axis] * strides[axis]
                }
                guard destinations.count < storedCount else {
                    throw ExpansionError("the description reaches more values than the \(storedCount) stored")
                }
                destinations.append(offset)
                return
            }
            let description = levels[level]
            if !description.isSparse {
                let size = description.denseSize
                guard size >= 0 else { throw ExpansionError("level \(level) has negative size \(size)") }
                for i in 0..<size {
                    coordinates[level] = i
                    let (scaled, overflow) = position.multipliedReportingOverflow(by: size)
                    guard !overflow else { throw ExpansionError("level \(level) positions overflow") }
                    try visit(level + 1, scaled + i)
                }
            } else {
                let segments = description.segments
                let indices = description.indices
                guard position + 1 < segments.count else { return }
                let (begin, end) = (segments[position], segments[position + 1])
                guard begin >= 0, begin <= end, end <= indices.count else {
                    throw ExpansionError("level \(level) segments \(begin)..<\(end) are outside its \(indices.count) indices")
                }
                for i in begin..<end {
                    guard indices[i] >= 0 else { throw ExpansionError("level \(level) has a negative index") }
                    coordinates[level] = indices[i]
                    try visit(level + 1, i)
                }
            }
        }
        try visit(0, 0)
        self.destinations = destinations
        self.denseCount = denseCount
    }

    /// Why a sparse description cannot be expanded.
    public struct ExpansionError: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// Writes the dense form: zero everywhere, then stored value `n` (of `elementSize` bytes)
    /// at `destinations[n]`.
    public func expand(from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer, elementSize: Int) {
        destination.initializeMemory(as: UInt8.self, repeating: 0, count: denseCount * elementSize)
        for (n, offset) in destinations.enumerated() {
            (destination + offset * elementSize).copyMemory(from: source + n * elementSize, byteCount: elementSize)
        }
    }
}
