import Foundation
import Glibc
import Testing

/// Bad input, concurrency, kills and what reaches the disk, for the support-network commands.
@Suite struct NetworkSafetyTests {
    let sandbox = Sandbox()

    init() {
        sandbox.makeVault()
        sandbox.cli(["add", "Sam", "--relationship", "partner"])
        sandbox.cli(["add", "Sam Taylor", "--relationship", "friend"])
    }

    /// Each bad command: its exit code, a phrase its message must contain.
    static let badCommands: [([String], Int32, String)] = [
        (["check", "Alex"], 64, "`confidant list` shows who is in the vault"),
        (["check", "Sma"], 64, "did you mean: Sam, Sam Taylor"),
        (["show", "sa"], 64, "say which: Sam, Sam Taylor"),
        (["agree", "Sam", "--on", "2026-02-30"], 64, "invalid for '--on"),
        (["agree", "Sam", "--review-on", "soon"], 64, "invalid for '--review-on"),
        (["agree", "Sam", "--status", "maybe"], 64, "not-asked"),
        (["agree", "Sam", "--on", "2026-05-01", "--review-on", "2026-01-01"], 64, "before the agreement date"),
        (["agree", "Sam", "--review-in", "6x"], 64, "invalid for '--review-in"),
        (["share", "Sam", "--never", "gossip"], 64, "unknown topic \"gossip\""),
        (["share", "Sam", "--clients", "--never", "hobbies"], 64, "not both"),
        (["add", "Alex", "--relationship", "lodger"], 64, "partner"),
        (["add", "Alex", "--sphere", "home"], 64, "personal"),
        (["add", "sam"], 64, "is the same name as"),
        (["edit", "Sam"], 64, "say what to change"),
        (["edit", "Sam", "--rename", "Sam Taylor"], 64, "already a supporter called"),
        (["terms", "add", "Pike", "--kind", "suspect"], 64, "case-ref"),
        (["terms", "remove", "Nobody"], 64, "not in the vault"),
        (["terms", "import", "/nonexistent/file"], 64, "cannot read"),
        (["remove", "Nobody"], 64, "no supporter called"),
        (["check"], 64, "or --clients"),
    ]

    @Test(arguments: badCommands.indices)
    func badInputIsAClearErrorAndChangesNothing(index: Int) {
        let (arguments, code, phrase) = Self.badCommands[index]
        let before = sandbox.bytes(sandbox.vault)
        let outcome = sandbox.cli(arguments)
        #expect(outcome.status == code, "\(arguments): \(outcome.stderr)")
        #expect(outcome.stderr.contains(phrase), "\(arguments): \(outcome.stderr)")
        #expect(sandbox.bytes(sandbox.vault) == before, "\(arguments) changed the vault")
    }

    @Test func aWrongPassphraseChangesNothing() {
        let before = sandbox.bytes(sandbox.vault)
        sandbox.write("wrong.txt", "wrong passphrase here\n")
        let outcome = sandbox.run(["add", "Alex", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("wrong.txt")])
        #expect(outcome.status == 77)
        #expect(sandbox.bytes(sandbox.vault) == before)
    }

