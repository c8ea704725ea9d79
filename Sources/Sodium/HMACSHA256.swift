import CSodium

/// HMAC-SHA256 (RFC 2104), incremental, with a key of any length.
///
/// Built on `crypto_auth_hmacsha256_init/update/final`, which (unlike the one-shot call) accepts
/// keys of any length. The running state is derived from the key, so it lives in guarded memory.
public final class HMACSHA256 {
    /// Length of the authentication code in bytes (32).
    public static let macLength = 32

    private let state: SecureBytes

    /// Starts an HMAC under a secret key.
    public convenience init(key: SecureBytes) throws {
        try self.init(fill: { key.withUnsafeBytes($0) })
    }

    /// Starts an HMAC under a public key, such as HKDF's salt.
    public convenience init(publicKey: [UInt8]) throws {
        try self.init(fill: { publicKey.withUnsafeBytes($0) })
    }

    private init(fill: ((UnsafeRawBufferPointer) -> Void) -> Void) throws {
        try Library.ensureInitialized()
        state = try SecureBytes(count: crypto_auth_hmacsha256_statebytes())
        state.withUnsafeMutableBytes { raw in
            fill { key in
                withNonNullBase(key) { keyBytes in
                    _ = crypto_auth_hmacsha256_init(
                        raw.baseAddress!.assumingMemoryBound(to: crypto_auth_hmacsha256_state.self), keyBytes, key.count)
                }
            }
        }
    }

    /// Adds public bytes to the message.
    public func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds secret bytes to the message.
    public func update(_ secret: SecureBytes) {
        secret.withUnsafeBytes { update($0) }
    }

    /// Adds raw bytes to the message.
    public func update(_ bytes: UnsafeRawBufferPointer) {
        state.withUnsafeMutableBytes { raw in
            withNonNullBase(bytes) { input in
                _ = crypto_auth_hmacsha256_update(
                    raw.baseAddress!.assumingMemoryBound(to: crypto_auth_hmacsha256_state.self), input, UInt64(bytes.count))
            }
        }
    }

    /// Finishes and returns the 32-byte code (public, e.g. a header MAC). Use the instance once.
    public func finalize() -> [UInt8] {
        var mac = [UInt8](repeating: 0, count: Self.macLength)
        mac.withUnsafeMutableBytes { finalize(into: $0.baseAddress!) }
        return mac
    }

    /// Finishes into guarded memory, for outputs that are keys (HKDF). Use the instance once.
    public func finalizeSecret() throws -> SecureBytes {
        let mac = try SecureBytes(count: Self.macLength)
        mac.withUnsafeMutableBytes { finalize(into: $0.baseAddress!) }
        return mac
    }

    private func finalize(into out: UnsafeMutableRawPointer) {
        state.withUnsafeMutableBytes { raw in
            _ = crypto_auth_hmacsha256_final(
                raw.baseAddress!.assumingMemoryBound(to: crypto_auth_hmacsha256_state.self),
                out.assumingMemoryBound(to: UInt8.self))
        }
    }
}
