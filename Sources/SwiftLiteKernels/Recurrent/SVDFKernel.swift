import SwiftLiteCore

/// SVDF versions 1–4, float32 (TFLite's `reference_ops::EvalFloatSVDF`): a fully connected
/// layer factored into a feature filter and a time filter over a memory of past activations.
///
/// Inputs: 0 input `[batch, in]`, 1 feature weights `[filters, in]`, 2 time weights
/// `[filters, memory]`, 3 optional bias `[units]` (units = filters / rank), 4 state
/// `[batch, memory * filters]` (a variable tensor kept across invocations).
/// Each invocation shifts the state left by one, stores `feature weights · input` as each
/// filter's newest entry, dots each filter's memory with its time weights, sums groups of
/// `rank` filters into units, adds the bias and applies the fused activation. Integer and hybrid
/// variants are refused as unsupported.
public final class SVDFKernel: OpKernel {
    let rank: Int
    let activation: FusedActivation
    private var batches = 0, inputSize = 0, filters = 0, memory = 0, units = 0
    private var scratch: [Float] = []

    /// A kernel with the `rank` option and a fused `activation`.
    public init(rank: Int, activation: FusedActivation) {
        self.rank = rank
        self.activation = activation
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 5...5, outputs: 1...1)
        let input = try context.input(0)
        let feature = try context.input(1)
        let time = try context.input(2)
        let state = try context.input(4)
        for (slot, what) in [(input, "input"), (feature, "feature weights"), (time, "time weights"), (state, "state")] {
            try context.expectType(slot, [.float32], what: what)
        }
        guard activation != .signBit else {
            throw context.error(.unsupported, "unsupported fused activation \(activation)")
        }
        guard input.rank == 2, feature.rank == 2, time.rank == 2 else {
            throw context.error(.shapeMismatch, "input, feature weights and time weights must be 2-D, got \(input.shape), \(feature.shape), \(time.shape)")
        }
        batches = input.shape[0]
        inputSize = input.shape[1]
        filters = feature.shape[0]
        memory = time.shape[1]
        guard rank > 0, filters % rank == 0 else {
            throw context.error(.invalidArgument, "rank \(rank) must be positive and divide the \(filters) filters")
        }
        units = filters / rank
        guard feature.shape[1] == inputSize, time.shape[0] == filters else {
            throw context.error(.shapeMismatch, "feature weights \(feature.shape) and time weights \(time.shape) do not fit input \(input.shape)")
        }
        if let bias = context.optionalInput(3) {
            try context.expectType(bias, [.float32], what: "bias")
            guard bias.shape == [units] else {
                throw context.error(.shapeMismatch, "bias \(bias.shape) should be [\(units)]", tensor: bias)
            }
        }
        guard state.shape == [batches, memory * filters] else {
            throw context.error(.shapeMismatch, "state \(state.shape) should be [\(batches), \(memory * filters)]", tensor: state)
        }
        guard state.isVariable else {
            throw context.error(.invalidArgument, "state must be a variable tensor", tensor: state)
        }
        scratch = [Float](repeating: 0, count: batches * filters)
        let output = try context.output(0)
        output.type = .float32
        try context.resizeOutput(output, to: [batches, units])
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let input = try context.input(0).buffer(of: Float.self)
        let feature = try context.input(1).buffer(of: Float.self)
        let time = try context.input(2).buffer(of: Float.self)
        let bias = context.optionalInput(3)?.buffer(of: Float.self)
        let state = try context.input(4).buffer(of: Float.self)
        let output = try context.output(0).buffer(of: Float.self)
        let (batches, inputSize, filters, memory, units, rank) = (self.batches, self.inputSize, self.filters, self.memory, self.units, self.rank)
        guard state.count == batches * memory * filters, output.count >= batches * units, memory > 0 else { return }
        // Age the memory: every entry moves one place towards the start.
        if state.count > 1 {
            for i in 0..<(state.count - 1) { state[i] = state[i + 1] }
        }
        scratch.withUnsafeMutableBufferPointer { scratch in
            for b in 0..<batches {
                for f in 0..<filters {
                    var dot: Float = 0
                    for k in 0..<inputSize { dot += feature[f * inputSize + k] * input[b * inputSize + k] }
                    scratch[b * filters + f] = 0 + dot
                }
            }
            for i in 0..<(batches * filters) { state[i * memory + memory - 1] = scratch[i] }
            for b in 0..<batches {
                for f in 0..<filters {
                    var dot: Float = 0
                    let base = (b * filters + f) * memory
                    for m in 0..<memory { dot += time[f * memory + m] * state[base + m] }
                    scratch[b * filters + f] = dot
                }
            }
            for o in 0..<(batches * units) {
                var total: Float = 0
                for r in 0..<rank { total += scratch[o * rank + r] }
                output[o] = total
            }
        }
        for b in 0..<batches {
            for u in 0..<units {
                let value = output[b * units + u] + (bias.map { $0[u] } ?? 0)
                output[b * units + u] = activation.apply(value)
            }
        }
    }
}
