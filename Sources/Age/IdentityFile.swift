/// An identity file as `age-keygen` writes it: one `AGE-SECRET-KEY-1…` a line, with `#` comments
/// and blank lines allowed; several keys may stand in one file.
public enum IdentityFile {
    /// The identities in `text`.
    /// - Throws: `AgeError.invalidKey` naming the first line that is not an identity (never quoting it).
    public static func parse(_ text: String) throws -> [X25519Identity] {
        var identities: [X25519Identity] = []
        for (number, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = rawLine.trimmingSuffix(while: { $0 == "\r" || $0 == " " || $0 == "\t" })
            if line.isEmpty || line.hasPrefix("#") { continue }
            do { identities.append(try X25519Identity(parsing: String(line))) } catch {
                throw AgeError.invalidKey("line \(number + 1) of the identity file is not an AGE-SECRET-KEY-1… key")
            }
        }
        guard !identities.isEmpty else { throw AgeError.invalidKey("the identity file holds no key") }
        return identities
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var result = self
        while let last = result.last, predicate(last) { result = result.dropLast() }
        return result
    }
}
