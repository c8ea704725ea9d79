import Sodium

/// Encrypting and decrypting age files (age-encryption.org/v1), streaming: memory does not grow
/// with the payload.
public enum AgeFile {
    /// Whether `bytes` (the start of a file is enough) begin like an age file, binary or armored.
    public static func isAgeFile(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: Header.versionLine) || Armor.isArmored(bytes)
    }

    /// Encrypts everything `source` holds for `recipients`, writing a binary age file to `sink`.
    /// - Throws: `AgeError.invalidKey` for no recipients or a passphrase mixed with others.
    public static func encrypt<Source: ByteSource, Sink: ByteSink>(
        from source: inout Source, to sink: inout Sink, recipients: [any Recipient]
    ) throws {
        guard !recipients.isEmpty else { throw AgeError.invalidKey("no recipients") }
        guard recipients.count == 1 || !recipients.contains(where: \.mustBeAlone) else {
            throw AgeError.invalidKey("a passphrase cannot be combined with other recipients")
        }
        let fileKey = try SecureBytes(randomCount: 16)
        let header = try Header.serialized(stanzas: recipients.map { try $0.wrap(fileKey) }, fileKey: fileKey)
        try header.withUnsafeBytes { try sink.write($0) }
        try PayloadStream.encrypt(from: &source, to: &sink, fileKey: fileKey)
    }

    /// Decrypts a binary age file from `source` into `sink` with the first identity that matches.
    /// Chunks are written as they authenticate; on a payload error what was written is the
    /// authenticated prefix and the caller must discard it.
    /// - Throws: `AgeError.header`, `.headerMAC`, `.noMatch` (nothing written), `.payload`.
    public static func decrypt<Source: ByteSource, Sink: ByteSink>(
        from source: inout Source, to sink: inout Sink, identities: [any Identity]
    ) throws {
        var reader = BufferedReader(source)
        let header = try Header.read(from: &reader)
        if header.stanzas.count > 1, header.stanzas.contains(where: { $0.arguments.first == "scrypt" }) {
            throw AgeError.header("an scrypt stanza must be the only one")
        }
        var fileKey: SecureBytes?
        for identity in identities {
            if let key = try identity.unwrap(header.stanzas) {
                fileKey = key
                break
            }
        }
        guard let fileKey else { throw AgeError.noMatch }
        guard fileKey.count == 16 else { throw AgeError.header("file key is not 16 bytes") }
        guard ConstantTime.equals(try Header.macFor(header.authenticatedBytes, fileKey: fileKey), header.mac) else {
            throw AgeError.headerMAC
        }
        try PayloadStream.decrypt(from: &reader, to: &sink, fileKey: fileKey)
    }
}
