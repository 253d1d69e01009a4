import Testing
import TestSupport

@testable import FlatBuffers

/// Builds a small two-level buffer by hand and reads it back.
@Suite struct BuilderReaderTests {
    /// Root table: slot 0 name (string), 1 count (Int32, default 7), 2 values ([Int16]),
    /// 3 children ([Child]), 4 flag (Bool), 5 big (Int64). Child: slot 0 id (UInt8), 1 label.
    func buildSample(values: [Int16] = [1, -2, 300], childIDs: [UInt8] = [5, 5, 9], count: Int32 = 42)
        throws -> [UInt8]
    {
        var builder = FlatBufferBuilder(initialCapacity: 16)
        var children: [FlatOffset] = []
        for id in childIDs {
            let label = builder.createString("child-\(id)")
            let start = builder.startTable()
            builder.add(slot: 0, id, default: 0)
            builder.addOffset(slot: 1, label)
            children.append(builder.endTable(start: start))
        }
        let childVector = builder.createVector(offsets: children)
        let name = builder.createString("root ✓")
        let valueVector = builder.createVector(values)
        let start = builder.startTable()
        builder.addOffset(slot: 0, name)
        builder.add(slot: 1, count, default: 7)
        builder.addOffset(slot: 2, valueVector)
        builder.addOffset(slot: 3, childVector)
        builder.add(slot: 4, true, default: false)
        builder.add(slot: 5, Int64(-1) << 40, default: 0)
        let root = builder.endTable(start: start)
        return try builder.finish(root: root, fileIdentifier: "TEST")
    }

    struct ChildView: FlatTableView {
        let table: FlatTable
        init(table: FlatTable) { self.table = table }
    }

    func verifySample(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {
        let table = try verifier.beginTable(at: position)
        try verifier.verifyString(table, slot: 0, field: "name")
        try verifier.verifyScalar(table, slot: 1, size: 4)
        try verifier.verifyVector(table, slot: 2, elementSize: 2, field: "values")
        try verifier.verifyTableVector(table, slot: 3, field: "children") { verifier, position throws(FlatBufferError) in
            let child = try verifier.beginTable(at: position)
            try verifier.verifyScalar(child, slot: 0, size: 1)
            try verifier.verifyString(child, slot: 1, field: "label")
            verifier.endTable()
        }
        try verifier.verifyScalar(table, slot: 4, size: 1)
        try verifier.verifyScalar(table, slot: 5, size: 8)
        verifier.endTable()
    }

    @Test func roundTripsEveryFieldKind() throws {
        let bytes = try buildSample()
        let buffer = FlatBuffer(storage: ByteStorage(copying: bytes))
        var verifier = FlatBufferVerifier(buffer: buffer)
        let rootPosition = try verifier.verifyRoot(identifier: "TEST")
        try verifySample(&verifier, at: rootPosition)

        let root = FlatTable(buffer: buffer, position: rootPosition)
        #expect(buffer.fileIdentifier == "TEST")
        #expect(root.string(slot: 0) == "root ✓")
        #expect(root.scalar(slot: 1, default: Int32(7)) == 42)
        #expect(root.vector(slot: 2, of: Int16.self).map(Array.init) == [1, -2, 300])
        #expect(root.scalar(slot: 4, default: false) == true)
        #expect(root.scalar(slot: 5, default: Int64(0)) == Int64(-1) << 40)
        let children = try #require(root.tables(slot: 3, of: ChildView.self))
        #expect(children.map { $0.table.scalar(slot: 0, default: UInt8(0)) } == [5, 5, 9])
        #expect(children.map { $0.table.string(slot: 1) } == ["child-5", "child-5", "child-9"])
        // Absent fields read as their defaults.
        #expect(root.scalar(slot: 9, default: Int32(-3)) == -3)
        #expect(root.string(slot: 9) == nil)
    }

    @Test func omitsDefaultsAndSharesVTables() throws {
        let withDefault = try buildSample(count: 7)
        let buffer = FlatBuffer(storage: ByteStorage(copying: withDefault))
        let root = FlatTable(buffer: buffer, position: try #require(buffer.rootTablePosition))
        #expect(!root.has(slot: 1), "a value equal to its default is not written")
        #expect(root.scalar(slot: 1, default: Int32(7)) == 7)

        // Three children with identical layouts share one vtable.
        let children = try #require(root.tables(slot: 3, of: ChildView.self))
        let vtables = Set(children.map { $0.table.position - Int(buffer.read(Int32.self, at: $0.table.position)) })
        #expect(vtables.count == 1)
    }

    @Test func alignsScalarsVectorsAndForcedAlignment() throws {
        var builder = FlatBufferBuilder(initialCapacity: 8)
        let odd = builder.createString("abc")
        let bytes: [UInt8] = Array(1...13)
        let data = bytes.withUnsafeBytes { builder.createByteVector($0, alignment: 16) }
        let longs = builder.createVector([Int64(1), 2, 3])
        let start = builder.startTable()
        builder.add(slot: 0, UInt8(1), default: 0)
        builder.add(slot: 1, Double(2.5), default: 0)
        builder.addOffset(slot: 2, odd)
        builder.addOffset(slot: 3, data)
        builder.addOffset(slot: 4, longs)
        let root = builder.endTable(start: start)
        let finished = try builder.finish(root: root)
        #expect(finished.count % 16 == 0, "the buffer is padded to its largest alignment")

        let buffer = FlatBuffer(storage: ByteStorage(copying: finished))
        var verifier = FlatBufferVerifier(buffer: buffer)
        let table = try verifier.beginTable(at: try verifier.verifyRoot(identifier: nil))
        try verifier.verifyScalar(table, slot: 1, size: 8)
        let vector = try #require(try verifier.verifyVector(table, slot: 3, elementSize: 1, field: "data"))
        #expect(vector.position % 16 == 0)
        #expect(try #require(table.vector(slot: 3, of: UInt8.self)).elementsPosition % 16 == 0)
        #expect(table.vector(slot: 3, of: UInt8.self).map(Array.init) == bytes)
        let longVector = try #require(table.vector(slot: 4, of: Int64.self))
        #expect(longVector.elementsPosition % 8 == 0)
        #expect(Array(longVector) == [1, 2, 3])
        #expect(table.scalar(slot: 1, default: 0.0) == 2.5)
    }

    @Test func growsPastItsInitialCapacity() throws {
        var builder = FlatBufferBuilder(initialCapacity: 16)
        let values = (0..<10_000).map { Int32($0 * 3) }
        let vector = builder.createVector(values)
        let start = builder.startTable()
        builder.addOffset(slot: 0, vector)
        let finished = try builder.finish(root: builder.endTable(start: start))
        let buffer = FlatBuffer(storage: ByteStorage(copying: finished))
        let root = FlatTable(buffer: buffer, position: try #require(buffer.rootTablePosition))
        #expect(root.vector(slot: 0, of: Int32.self).map(Array.init) == values)
    }

    @Test func readsNeverLeaveTheBuffer() {
        // Arbitrary bytes read through the unverified API return zeros/defaults, never trap.
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 64)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let buffer = FlatBuffer(storage: ByteStorage(copying: bytes))
            let table = FlatTable(buffer: buffer, position: buffer.rootTablePosition ?? 0)
            for slot in 0..<6 {
                _ = table.scalar(slot: slot, default: Int64(0))
                _ = table.string(slot: slot)
                _ = table.vector(slot: slot, of: Int32.self).map(Array.init)
                _ = table.tables(slot: slot, of: ChildView.self).map { $0.map { $0.table.string(slot: 0) } }
            }
        }
    }
}

