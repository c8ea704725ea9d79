/// What may be kept in a name or a protected term. Such text is shown on terminals and compared
/// as names, so characters that drive a terminal (escape sequences, line erases) or that make two
/// names look alike while differing (bidi overrides, zero-width characters) are refused.
enum StoredText {
    /// Whether `text` holds a control character or an invisible formatting character.
    static func hasHiddenCharacters(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return false }
        return text.unicodeScalars.contains { [.control, .format].contains($0.properties.generalCategory) }
    }
}
