import ArgumentParser
import Confidant

extension CLI {
    /// `confidant terms`: the protected terms (client, victim and colleague names, case references,
    /// places) that must never be shared outside work.
    struct Terms: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "terms",
            abstract: "Manage protected terms: names and references never to be shared outside work.",
            subcommands: [TermsAdd.self, TermsImport.self, TermsList.self, TermsRemove.self])
    }
}

/// `--kind`, `--note` and `--exact`, shared by `terms add` and `terms import`.
struct TermOptions: ParsableArguments {
    @Option(help: "What the terms stand for (client, victim, colleague and person are names of people).") var kind: TermKind = .client
    @Option(help: "A note kept with each term (- to read it from standard input).") var note: String?
    @Flag(help: "Match only the whole term as entered (with plurals and possessives), not a surname alone, initials or typos.")
    var exact = false
}
