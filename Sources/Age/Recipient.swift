import Sodium

/// Something a file key can be wrapped for: it makes one stanza.
public protocol Recipient {
    /// A stanza wrapping `fileKey` (16 bytes) for this recipient.
    func wrap(_ fileKey: SecureBytes) throws -> Stanza
    /// Whether this recipient must be the only one (scrypt).
    var mustBeAlone: Bool { get }
}

/// Something that may unwrap a file key from the header's stanzas.
public protocol Identity {
    /// The file key, if one of `stanzas` is addressed to this identity and opens; nil when none is.
    /// - Throws: `AgeError.header` for a stanza of this identity's type that is malformed.
    func unwrap(_ stanzas: [Stanza]) throws -> SecureBytes?
}

/// What the stanza types share: the fixed nonce and the 32-byte body check.
enum StanzaCrypto {
    /// ChaCha20-Poly1305 with a zero nonce: each wrap key is used exactly once.
    static let zeroNonce = [UInt8](repeating: 0, count: 12)

    static func seal(_ fileKey: SecureBytes, under key: SecureBytes) throws -> [UInt8] {
        try AEAD.chaCha20Poly1305.seal(fileKey, key: key, nonce: zeroNonce)
    }

    /// Opens a stanza body; nil when the tag does not verify (the stanza is for someone else).
    /// The length is checked first, as age requires, against partitioning-oracle attacks.
    static func open(_ body: [UInt8], under key: SecureBytes) throws -> SecureBytes? {
        guard body.count == 32 else { throw AgeError.header("stanza body is \(body.count) bytes, not 32") }
        return try? AEAD.chaCha20Poly1305.open(body, key: key, nonce: zeroNonce)
    }
}
