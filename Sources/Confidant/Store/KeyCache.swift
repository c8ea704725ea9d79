import Foundation
import Glibc
import Sodium
import Vault

/// A timed unlock: a vault's master key kept in the kernel keyring for a while, so that commands
/// open the vault without the passphrase and without a second of Argon2id (docs/SECURITY.md).
///
/// The key is a "user" key in the session keyring (the user keyring when the process has no
/// session keyring of its own), readable by its possessor only, with an absolute timeout. Its
/// description names the vault by a hash of its resolved path; its payload holds, besides the
/// master key, the vault's id and a fingerprint of its passphrase slot, checked when it is used.
///
/// Payload v1 (90 bytes): version (1) ‖ keyring (1: 0 session, 1 user) ‖ expiry, Unix seconds,
/// big-endian (8) ‖ vault id (16, zero for a vault that has none yet) ‖ passphrase-slot
/// fingerprint (32) ‖ master key (32).
public enum KeyCache {
    /// How long `unlock` keeps the key when not told: 15 minutes.
    public static let defaultSeconds = 15 * 60
    /// The longest it may keep it: 8 hours, a working day.
    public static let maximumSeconds = 8 * 60 * 60
    /// Every Confidant key's description starts with this.
    public static let descriptionPrefix = "confidant:v1:"
    /// What to do when the kernel keyring cannot be used (`Problem`).
    static let unavailableHint = "commands still work, asking for the passphrase each time; a container may need the add_key and keyctl "
        + "system calls allowed (its seccomp profile)"

    /// A timed unlock as `status` reports it.
    public struct Entry: Sendable, Equatable {
        /// When the kernel drops the key.
        public let expires: Date
        /// The keyring it is in.
        public let ring: KernelKeyring.Ring
    }

