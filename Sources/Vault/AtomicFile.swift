/// Writing any file the way the vault is written, for exports: a temporary file beside it
/// (0600), fsync, then rename (replacing) or link (refusing to replace), then fsync of the
/// directory. A reader sees nothing, the old file, or the complete new one.
public enum AtomicFile {
    /// Writes `bytes` to `path`.
    /// - Throws: `VaultError.alreadyExists` when `path` exists and `replacing` is false, `.io` otherwise.
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws {
        if replacing {
            try FileSystem.replace(path, with: bytes)
        } else {
            try FileSystem.createExclusively(path, with: bytes)
        }
    }
}
