/// Where a tensor's bytes come from.
public enum TensorAllocation: Sendable, Equatable {
    /// No memory yet (before planning, or an unused tensor).
    case none
    /// Read-only bytes inside the model file (never written).
    case constant
    /// A region of the interpreter's activation arena, planned by tensor lifetimes.
    case arena
    /// Its own heap block, resized during `invoke` when its shape depends on data.
    case dynamic
    /// Its own heap block that lives across invocations (variables, values computed once at
    /// `allocateTensors`).
    case persistent
}

/// A tensor of a running subgraph: type, shape, quantization and a pointer to its bytes.
///
/// Kernels read inputs and write outputs through slots; the interpreter owns them and decides
/// where their memory lives. A slot is used from one thread at a time.
public final class TensorSlot {
    /// Index in its subgraph.
    public let index: Int
    /// Name from the model.
    public let name: String
    /// Element type.
    public var type: ElementType
    /// Current shape.
    public var shape: [Int]
    /// Shape with -1 for dimensions that may change (from the model).
    public var shapeSignature: [Int]
    /// Quantization, if any.
    public var quantization: QuantizationParameters?
    /// Whether the model marks this tensor as a variable (state kept across invocations).
    public let isVariable: Bool
    /// How the memory is provided.
    public internal(set) var allocation: TensorAllocation = .none
    /// The bytes (nil until allocated, or when the tensor has no elements).
    public internal(set) var data: UnsafeMutableRawPointer?
    /// Bytes available at `data`.
    public internal(set) var capacity: Int = 0
    /// Whether the values are known without running the graph (constants, and tensors computed
    /// once during `allocateTensors`).
    public var hasKnownValue = false
    /// Whether the shape depends on data, so the kernel resizes it during eval.
    public var isDynamic = false
    /// The sparse layout of a sparse constant, if any.
    public var sparsity: SparsityDescription?
    private var ownedBlock: UnsafeMutableRawPointer?

    /// Creates a slot.
    public init(index: Int, name: String, type: ElementType, shape: [Int], shapeSignature: [Int],
                quantization: QuantizationParameters?, isVariable: Bool) {
        self.index = index
        self.name = name
        self.type = type
        self.shape = shape
        self.shapeSignature = shapeSignature
        self.quantization = quantization
        self.isVariable = isVariable
    }

    deinit {
        ownedBlock?.deallocate()
    }

    /// The number of elements of the current shape (0 if any dimension is 0).
    public var elementCount: Int {
        var count = 1
        for dimension in shape { count &*= dimension }
        return count
    }

    /// Bytes the current shape needs (strings and other variable types: the capacity in use).
    public var byteCount: Int {
        guard let size = type.byteSize else { return capacity }
        return elementCount * size
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// Points the slot at read-only bytes in the model file.
    public func bindConstant(_ bytes: UnsafeRawBufferPointer) {
        releaseOwned()
        data = bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0) }
        capacity = bytes.count
        allocation = .constant
        hasKnownValue = true
    }

    /// Points the slot at `capacity` bytes of the arena.
    public func bindArena(_ pointer: UnsafeMutableRawPointer?, capacity: Int) {
        releaseOwned()
        data = pointer
        self.capacity = capacity
        allocation = .arena
    }

    /// Gives the slot its own zeroed block of at least `bytes` bytes (64-byte aligned), keeping
    /// the current block when it is large enough.
    public func allocateOwned(bytes: Int, kind: TensorAllocation) {
        if ownedBlock == nil || capacity < bytes {
            releaseOwned()
            let block = UnsafeMutableRawPointer.allocate(byteCount: max(bytes, 1), alignment: 64)
            block.initializeMemory(as: UInt8.self, repeating: 0, count: max(bytes, 1))
            ownedBlock = block
            capacity = bytes
        }
        data = ownedBlock
        allocation = kind
    }

    /// Detaches the slot from any memory.
    public func unbind() {
        releaseOwned()
        data = nil
        capacity = 0
        allocation = .none
        hasKnownValue = false
    }

    private func releaseOwned() {
        ownedBlock?.deallocate()
        ownedBlock = nil
    }

    // MARK: Typed access

    /// The elements as a typed buffer (count from the shape). Empty when there is no memory.
    @inlinable
    public func buffer<T>(of type: T.Type) -> UnsafeMutableBufferPointer<T> {
        guard let data else { return UnsafeMutableBufferPointer(start: nil, count: 0) }
        let count = Swift.min(elementCount, capacity / MemoryLayout<T>.stride)
        return UnsafeMutableBufferPointer(start: data.assumingMemoryBound(to: T.self), count: count)
    }

    /// The bytes in use.
    public var rawBuffer: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: data, count: data == nil ? 0 : Swift.min(byteCount, capacity))
    }

    /// The values of a small integer tensor (shape vectors, axes, ...) as `Int`s.
    public func integerValues() -> [Int]? {
        switch type {
        case .int32: return buffer(of: Int32.self).map(Int.init)
        case .int64: return buffer(of: Int64.self).map(Int.init)
        case .int16: return buffer(of: Int16.self).map(Int.init)
        case .int8: return buffer(of: Int8.self).map(Int.init)
        case .uint8: return buffer(of: UInt8.self).map(Int.init)
        default: return nil
        }
    }
}
