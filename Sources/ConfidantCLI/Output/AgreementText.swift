import Confidant

/// Shared wording for agreements and levels, used by `show` and `check`.
enum AgreementText {
    /// The agreement of `supporter` in a few lines (`AgreementLines`), cautions styled as such.
    static func lines(_ supporter: Supporter) -> [String] {
        AgreementLines.of(supporter).map { $0.isCaution ? Style.caution($0.text) : $0.text }
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
