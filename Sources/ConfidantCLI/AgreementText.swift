import Confidant

/// Shared wording for agreements and levels, used by `show` and `check`.
enum AgreementText {
    /// The agreement in a few lines.
    static func lines(_ agreement: Agreement) -> [String] {
        var lines = ["Agreement: \(agreement.status.rawValue) on \(agreement.on)"
            + [agreement.willing.map { "willing: \($0.rawValue)" }, agreement.able.map { "able: \($0.rawValue)" }]
                .compactMap { $0 }.map { " · " + $0 }.joined()]
        if let open = agreement.unresolved {
            lines.append(Style.caution("Not settled: \(open). Talk about it before you lean on them."))
        }
        if !agreement.support.isEmpty {
            lines.append("They agreed to: " + agreement.support.map { kind in
                kind == .other ? agreement.otherSupport.map { "other: \($0)" } ?? kind.meaning : kind.meaning
            }.joined(separator: ", "))
        }
        if !agreement.limits.isEmpty {
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
