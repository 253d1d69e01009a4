import SwiftLite

/// Delegates the CLI can create by name.
enum DelegateOption {
    /// `replay` or `replay:OP,OP` (the diagnostic replay delegate); anything else is refused.
    static func make(_ spec: String?) throws -> [any Delegate] {
        guard let spec else { return [] }
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        switch parts.first {
        case "replay":
            let operators = parts.count > 1 ? Set(parts[1].split(separator: ",").map(String.init)) : []
            return [ReplayDelegate(operators: operators)]
        default:
            throw CommandFailure("unsupported delegate '\(spec)' (available: replay[:OP,OP,...])")
        }
    }

    /// One line per delegate: how many nodes it took, and which.
    static func describe(_ report: DelegationReport) -> [String] {
        report.nodeCounts.sorted { $0.key < $1.key }.map { name, count in
            let partitions = report.entries.filter { $0.delegate == name }
            let lists = partitions.map { entry in
                (entry.subgraph == 0 ? "" : "subgraph \(entry.subgraph) ") + "nodes " + entry.nodes.map(String.init).joined(separator: ",")
            }
            return "delegate \(name): \(count) nodes in \(partitions.count) partitions (\(lists.joined(separator: "; ")))"
        }
    }
}
