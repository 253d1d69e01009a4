import Testing
@testable import KerasModel

@Test func kerasWeightsLookupByFormat() throws {
    let array = KerasArray(shape: [1], values: [2])
    let keras = KerasWeights(format: .keras, entries: [("vars/0", array)])
    #expect(try keras.array(kerasPath: "vars/0", legacyIndex: 5, layer: "d") == array)
    #expect(throws: KerasImportError.self) { try keras.array(kerasPath: "vars/1", legacyIndex: 0, layer: "d") }
    let legacy = KerasWeights(format: .legacyH5, entries: [("kernel", array)])
    #expect(try legacy.array(kerasPath: "x", legacyIndex: 0, layer: "d") == array)
}
