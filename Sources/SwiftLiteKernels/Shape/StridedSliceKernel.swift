import SwiftLiteCore

/// STRIDED_SLICE (versions 1-8): slices with begin/end/strides and TensorFlow's masks
/// (begin, end, ellipsis, new-axis, shrink-axis) and the `offset` flag, for any fixed-size type.
///
/// Semantics follow TFLite's `strided_slice.cc`: the ellipsis and new-axis masks are first
/// expanded into an "effective" input shape, then each axis' start and end are normalized
/// (negative indices wrap, values clamp, masks override) and the output keeps the non-shrunk
/// axes. When begin/end/strides are not known at prepare, the output is dynamic.
public final class StridedSliceKernel: OpKernel {
    /// The masks and flags of `StridedSliceOptions`.
    public struct Parameters: Sendable, Equatable {
        /// Axes whose begin is ignored.
        public var beginMask: UInt32 = 0
        /// Axes whose end is ignored.
        public var endMask: UInt32 = 0
        /// The index that stands for "all remaining axes".
        public var ellipsisMask: UInt32 = 0
        /// Indices that insert a new axis of size 1.
        public var newAxisMask: UInt32 = 0
        /// Axes that are indexed (removed from the output).
        public var shrinkAxisMask: UInt32 = 0
        /// Whether `end` is a size relative to `begin`.
        public var offset = false

        /// Creates parameters.
        public init(beginMask: UInt32 = 0, endMask: UInt32 = 0, ellipsisMask: UInt32 = 0, newAxisMask: UInt32 = 0,
                    shrinkAxisMask: UInt32 = 0, offset: Bool = false) {
            self.beginMask = beginMask
            self.endMask = endMask
            self.ellipsisMask = ellipsisMask
            self.newAxisMask = newAxisMask
            self.shrinkAxisMask = shrinkAxisMask
            self.offset = offset
        }
    }

    struct Plan {
        var inputShape: [Int] = []  // effective (with new axes)
        var starts: [Int] = []
        var stops: [Int] = []
        var strides: [Int] = []
        var outputShape: [Int] = []
    }

    let parameters: Parameters
    private var plan = Plan()

