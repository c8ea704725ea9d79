/// Where the vault lives when `--vault` and `CONFIDANT_VAULT` are not given.
public enum VaultLocation {
    /// `$XDG_DATA_HOME/confidant/vault.confidant`, or `~/.local/share/confidant/vault.confidant`
    /// when `XDG_DATA_HOME` is unset, empty or relative (the XDG spec says to ignore relative paths).
    public static func defaultPath(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/confidant/vault.confidant"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/confidant/vault.confidant"
    }
}
