import Confidant
import Sodium

/// How a new recovery key reaches its owner: written to a file given for it, or shown once.
enum RecoveryKeyText {
    /// Says where the new recovery `key` is, or shows it on stdout (once; it cannot be shown
    /// again). Nothing when there is no new key.
    static func present(_ key: SecureBytes?, writtenTo file: String?) {
        if let file {
            return Console.out("The recovery key is in \(file) (mode 0600). Move it somewhere safe, away from this computer.")
        }
        guard let key else { return }
        Console.out(
            """

            Your recovery key, shown this once:

            """)
        Console.write(1, text: "    ")
        _ = key.withUnsafeBytes { Console.write(1, $0) }
        Console.out(
            """


            It opens the vault if you forget your passphrase. Write it on paper or keep it in a
            password manager, away from this computer: anyone who has it can read your vault,
            and Confidant cannot show it again.
            """)
    }
}
