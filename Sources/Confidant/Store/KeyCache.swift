import Foundation
import Glibc
import Sodium
import Vault

/// A timed unlock: a vault's master key kept in the kernel keyring for a while, so that commands
/// open the vault without the passphrase and without a second of Argon2id (docs/SECURITY.md).
///
/// The key is a "user" key readable by its possessor only, with an absolute timeout, in a keyring
/// of Confidant's own (`storePrefix`) linked in this process's own session keyring (in the
/// user keyring only when there is none and `unlock --user-keyring` says so). That keyring may be
/// searched by its owner's uid alone, and its random name is seen by its possessors alone, so the
/// key is possessed, and read, only by a process that has this session keyring *and* runs as this
/// user: not by another user's process that shares the session keyring (`su` without `-l`), nor by
/// this user's other logins, which cannot name it to join it (KernelKeyring.ownerSearchable). Its description names the vault by a hash of its
/// resolved path; its payload holds, besides the master key, the vault's id and a fingerprint of
/// its passphrase slot.
///
/// Only a key linked directly in that keyring counts, and only when it is ours, has exactly our
/// permissions, says it was kept in that keyring, has not run out by its own clock, names a vault
/// id, and was kept under the passphrase slot the vault has now; any other key with its
/// description is removed (one linked directly in the session or user keyring, as versions before
/// issue 21 kept it, too), and the command asks as usual.
///
/// Payload v1 (90 bytes): version (1) ‖ keyring (1: 0 session, 1 user) ‖ expiry, Unix seconds,
/// big-endian (8) ‖ vault id (16) ‖ passphrase-slot fingerprint (32) ‖ master key (32).
public enum KeyCache {
    /// How long `unlock` keeps the key when not told: 15 minutes.
    public static let defaultSeconds = 15 * 60
    /// The longest it may keep it: 8 hours, a working day.
    public static let maximumSeconds = 8 * 60 * 60
    /// Every Confidant key's description starts with this.
    public static let descriptionPrefix = "confidant:v1:"
    /// How the name of the keyring the keys are kept in starts (the rest is random: other
    /// logins of this user must not be able to name it to join it).
    public static let storePrefix = "confidant:keys:"
    /// What `lock`, `passwd` and `rekey` say of other logins: each has its own session keyring,
    /// which no other login can reach, so a key kept there stays until it runs out.
    public static let otherLogins =
        "a key kept by `unlock` in another login (each login keeps its own) stays there until it runs out, "
        + "or `confidant lock` there"

    /// What to do when the kernel keyring cannot be used (`Problem`).
    static let unavailableHint =
        "commands still work, asking for the passphrase each time; a container may need the add_key and keyctl "
        + "system calls allowed (its seccomp profile)"

    /// A timed unlock as `status` reports it.
    public struct Entry: Sendable, Equatable {
        /// When the kernel drops the key.
        public let expires: Date
        /// The keyring it is in.
        public let ring: KernelKeyring.Ring
    }

    /// What `lock` did.
    public struct Locked: Sendable, Equatable {
        /// How many vaults' keys were removed.
        public let vaults: Int
        /// Why some key could not be removed, when one could not: the vault may still be unlocked.
        public let failure: ConfidantError?
    }

    /// The key's description for the vault at `path`: the prefix and a BLAKE2b hash of the path
    /// with every link resolved, so another spelling of the path finds the same key and the
    /// description does not say where the vault is.
    public static func description(forVaultAt path: String) -> String {
        let hash = BLAKE2b.hash256(Array("confidant keyring v1\n\(resolved(path))".utf8))
        return descriptionPrefix + Hex.lowercase(hash.prefix(16))
    }

    /// The keyring a vault's key is kept in and looked for: this process's own session keyring;
    /// without one, the user keyring when `allowingUserKeyring` (every process of the user can
    /// read it: every login links it).
    /// - Throws: `ConfidantError.noSessionKeyring`, `.sessionKeyringNotYours` (whatever is kept
    ///   there, its owner can read), `SodiumError.keyring` when the keyring cannot be used at all.
    public static func ring(allowingUserKeyring: Bool) throws -> KernelKeyring.Ring {
        try KernelKeyring.requireAvailable()
        switch KernelKeyring.sessionKeyring {
        case .own: return .session
        case .none:
            guard allowingUserKeyring else { throw ConfidantError.noSessionKeyring }
            return .user
        case .anotherUsers(let owner): throw ConfidantError.sessionKeyringNotYours(owner: owner)
        }
    }

