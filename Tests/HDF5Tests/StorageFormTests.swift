import Testing

@testable import HDF5

/// Pins which on-disk forms each fixture exercises, so the fixture tests really cover them.
@Suite struct StorageFormTests {
    /// Names each dataset's layout / chunk index and filters, and each group's link storage.
    func forms(_ name: String) throws -> Set<String> {
        let file = try HDF5File(path: Fixtures.path(name))
        var result: Set<String> = []
        func visit(_ group: HDF5Group) throws {
            let messages = try ObjectHeader.messages(file.bytes, at: group.header)
            let types = Set(messages.map(\.type))
            if types.contains(MessageType.symbolTable) { result.insert("symbolTable") }
            if types.contains(MessageType.link) { result.insert("compactLinks") }
            for m in messages where m.type == MessageType.linkInfo {
                var c = try file.bytes.cursor(at: m.offset, length: m.size, "")
                try c.skip(2)
                if try file.bytes.absolute(try c.address(), "") != nil { result.insert("denseLinks") }
            }
            for m in messages where m.type == MessageType.attributeInfo {
                var c = try file.bytes.cursor(at: m.offset, length: m.size, "")
                try c.skip(2)
                if try file.bytes.absolute(try c.address(), "") != nil { result.insert("denseAttributes") }
            }
            for child in try group.children {
                if child.kind == .group { try visit(try group.group(child.name)) }
                guard child.kind == .dataset else { continue }
                let dataset = try group.dataset(child.name)
                for m in try ObjectHeader.messages(file.bytes, at: dataset.header) {
                    if m.type == MessageType.layout {
                        switch try DataLayout.parse(file.bytes, m) {
                        case .compact: result.insert("compact")
                        case .contiguous: result.insert("contiguous")
                        case .chunked(_, _, let index):
                            switch index {
                            case .btreeV1: result.insert("chunked:btreeV1")
                            case .singleChunk: result.insert("chunked:single")
                            case .implicit: result.insert("chunked:implicit")
                            case .fixedArray: result.insert("chunked:fixedArray")
                            }
                        }
                    }
                    if m.type == MessageType.filterPipeline {
                        for f in try Filter.parsePipeline(file.bytes, m) { result.insert("filter:\(f.id)") }
                    }
                }
            }
        }
        try visit(file.root)
        return result
    }

    @Test func defaultLibver() throws {
        let f = try forms("default")
        #expect(f.isSuperset(of: ["symbolTable", "contiguous", "compact", "chunked:btreeV1", "filter:1", "filter:2"]))
    }

    @Test func latestLibver() throws {
        let f = try forms("latest")
        #expect(f.isSuperset(of: ["compactLinks", "contiguous", "compact", "chunked:fixedArray", "chunked:single", "filter:1", "filter:2"]))
        #expect(try forms("latest_many").isSuperset(of: ["denseLinks", "denseAttributes"]))
    }

    @Test func kerasFiles() throws {
        #expect(try forms("keras_weights") == ["symbolTable", "contiguous"])
        #expect(try forms("keras_legacy") == ["symbolTable", "contiguous"])
        #expect(try HDF5File(path: Fixtures.path("keras_weights")).superblockVersion == 0)
    }
}
