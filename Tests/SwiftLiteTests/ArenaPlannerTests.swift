import Testing
@testable import SwiftLite

/// The arena planner: buffers alive at the same time never overlap; dead buffers' memory is reused.
@Suite struct ArenaPlannerTests {
    @Test func reusesMemoryOfDeadBuffers() {
        var planner = ArenaPlanner(alignment: 64)
        let a = planner.addBuffer(size: 1000, firstUse: 0, lastUse: 1)
        let b = planner.addBuffer(size: 1000, firstUse: 1, lastUse: 2)
        let c = planner.addBuffer(size: 1000, firstUse: 2, lastUse: 3)
        planner.plan()
        #expect(!planner.hasOverlap())
        #expect(planner.offset(of: a) == planner.offset(of: c), "c starts after a died")
        #expect(planner.offset(of: a) != planner.offset(of: b))
        #expect(planner.arenaSize == 2048)
    }

    @Test func alignsEveryOffset() {
        var planner = ArenaPlanner(alignment: 64)
        let ids = (0..<10).map { planner.addBuffer(size: 3 + $0 * 7, firstUse: 0, lastUse: 5) }
        planner.plan()
        for id in ids { #expect(planner.offset(of: id) % 64 == 0) }
        #expect(!planner.hasOverlap())
    }

    @Test func randomGraphsNeverOverlap() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            var planner = ArenaPlanner(alignment: 16)
            var total = 0
            for _ in 0..<(1 + next(30)) {
                let first = next(20)
                let size = next(5000)
                total += (size + 15) / 16 * 16
                _ = planner.addBuffer(size: size, firstUse: first, lastUse: first + next(10))
            }
            planner.plan()
            #expect(!planner.hasOverlap())
            #expect(planner.arenaSize <= total, "never worse than giving every buffer its own memory")
        }
    }

    @Test func interpreterReportsItsArena() throws {
        let interpreter = try Interpreter(modelPath: GoldenCase.repository.appendingPathComponent("Models/digits_cnn.tflite").path)
        try interpreter.allocateTensors()
        #expect(interpreter.arenaByteCount > 0)
        // The arena is smaller than all activations laid end to end.
        var sum = 0
        for index in 0..<interpreter.tensorCount {
            let tensor = try interpreter.tensor(at: index)
            sum += tensor.data.count
        }
        #expect(interpreter.arenaByteCount < sum)
    }
}
