/// HTML whose interpolated text is always escaped: a name, a note or a pasted draft can only ever
/// be text on the page, never markup. Only `String`, `Int` and `HTML` itself can be interpolated,
/// so a template cannot pass anything through unescaped by accident.
public struct HTML: ExpressibleByStringInterpolation, Sendable, Equatable {
    /// The markup.
    public let text: String

    public init(stringLiteral value: String) { text = value }

    public init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    /// Several pieces of HTML one after another.
    public init(joining parts: [HTML]) { text = parts.map(\.text).joined() }

    /// `text` escaped for an element's content or a quoted attribute value.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Literal markup, with text interpolated escaped.
    public struct Interpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity * 2) }

        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// Text, escaped.
        public mutating func appendInterpolation(_ value: String) { text += HTML.escape(value) }

        public mutating func appendInterpolation(_ value: Int) { text += String(value) }

        /// Markup made by another template.
        public mutating func appendInterpolation(_ value: HTML) { text += value.text }

        public mutating func appendInterpolation(_ values: [HTML]) { for value in values { text += value.text } }
    }
}
