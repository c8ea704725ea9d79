import Foundation
import Glibc

/// The built `confidant` binary: `CONFIDANT_BIN`, or the one beside this test bundle (SwiftPM
/// builds every product into the same folder).
let confidantBinary: String = {
    if let path = ProcessInfo.processInfo.environment["CONFIDANT_BIN"] { return path }
    let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    return bundle.appendingPathComponent("confidant").path
}()

/// What a finished command did.
struct Outcome {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// A fresh temporary directory, removed when released.
final class Sandbox {
    let path: String

    init() {
        var template = Array((NSTemporaryDirectory() + "/confidant-e2e-XXXXXX").utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the sandbox.
    func file(_ name: String) -> String { path + "/" + name }

    /// The default vault of a sandbox.
    var vault: String { file("data/vault.confidant") }

    /// Writes `text` to a file in the sandbox and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        // Mode 0600, as a careful user keeps a passphrase file (0644 earns a warning on stderr).
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        return file(name)
    }

    /// The bytes of a file in the sandbox (empty when missing).
    func bytes(_ path: String) -> [UInt8] {
        (FileManager.default.contents(atPath: path)).map { Array($0) } ?? []
    }

    /// The environment a command runs with: nothing from the test runner's own CONFIDANT_*,
    /// but its sanitizer settings (`make asan`), so the binary under test runs as the tests do.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        let sanitizers = ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
        return ["PATH": "/usr/bin:/bin", "HOME": path, "SWIFT_BACKTRACE": "enable=no", "LANG": "C.UTF-8"]
            .merging(sanitizers) { $1 }.merging(extra) { $1 }
    }

    /// Runs confidant with `arguments` in a new session (so it has no controlling terminal),
    /// with `input` on stdin, and waits for it.
    func run(_ arguments: [String], environment extra: [String: String] = [:], input: String = "", through wrapper: [String] = []) -> Outcome {
        let process = Spawned(arguments, environment: environment(extra), input: input, sandbox: self, through: wrapper)
        let status = process.wait()
        return Outcome(status: status, stdout: process.output(), stderr: process.errors())
    }

    /// The variables that point at the sandbox's vault and unlock it with `pass.txt`.
    private var vaultVariables: [String: String] { ["CONFIDANT_VAULT": vault, "CONFIDANT_PASSPHRASE_FILE": file("pass.txt")] }

    /// The whole environment of `cli`, for commands started another way (a pseudo-terminal).
    var vaultEnvironment: [String: String] { environment(vaultVariables) }

    /// Runs confidant on the sandbox's vault, unlocked by `pass.txt` through the environment.
    @discardableResult
    func cli(_ arguments: [String], input: String = "") -> Outcome {
        run(arguments, environment: vaultVariables, input: input)
    }

    /// Runs a read command with `--json` and decodes its output.
    func json(_ arguments: [String]) -> Any? {
        let outcome = cli(arguments + ["--json"])
        return try? JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
    }

    /// A vault with the fastest KDF, passphrase in `pass.txt`, recovery key in `recovery.txt`.
    @discardableResult
    func makeVault(passphrase: String = "correct horse battery") -> Outcome {
        write("pass.txt", passphrase + "\n")
        return run([
            "init", "--vault", vault, "--passphrase-file", file("pass.txt"), "--kdf-ops", "1", "--kdf-memory", "8KiB",
            "--recovery-key-file", file("recovery.txt"),
        ])
    }
}

/// glibc's POSIX_SPAWN_SETSID, _SETSIGMASK and _SETSIGDEF (spawn.h), which Swift's Glibc module does not export.
let spawnSetsid: Int32 = 0x80, spawnSetSigmask: Int32 = 0x08, spawnSetSigdef: Int32 = 0x04

/// A confidant process started with posix_spawn in its own session; stdout and stderr go to
/// files in the sandbox, so no pipe can fill up and block it.
final class Spawned {
    let pid: pid_t
    private let outputPath: String
    private let errorPath: String

    /// Starts `confidant arguments` (or, with `through`, that program with confidant's path and
    /// the arguments after its own, e.g. `prlimit --fsize=300`).
    init(_ arguments: [String], environment: [String: String], input: String = "", sandbox: Sandbox, through wrapper: [String] = []) {
        let id = UUID().uuidString
        let inputPath = sandbox.write(".stdin-\(id)", input)
        outputPath = sandbox.file(".stdout-\(id)")
        errorPath = sandbox.file(".stderr-\(id)")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        pid = Self.spawn(wrapper + [confidantBinary] + arguments, environment: environment, actions: &actions)
        posix_spawn_file_actions_destroy(&actions)
    }

    /// Spawns with POSIX_SPAWN_SETSID; traps if the binary cannot be started (a broken test setup).
    static func spawn(_ arguments: [String], environment: [String: String], actions: inout posix_spawn_file_actions_t) -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        // A new session (no controlling terminal unless the child opens one), an empty signal
        // mask and default dispositions: the test runner's own signal set-up must not leak in.
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(spawnSetsid | spawnSetSigmask | spawnSetSigdef))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        posix_spawnattr_destroy(&attributes)
        precondition(status == 0, "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        return pid
    }

    /// Waits for the process; its exit status, or 128 + the signal that killed it.
    @discardableResult
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// What it wrote to stdout so far.
    func output() -> String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }
    /// What it wrote to stderr so far.
    func errors() -> String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }
}
