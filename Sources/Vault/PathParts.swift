/// The parts of a file path, taken apart by its slashes and dots. Foundation's `NSString` path
/// methods crash on a one-character name ("--vault V" stopped every command with exit 70), so
/// every path in Confidant is taken apart here.
public enum PathParts {
    /// The directory part of `path`: "." for a bare name, "/" for a file at the root.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    public static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// `name` split at its last dot: "vault.confidant" is ("vault", "confidant"); a name without a
    /// dot, or whose only dot starts it (".profile"), has no extension.
    public static func stemAndExtension(of name: String) -> (stem: String, extension: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }
}
