import ArgumentParser
import Confidant
import Foundation

extension CLI {
    /// `confidant remove NAME`: delete a supporter (the previous vault stays in generations/).
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a supporter.",
            discussion: "On a terminal, asks first (--yes does not). The previous version of the vault is kept in generations/.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name, or the start of it.") var name: String
        @Flag(help: "Remove without asking.") var yes = false

        func run() throws {
            let vault = try options.openForChange()
            // Resolved before asking, so the question names the one person it would remove; the
            // removal itself goes by id, under the lock.
            let supporter = try NameResolver.resolve(name, in: vault.document.supporters)
            if !yes, Interview(options).active {
                let history = supporter.agreements.count
                let answer = TerminalPrompt.ask(
                    "Remove \(supporter.name)" + (history > 0 ? " and \(history) agreement record\(history == 1 ? "" : "s")" : "")
                        + "? [yes/no] ")?.trimmingCharacters(in: .whitespaces).lowercased()
                guard answer == "yes" || answer == "y" else {
                    return Console.out("Kept \(supporter.name); nothing was changed.")
                }
            }
            let removed = try vault.update { try $0.removeSupporter(supporter.id) }
            Console.out("Removed \(removed.name). The previous version of the vault is kept in generations/.")
        }
    }
}
