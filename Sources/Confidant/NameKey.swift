/// When two names are the same person's. One rule for adding, renaming and finding supporters
/// (and for comparing topic words): case, accents, Unicode normalisation and inner white space
/// are ignored, so "Zoë Adams", "ZOE  ADAMS" and a decomposed "Zoe\u{308} Adams" are one name.
public enum NameKey {
    /// The key of `name`: folded as the draft check folds words, with white space trimmed and
    /// every run of it made one space.
    public static func of(_ name: String) -> String {
        TextFolding.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
