import ArgumentParser
import SwiftLite

/// `swiftlite ops`: the operators SwiftLite can run, with their versions.
struct OpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ops", abstract: "List the operators (and versions) SwiftLite can run.")

    @Flag(help: "The reference-only resolver's table.")
    var reference = false

    func run() throws {
        let resolver = reference ? OpResolver.reference : OpResolver.builtin
        let rows = resolver.supportedOperators
        for (identity, versions) in rows {
            let range = versions.lowerBound == versions.upperBound ? "\(versions.lowerBound)" : "\(versions.lowerBound)-\(versions.upperBound)"
            print("\(identity.description) v\(range)")
        }
        print("\(Set(rows.map(\.0.description)).count) operators")
    }
}
