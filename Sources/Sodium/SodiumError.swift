import CSodium
import Glibc

/// Every failure the Sodium module reports. Cases carry enough context to say what was wrong
/// without ever carrying secret bytes.
public enum SodiumError: Error, Equatable, Sendable {
    /// libsodium could not be initialised (`sodium_init` failed); nothing cryptographic can run.
    case unavailable
    /// Guarded memory of the given size could not be allocated.
    case outOfMemory(bytes: Int)
    /// A buffer had the wrong length; `what` names it, `expected` describes the allowed lengths.
    case invalidLength(what: String, expected: String, actual: Int)
    /// A parameter was outside the range libsodium accepts; the text names it and the range.
    case invalidParameter(String)
    /// Decryption failed: the key is wrong or the data was modified. Nothing more can be proven.
    case authenticationFailed
    /// An X25519 exchange produced the all-zero secret (a low-order public key).
    case weakPublicKey
    /// The text was not canonical Base64 of the expected variant.
    case invalidBase64
    /// A key derivation function failed (usually because it could not allocate its memory).
    case kdfFailed(String)
    /// A kernel keyring call failed (`KernelKeyring`); `operation` names it, `errno` says why.
    case keyring(operation: String, errno: Int32)
}

extension SodiumError: CustomStringConvertible {
    /// A one-line English description, safe to show to a user.
    public var description: String {
        switch self {
        case .unavailable: "libsodium could not be initialised"
        case .outOfMemory(let bytes): "could not allocate \(bytes) bytes of protected memory"
        case .invalidLength(let what, let expected, let actual):
            "\(what) must be \(expected) bytes long, not \(actual)"
        case .invalidParameter(let text): "invalid parameter: \(text)"
        case .authenticationFailed: "decryption failed: wrong key, or the data was modified"
        case .weakPublicKey: "the public key is a low-order point (all-zero shared secret)"
        case .invalidBase64: "not canonical Base64"
        case .kdfFailed(let name): "\(name) failed (not enough memory for its parameters?)"
        case .keyring(let operation, let number): "the kernel keyring cannot be used here (\(operation): \(String(cString: strerror(number))))"
        }
    }
}

/// Initialises libsodium once per process; every public entry point calls it first.
enum Library {
    private static let status: Int32 = sodium_init()

    /// Throws `SodiumError.unavailable` when `sodium_init` failed.
    static func ensureInitialized() throws {
        guard status >= 0 else { throw SodiumError.unavailable }
    }

    /// Checks that `actual` is `expected`, naming the buffer in the error.
    static func check(_ what: String, _ actual: Int, is expected: Int) throws {
        guard actual == expected else {
            throw SodiumError.invalidLength(what: what, expected: "\(expected)", actual: actual)
        }
    }
}

/// Calls `body` with a pointer that is never null: the buffer's own, or a one-byte dummy when the
/// buffer is empty. Some libsodium arguments are declared non-null even when their length is 0.
func withNonNullBase<R>(_ buffer: UnsafeRawBufferPointer, _ body: (UnsafePointer<UInt8>) throws -> R) rethrows -> R {
    if let base = buffer.baseAddress { return try body(base.assumingMemoryBound(to: UInt8.self)) }
    var dummy: UInt8 = 0
    return try withUnsafePointer(to: &dummy) { try body($0) }
}
