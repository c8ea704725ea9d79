/// A supporter's agreement in a few lines, as `show` and `check` print it and the page shows it:
/// where it stands, said as a caution when they are not someone to lean on (`AgreementStanding`),
/// then what they agreed to and their limits.
public enum AgreementLines {
    /// One line, and whether it is a caution (shown so).
    public struct Line: Equatable, Sendable {
        public let text: String
        public let isCaution: Bool
    }

    /// The lines for `supporter`.
    public static func of(_ supporter: Supporter) -> [Line] {
        let standing = AgreementStanding(for: supporter)
        let caution = standing.notice.map { Line(text: $0, isCaution: true) }
        guard let agreement = supporter.agreement else { return caution.map { [$0] } ?? [] }
        var lines = [
            Line(
                text: "Agreement: \(agreement.status.rawValue) on \(agreement.on)"
                    + [agreement.willing.map { "willing: \($0.rawValue)" }, agreement.able.map { "able: \($0.rawValue)" }]
                    .compactMap { $0 }.map { " · " + $0 }.joined(),
                isCaution: false)
        ]
        if let caution { lines.append(caution) }
        if !agreement.support.isEmpty {
            let support = agreement.support.map { kind in
                kind == .other ? agreement.otherSupport.map { "other: \($0)" } ?? kind.meaning : kind.meaning
            }
            lines.append(Line(text: "They agreed to: " + support.joined(separator: ", "), isCaution: false))
        }
        if !agreement.limits.isEmpty, standing.notice == nil {
            lines.append(Line(text: "Their limits: " + agreement.limits.joined(separator: "; "), isCaution: false))
        }
        return lines
    }
}