    /// Keeps `vault`'s master key in `ring` for `seconds` (at most `maximumSeconds`), replacing
    /// any key kept for it before (the timeout starts again only this way: with the passphrase).
    /// A vault made before vaults had ids is given one first (one write), so that the key always
    /// names the vault it opens.
    /// - Throws: `SodiumError.keyring` when the kernel keyring cannot be used here; the errors of
    ///   writing the vault.
    @discardableResult
    public static func unlock(_ vault: OpenVault, for seconds: Int, in ring: KernelKeyring.Ring) throws -> Entry {
        precondition(seconds > 0 && seconds <= maximumSeconds, "the CLI checks the duration")
        if vault.document.vaultId == nil { try vault.update { _ in } }
        guard let id = vault.document.vaultId else { preconditionFailure("every write gives the vault an id") }
        // The other keyring's key too: a key is looked for in one keyring only.
        _ = lock(vaultAt: vault.access.path)
        let expiry = UInt64(Date().timeIntervalSince1970.rounded()) + UInt64(seconds)
        let payload = try SecureBytes(count: Layout.length)
        try payload.withUnsafeMutableBytes { out in
            var header: [UInt8] = [Layout.version, Layout.byte(for: ring)]
            header += (0..<8).reversed().map { UInt8(truncatingIfNeeded: expiry >> ($0 * 8)) }
            header += uuidBytes(id) + vault.sealed.passphraseSlot.fingerprint
            out.copyBytes(from: header)
            try vault.unlocked.masterKeyForKeyring.withUnsafeBytes { key in
                guard key.count == Layout.keyLength else {
                    throw SodiumError.invalidLength(what: "master key", expected: "\(Layout.keyLength)", actual: key.count)
                }
                UnsafeMutableRawBufferPointer(rebasing: out[Layout.masterKey...]).copyMemory(from: key)
            }
        }
        guard let store = try KernelKeyring.keyring(prefix: storePrefix, in: ring, permissions: KernelKeyring.ownerSearchable, creating: true) else {
            preconditionFailure("made when missing")
        }
        _ = try KernelKeyring.add(
            description: description(forVaultAt: vault.access.path), payload: payload, to: store, timeout: UInt32(seconds),
            permissions: KernelKeyring.possessorOnly)
        return Entry(expires: Date(timeIntervalSince1970: Double(expiry)), ring: ring)
    }

    /// Whether the kernel keyring can be used here at all (`KernelKeyring.isAvailable`).
    public static var isAvailable: Bool { KernelKeyring.isAvailable }

    /// Removes every key kept for the vault at `path` from this process's own session keyring and
    /// from the user keyring, whatever its permissions or payload.
    @discardableResult
    public static func lock(vaultAt path: String) -> Locked {
        let description = description(forVaultAt: path)
        return removeKeys { $0 == description }
    }

    /// Removes every Confidant key from this process's own session keyring and the user keyring.
    public static func lockAll() -> Locked {
        removeKeys { $0.hasPrefix(descriptionPrefix) }
    }

    // MARK: Reading the key

    /// A key kept for a vault, as read back.
    struct Cached {
        let key: KernelKey
        /// The keyring it is kept in (`storePrefix`).
        let store: KernelKey
        let entry: Entry
        let vaultID: [UInt8]
        let slotFingerprint: [UInt8]
        /// The whole payload, in guarded memory. keyctl_read(2) copies nothing into a buffer
        /// shorter than the payload (Linux 5.8 on), so even `status`, which wants the expiry
        /// only, reads the master key with it; it takes no copy of it, and the payload is wiped
        /// when released.
        let payload: SecureBytes

        /// The master key, copied out of the payload (into guarded memory) for opening the vault.
        func masterKey() throws -> SecureBytes {
            try payload.slice(Layout.masterKey, Layout.keyLength)
        }
    }

    /// The key kept for the vault at `path` that passes every check (`accepted`); nil when there
    /// is none. Every other key with its description in that keyring is removed.
    static func cached(forVaultAt path: String) -> Cached? {
        guard let ring = try? ring(allowingUserKeyring: true) else { return nil }
        let description = description(forVaultAt: path)
        // Kept directly in the ring, any process sharing it could read it: never used.
        for key in KernelKeyring.members(of: ring)
        where KernelKeyring.describe(key).map({ $0.type == "user" && $0.description == description }) == true {
            try? KernelKeyring.remove(key, from: ring)
        }
        guard let store = try? KernelKeyring.keyring(prefix: storePrefix, in: ring, permissions: KernelKeyring.ownerSearchable, creating: false)
        else { return nil }
        var found: Cached?
        for key in KernelKeyring.members(of: store) {
            guard let attributes = KernelKeyring.describe(key), attributes.type == "user", attributes.description == description else { continue }
            if found == nil, let cached = accepted(key, attributes, in: ring, store: store) {
                found = cached
            } else {
                try? KernelKeyring.remove(key, from: store)
            }
        }
        return found
    }

