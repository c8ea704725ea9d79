import Foundation
import Glibc
import Testing

/// Kills, full disks, held locks and concurrent writers, through the binary.
@Suite struct WriteSafetyTests {
    let sandbox = Sandbox()

    private func passwd(from: String, to: String) -> [String] {
        [
            "passwd", "--vault", sandbox.vault, "--passphrase-file", sandbox.file(from), "--new-passphrase-file", sandbox.file(to),
            "--keep-recovery-key", sandbox.file("recovery.txt"),
        ]
    }

    /// A new master key under the same passphrase: a full write of the vault and every generation.
    private var rekey: [String] {
        ["rekey", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt"), "--keep-recovery-key", sandbox.file("recovery.txt")]
    }

    private func opens(with file: String) -> Bool {
        sandbox.run(["verify", "--vault", sandbox.vault, "--passphrase-file", sandbox.file(file)]).status == 0
    }

    private func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: sandbox.file("data"))) ?? []).filter { $0.contains(".tmp-") }
    }

    /// SIGKILL at random moments of a writer loop: the vault always opens with the old or the new
    /// passphrase, a change acknowledged with exit 0 is never lost, generations never exceed 5.
    @Test func killsAtRandomMomentsNeverDamageTheVault() {
        sandbox.makeVault(passphrase: "passphrase number one")
        sandbox.write("a.txt", "passphrase number one\n")
        sandbox.write("b.txt", "passphrase number two\n")
        var current = "a.txt", other = "b.txt"
        var kills = 0, completed = 0, attempts = 0
        while kills < 200, attempts < 1000 {
            attempts += 1
            let writer = Spawned(passwd(from: current, to: other), environment: sandbox.environment(), sandbox: sandbox)
            usleep(UInt32.random(in: 0...30_000))
            kill(writer.pid, SIGKILL)
            let status = writer.wait()
            if status == 128 + SIGKILL { kills += 1 } else { completed += 1 }
            if status == 0 {
                #expect(opens(with: other), "an acknowledged passwd was lost")
            }
            if opens(with: other) {
                swap(&current, &other)
            } else {
                #expect(opens(with: current), "after kill \(kills) the vault opens with neither passphrase")
            }
            // A killed writer may leave a temporary file there; the next write removes it.
            let generations = ((try? FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/generations"))) ?? []).filter {
                !$0.hasPrefix(".")
            }
            #expect(generations.count <= 5)
        }
        #expect(kills >= 200, "only \(kills) kills landed in \(attempts) attempts (\(completed) completed)")
    }

    @Test func concurrentWritersAllSucceedInTurn() {
        sandbox.makeVault()
        let environment = sandbox.vaultEnvironment
        let writers = (0..<4).map { Spawned(["add", "Person \($0)", "--no-input"], environment: environment, sandbox: sandbox) }
        #expect(writers.map { $0.wait() } == [0, 0, 0, 0])
        #expect((sandbox.json(["list"]) as? [Any])?.count == 4)
        let generations = (try? FileManager.default.contentsOfDirectory(atPath: sandbox.file("data/generations"))) ?? []
        #expect(generations.count == 4)
    }

    /// A command that opened the vault before another gave it new keys cannot write under the old
    /// ones: it stops with 75 and says to run it again, and the vault keeps the new keys.
    @Test func aWriterOvertakenByNewKeysStopsCleanly() {
        sandbox.makeVault()
        let writers = (0..<4).map { _ in
            Spawned(rekey, environment: sandbox.environment(), sandbox: sandbox)
        }
        let statuses = writers.map { $0.wait() }
        #expect(statuses.contains(0) && statuses.allSatisfy { $0 == 0 || $0 == 75 }, "\(statuses)")
        for (writer, status) in zip(writers, statuses) where status == 75 {
            #expect(writer.errors().contains("new keys"), "\(writer.errors())")
        }
        #expect(opens(with: "pass.txt"))
    }

    @Test func aHeldLockIs75WithAClearMessage() throws {
        sandbox.makeVault()
        let fd = open(sandbox.vault + ".lock", O_RDWR)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let before = sandbox.bytes(sandbox.vault)
        let outcome = sandbox.run(rekey, environment: ["CONFIDANT_LOCK_TIMEOUT": "0.3"])
        #expect(outcome.status == 75)
        #expect(outcome.stderr.contains("another process has the vault open"))
        #expect(
            sandbox.run(
                ["verify", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt")],
                environment: ["CONFIDANT_LOCK_TIMEOUT": "0.3"]
            ).status == 75)
        #expect(sandbox.bytes(sandbox.vault) == before)
    }

    /// A write that fails part-way (here RLIMIT_FSIZE makes write(2) fail with EFBIG) is an I/O
    /// error, 74, and the vault is untouched with no temporary file left behind.
    @Test func aFailedWriteIs74AndChangesNothing() {
        sandbox.makeVault()
        let before = sandbox.bytes(sandbox.vault)
        let outcome = sandbox.run(rekey, through: ["/usr/bin/prlimit", "--fsize=300"])
        #expect(outcome.status == 74, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("could not write"))
        #expect(sandbox.bytes(sandbox.vault) == before)
        #expect(leftovers().isEmpty)
        #expect(opens(with: "pass.txt"))
    }

    static let canMount: Bool = {
        let probe = Sandbox()
        let mounted = mountTmpfs(at: probe.path, size: "16k")
        if mounted { umount(probe.path) }
        return mounted
    }()

    /// A genuinely full file system (a 32 KiB tmpfs, which needs root): 74 and nothing lost.
    @Test(.enabled(if: canMount, "mounting a small tmpfs needs root (CI runs as root)"))
    func aFullDiskIs74AndChangesNothing() throws {
        let disk = sandbox.file("data")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        #expect(mountTmpfs(at: disk, size: "32k"))
        defer { umount(disk) }
        sandbox.makeVault()
        let before = sandbox.bytes(sandbox.vault)
        let filler = open(disk + "/filler", O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0, count: 1024)
        while write(filler, block, block.count) > 0 {}
        close(filler)
        let outcome = sandbox.run(rekey)
        #expect(outcome.status == 74, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("No space left"))
        #expect(sandbox.bytes(sandbox.vault) == before)
        #expect(leftovers().isEmpty)
        unlink(disk + "/filler")
        #expect(opens(with: "pass.txt"))
    }
}

