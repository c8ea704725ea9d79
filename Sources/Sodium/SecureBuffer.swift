import CSodium

/// Secret bytes being written, such as a document being serialised or a payload being decrypted,
/// in guarded memory from the first byte to the last.
///
/// A growing `Array` leaves every outgrown copy of its contents in freed heap memory, unwiped.
/// This buffer grows instead by allocating new guarded memory (`sodium_malloc`), copying, and
/// freeing the old allocation with `sodium_free`, which zeroes it; so no copy of what was written
/// is ever left behind. It stays readable and writable while it is being filled (it is short-lived
/// and a page protection change per byte would be ruinous); `finish` hands the bytes over as
/// `SecureBytes` without copying them, and anything not finished is zeroed when released.
public final class SecureBuffer {
    /// Where the bytes are and how far they reach. Kept behind a pointer the class never
    /// reassigns: a mutable stored property of a class is checked for exclusive access at run
    /// time on every use, and the JSON writer appends tens of millions of single bytes.
    @usableFromInline struct State {
        @usableFromInline var base: UnsafeMutableRawPointer?
        @usableFromInline var used: Int
        @usableFromInline var capacity: Int
    }

    @usableFromInline let state: UnsafeMutablePointer<State>

    /// Bytes written so far.
    public var count: Int { state.pointee.used }

    /// An empty buffer with room for `capacity` bytes before it first grows.
    /// - Throws: `SodiumError.outOfMemory`.
    public init(capacity: Int = 4096) throws {
        try Library.ensureInitialized()
        let capacity = max(capacity, 64)
        guard let base = sodium_malloc(capacity) else { throw SodiumError.outOfMemory(bytes: capacity) }
        state = .allocate(capacity: 1)
        state.initialize(to: State(base: base, used: 0, capacity: capacity))
    }

    deinit {
        if let base = state.pointee.base { sodium_free(base) }
        state.deallocate()
    }

    /// Appends one byte (inlined into the JSON writer, which appends most bytes one at a time).
    @inlinable
    public func append(_ byte: UInt8) {
        if state.pointee.used == state.pointee.capacity { grow(toHold: state.pointee.used + 1) }
        state.pointee.base.unsafelyUnwrapped.storeBytes(of: byte, toByteOffset: state.pointee.used, as: UInt8.self)
        state.pointee.used += 1
    }

    /// Appends `bytes`.
    public func append(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        if state.pointee.used + bytes.count > state.pointee.capacity { grow(toHold: state.pointee.used + bytes.count) }
        (state.pointee.base! + state.pointee.used).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        state.pointee.used += bytes.count
    }

    /// Appends `byte` `count` times (indentation).
    public func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        if state.pointee.used + count > state.pointee.capacity { grow(toHold: state.pointee.used + count) }
        (state.pointee.base! + state.pointee.used).initializeMemory(as: UInt8.self, repeating: byte, count: count)
        state.pointee.used += count
    }

    /// Runs `body` with the bytes written so far.
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(start: state.pointee.base, count: state.pointee.used))
    }

    /// The bytes written, as `SecureBytes` (no copy is made). The buffer is used up: nothing can
    /// be appended afterwards.
    public func finish() -> SecureBytes {
        defer { state.pointee = State(base: nil, used: 0, capacity: 0) }
        return SecureBytes(adopting: state.pointee.base!, count: state.pointee.used)
    }

    /// Moves the contents into a new allocation at least twice as large and zeroes the old one.
    /// Running out of memory here stops the process, as it would for an `Array`: a document
    /// that does not fit in memory cannot be saved either way.
    @usableFromInline
    func grow(toHold needed: Int) {
        var newCapacity = state.pointee.capacity
        while newCapacity < needed { newCapacity *= 2 }
        guard let grown = sodium_malloc(newCapacity) else { fatalError("out of memory for \(newCapacity) bytes of guarded memory") }
        grown.copyMemory(from: state.pointee.base!, byteCount: state.pointee.used)
        sodium_free(state.pointee.base)
        state.pointee.base = grown
        state.pointee.capacity = newCapacity
    }
}