    /// `key` read and parsed, when it is ours, has exactly the permissions `unlock` gives, says it
    /// was kept in `ring`, names a vault id, and has not run out by its own clock nor been set
    /// further ahead than `unlock` allows (a possessor could have changed the kernel's timeout
    /// when keys still granted setattr).
    private static func accepted(_ key: KernelKey, _ attributes: KernelKeyring.Attributes, in ring: KernelKeyring.Ring, store: KernelKey) -> Cached? {
        guard attributes.uid == getuid(), attributes.permissions == KernelKeyring.possessorOnly,
            let payload = try? KernelKeyring.read(key, count: Layout.length)
        else { return nil }
        let header = payload.withUnsafeBytes { Array($0[..<Layout.masterKey]) }
        let seconds = header[2..<10].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let now = Date().timeIntervalSince1970
        let vaultID = Array(header[10..<26])
        guard header[0] == Layout.version, header[1] == Layout.byte(for: ring), vaultID.contains(where: { $0 != 0 }),
            Double(seconds) > now, Double(seconds) <= now + Double(maximumSeconds) + 60
        else { return nil }
        return Cached(
            key: key, store: store, entry: Entry(expires: Date(timeIntervalSince1970: Double(seconds)), ring: ring), vaultID: vaultID,
            slotFingerprint: Array(header[26..<58]), payload: payload)
    }

    /// Removes from this process's own session keyring and the user keyring every "user" key
    /// whose description `matches`.
    private static func removeKeys(_ matches: (String) -> Bool) -> Locked {
        var rings: [KernelKeyring.Ring] = [.user]
        if KernelKeyring.sessionKeyring == .own { rings.insert(.session, at: 0) }
        var removed = Set<String>(), failed = 0, reason: SodiumError?
        for ring in rings {
            // The keys in Confidant's keyring there, and any linked directly in the ring (as
            // versions before issue 21 kept them).
            let store = try? KernelKeyring.keyring(prefix: storePrefix, in: ring, permissions: KernelKeyring.ownerSearchable, creating: false)
            let places: [(keys: [KernelKey], remove: (KernelKey) throws -> Void)] = [
                (KernelKeyring.members(of: ring), { try KernelKeyring.remove($0, from: ring) }),
                (store.map { KernelKeyring.members(of: $0) } ?? [], { key in try store.map { try KernelKeyring.remove(key, from: $0) } }),
            ]
            for place in places {
                for key in place.keys {
                    guard let attributes = KernelKeyring.describe(key), attributes.type == "user", matches(attributes.description) else { continue }
                    do {
                        try place.remove(key)
                        removed.insert(attributes.description)
                    } catch {
                        failed += 1
                        reason = error as? SodiumError
                    }
                }
            }
        }
        return Locked(vaults: removed.count, failure: failed == 0 ? nil : .keysNotRemoved(count: failed, reason: reason.map { "\($0)" } ?? "unknown"))
    }

    private enum Layout {
        static let version: UInt8 = 1
        static func byte(for ring: KernelKeyring.Ring) -> UInt8 { ring == .session ? 0 : 1 }
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
        let folder = PathParts.folder(of: path), name = PathParts.name(of: path)
        guard let resolvedFolder = realpath(folder, nil) else { return path }
        defer { free(resolvedFolder) }
        return String(cString: resolvedFolder) + "/" + name
    }
}

extension VaultAccess {
    /// The timed unlock of this vault (`KeyCache.entry`), nil when it is locked: no key kept,
    /// or one kept under another passphrase slot than the file has now (a `passwd` or `rekey`
    /// made in another login), which is removed. Reads the file's key slots, decrypts nothing.
    /// - Throws: `VaultError.notFound`, and the errors of reading the file.
    public func timedUnlock() throws -> KeyCache.Entry? {
        guard exists else { throw VaultError.notFound(path: path) }
        guard let cached = KeyCache.cached(forVaultAt: path) else { return nil }
        guard try store.read().passphraseSlot.fingerprint == cached.slotFingerprint else {
            try? KernelKeyring.remove(cached.key, from: cached.store)
            return nil
        }
        return cached.entry
    }

    /// Opens the vault with the master key kept for it in the kernel keyring (`KeyCache`), or
    /// returns nil when there is none, so the front end asks for a credential as usual. A kept
    /// key made under another passphrase slot, or that opens a vault with another id (another
    /// vault at this path, a `passwd` or `restore` made elsewhere), is removed and nil returned.
    /// One that passed every check and fails under the very key slot it was kept with proves the
    /// file was modified: it is removed too, and that is thrown, unless `deferring` (another
    /// credential is at hand to give its own verdict: nil is returned).
    /// - Throws: `VaultError.notFound`, `.bodyModified`, and the errors of reading and decoding.
    public func openUsingCachedKey(deferring: Bool = false) throws -> OpenVault? {
        guard exists else { throw VaultError.notFound(path: path) }
        guard let cached = KeyCache.cached(forVaultAt: path) else { return nil }
        let discard = { try? KernelKeyring.remove(cached.key, from: cached.store) }
        let sealed = try store.read()
        guard sealed.passphraseSlot.fingerprint == cached.slotFingerprint else {
            discard()
            return nil
        }
        do {
            let vault = try OpenVault(access: self, sealed: sealed, unlocked: sealed.open(masterKey: cached.masterKey()))
            guard vault.document.vaultId.map(KeyCache.uuidBytes) == cached.vaultID else {
                discard()
                return nil
            }
            return vault
        } catch VaultError.bodyModified {
            discard()
            if deferring { return nil }
            throw VaultError.bodyModified
        }
    }
}
