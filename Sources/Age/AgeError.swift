/// Failures reading or writing an age file, in the classes of the age test kit: a malformed
/// header, a header MAC that does not verify, a damaged payload, bad ASCII armor, or no identity
/// that matches. Messages quote what is wrong but never key material or plaintext.
public enum AgeError: Error, Equatable, Sendable {
    /// The header is malformed, or a stanza addressed to us is (wrong lengths, weak keys, …).
    case header(String)
    /// The header MAC does not verify: the header was modified (or the file key is wrong).
    case headerMAC
    /// A payload chunk failed to authenticate, or the stream is truncated or has trailing data.
    case payload(String)
    /// The ASCII armor is not strict PEM.
    case armor(String)
    /// None of the identities (passphrase, keys) unwraps the file key.
    case noMatch
    /// A recipient or identity string is not valid.
    case invalidKey(String)
    /// Reading or writing failed.
    case io(String)
}

extension AgeError: CustomStringConvertible {
    /// One line saying what happened, safe to show to a user.
    public var description: String {
        switch self {
        case .header(let reason), .payload(let reason), .armor(let reason): "the age file is damaged or was modified (\(reason))"
        case .headerMAC: "the age file's header does not authenticate: it was modified"
        case .noMatch: "wrong passphrase or identity for this age file"
        case .invalidKey(let reason): "invalid age key: \(reason)"
        case .io(let reason): "could not read or write the age file: \(reason)"
        }
    }
}
