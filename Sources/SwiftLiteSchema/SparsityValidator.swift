/// Checks a tensor's sparsity parameters (TACO-style, as TFLite stores pruned weights) against
/// its dense shape and counts the values actually stored.
struct SparsityValidator {
    let sparsity: SparsityParametersView
    let shape: [Int32]

    /// Returns how many values the buffer must hold, or calls `fail` with what is wrong.
    func storedElementCount(fail: (String) throws(ModelError) -> Never) throws(ModelError) -> Int {
        guard let order = sparsity.traversalOrder.map(Array.init),
            let metadata = sparsity.dimMetadata
        else { try fail("traversal_order and dim_metadata are required") }
        let rank = shape.count
        let levels = order.count
        guard levels >= rank, metadata.count == levels else {
            try fail("\(levels) traversal levels and \(metadata.count) dim_metadata entries for rank \(rank)")
        }
        let blockRank = levels - rank
        let blockMap = sparsity.blockMap.map(Array.init) ?? []
        guard blockMap.count == blockRank else {
            try fail("block_map has \(blockMap.count) entries for \(blockRank) block dimensions")
        }
        // The first `rank` levels permute the tensor's dimensions, the rest the block's.
        guard order[..<rank].sorted() == (0..<rank).map(Int32.init),
            order[rank...].sorted() == (rank..<levels).map(Int32.init)
        else { try fail("traversal_order \(order) is not a permutation of the dense and block dimensions") }

        // Sizes of the expanded dimensions (dense dims divided by their block sizes, then blocks).
        var sizes = shape.map(Int.init) + [Int](repeating: 0, count: blockRank)
        for block in 0..<blockRank {
            let level = rank + block
            let blockSize = Int(metadata[level].denseSize)
            guard blockSize > 0 else { try fail("block dimension \(block) has size \(blockSize)") }
            let mapped = Int(blockMap[block])
            guard mapped >= 0, mapped < rank else { try fail("block_map[\(block)] = \(mapped) is not a dimension") }
            guard sizes[mapped] % blockSize == 0 else {
                try fail("dimension \(mapped) of size \(sizes[mapped]) is not a multiple of block size \(blockSize)")
            }
            sizes[Int(order[level])] = blockSize
            sizes[mapped] /= blockSize
        }

        var count = 1
        for level in 0..<levels {
            let dimension = Int(order[level])
            let entry = metadata[level]
            if entry.format == .dense {
                guard Int(entry.denseSize) == sizes[dimension] else {
                    try fail("dense level \(level) has size \(entry.denseSize), expected \(sizes[dimension])")
                }
                let (next, overflow) = count.multipliedReportingOverflow(by: sizes[dimension])
                guard !overflow, next <= Int(UInt32.max) else { try fail("element count overflows") }
                count = next
            } else if entry.format == .sparseCsr {
                guard let segments = Self.values(entry.arraySegments),
                    let indices = Self.values(entry.arrayIndices)
                else { try fail("sparse level \(level) lacks array_segments or array_indices") }
                guard segments.count == count + 1 else {
                    try fail("sparse level \(level) has \(segments.count) segments, expected \(count + 1)")
                }
                for position in 0..<(segments.count - 1)
                where segments[position] < 0 || segments[position] > segments[position + 1] {
                    try fail("sparse level \(level) segments are not non-decreasing")
                }
                guard indices.count == segments.last ?? 0 else {
                    try fail("sparse level \(level) has \(indices.count) indices but segments end at \(segments.last ?? 0)")
                }
                if let bad = indices.first(where: { $0 < 0 || $0 >= sizes[dimension] }) {
                    try fail("sparse level \(level) index \(bad) is outside 0..<\(sizes[dimension])")
                }
                count = indices.count
            } else {
                try fail("level \(level) has unknown format \(entry.format.rawValue)")
            }
        }
        return count
    }

    /// The values of a sparse index vector, widened to `Int`.
    static func values(_ vector: SparseIndexVectorView?) -> [Int]? {
        switch vector {
        case .int32Vector(let v): v.values.map { $0.map(Int.init) }
        case .uint16Vector(let v): v.values.map { $0.map(Int.init) }
        case .uint8Vector(let v): v.values.map { $0.map(Int.init) }
        default: nil
        }
    }
}
