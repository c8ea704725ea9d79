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
    /// Bytes written so far.
    public var count: Int { used }
    @usableFromInline var used = 0
    @usableFromInline var base: UnsafeMutableRawPointer?
    @usableFromInline var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it first grows.
    /// - Throws: `SodiumError.outOfMemory`.
    public init(capacity: Int = 4096) throws {
        try Library.ensureInitialized()
        self.capacity = max(capacity, 64)
        guard let base = sodium_malloc(self.capacity) else { throw SodiumError.outOfMemory(bytes: self.capacity) }
        self.base = base
    }

    deinit {
        if let base { sodium_free(base) }
    }

    /// Appends one byte (inlined into the JSON writer, which appends most bytes one at a time).
    @inlinable
    public func append(_ byte: UInt8) {
        if used == capacity { grow(toHold: used + 1) }
        base.unsafelyUnwrapped.storeBytes(of: byte, toByteOffset: used, as: UInt8.self)
        used += 1
    }

    /// Appends `bytes`.
    public func append(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        if used + bytes.count > capacity { grow(toHold: used + bytes.count) }
        (base! + used).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        used += bytes.count
    }

    /// Appends `byte` `count` times (indentation).
    public func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        if used + count > capacity { grow(toHold: used + count) }
        (base! + used).initializeMemory(as: UInt8.self, repeating: byte, count: count)
        used += count
    }

    /// Runs `body` with the bytes written so far.
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(start: base, count: used))
    }

    /// The bytes written, as `SecureBytes` (no copy is made). The buffer is used up: nothing can
    /// be appended afterwards.
    public func finish() -> SecureBytes {
        defer { (base, used, capacity) = (nil, 0, 0) }
        return SecureBytes(adopting: base!, count: used)
    }

    /// Moves the contents into a new allocation at least twice as large and zeroes the old one.
    /// Running out of memory here stops the process, as it would for an `Array`: a document
    /// that does not fit in memory cannot be saved either way.
    @usableFromInline
    func grow(toHold needed: Int) {
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        guard let grown = sodium_malloc(newCapacity) else { fatalError("out of memory for \(newCapacity) bytes of guarded memory") }
        grown.copyMemory(from: base!, byteCount: used)
        sodium_free(base)
        base = grown
        capacity = newCapacity
    }
}
