import Sodium

/// An X25519 recipient (`age1…`).
public struct X25519Recipient: Recipient, Equatable {
    static let info = Array("age-encryption.org/v1/X25519".utf8)

    /// The 32-byte public key.
    public let publicKey: [UInt8]
    public var mustBeAlone: Bool { false }

    /// Parses `age1…`.
    /// - Throws: `AgeError.invalidKey` saying what is wrong.
    public init(parsing text: String) throws {
        let (hrp, data) = try Bech32.decode(text)
        guard hrp == "age", text.hasPrefix("age1") else { throw AgeError.invalidKey("an age recipient starts with age1") }
        guard data.count == 32 else { throw AgeError.invalidKey("an age recipient holds 32 bytes, not \(data.count)") }
        publicKey = data
    }

    init(publicKey: [UInt8]) { self.publicKey = publicKey }

    /// The `age1…` text.
    public var text: String { Bech32.encode(hrp: "age", data: publicKey) }

    public func wrap(_ fileKey: SecureBytes) throws -> Stanza {
        let ephemeral = try X25519.generateSecretKey()
        let share = try X25519.publicKey(for: ephemeral)
        let shared = try X25519.sharedSecret(secretKey: ephemeral, publicKey: publicKey)
        let key = try HKDFSHA256.deriveKey(length: 32, from: shared, salt: share + publicKey, info: Self.info)
        return Stanza(["X25519", Base64.encode(share, padded: false)], body: try StanzaCrypto.seal(fileKey, under: key))
    }
}

/// An X25519 identity (`AGE-SECRET-KEY-1…`). Its description never shows the key.
public struct X25519Identity: Identity, CustomStringConvertible {
    private let secretKey: SecureBytes
    /// The matching recipient.
    public let recipient: X25519Recipient

    /// Parses `AGE-SECRET-KEY-1…` (the text is as secret as the key; the caller should wipe it).
    public init(parsing text: String) throws {
        let (hrp, data) = try Bech32.decode(text)
        var bytes = data
        defer { Memory.wipe(&bytes) }
        guard hrp == "age-secret-key-", text.hasPrefix("AGE-SECRET-KEY-1") else {
            throw AgeError.invalidKey("an age identity starts with AGE-SECRET-KEY-1")
        }
        guard bytes.count == 32 else { throw AgeError.invalidKey("an age identity holds 32 bytes") }
        try self.init(secretKey: SecureBytes(copying: bytes))
    }

    /// An identity from a secret key in guarded memory.
    public init(secretKey: SecureBytes) throws {
        self.secretKey = secretKey
        recipient = X25519Recipient(publicKey: try X25519.publicKey(for: secretKey))
    }

    /// A new random identity.
    public static func generate() throws -> X25519Identity { try X25519Identity(secretKey: X25519.generateSecretKey()) }

    /// The `AGE-SECRET-KEY-1…` text, for writing an identity file (tests and key generation).
    public func secretText() -> String {
        secretKey.withUnsafeBytes { Bech32.encode(hrp: "age-secret-key-", data: Array($0)).uppercased() }
    }

    public var description: String { "X25519Identity(\(recipient.text), <redacted>)" }

    public func unwrap(_ stanzas: [Stanza]) throws -> SecureBytes? {
        for stanza in stanzas where stanza.arguments.first == "X25519" {
            guard stanza.arguments.count == 2 else { throw AgeError.header("X25519 stanza has \(stanza.arguments.count - 1) arguments, not 1") }
            guard let share = try? Base64.decode(stanza.arguments[1], padded: false), share.count == 32 else {
                throw AgeError.header("X25519 share is not 32 bytes of canonical base64")
            }
            guard stanza.body.count == 32 else { throw AgeError.header("X25519 stanza body is not 32 bytes") }
            let shared: SecureBytes
            do { shared = try X25519.sharedSecret(secretKey: secretKey, publicKey: share) } catch SodiumError.weakPublicKey {
                throw AgeError.header("X25519 share is a low-order point")
            }
            let key = try HKDFSHA256.deriveKey(length: 32, from: shared, salt: share + recipient.publicKey, info: X25519Recipient.info)
            if let fileKey = try StanzaCrypto.open(stanza.body, under: key) { return fileKey }
        }
        return nil
    }
}
