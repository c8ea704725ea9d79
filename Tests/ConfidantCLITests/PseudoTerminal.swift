import Foundation
import Glibc

/// Runs confidant with a pseudo-terminal as its controlling terminal, the way a person would:
/// wait for a prompt, type, read the screen. The transcript is everything the terminal showed.
final class PseudoTerminal {
    private let master: Int32
    let process: Spawned.Handle
    private(set) var transcript = ""

    init(_ arguments: [String], environment: [String: String]) {
        // posix_openpt, unlockpt and ptsname are not exported by Swift's Glibc module; these are
        // what they do on Linux (grantpt is a no-op with devpts).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let tiocsptlck: UInt = 0x4004_5431, tiocgptn: UInt = 0x8004_5430
        precondition(master >= 0 && ioctl(master, tiocsptlck, &unlock) == 0 && ioctl(master, tiocgptn, &number) == 0, "no pseudo-terminal")
        let slave = "/dev/pts/\(number)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        // Opened after setsid and without O_NOCTTY, the slave becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        process = Spawned.Handle(pid: Spawned.spawn([confidantBinary] + arguments, environment: environment, actions: &actions))
        posix_spawn_file_actions_destroy(&actions)
    }

    deinit { close(master) }

    /// Reads until the transcript contains `text` (true) or `timeout` seconds pass (false).
    @discardableResult
    func wait(for text: String, timeout: Double = 10) -> Bool {
        wait(for: text, times: 1, timeout: timeout)
    }

    /// Waits until `text` has appeared `times` times (a question asked again): what is typed
    /// before a prompt turns echo off may be discarded with the pending input.
    func wait(for text: String, times: Int, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        let seen = { self.transcript.components(separatedBy: text).count - 1 >= times }
        while !seen() {
            guard Date() < deadline, readAvailable(until: deadline) else { return seen() }
        }
        return true
    }

    /// Types `text` as if at the keyboard.
    func type(_ text: String) {
        _ = text.withCString { write(master, $0, strlen($0)) }
    }

    /// Whether the terminal currently echoes what is typed.
    var echoes: Bool {
        // Allocated: Swift sizes termios at 57 bytes and tcgetattr writes 60.
        let settings = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 8)
        defer { settings.deallocate() }
        let typed = settings.bindMemory(to: termios.self, capacity: 1)
        tcgetattr(master, typed)
        return typed.pointee.c_lflag & tcflag_t(ECHO) != 0
    }

    /// Reads what is left until the process closes the terminal, then waits for it; a process
    /// still waiting for input after ten quiet seconds (a question the test did not expect) is
    /// killed (after five more seconds to exit), so the test fails with 137 instead of hanging the suite.
    func finish() -> Int32 {
        while readAvailable(until: Date().addingTimeInterval(10)) {}
        let deadline = Date().addingTimeInterval(5)
        while !process.hasExited, Date() < deadline { usleep(10_000) }
        if !process.hasExited { kill(process.pid, SIGKILL) }
        return process.wait()
    }

    private func readAvailable(until deadline: Date) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
        guard poll(&poller, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false } // EIO once the last slave descriptor closes
        transcript += String(decoding: buffer.prefix(count), as: UTF8.self)
        return true
    }
}

extension Spawned {
    /// A process to wait for, when its output is not captured to files.
    struct Handle {
        let pid: pid_t

        /// Whether it has ended (it stays a zombie for `wait` to collect).
        var hasExited: Bool {
            var info = siginfo_t()
            return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
        }

        /// Waits; the exit status, or 128 + the signal that ended it.
        func wait() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            let signal = status & 0x7f
            return signal == 0 ? (status >> 8) & 0xff : 128 + signal
        }
    }
}