    /// A kernel with `parameters`.
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 4...4, outputs: 1...1)
        let input = try context.input(0)
        let output = try context.output(0)
        for index in 1...3 {
            try context.expectType(try context.input(index), [.int32], what: "begin/end/strides")
        }
        guard input.type.byteSize != nil else {
            throw context.error(.unsupported, "unsupported input type \(input.type)", tensor: input)
        }
        guard input.rank <= 5 else {
            throw context.error(.unsupported, "supports up to 5 dimensions, the input has \(input.rank)", tensor: input)
        }
        output.type = input.type
        if output.quantization == nil { output.quantization = input.quantization }
        let known = (1...3).allSatisfy { context.inputs[$0]?.hasKnownValue == true }
        if known {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.outputShape)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0)
        let output = try context.output(0)
        if output.isDynamic {
            plan = try makePlan(context)
            try context.resizeOutput(output, to: plan.outputShape)
        }
        guard let size = input.type.byteSize else { return }
        let source = input.data.map { UnsafeRawPointer($0) }
        guard let destination = output.data, let source else { return }
        let rank = plan.inputShape.count
        var inputStrides = [Int](repeating: 1, count: rank)
        if rank > 1 {
            for axis in stride(from: rank - 2, through: 0, by: -1) {
                inputStrides[axis] = inputStrides[axis + 1] * plan.inputShape[axis + 1]
            }
        }
        var written = 0
        let capacity = output.elementCount
        func copy(axis: Int, base: Int) {
            if axis == rank {
                guard written < capacity else { return }
                (destination + written * size).copyMemory(from: source + base * size, byteCount: size)
                written += 1
                return
            }
            var index = plan.starts[axis]
            let step = plan.strides[axis]
            while step > 0 ? index < plan.stops[axis] : index > plan.stops[axis] {
                copy(axis: axis + 1, base: base + index * inputStrides[axis])
                index += step
            }
        }
        if rank == 0 {
            destination.copyMemory(from: source, byteCount: size)
        } else {
            copy(axis: 0, base: 0)
        }
    }

    private func makePlan(_ context: KernelContext) throws(SwiftLiteError) -> Plan {
        let input = try context.input(0)
        let begin = try context.input(1).integerValues() ?? []
        let end = try context.input(2).integerValues() ?? []
        let strides = try context.input(3).integerValues() ?? []
        let count = begin.count
        guard end.count == count, strides.count == count else {
            throw context.error(.shapeMismatch, "begin, end and strides have \(count), \(end.count) and \(strides.count) elements")
        }
        let p = parameters
        func bit(_ mask: UInt32, _ index: Int) -> Bool { index < 32 && mask & (UInt32(1) << UInt32(index)) != 0 }

        var addedAxes = 0
        for index in 0..<count where !bit(p.ellipsisMask, index) && bit(p.newAxisMask, index) { addedAxes += 1 }
        let rank = input.rank + addedAxes
        guard rank <= 32 else { throw context.error(.unsupported, "too many dimensions") }

        // Expand the ellipsis and the new axes into per-axis masks.
        var ellipsis = [Bool](repeating: false, count: rank)
        var newAxis = [Bool](repeating: false, count: rank)
        var ellipsisStart = rank
        var expanded = 0
        var i = 0
        while i < rank {
            if bit(p.ellipsisMask, i) {
                ellipsisStart = i
                let ellipsisEnd = max(i + 1, min(i + 1 + addedAxes + input.rank - count, rank))
                expanded = ellipsisEnd - ellipsisStart - 1
                while i < ellipsisEnd { ellipsis[i] = true; i += 1 }
                continue
            }
            if bit(p.newAxisMask, i - expanded) { newAxis[i] = true }
            i += 1
        }

        var plan = Plan()
        plan.inputShape = [Int](repeating: 1, count: rank)
        var starts = [Int](repeating: 0, count: rank)
        var stops = [Int](repeating: 0, count: rank)
        var steps = [Int](repeating: 1, count: rank)
        var beginAll = [Bool](repeating: false, count: rank)
        var endAll = [Bool](repeating: false, count: rank)
        var shrink = [Bool](repeating: false, count: rank)
        var addedEllipsis = 0
        var added = 0
        // The input dimension behind output axis `axis`; begin/end/strides with more entries than
        // the input has dimensions (new axes aside) name dimensions that do not exist.
        func inputDimension(_ axis: Int) throws(SwiftLiteError) -> Int {
            let original = axis - added
            guard original >= 0, original < input.rank else {
                throw context.error(.invalidArgument, "begin, end and strides have \(count) entries (new_axis_mask \(p.newAxisMask), ellipsis_mask \(p.ellipsisMask)) but the input \(input.shape) has only \(input.rank) dimensions", tensor: input)
            }
            return input.shape[original]
        }
        for axis in 0..<rank {
            if ellipsis[axis] {
                addedEllipsis = max(0, axis - ellipsisStart)
                beginAll[axis] = true
                endAll[axis] = true
                plan.inputShape[axis] = try inputDimension(axis)
            } else if newAxis[axis] {
                stops[axis] = 1
                plan.inputShape[axis] = 1
                added += 1
            } else if axis >= count + expanded {
                beginAll[axis] = true
                endAll[axis] = true
                plan.inputShape[axis] = try inputDimension(axis)
            } else {
                let original = axis - addedEllipsis
                guard original >= 0, original < count else {
                    throw context.error(.invalidArgument, "ellipsis_mask \(p.ellipsisMask) and new_axis_mask \(p.newAxisMask) do not fit begin, end and strides of \(count) entries")
                }
                starts[axis] = begin[original]
                stops[axis] = end[original]
                steps[axis] = strides[original]
                beginAll[axis] = bit(p.beginMask, original)
                endAll[axis] = bit(p.endMask, original)
                shrink[axis] = bit(p.shrinkAxisMask, original)
                plan.inputShape[axis] = try inputDimension(axis)
            }
        }

        plan.starts = [Int](repeating: 0, count: rank)
        plan.stops = [Int](repeating: 0, count: rank)
        plan.strides = steps
        for axis in 0..<rank {
            let size = plan.inputShape[axis]
            let step = steps[axis]
            guard step != 0 else { throw context.error(.invalidArgument, "stride value has to be non-zero") }
            var start = starts[axis]
            if start < 0 { start += size }
            start = step > 0 ? min(max(start, 0), size) : min(max(start, -1), size - 1)
            if beginAll[axis] { start = step > 0 ? 0 : size - 1 }
            var stop: Int
            if shrink[axis] {
                stop = start >= size ? start : start + 1
            } else {
                stop = stops[axis]
                if p.offset { stop += start }
                if stop < 0 { stop += size }
                stop = step > 0 ? min(max(stop, 0), size) : min(max(stop, -1), size - 1)
                if endAll[axis] { stop = step > 0 ? size : -1 }
            }
            plan.starts[axis] = start
            plan.stops[axis] = stop
        }
        for axis in 0..<rank where !shrink[axis] {
            let step = steps[axis]
            var length = p.offset ? stops[axis] : plan.stops[axis] - plan.starts[axis]
            if (length < 0) != (step < 0) {
                length = 0
            } else if step < 0 {
                length = (length + 1) / step + 1
            } else {
                length = length == 0 ? 0 : (length - 1) / step + 1
            }
            plan.outputShape.append(max(0, length))
        }
        return plan
    }
}
