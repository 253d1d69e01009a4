import SwiftLiteCore

/// Time spent per node, collected while profiling is on (`swiftlite benchmark --profile`).
public struct OperatorProfile: Sendable {
    /// One node's share.
    public struct Entry: Sendable {
        /// The node index in the main subgraph's node list.
        public let node: Int
        /// `CONV_2D`, `DELEGATE:name`, ...
        public let opName: String
        /// Total seconds in eval since profiling started.
        public let seconds: Double
    }

    /// Entries for every node that ran, in node order.
    public let entries: [Entry]

    /// Seconds per operator name, largest first.
    public var byOperator: [(opName: String, seconds: Double, nodes: Int)] {
        var totals: [String: (Double, Int)] = [:]
        for entry in entries {
            let current = totals[entry.opName] ?? (0, 0)
            totals[entry.opName] = (current.0 + entry.seconds, current.1 + 1)
        }
        return totals.map { ($0.key, $0.value.0, $0.value.1) }.sorted { $0.seconds > $1.seconds }
    }
}

extension Interpreter {
    /// Starts timing every node of the main subgraph (cleared each time it is turned on).
    public var isProfiling: Bool {
        get { engine.isProfiling }
        set {
            if newValue { main.resetProfile() }
            engine.isProfiling = newValue
        }
    }

    /// The profile collected so far.
    public var profile: OperatorProfile {
        OperatorProfile(entries: main.nodes.enumerated().compactMap { index, node in
            guard index < main.nodeSeconds.count, main.executionPlan.contains(index) else { return nil }
            return OperatorProfile.Entry(node: index, opName: node.definition.name, seconds: main.nodeSeconds[index])
        })
    }
}
