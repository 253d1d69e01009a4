extension ModelSummary {
    /// A human-readable report: subgraphs with their inputs and outputs, an operator histogram,
    /// constant data sizes, signatures and metadata names.
    public var report: String {
        var lines: [String] = []
        lines.append("TFLite model, schema version \(version)" + (description.isEmpty ? "" : " — \(description)"))
        lines.append("File: \(Self.bytes(fileBytes)), buffers: \(Self.bytes(bufferBytes))")
        for (index, subgraph) in subgraphs.enumerated() {
            lines.append("")
            let name = subgraph.name.isEmpty ? "" : " `\(subgraph.name)`"
            lines.append("Subgraph \(index)\(name): \(subgraph.tensorCount) tensors, \(subgraph.operators.count) operators, constants \(Self.bytes(subgraph.constantBytes))")
            for (role, tensors) in [("input", subgraph.inputs), ("output", subgraph.outputs)] {
                for (position, tensor) in tensors.enumerated() {
                    lines.append("  \(role) \(position): \(Self.describe(tensor))")
                }
            }
            var histogram: [String: Int] = [:]
            for op in subgraph.operators { histogram[op.opcode, default: 0] += 1 }
            if !histogram.isEmpty {
                lines.append("  operators:")
                for (opcode, count) in histogram.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                    lines.append("    \(String(count).leftPadded(to: 4)) × \(opcode)")
                }
            }
        }
        if !signatures.isEmpty {
            lines.append("")
            lines.append("Signatures:")
            for signature in signatures {
                let inputs = signature.inputs.map { "\($0.0)→\($0.1)" }.joined(separator: ", ")
                let outputs = signature.outputs.map { "\($0.0)→\($0.1)" }.joined(separator: ", ")
                lines.append("  \(signature.key) (subgraph \(signature.subgraph)): inputs [\(inputs)], outputs [\(outputs)]")
            }
        }
        if !metadata.isEmpty {
            lines.append("")
            lines.append("Metadata: " + metadata.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ tensor: TensorSummary) -> String {
        let shape = tensor.shapeSignature.map { $0 < 0 ? "?" : String($0) }.joined(separator: ", ")
        var text = "`\(tensor.name)` (tensor \(tensor.index)) \(tensor.dtype)[\(shape)]"
        if tensor.scales.count == 1 {
            text += " scale \(tensor.scales[0]) zero point \(tensor.zeroPoints[0])"
        } else if tensor.scales.count > 1 {
            text += " per-axis quantized along dimension \(tensor.quantizedDimension) (\(tensor.scales.count) scales)"
        }
        return text
    }

    static func bytes(_ count: Int) -> String {
        if count < 1024 { return "\(count) B" }
        if count < 1 << 20 { return "\(count / 1024) KiB (\(count) B)" }
        let mib = Double(count) / Double(1 << 20)
        return "\((mib * 10).rounded() / 10) MiB (\(count) B)"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
