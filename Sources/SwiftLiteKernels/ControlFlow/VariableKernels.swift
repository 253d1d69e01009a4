import SwiftLiteCore

/// VAR_HANDLE (version 1): the resource id of the variable named (container, shared name).
public final class VarHandleKernel: OpKernel {
    let name: String

    /// A handle to the variable `container/sharedName`.
    public init(container: String, sharedName: String) {
        name = container + "/" + sharedName
    }

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        let output = try context.output(0)
        output.type = .resource
        try context.resizeOutput(output, to: [])
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let output = try context.output(0)
        output.data?.storeBytes(of: Int32(context.environment.resources.id(for: name)), as: Int32.self)
    }
}

/// Reads the resource id held by a handle tensor.
func resourceID(_ slot: TensorSlot, _ context: KernelContext) throws(SwiftLiteError) -> Int {
    guard slot.type == .resource || slot.type == .int32 else {
        throw context.error(.invalidArgument, "expects a resource handle, got \(slot.type)", tensor: slot)
    }
    // An empty handle tensor (shape [0]) has no id to read.
    guard let data = slot.data, slot.elementCount >= 1, slot.capacity >= MemoryLayout<Int32>.size else {
        throw context.error(.invalidArgument, "the resource handle \(slot.type)\(slot.shape) holds no id", tensor: slot)
    }
    return Int(data.load(as: Int32.self))
}

/// ASSIGN_VARIABLE (version 1): stores a copy of the value in the variable (creating it, or
/// reshaping it when the value's shape changes).
public final class AssignVariableKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 2...2, outputs: 0...0)
        guard try context.input(1).type.byteSize != nil else {
            throw context.error(.unsupported, "unsupported variable type \(try context.input(1).type)")
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let id = try resourceID(try context.input(0), context)
        let value = try context.input(1)
        let resources = context.environment.resources
        let variable: TensorSlot
        if let existing = resources.variables[id], existing.type == value.type {
            variable = existing
        } else {
            variable = TensorSlot(index: -1, name: "variable \(id)", type: value.type, shape: value.shape,
                                  shapeSignature: value.shape, quantization: value.quantization, isVariable: true)
            resources.variables[id] = variable
        }
        variable.shape = value.shape
        variable.quantization = value.quantization
        if variable.capacity < value.byteCount || variable.data == nil {
            variable.allocateOwned(bytes: value.byteCount, kind: .persistent)
        }
        if let from = value.data, let to = variable.data, value.byteCount > 0 {
            to.copyMemory(from: from, byteCount: value.byteCount)
        }
    }
}

/// READ_VARIABLE (version 1): a copy of the variable's current value. Its shape is known at
/// prepare when the variable already exists (assigned by a CALL_ONCE initializer); otherwise the
/// output is dynamic.
public final class ReadVariableKernel: OpKernel {
    /// A kernel.
    public init() {}

    public func prepare(_ context: KernelContext) throws(SwiftLiteError) {
        try context.expectCounts(inputs: 1...1, outputs: 1...1)
        let handle = try context.input(0)
        let output = try context.output(0)
        if handle.hasKnownValue, handle.data != nil,
           let variable = context.environment.resources.variables[try resourceID(handle, context)] {
            output.type = variable.type
            output.quantization = variable.quantization
            try context.resizeOutput(output, to: variable.shape)
        } else {
            output.isDynamic = true
        }
    }

    public func eval(_ context: KernelContext) throws(SwiftLiteError) {
        let id = try resourceID(try context.input(0), context)
        guard let variable = context.environment.resources.variables[id] else {
            throw context.error(.runtimeFailure, "reads variable \(id) before anything assigned it")
        }
        let output = try context.output(0)
        if output.shape != variable.shape || output.type != variable.type {
            guard output.isDynamic else {
                throw context.error(.runtimeFailure, "variable \(id) changed to \(variable.type)\(variable.shape) after the graph was planned")
            }
            output.type = variable.type
            try context.resizeOutput(output, to: variable.shape)
        }
        if let from = variable.data, let to = output.data, variable.byteCount > 0 {
            to.copyMemory(from: from, byteCount: variable.byteCount)
        }
    }
}
