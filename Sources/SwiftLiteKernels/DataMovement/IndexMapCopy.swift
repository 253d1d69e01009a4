import SwiftLiteCore

/// A copy where every output coordinate is found one dimension at a time: along output
/// dimension `d`, index `i` contributes a fixed element offset into the input, or marks the
/// element as padding. Transpose, slice, tile, broadcast, reverse, pad, mirror pad and nearest
/// neighbor resizing are all such copies; kernels build the per-dimension tables in prepare
/// (or in eval when the tables depend on operands known only then) and run the copy in eval
/// without allocating.
struct IndexMapCopy {
    /// The value of a table entry that stands for padding.
    static let padding = -1

    /// The output shape.
    private(set) var shape: [Int] = []
    /// The tables, one after the other: dimension `d` owns `shape[d]` entries from `starts[d]`.
    private var table: [Int] = []
    private var starts: [Int] = []
    /// Elements of the output below one index of dimension `d`.
    private var blockCounts: [Int] = []
    /// Whether the last dimension reads consecutive input elements (copied as one run).
    private var contiguousLast = false

    /// An empty plan (copies nothing).
    init() {}

    /// A plan producing `shape`, where `offsets(d, i)` is the input element offset contributed
    /// by index `i` of output dimension `d` (or `IndexMapCopy.padding`).
    init(shape: [Int], offsets: (_ dimension: Int, _ index: Int) -> Int) {
        self.shape = shape
        // An empty output copies nothing; its tables are never read.
        if shape.contains(0) { return }
        starts.reserveCapacity(shape.count)
        table.reserveCapacity(shape.reduce(0, +))
        for (dimension, size) in shape.enumerated() {
            starts.append(table.count)
            for index in 0..<size { table.append(offsets(dimension, index)) }
        }
        blockCounts = [Int](repeating: 1, count: shape.count)
        var count = 1
        for dimension in stride(from: shape.count - 1, through: 0, by: -1) {
            blockCounts[dimension] = count
            count *= shape[dimension]
        }
        if let last = shape.indices.last {
            let base = starts[last]
            contiguousLast = (0..<shape[last]).allSatisfy { table[base + $0] == $0 }
        }
    }

    /// Copies from `source` into `destination` (which holds the whole output), writing the
    /// element at `padValue` (zero bytes when nil) wherever a table marks padding.
    func run(from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer, elementSize size: Int,
             padValue: UnsafeRawPointer? = nil) {
        let rank = shape.count
        if rank == 0 {
            destination.copyMemory(from: source, byteCount: size)
            return
        }
        if shape.contains(0) { return }
        table.withUnsafeBufferPointer { table in
            starts.withUnsafeBufferPointer { starts in
                blockCounts.withUnsafeBufferPointer { blocks in
                    shape.withUnsafeBufferPointer { shape in
                        func pad(_ at: Int, count: Int) {
                            let target = destination + at * size
                            if let padValue {
                                DataMovement.fill(target, count: count, element: padValue, size: size)
                            } else {
                                target.initializeMemory(as: UInt8.self, repeating: 0, count: count * size)
                            }
                        }
                        func copy(_ dimension: Int, _ input: Int, _ output: Int) {
                            let base = starts[dimension]
                            let extent = shape[dimension]
                            if dimension == rank - 1 {
                                if contiguousLast {
                                    (destination + output * size).copyMemory(from: source + input * size, byteCount: extent * size)
                                    return
                                }
                                for index in 0..<extent {
                                    let offset = table[base + index]
                                    if offset < 0 {
                                        pad(output + index, count: 1)
                                    } else {
                                        (destination + (output + index) * size).copyMemory(
                                            from: source + (input + offset) * size, byteCount: size)
                                    }
                                }
                                return
                            }
                            let block = blocks[dimension]
                            for index in 0..<extent {
                                let offset = table[base + index]
                                if offset < 0 {
                                    pad(output + index * block, count: block)
                                } else {
                                    copy(dimension + 1, input + offset, output + index * block)
                                }
                            }
                        }
                        copy(0, 0, 0)
                    }
                }
            }
        }
    }
}

/// A kernel that copies elements through an ``IndexMapCopy`` built from operand values (perm,
/// multiples, paddings, begin/size, target shape): planned at prepare when those operands are
/// known, otherwise the output is dynamic and the plan is made at each eval.
protocol IndexMapCopyKernel: AnyObject {
    /// The current plan.
    var plan: IndexMapCopy { get set }
    /// Builds the plan from the node's operands (validating them).
    func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> IndexMapCopy
}

extension IndexMapCopyKernel {
    /// The end of prepare: plans and sizes `output` now when `operandsKnown`, else marks it
    /// dynamic.
    func planAtPrepare(_ context: KernelContext, output: TensorSlot, operandsKnown: Bool) throws(SwiftLiteError) {
        if operandsKnown {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.shape)
        } else {
            output.isDynamic = true
        }
    }

    /// The whole eval: plans again when the output is dynamic, then copies input 0 through
    /// the plan.
    func evalCopy(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.shape)
        }
        guard let source = input.data, let destination = output.data else { return }
        plan.run(from: source, to: destination, elementSize: try DataMovement.elementSize(context, input))
    }
}
