import Confidant

/// Shared wording for agreements and levels, used by `show` and `check`.
enum AgreementText {
    /// The agreement of `supporter` in a few lines: where it stands, said as a caution when they
    /// are not someone to lean on (`AgreementStanding`), then what they agreed to and their limits.
    static func lines(_ supporter: Supporter) -> [String] {
        let standing = AgreementStanding(for: supporter)
        guard let agreement = supporter.agreement else { return standing.notice.map { [Style.caution($0)] } ?? [] }
        var lines = [
            "Agreement: \(agreement.status.rawValue) on \(agreement.on)"
                + [agreement.willing.map { "willing: \($0.rawValue)" }, agreement.able.map { "able: \($0.rawValue)" }]
                .compactMap { $0 }.map { " · " + $0 }.joined()
        ]
        if let notice = standing.notice { lines.append(Style.caution(notice)) }
        if !agreement.support.isEmpty {
            lines.append(
                "They agreed to: "
                    + agreement.support.map { kind in
                        kind == .other ? agreement.otherSupport.map { "other: \($0)" } ?? kind.meaning : kind.meaning
                    }.joined(separator: ", "))
        }
        if !agreement.limits.isEmpty, standing.notice == nil {
            lines.append("Their limits: " + agreement.limits.joined(separator: "; "))
        }
        return lines
    }

    /// The label of a sharing level, padded so the three align.
    static func label(_ level: SharingLevel) -> String {
        switch level {
        case .share: "May share:   "
        case .care: "With care:   "
        case .never: Style.warning("Never:") + "       "
        }
    }
}
