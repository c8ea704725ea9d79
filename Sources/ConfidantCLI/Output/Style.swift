import Foundation
import Glibc

/// Colour and layout for human output: colour only when stdout is a terminal and `NO_COLOR` is
/// unset (no-color.org); tables aligned in columns.
enum Style {
    static let enabled: Bool = isatty(1) == 1 && getenv("NO_COLOR") == nil

    /// Bold text (names, headings).
    static func bold(_ text: String) -> String { wrap(text, "1") }
    /// Red text, for what must not happen or is overdue.
    static func warning(_ text: String) -> String { wrap(text, "31") }
    /// Yellow text, for what needs care.
    static func caution(_ text: String) -> String { wrap(text, "33") }
    /// Dim text, for secondary detail.
    static func dim(_ text: String) -> String { wrap(text, "2") }

    /// Rows aligned in columns separated by two spaces; the first row is a header.
    static func table(_ rows: [[String]]) -> [String] {
        guard let width = rows.map(\.count).max() else { return [] }
        let widths = (0..<width).map { column in rows.map { column < $0.count ? visibleWidth($0[column]) : 0 }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            let line = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - visibleWidth(cell))
            }.joined(separator: "  ")
            return index == 0 ? bold(line) : line
        }
    }

    /// `items` joined with ", " in lines of at most `width` characters (an item longer than that
    /// has a line of its own), each line starting with `indent`.
    static func wrapped(_ items: [String], indent: String = "  ", width: Int = 96) -> [String] {
        var lines: [String] = [], line = ""
        for (index, item) in items.enumerated() {
            let piece = item + (index == items.count - 1 ? "" : ",")
            if !line.isEmpty, indent.count + line.count + 1 + piece.count > width {
                lines.append(indent + line)
                line = piece
            } else {
                line += (line.isEmpty ? "" : " ") + piece
            }
        }
        if !line.isEmpty { lines.append(indent + line) }
        return lines
    }

    /// Characters a cell takes on screen: colour codes take none.
    static func visibleWidth(_ cell: String) -> Int {
        if cell.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return cell.utf8.count }
        var width = 0, inEscape = false
        for character in cell {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                width += 1
            }
        }
        return width
    }

    private static func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
