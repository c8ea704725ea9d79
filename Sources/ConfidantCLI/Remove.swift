import ArgumentParser
import Confidant

extension CLI {
    /// `confidant remove NAME`: delete a supporter (the previous vault stays in generations/).
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a supporter.")

        @OptionGroup var options: VaultOptions
        @Argument(help: "Their name, or the start of it.") var name: String

        func run() throws {
            let removed = try options.open(warningOfRollback: false).update { document in
                try document.removeSupporter(NameResolver.resolve(name, in: document.supporters).id)
            }
            Console.out("Removed \(removed.name). The previous version of the vault is kept in generations/.")
        }
    }
}
