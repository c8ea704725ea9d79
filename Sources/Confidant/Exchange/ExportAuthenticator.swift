import Foundation
import Sodium

/// Proof that an export was made by this vault (docs/EXPORT.md). Anyone who knows an age public
/// key can encrypt a file to it, so decrypting proves nothing about who wrote an export. Each
/// vault keeps a random 32-byte export key inside its encrypted document (it survives `passwd`
/// and `rekey`, and is never written into an export), and signs every export with
/// HMAC-SHA256 over `confidant export v1`, LF, the `exportedAt` text, LF, and the exact bytes of
/// the `vault` value.
enum ExportAuthenticator {
    private static let context = Array("confidant export v1\n".utf8)

    /// A new export key, as the document stores it (Base64, padded).
    static func newKey() throws -> String {
        Base64.encode(try Random.bytes(32), padded: true)
    }

    /// The authenticator (Base64) of an export made at `exportedAt` whose vault value is `vault`.
    static func sign(key: String, exportedAt: String, vault: UnsafeRawBufferPointer) throws -> String {
        Base64.encode(try mac(key: key, exportedAt: exportedAt, vault: vault), padded: true)
    }

    /// Whether `authenticator` is what `key` signs for that export (compared in constant time).
    static func verify(_ authenticator: String, key: String, exportedAt: String, vault: UnsafeRawBufferPointer) -> Bool {
        guard let given = try? Base64.decode(authenticator, padded: true), given.count == HMACSHA256.macLength,
            let expected = try? mac(key: key, exportedAt: exportedAt, vault: vault)
        else { return false }
        return ConstantTime.equals(given, expected)
    }

    private static func mac(key: String, exportedAt: String, vault: UnsafeRawBufferPointer) throws -> [UInt8] {
        var keyBytes = try Base64.decode(key, padded: true)
        defer { Memory.wipe(&keyBytes) }
        guard keyBytes.count == 32 else { throw ConfidantError.invalidDocument("the vault's export key is not 32 bytes") }
        let hmac = try HMACSHA256(key: SecureBytes(copying: keyBytes))
        hmac.update(context)
        hmac.update(Array(exportedAt.utf8) + [0x0a])
        hmac.update(vault)
        return hmac.finalize()
    }
}