    @Test func concurrentAddsLoseNothing() throws {
        let names = (1...6).map { "Person \($0)" }
        let environment = sandbox.vaultEnvironment
        let writers = names.map { Spawned(["add", $0, "--relationship", "friend"], environment: environment, sandbox: sandbox) }
        #expect(writers.map { $0.wait() } == Array(repeating: 0, count: names.count))
        let listed = (sandbox.json(["list"]) as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(Set(listed) == Set(names + ["Sam", "Sam Taylor"]))
    }

    @Test func killsDuringAddLeaveAVaultThatVerifies() {
        let environment = sandbox.vaultEnvironment
        var acknowledged: [String] = []
        var kills = 0
        for round in 0..<60 {
            let name = "Killed \(round)"
            let writer = Spawned(["add", name], environment: environment, sandbox: sandbox)
            usleep(UInt32.random(in: 0...30_000))
            kill(writer.pid, SIGKILL)
            switch writer.wait() {
            case 0: acknowledged.append(name)
            case 128 + SIGKILL: kills += 1
            case let other: Issue.record("add exited \(other)")
            }
            #expect(sandbox.cli(["verify"]).status == 0, "after round \(round) the vault does not verify")
        }
        let listed = Set((sandbox.json(["list"]) as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        #expect(Set(acknowledged).isSubset(of: listed), "an acknowledged add was lost")
        #expect(kills > 10)
    }

    /// Unique markers in every field a person types: none may appear in any file on disk.
    @Test func nothingTypedReachesTheDiskInClear() throws {
        let markers = (0..<8).map { "MARKER\($0)x\(UUID().uuidString.prefix(8))" }
        sandbox.cli([
            "add", markers[0], "--relationship", "friend", "--phone", markers[1], "--email", markers[2],
            "--availability", markers[3], "--impact-on-them", markers[4], "--note", markers[5],
        ])
        sandbox.cli(["agree", markers[0], "--limit", markers[6]])
        sandbox.cli(["terms", "add", markers[7]])
        sandbox.cli(["edit", markers[0], "--note", "changed"])
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: sandbox.path)
        while let name = enumerator?.nextObject() as? String {
            let path = sandbox.file(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue, !name.hasPrefix(".std") {
                files.append(path)
            }
        }
        #expect(files.count >= 5)
        for path in files {
            let contents = sandbox.bytes(path)
            for marker in markers {
                #expect(!contents.contains(Array(marker.utf8)), "\(marker) found in clear in \(path)")
            }
        }
    }

    /// Terms, notes, limits and the impact fields went on the command line,
    /// readable by any local user in /proc/PID/cmdline while the KDF ran, and kept in shell
    /// history. Fed on standard input they never appear there.
    @Test func privateTextFedOnStandardInputIsNeverInTheCommandLine() throws {
        let secret = "Darren Secretpike"
        let environment = sandbox.vaultEnvironment
        let adding = Spawned(["terms", "add", "-"], environment: environment, input: secret + "\n", sandbox: sandbox)
        // Read the command line as another user would, for as long as the process runs.
        var seen: [String] = []
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            guard let bytes = FileManager.default.contents(atPath: "/proc/\(adding.pid)/cmdline") else { break }
            if bytes.isEmpty, !seen.isEmpty { break }
            if !bytes.isEmpty { seen.append(String(decoding: bytes.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)) }
        }
        #expect(adding.wait() == 0)
        #expect(!seen.isEmpty, "the command ended before its command line could be read")
        #expect(seen.contains { $0.contains("terms add -") })
        #expect(seen.allSatisfy { !$0.contains("Secretpike") })
        #expect(sandbox.cli(["check", "sam", "--draft", "-"], input: "saw Secretpike today").status == 1)

        let noted = Spawned(["add", "Robin", "--note", "-"], environment: environment, input: "lost her brother last year\n", sandbox: sandbox)
        #expect(noted.wait() == 0)
        #expect(noted.errors().isEmpty, "\(noted.errors())")
        let shown = try #require((sandbox.json(["show", "robin"]) as? [String: Any])?["supporter"] as? [String: Any])
        #expect(shown["notes"] as? String == "lost her brother last year")

        let onArgv = sandbox.cli(["terms", "add", "Another Name", "--note", "met at court"])
        #expect(onArgv.status == 0)
        #expect(onArgv.stderr.contains("the terms is on the command line") || onArgv.stderr.contains("the terms are on the command line"))
        #expect(onArgv.stderr.contains("--note is on the command line"))
        #expect(sandbox.cli(["terms", "add", "-", "--note", "-"], input: "x\n").status == 64)
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run.
    func contains(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { self[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
