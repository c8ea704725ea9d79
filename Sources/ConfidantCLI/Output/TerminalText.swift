/// Text made safe for a terminal. Names, terms and notes come from the user and from imports, so
/// they may hold escape sequences: OSC 52 writes the clipboard, a line erase hides what was
/// printed, a right-to-left override rearranges it. Everything the CLI prints passes through here.
enum TerminalText {
    /// `text` with C0 and C1 control characters other than line feed and tab shown as `?`, format
    /// characters (bidi overrides, invisible characters) left out, and escape sequences removed,
    /// except the colour codes (`ESC [ digits ; … m`) that `Style` itself writes.
    static func safe(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0a }) { return text }
        var shown = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}", let end = colourCodeEnd(scalars) {
                shown.append(scalar)
                shown.append(contentsOf: scalars[..<end])
                scalars = scalars[end...]
                continue
            }
            switch scalar.properties.generalCategory {
            case .control where scalar != "\n" && scalar != "\t": shown.append("?")
            case .format: continue
            default: shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// Where a colour code that follows an escape ends (just after its `m`), or nil when what
    /// follows is not one.
    private static func colourCodeEnd(_ rest: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView.Index? {
        guard rest.first == "[" else { return nil }
        var index = rest.index(after: rest.startIndex)
        while index < rest.endIndex, rest[index] == ";" || ("0"..."9").contains(rest[index]) { index = rest.index(after: index) }
        guard index < rest.endIndex, rest[index] == "m" else { return nil }
        return rest.index(after: index)
    }
}
