import Foundation
import Sodium
import Vault

extension VaultAccess {
    /// This device's id in merge stamps (`Stamp.device`): 16 hex digits kept in `device` beside
    /// the last-seen state, made the first time; for a vault opened without that state, or when
    /// the file cannot be read or written, a random one each time it is asked for (stamps stay
    /// unique).
    var deviceID: String {
        guard let lastSeen else { return Self.randomDevice() }
        let path = PathParts.folder(of: lastSeen.path) + "/device"
        if let text = try? String(contentsOfFile: path, encoding: .utf8), Stamp("0.0." + text.trimmingCharacters(in: .newlines)) != nil,
            text.count >= 16
        {
            return text.trimmingCharacters(in: .newlines)
        }
        let id = Self.randomDevice()
        try? FileManager.default.createDirectory(
            atPath: PathParts.folder(of: path), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        _ = FileManager.default.createFile(atPath: path, contents: Data((id + "\n").utf8), attributes: [.posixPermissions: 0o600])
        return id
    }

    private static func randomDevice() -> String {
        Hex.lowercase((try? Random.bytes(8)) ?? (0..<8).map { _ in UInt8.random(in: 0...255) })
    }
}