/// Mounts a tmpfs of `size` at `path`; false where that is not permitted.
func mountTmpfs(at path: String, size: String) -> Bool {
    mount("tmpfs", path, "tmpfs", 0, "size=\(size),mode=0700") == 0
}

/// A crash prints one line instead of the runtime's backtrace (registers and memory).
@Suite struct CrashGuardTests {
    let sandbox = Sandbox()

    @Test func aCrashPrintsOneLineAndNoMemory() throws {
        sandbox.makeVault()
        let fd = open(sandbox.vault + ".lock", O_RDWR)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        // `SWIFT_BACKTRACE=enable=no` (as the tests run) keeps the guard; only an explicit
        // `enable=yes` hands crashes to the runtime's backtracer.
        let environment = sandbox.environment(["CONFIDANT_LOCK_TIMEOUT": "20"])
        let waiting = Spawned(
            ["verify", "--vault", sandbox.vault, "--passphrase-file", sandbox.file("pass.txt")],
            environment: environment, sandbox: sandbox)
        // Killed once it is waiting for the lock (it has the lock file open), not after a guess.
        let deadline = Date().addingTimeInterval(20)
        while !holdsOpen(waiting.pid, sandbox.vault + ".lock"), Date() < deadline { usleep(10_000) }
        kill(waiting.pid, SIGSEGV)
        #expect(waiting.wait() == 70)
        #expect(waiting.errors().contains("internal error") && waiting.errors().contains("either as it was or with"))
        #expect(!waiting.errors().contains("Thread 0"))
        #expect(!waiting.errors().lowercased().contains("backtrace"))
    }

    /// Whether process `pid` has `path` open (its /proc/PID/fd links).
    private func holdsOpen(_ pid: pid_t, _ path: String) -> Bool {
        let folder = "/proc/\(pid)/fd"
        let links = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return links.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0)) == path }
    }
}
