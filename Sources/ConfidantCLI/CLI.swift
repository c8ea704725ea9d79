import ArgumentParser
import Foundation

/// The `confidant` root command: it only lists the subcommands.
struct CLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confidant",
        abstract: "Keep your support network, and what you may share with each person, in an encrypted vault.",
        version: "0.1.0",
        subcommands: [
            Init.self, Add.self, List.self, Show.self, Edit.self, Remove.self, Agree.self, Share.self, Terms.self,
            Check.self, ReviewNetwork.self, Plan.self, CheckInCommand.self, Export.self, Import.self, Backup.self, Backups.self, Restore.self,
            Verify.self,
            Merge.self, MergeDriver.self, Passwd.self,
            Rekey.self,
            Unlock.self, Lock.self, Status.self, Web.self,
        ]
    )

    /// Parses the arguments, runs the command and exits with the code of DESIGN.md.
    static func run() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            exitAfterOutput(0)
        } catch let code as ExitCode {
            // check's "found something" (1) needs no message, and ArgumentParser's own exit path
            // would build its help text first.
            exitAfterOutput(code.rawValue)
        } catch let error where Failure(error) != nil {
            let failure = Failure(error)!
            Console.error(failure.message, hint: failure.hint)
            Glibc.exit(failure.code)
        } catch {
            // --help and --version are clean exits: ArgumentParser prints them.
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            // Its own errors in our one format: what happened, and where to read more.
            let message = oneLine(message(for: error))
            Console.error(message.prefix(1).lowercased() + message.dropFirst(), hint: helpHint(fullMessage(for: error)))
            Glibc.exit(code.rawValue)
        }
    }

    /// ArgumentParser's message on one line: a list of accepted values ("Please provide one of
    /// the following:" and a line each) becomes "one of: a, b, c".
    private static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first else { return "the arguments are not valid" }
        let values = lines.dropFirst().filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }
        guard !values.isEmpty, let cut = first.range(of: "Please provide one of the following:") else { return first }
        return first[..<cut.lowerBound].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            + ": one of " + values.joined(separator: ", ")
    }

    /// "`confidant agree --help` lists what it takes", from ArgumentParser's "See '… --help'".
    private static func helpHint(_ fullMessage: String) -> String {
        guard let start = fullMessage.range(of: "See '"), let end = fullMessage[start.upperBound...].firstIndex(of: "'") else {
            return "`confidant --help` lists the commands"
        }
        return "`\(fullMessage[start.upperBound..<end])` lists what it takes"
    }

    /// Exits with `code`, or with 74 when the output could not be written: a check whose verdict
    /// never reached the screen must not look as if it passed.
    private static func exitAfterOutput(_ code: Int32) -> Never {
        if let number = Console.outputFailed {
            Console.error("could not write the output: \(String(cString: strerror(number)))", hint: "check the disk or the pipe the output goes to")
            Glibc.exit(Failure.Code.io)
        }
        Glibc.exit(code)
    }
}
