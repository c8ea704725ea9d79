/// The words and phrases that suggest a topic is being talked about: short lists, matched as
/// whole words (plurals and possessives included), that the user can extend or trim. Only topics
/// whose level for the person is *care* or *never* are looked for.
public enum TopicWords {
    /// The lists every vault starts with.
    public static let builtIn: [String: [String]] = [
        "case-details": ["case", "caseload", "hearing", "court", "sentence", "sentenced", "breach", "home visit", "supervision session"],
        "identities": ["client's name", "victim's name", "date of birth", "address"],
        "offence-details": ["offence", "offending", "assault", "abuse", "rape", "murder", "manslaughter", "grooming", "indecent",
                            "stalking", "arson", "robbery", "burglary", "domestic violence", "child sexual", "sexual offence"],
        "case-material": ["case notes", "case file", "pre-sentence report", "psr", "oasys", "witness statement", "statement",
                          "images", "footage", "body cam", "interview transcript"],
        "risk-decisions": ["risk assessment", "risk level", "high risk", "mappa", "recall", "licence conditions", "safeguarding referral"],
        "family-situation": ["my husband", "my wife", "my partner", "my kids", "my children", "my son", "my daughter", "divorce"],
        "sexuality": ["sexuality", "sex life", "gay", "lesbian", "bisexual", "straight", "dating"],
        "victim-experience": ["i was attacked", "i was assaulted", "i was abused", "burgled", "my attacker"],
        "home-and-routines": ["i live", "my address", "my street", "my route", "i usually go", "my gym", "my kids' school"],
        "family-general": ["my family", "family"],
    ]

    /// The effective list for `topic` in `document`.
    public static func words(for topic: String, in document: VaultDocument) -> [String] {
        document.topicWords[topic] ?? builtIn[topic] ?? []
    }
}
