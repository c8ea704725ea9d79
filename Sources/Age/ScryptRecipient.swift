import Sodium

/// A passphrase recipient: scrypt with work factor 2^18 when writing.
public struct ScryptRecipient: Recipient {
    static let label = Array("age-encryption.org/v1/scrypt".utf8)
    /// log2 of scrypt's N when writing (age's default).
    public static let writeWorkFactor = 18

    private let passphrase: SecureBytes
    private let workFactor: Int
    public var mustBeAlone: Bool { true }

    /// A recipient for `passphrase` (in guarded memory).
    public init(passphrase: SecureBytes, workFactor: Int = writeWorkFactor) {
        self.passphrase = passphrase
        self.workFactor = workFactor
    }

    public func wrap(_ fileKey: SecureBytes) throws -> Stanza {
        let salt = try Random.bytes(16)
        let key = try Scrypt.deriveKey(length: 32, from: passphrase, salt: Self.label + salt, logN: workFactor)
        return Stanza(["scrypt", Base64.encode(salt, padded: false), String(workFactor)], body: try StanzaCrypto.seal(fileKey, under: key))
    }
}

/// A passphrase identity; work factors above 2^20 are refused before anything is allocated.
public struct ScryptIdentity: Identity {
    /// The largest log2(N) accepted when reading. age and Confidant write 2^18 (256 MiB); rage
    /// calibrates to about a second, 2^18 to 2^20 on current machines. 2^20 costs 1 GiB and a
    /// few seconds; 2^22 (what age itself still accepts) costs 4 GiB and twenty seconds, which a
    /// 190-byte crafted file could ask of whoever imports it.
    public static let maximumWorkFactor = 20

    private let passphrase: SecureBytes

    /// An identity for `passphrase` (in guarded memory).
    public init(passphrase: SecureBytes) { self.passphrase = passphrase }

    public func unwrap(_ stanzas: [Stanza]) throws -> SecureBytes? {
        guard let stanza = stanzas.first(where: { $0.arguments.first == "scrypt" }) else { return nil }
        guard stanza.arguments.count == 3 else { throw AgeError.header("scrypt stanza has \(stanza.arguments.count - 1) arguments, not 2") }
        guard let salt = try? Base64.decode(stanza.arguments[1], padded: false), salt.count == 16 else {
            throw AgeError.header("scrypt salt is not 16 bytes of canonical base64")
        }
        let factor = stanza.arguments[2]
        guard let first = factor.first, ("1"..."9").contains(first), factor.allSatisfy({ ("0"..."9").contains($0) }),
            factor.count <= 2, let workFactor = Int(factor)
        else {
            throw AgeError.header("scrypt work factor \(Header.quote(Array(factor.utf8))) is not a decimal number")
        }
        guard workFactor <= Self.maximumWorkFactor else {
            throw AgeError.header("scrypt work factor \(workFactor) is above \(Self.maximumWorkFactor)")
        }
        guard stanza.body.count == 32 else { throw AgeError.header("scrypt stanza body is not 32 bytes") }
        let key = try Scrypt.deriveKey(length: 32, from: passphrase, salt: ScryptRecipient.label + salt, logN: workFactor)
        return try StanzaCrypto.open(stanza.body, under: key)
    }
}
