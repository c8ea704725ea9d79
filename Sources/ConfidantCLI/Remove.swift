import ArgumentParser
import Confidant

extension CLI {
    /// `confidant remove NAME`: delete a supporter (the previous vault stays in generations/).
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a supporter.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name, or the start of it.") var name: String

        func run() throws {
            let removed = try options.open().update { document -> String in
                let supporter = try NameResolver.resolve(name, in: document.supporters)
                document.supporters.removeAll { $0.id == supporter.id }
                document.log(.supporterRemoved, supporter: supporter.id, "removed \(supporter.name)")
                return supporter.name
            }
            Console.out("Removed \(removed). The previous version of the vault is kept in generations/.")
        }
    }
}
