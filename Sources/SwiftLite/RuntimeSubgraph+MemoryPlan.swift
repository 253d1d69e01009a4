import SwiftLiteCore

/// Placing a subgraph's tensors in its activation arena.
extension RuntimeSubgraph {
    func planMemory() throws(SwiftLiteError) {
        let end = executionPlan.count
        var firstUse = [Int](repeating: -1, count: slots.count)
        var lastUse = [Int](repeating: -1, count: slots.count)
        func touch(_ tensor: Int, _ position: Int) {
            if firstUse[tensor] < 0 { firstUse[tensor] = position }
            lastUse[tensor] = max(lastUse[tensor], position)
        }
        for tensor in definition.inputs { touch(tensor, 0); lastUse[tensor] = end }
        for (position, nodeIndex) in executionPlan.enumerated() {
            let node = nodes[nodeIndex].definition
            let deferred = deferredFrom.map { position >= $0 } ?? false
            for tensor in node.inputs where tensor >= 0 {
                touch(tensor, position)
                if deferred { lastUse[tensor] = end }
            }
            for tensor in node.outputs + node.intermediates { touch(tensor, position) }
        }
        for tensor in definition.outputs where firstUse[tensor] >= 0 { lastUse[tensor] = end }
        // In-place operators (RESHAPE and friends, elementwise operators): the output shares an
        // input's memory when that input dies at the node, as TFLite's planner does.
        func isCandidate(_ slot: TensorSlot) -> Bool {
            firstUse[slot.index] >= 0 && slot.allocation == .none && !slot.isDynamic && slot.type.byteSize != nil
        }
        var aliasOf: [Int: Int] = [:]
        if !engine.preserveAllTensors {
            let boundary = Set(definition.inputs + definition.outputs)
            for (position, nodeIndex) in executionPlan.enumerated() where deferredFrom.map({ position < $0 }) ?? true {
                let node = nodes[nodeIndex]
                guard let registration = node.registration, registration.aliasesInput || registration.isElementwise,
                      node.definition.outputs.count == 1 else { continue }
                let output = node.definition.outputs[0]
                let target = slots[output]
                guard isCandidate(target), aliasOf[output] == nil else { continue }
                let choices = registration.aliasesInput ? Array(node.definition.inputs.prefix(1)) : node.definition.inputs
                for input in choices where input >= 0 && input != output {
                    let source = slots[input]
                    guard isCandidate(source), lastUse[input] == position, !boundary.contains(input),
                          source.byteCount == target.byteCount,
                          registration.aliasesInput || (source.shape == target.shape && source.type.byteSize == target.type.byteSize)
                    else { continue }
                    let root = aliasOf[input] ?? input
                    aliasOf[output] = root
                    lastUse[root] = max(lastUse[root], lastUse[output])
                    break
                }
            }
        }
        var planner = ArenaPlanner()
        var planned: [(slot: TensorSlot, id: Int)] = []
        var plannedID: [Int: Int] = [:]
        for slot in slots where firstUse[slot.index] >= 0 && slot.allocation == .none && !slot.isDynamic {
            guard slot.type.byteSize != nil else {
                slot.isDynamic = true  // strings and other variable-size types get their own block
                continue
            }
            if aliasOf[slot.index] != nil { continue }
            let bytes = try checkedByteCount(slot)
            let last = engine.preserveAllTensors ? end : lastUse[slot.index]
            let id = planner.addBuffer(size: bytes, firstUse: firstUse[slot.index], lastUse: last)
            planned.append((slot, id))
            plannedID[slot.index] = id
        }
        for (output, root) in aliasOf {
            if let id = plannedID[root] { planned.append((slots[output], id)) }
        }
        planner.plan()
        guard planner.arenaSize <= engine.limits.maxAllocationBytes else {
            throw SwiftLiteError(
                .resourceExhausted,
                "the activation arena needs \(planner.arenaSize) bytes, over the interpreter's limit of \(engine.limits.maxAllocationBytes) (RuntimeLimits.maxAllocationBytes)",
                subgraph: definition.index)
        }
        if planner.arenaSize > arenaCapacity {
            arena?.deallocate()
            arena = UnsafeMutableRawPointer.allocate(byteCount: planner.arenaSize, alignment: 64)
            arenaCapacity = planner.arenaSize
        }
        arenaSize = planner.arenaSize
        for (slot, id) in planned {
            slot.bindArena(slot.byteCount == 0 ? nil : arena! + planner.offset(of: id), capacity: slot.byteCount)
        }
        // Inputs start zeroed so a model run without data is deterministic.
        for tensor in definition.inputs where slots[tensor].allocation == .arena {
            slots[tensor].rawBuffer.initializeMemory(as: UInt8.self, repeating: 0)
        }
    }
}