    /// The key's description for the vault at `path`: the prefix and a BLAKE2b hash of the path
    /// with every link resolved, so another spelling of the path finds the same key and the
    /// description does not say where the vault is.
    public static func description(forVaultAt path: String) -> String {
        let hash = BLAKE2b.hash256(Array("confidant keyring v1\n\(resolved(path))".utf8))
        return descriptionPrefix + hash.prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// Keeps `vault`'s master key for `seconds` (at most `maximumSeconds`), replacing any key kept
    /// for it before (the timeout starts again only this way: with the passphrase).
    /// - Throws: `SodiumError.keyring` when the kernel keyring cannot be used here.
    @discardableResult
    public static func unlock(_ vault: OpenVault, for seconds: Int) throws -> Entry {
        precondition(seconds > 0 && seconds <= maximumSeconds, "the CLI checks the duration")
        let description = description(forVaultAt: vault.file.path)
        // Revoked rather than only displaced, in case it was in the other keyring.
        if let old = KernelKeyring.find(description: description) { KernelKeyring.revoke(old) }
        let ring = KernelKeyring.defaultRing
        let expiry = UInt64(Date().timeIntervalSince1970.rounded()) + UInt64(seconds)
        let payload = try SecureBytes(count: Layout.length)
        try payload.withUnsafeMutableBytes { out in
            var header: [UInt8] = [Layout.version, ring == .session ? 0 : 1]
            header += (0..<8).reversed().map { UInt8(truncatingIfNeeded: expiry >> ($0 * 8)) }
            header += vault.document.vaultId.map(uuidBytes) ?? [UInt8](repeating: 0, count: 16)
            header += vault.sealed.passphraseSlot.fingerprint
            out.copyBytes(from: header)
            try vault.unlocked.masterKeyForKeyring.withUnsafeBytes { key in
                guard key.count == Layout.keyLength else {
                    throw SodiumError.invalidLength(what: "master key", expected: "\(Layout.keyLength)", actual: key.count)
                }
                UnsafeMutableRawBufferPointer(rebasing: out[Layout.masterKey...]).copyMemory(from: key)
            }
        }
        _ = try KernelKeyring.add(description: description, payload: payload, to: ring, timeout: UInt32(seconds),
                                  permissions: KernelKeyring.possessorOnly)
        return Entry(expires: Date(timeIntervalSince1970: Double(expiry)), ring: ring)
    }

    /// The timed unlock of the vault at `path`, or nil when it is locked (no key, expired,
    /// revoked, or the keyring unavailable). Reads the payload's expiry; opens nothing.
    public static func entry(forVaultAt path: String) -> Entry? {
        cached(forVaultAt: path)?.entry
    }

    /// Whether the kernel keyring can be used here at all (`KernelKeyring.isAvailable`).
    public static var isAvailable: Bool { KernelKeyring.isAvailable }

    /// Throws when the kernel keyring cannot be used at all here, so `unlock` can say so before
    /// asking for anything.
    /// - Throws: `SodiumError.keyring`.
    public static func requireKeyring() throws {
        try KernelKeyring.requireAvailable()
    }

    /// Revokes the key kept for the vault at `path`. Returns whether there was one.
    @discardableResult
    public static func lock(vaultAt path: String) -> Bool {
        guard let key = KernelKeyring.find(description: description(forVaultAt: path)) else { return false }
        return KernelKeyring.revoke(key)
    }

    /// Revokes every Confidant key in the session and user keyrings. Returns how many.
    public static func lockAll() -> Int {
        KernelKeyring.keys(withPrefix: descriptionPrefix).filter(KernelKeyring.revoke).count
    }

    // MARK: Reading the key

    /// A key kept for a vault, as read back.
    struct Cached {
        let key: KernelKey
        let entry: Entry
        let vaultID: [UInt8]
        let slotFingerprint: [UInt8]
        let masterKey: SecureBytes
    }

    /// The key kept for the vault at `path`, read and parsed; nil when there is none or it is
    /// not a v1 payload.
    static func cached(forVaultAt path: String) -> Cached? {
        guard let key = KernelKeyring.find(description: description(forVaultAt: path)),
              let payload = try? KernelKeyring.read(key, count: Layout.length) else { return nil }
        let header = payload.withUnsafeBytes { Array($0[..<Layout.masterKey]) }
        guard header[0] == Layout.version, header[1] <= 1, let masterKey = try? payload.slice(Layout.masterKey, Layout.keyLength) else {
            return nil
        }
        let seconds = header[2..<10].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let entry = Entry(expires: Date(timeIntervalSince1970: Double(seconds)), ring: header[1] == 0 ? .session : .user)
        return Cached(key: key, entry: entry, vaultID: Array(header[10..<26]), slotFingerprint: Array(header[26..<58]), masterKey: masterKey)
    }

    private enum Layout {
        static let version: UInt8 = 1
        static let masterKey = 58
        static let keyLength = 32
        static let length = masterKey + keyLength
    }

    static func uuidBytes(_ id: UUID) -> [UInt8] {
        withUnsafeBytes(of: id.uuid) { Array($0) }
    }

    /// `path` with every link resolved; for a path that does not resolve (no file there), its
    /// folder resolved and its name.
    private static func resolved(_ path: String) -> String {
        if let full = realpath(path, nil) {
            defer { free(full) }
            return String(cString: full)
        }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard let resolvedFolder = realpath(folder.isEmpty ? "." : folder, nil) else { return path }
        defer { free(resolvedFolder) }
        return String(cString: resolvedFolder) + "/" + name
    }
}

extension VaultFile {
    /// The timed unlock of this vault (`KeyCache.entry`), nil when it is locked; reads nothing
    /// of the vault but that it exists.
    /// - Throws: `VaultError.notFound`.
    public func timedUnlock() throws -> KeyCache.Entry? {
        guard exists else { throw VaultError.notFound(path: path) }
        return KeyCache.entry(forVaultAt: path)
    }

    /// Opens the vault with the master key kept for it in the kernel keyring (`KeyCache`), or
    /// returns nil when there is none, so the front end asks for a credential as usual. A kept
    /// key that does not open the vault as it is now (another vault at this path, a `passwd`
    /// or `restore` elsewhere) is revoked and nil returned; one that fails under the very key
    /// slot it was kept with proves the file was modified, and that is thrown.
    /// - Throws: `VaultError.notFound`, `.bodyModified`, and the errors of reading and decoding.
    public func openUsingCachedKey() throws -> OpenVault? {
        guard exists else { throw VaultError.notFound(path: path) }
        guard let cached = KeyCache.cached(forVaultAt: path) else { return nil }
        let sealed = try store.read()
        do {
            let vault = try OpenVault(file: self, sealed: sealed, unlocked: sealed.open(masterKey: cached.masterKey))
            let id = vault.document.vaultId.map(KeyCache.uuidBytes)
            // A vault that has no id yet gets one on its first write: only a kept id must match.
            guard cached.vaultID.allSatisfy({ $0 == 0 }) || id == cached.vaultID else {
                KernelKeyring.revoke(cached.key)
                return nil
            }
            return vault
        } catch VaultError.bodyModified {
            KernelKeyring.revoke(cached.key)
            if sealed.passphraseSlot.fingerprint == cached.slotFingerprint { throw VaultError.bodyModified }
            return nil
        }
    }
}
