import Testing

@testable import FlatBuffers

/// The verifier's rejections, each on a buffer broken in one specific way.
@Suite struct VerifierTests {
    func verify(_ bytes: [UInt8], identifier: String? = nil, limits: FlatBufferVerifierLimits = .init(),
                walk: (inout FlatBufferVerifier, Int) throws(FlatBufferError) -> Void = { v, p throws(FlatBufferError) in
                    _ = try v.beginTable(at: p); v.endTable()
                }) throws(FlatBufferError) {
        var verifier = FlatBufferVerifier(buffer: FlatBuffer(storage: ByteStorage(copying: bytes)), limits: limits)
        let root = try verifier.verifyRoot(identifier: identifier)
        try walk(&verifier, root)
    }

    func kind(of body: () throws(FlatBufferError) -> Void) -> FlatBufferError.Kind? {
        do {
            try body()
            return nil
        } catch {
            return error.kind
        }
    }

    /// A table with one string field in slot 0.
    func stringTable(_ text: String) throws -> [UInt8] {
        var builder = FlatBufferBuilder()
        let string = builder.createString(text)
        let start = builder.startTable()
        builder.addOffset(slot: 0, string)
        return try builder.finish(root: builder.endTable(start: start), fileIdentifier: "ABCD")
    }

    let stringWalk: (inout FlatBufferVerifier, Int) throws(FlatBufferError) -> Void = { v, p throws(FlatBufferError) in
        let table = try v.beginTable(at: p)
        try v.verifyString(table, slot: 0, field: "text")
        v.endTable()
    }

    @Test func acceptsAWellFormedBuffer() throws {
        let bytes = try stringTable("hello")
        try verify(bytes, identifier: "ABCD", walk: stringWalk)
    }

    @Test func rejectsTooSmallBuffers() {
        #expect(kind { () throws(FlatBufferError) in try verify([]) } == .truncated)
        #expect(kind { () throws(FlatBufferError) in try verify([1, 0, 0]) } == .truncated)
    }

    @Test func rejectsAWrongIdentifier() throws {
        let bytes = try stringTable("x")
        #expect(kind { () throws(FlatBufferError) in try verify(bytes, identifier: "TFL3") } == .wrongIdentifier)
    }

    @Test func rejectsARootOffsetPastTheEnd() throws {
        var bytes = try stringTable("x")
        bytes[0] = 0xF0
        bytes[1] = 0xFF
        #expect(kind { () throws(FlatBufferError) in try verify(bytes) } == .outOfBounds)
    }

    @Test func rejectsAMisalignedTable() throws {
        var bytes = try stringTable("x")
        bytes[0] &+= 1
        let found = kind { () throws(FlatBufferError) in try verify(bytes, walk: stringWalk) }
        #expect(found == .misaligned)
        // Without the alignment check the same buffer fails differently or passes, never traps.
        _ = kind { () throws(FlatBufferError) in
            try verify(bytes, limits: .init(checkAlignment: false), walk: stringWalk)
        }
    }

    @Test func rejectsAStringWithoutItsTerminator() throws {
        var bytes = try stringTable("hello")
        let terminator = try #require(bytes.indices.first { bytes[$0] == UInt8(ascii: "o") }) + 1
        bytes[terminator] = UInt8(ascii: "!")
        #expect(kind { () throws(FlatBufferError) in try verify(bytes, walk: stringWalk) } == .badString)
    }

    @Test func rejectsAStringLongerThanTheBuffer() throws {
        var bytes = try stringTable("hello")
        let h = try #require(bytes.indices.first { bytes[$0] == UInt8(ascii: "h") })
        bytes[h - 4] = 200  // the length prefix
        #expect(kind { () throws(FlatBufferError) in try verify(bytes, walk: stringWalk) } == .outOfBounds)
    }

    @Test func rejectsAVectorWhoseLengthOverflows() throws {
        var builder = FlatBufferBuilder()
        let vector = builder.createVector([Int32(1), 2])
        let start = builder.startTable()
        builder.addOffset(slot: 0, vector)
        var bytes = try builder.finish(root: builder.endTable(start: start))
        // Find the length prefix (2) followed by 1, 2 and make it huge.
        let index = try #require((0...(bytes.count - 12)).first {
            bytes[$0] == 2 && bytes[$0 + 4] == 1 && bytes[$0 + 8] == 2
        })
        bytes.replaceSubrange(index..<(index + 4), with: [0xFF, 0xFF, 0xFF, 0x7F])
        let walk: (inout FlatBufferVerifier, Int) throws(FlatBufferError) -> Void = { v, p throws(FlatBufferError) in
            let table = try v.beginTable(at: p)
            try v.verifyVector(table, slot: 0, elementSize: 8, field: "values")
            v.endTable()
        }
        #expect(kind { () throws(FlatBufferError) in try verify(bytes, walk: walk) } == .outOfBounds)
    }

    @Test func rejectsABadVTable() throws {
        var bytes = try stringTable("x")
        let root = Int(bytes[0])
        // Point the table's vtable offset far outside the buffer.
        bytes.replaceSubrange(root..<(root + 4), with: [0x00, 0x00, 0x00, 0x40])
        let found = kind { () throws(FlatBufferError) in try verify(bytes, walk: stringWalk) }
        #expect(found == .outOfBounds)
    }

    @Test func enforcesDepthAndTableLimits() throws {
        // A chain of nested tables, each holding the next in slot 0.
        var builder = FlatBufferBuilder()
        var inner: FlatOffset?
        for _ in 0..<10 {
            let start = builder.startTable()
            if let inner { builder.addOffset(slot: 0, inner) }
            inner = builder.endTable(start: start)
        }
        let bytes = try builder.finish(root: inner!)
        func walk(_ v: inout FlatBufferVerifier, _ p: Int) throws(FlatBufferError) {
            let table = try v.beginTable(at: p)
            try v.verifyTable(table, slot: 0, field: "next", walk)
            v.endTable()
        }
        try verify(bytes, walk: walk)
        #expect(kind { () throws(FlatBufferError) in try verify(bytes, limits: .init(maxDepth: 5), walk: walk) } == .tooDeep)
        #expect(kind { () throws(FlatBufferError) in try verify(bytes, limits: .init(maxTables: 3), walk: walk) } == .tooManyTables)
    }

    @Test func errorsNameTheFieldPath() throws {
        var bytes = try stringTable("hello")
        let h = try #require(bytes.indices.first { bytes[$0] == UInt8(ascii: "h") })
        bytes[h - 4] = 200
        do {
            try verify(bytes, walk: stringWalk)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == ["text"])
            #expect(error.description.hasPrefix("text: "))
            #expect(error.offset != nil)
        }
    }
}
