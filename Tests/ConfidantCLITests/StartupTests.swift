import ArgumentParser
import Testing

@testable import ConfidantCLI

/// What every command pays before it runs.
@Suite struct StartupTests {
    /// A command without a `commandName` has ArgumentParser derive one with `String(describing:)` of
    /// its type, which in a statically linked binary scans every protocol conformance: about 25 M
    /// instructions, 2 ms, a quarter of `check NAME` on a small vault (docs/PERFORMANCE.md).
    @Test func everyCommandNamesItself() {
        func unnamed(_ command: any ParsableCommand.Type) -> [String] {
            let configuration = command.configuration
            let own = configuration.commandName == nil ? ["\(command)"] : []
            return own + configuration.subcommands.flatMap(unnamed)
        }
        #expect(unnamed(CLI.self).isEmpty)
    }
}
