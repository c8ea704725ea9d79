import Foundation

/// Patterns for details that identify a person even without a name. Each match carries the
/// detector's name; `accept` filters out what only looks alike (a recent date, too few digits).
struct Detector: Sendable {
    let name: String
    let pattern: NSRegularExpression
    let accept: @Sendable (String) -> Bool

    private init(_ name: String, _ pattern: String, caseInsensitive: Bool = false, accept: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.name = name
        // The patterns are constants exercised by the tests; one that does not compile is a bug.
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else {
            preconditionFailure("detector pattern for \(name) does not compile")
        }
        self.pattern = regex
        self.accept = accept
    }

    /// Every detector, most specific first (overlaps keep the first).
    static let all: [Detector] = [
        Detector("email address", #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#),
        Detector("National Insurance number", #"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"#, caseInsensitive: true),
        Detector("police or court reference", #"\b\d{2}/\d{5,7}[A-Z]?\b"#),
        Detector("date of birth", #"\b(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{4}|\d{2})\b"#, accept: { looksLikeBirth($0) }),
        Detector("date of birth", #"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+\d{4}\b"#,
                 caseInsensitive: true, accept: { looksLikeBirth($0) }),
        Detector("phone number", #"(?<![\w+])(?:\+\d{1,3}[ -]?(?:\(0\) ?)?|\(?0)\d{2,5}\)?(?:[ -]?\d{2,4}){2,3}(?![\w])"#,
                 accept: { (10...15).contains($0.filter(\.isNumber).count) }),
        Detector("UK postcode", #"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"#, caseInsensitive: true, accept: { $0.contains(where: \.isLetter) && $0 != $0.lowercased() || $0.count >= 6 }),
        Detector("case reference", #"\b[A-Z]{1,3}\d{6,8}\b"#),
    ]

    /// A full date is only like a date of birth when its year is at least ten years ago.
    static func looksLikeBirth(_ text: String) -> Bool {
        guard let last = text.split(whereSeparator: { !$0.isNumber }).last, let value = Int(last) else { return false }
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let fullYear = last.count == 4 ? value : (value > year % 100 ? 1900 + value : 2000 + value)
        return fullYear >= year - 110 && fullYear <= year - 10
    }
}
