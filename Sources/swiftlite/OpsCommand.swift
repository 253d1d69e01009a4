import ArgumentParser
import SwiftLite
import SwiftLiteConverter

/// `swiftlite ops`: the operators SwiftLite can run, with their versions, or (`--keras`) the Keras
/// layer classes and operations `swiftlite convert` can convert.
struct OpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ops", abstract: "List the operators (and versions) SwiftLite can run, or the Keras layers it converts.")

    @Flag(help: "The reference-only resolver's table.")
    var reference = false

    @Flag(help: "List the Keras layer classes (and `ops.*` Keras operations, and TF functions in Keras 2 models) the converter supports.")
    var keras = false

    func run() throws {
        if keras {
            let classes = LoweringRegistry.supportedClasses
            for name in classes { print(name) }
            let functions = LoweringRegistry.supportedTFFunctions
            for name in functions { print("TFOpLambda \(name)") }
            print("\(classes.filter { !$0.hasPrefix("ops.") }.count) layer classes, \(classes.filter { $0.hasPrefix("ops.") }.count) Keras operations, \(functions.count) TF functions (Keras 2 TFOpLambda)")
            return
        }
        let resolver = reference ? OpResolver.reference : OpResolver.builtin
        let rows = resolver.supportedOperators
        for (identity, versions) in rows {
            let range = versions.lowerBound == versions.upperBound ? "\(versions.lowerBound)" : "\(versions.lowerBound)-\(versions.upperBound)"
            print("\(identity.description) v\(range)")
        }
        print("\(Set(rows.map(\.0.description)).count) operators")
    }
}
