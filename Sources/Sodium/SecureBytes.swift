import CSodium
import Synchronization

/// Secret bytes (keys, passphrases, decrypted plaintext) kept in libsodium's guarded memory.
///
/// The memory comes from `sodium_malloc` (guard pages, a canary, and `mlock` where the system
/// allows it), is made inaccessible (`PROT_NONE`) between uses so a stray read faults instead of
/// leaking, and is zeroed and freed when the last reference goes. The bytes are reachable only
/// inside `withUnsafeBytes` / `withUnsafeMutableBytes`; the type prints as `<redacted>` and compares
/// in constant time.
public final class SecureBytes: @unchecked Sendable {
    /// The number of secret bytes.
    public let count: Int
    private let base: UnsafeMutableRawPointer
    /// How many scopes have the bytes open, and whether one of them writes; behind a mutex so
    /// threads may read the same buffer at once (a stream seals chunks in parallel under one key).
    private let access = Mutex((openScopes: 0, writable: false))

    /// Allocates `count` zeroed bytes of guarded memory.
    /// - Throws: `SodiumError.outOfMemory` when the allocation fails.
    public init(count: Int) throws {
        try Library.ensureInitialized()
        guard count >= 0 else { throw SodiumError.invalidLength(what: "secret", expected: ">= 0", actual: count) }
        // sodium_malloc(0) is legal but returns a pointer we must not touch; keep one byte.
        guard let base = sodium_malloc(max(count, 1)) else { throw SodiumError.outOfMemory(bytes: count) }
        sodium_memzero(base, max(count, 1))
        self.count = count
        self.base = base
        sodium_mprotect_noaccess(base)
    }

    /// Allocates `count` bytes filled from the operating system's CSPRNG.
    public convenience init(randomCount count: Int) throws {
        try self.init(count: count)
        withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, $0.count) }
    }

    /// Copies `bytes` into guarded memory. The caller remains responsible for wiping its copy.
    public convenience init(copying bytes: UnsafeRawBufferPointer) throws {
        try self.init(count: bytes.count)
        withUnsafeMutableBytes { target in
            if bytes.count > 0 { target.copyMemory(from: bytes) }
        }
    }

    /// Copies a byte array into guarded memory; meant for known-answer tests and for data that
    /// arrived as an array already (the array itself is not wiped).
    public convenience init(copying bytes: [UInt8]) throws {
        try self.init(count: bytes.count)
        withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { if $0.count > 0 { target.copyMemory(from: $0) } }
        }
    }

    /// Takes over `count` bytes at `base`, memory from `sodium_malloc` that is readable and
    /// writable now (`SecureBuffer.finish`).
    init(adopting base: UnsafeMutableRawPointer, count: Int) {
        self.count = count
        self.base = base
        sodium_mprotect_noaccess(base)
    }

    deinit {
        // sodium_free zeroes the memory before releasing it, and needs it accessible.
        sodium_mprotect_readwrite(base)
        sodium_free(base)
    }

    /// Runs `body` with read-only access to the bytes; access is revoked again afterwards.
    /// Nested calls change the protection only when they need more access than they have, so a
    /// stream can hold a buffer open across thousands of chunks without a system call each.
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let saved = enter(writing: false)
        defer { leave(saved) }
        return try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Runs `body` with read-write access to the bytes; access is revoked again afterwards.
    public func withUnsafeMutableBytes<R, E: Error>(
        _ body: (UnsafeMutableRawBufferPointer) throws(E) -> R
    ) throws(E) -> R {
        let saved = enter(writing: true)
        defer { leave(saved) }
        return try body(UnsafeMutableRawBufferPointer(start: base, count: count))
    }

    // MARK: Access bookkeeping

    private func enter(writing: Bool) -> Bool {
        access.withLock { state in
            let saved = state.writable
            if state.openScopes == 0 {
                if writing { sodium_mprotect_readwrite(base) } else { sodium_mprotect_readonly(base) }
                state.writable = writing
            } else if writing, !state.writable {
                sodium_mprotect_readwrite(base)
                state.writable = true
            }
            state.openScopes += 1
            return saved
        }
    }

    private func leave(_ savedWritable: Bool) {
        access.withLock { state in
            state.openScopes -= 1
            if state.openScopes == 0 {
                sodium_mprotect_noaccess(base)
                state.writable = false
            } else if state.writable, !savedWritable {
                sodium_mprotect_readonly(base)
                state.writable = false
            }
        }
    }

    /// A new guarded buffer holding the first `length` bytes.
    public func prefix(_ length: Int) throws -> SecureBytes {
        try slice(0, length)
    }

    /// A new guarded buffer holding `length` bytes starting at `offset`.
    public func slice(_ offset: Int, _ length: Int) throws -> SecureBytes {
        guard offset >= 0, length >= 0, offset + length <= count else {
            throw SodiumError.invalidLength(what: "slice", expected: "within 0...\(count)", actual: offset + length)
        }
        return try withUnsafeBytes { buffer in
            try SecureBytes(copying: UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + length]))
        }
    }
}

extension SecureBytes: Equatable {
    /// Constant-time comparison of the contents (the lengths are not secret and are compared first).
    public static func == (lhs: SecureBytes, rhs: SecureBytes) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.withUnsafeBytes { a in rhs.withUnsafeBytes { b in ConstantTime.equals(a, b) } }
    }
}

extension SecureBytes: CustomStringConvertible, CustomDebugStringConvertible {
    /// Always `<redacted>`: secret bytes must never reach a log or an error message.
    public var description: String { "<redacted>" }
    /// Always `<redacted>`.
    public var debugDescription: String { "<redacted>" }
}
