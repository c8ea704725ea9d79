import Foundation
import Glibc
import Sodium

/// The terminal state to restore if a signal arrives while echo is off. Only the prompt writes
/// it, and only the signal handler reads it while a prompt is open. Allocated rather than a
/// Swift `termios` value: Swift sizes the struct at 57 bytes, glibc's tcgetattr writes 60.
nonisolated(unsafe) private let savedTerminal = makeTermios()

/// A zeroed `termios` with the C size (Swift's stride), for tcgetattr and tcsetattr.
private func makeTermios() -> UnsafeMutablePointer<termios> {
    let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    UnsafeMutableRawPointer(pointer).initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<termios>.stride)
    return pointer
}
nonisolated(unsafe) private var promptDescriptor: Int32 = -1

/// A no-echo prompt on `/dev/tty`, which restores the terminal even on Ctrl-C.
enum TerminalPrompt {
    /// Whether a controlling terminal can be opened.
    static var isAvailable: Bool {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        if fd >= 0 { close(fd) }
        return fd >= 0
    }

    /// Shows `prompt` on the terminal, reads one line with echo off into guarded memory and
    /// restores the terminal. Returns nil when there is no terminal.
    static func readSecret(_ prompt: String) throws -> SecureBytes? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard tcgetattr(fd, savedTerminal) == 0 else { return nil }
        promptDescriptor = fd
        let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
        let previous = signals.map { $0 == SIGINT ? signal($0, cancelAtPrompt) : signal($0, restoreAndReraise) }
        defer {
            tcsetattr(fd, TCSAFLUSH, savedTerminal)
            promptDescriptor = -1
            for (number, handler) in zip(signals, previous) { signal(number, handler) }
        }
        let silent = makeTermios()
        defer { silent.deallocate() }
        UnsafeMutableRawPointer(silent).copyMemory(from: savedTerminal, byteCount: MemoryLayout<termios>.stride)
        silent.pointee.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL)
        tcsetattr(fd, TCSAFLUSH, silent)
        Console.write(fd, text: TerminalText.safe(prompt))
        let line = try SecretInput.firstLine(of: fd, what: "the passphrase you typed")
        Console.write(fd, text: "\n")
        return line
    }
}

/// What Ctrl-C or Ctrl-D at a prompt prints. True wherever a prompt is open: every question and
/// passphrase is asked before the vault is written.
private let cancelled: StaticString = "\nconfidant: cancelled, nothing saved\n"

/// Ctrl-C at a prompt.
private func cancelAtPrompt(_ number: Int32) {
    cancelPrompt()
}

/// The terminal as it was, the message, and exit 130 (async-signal-safe).
private func cancelPrompt() -> Never {
    restoreTerminalAfterSignal()
    _ = write(2, cancelled.utf8Start, cancelled.utf8CodeUnitCount)
    _exit(130)
}

/// Restores the saved terminal, then lets the signal do what it would have done.
private func restoreAndReraise(_ number: Int32) {
    restoreTerminalAfterSignal()
    signal(number, SIG_DFL)
    raise(number)
}

/// Puts the terminal back as it was before a no-echo prompt, if one is open (async-signal-safe:
/// one `tcsetattr`); for signal and crash handlers.
func restoreTerminalAfterSignal() {
    if promptDescriptor >= 0 { tcsetattr(promptDescriptor, TCSAFLUSH, savedTerminal) }
}

extension TerminalPrompt {
    /// Asks `question` on the terminal (echo on) and returns the answer, trimmed; "" when the
    /// person just pressed Enter; nil when there is no terminal. Ctrl-C or Ctrl-D cancels the
    /// command ("cancelled, nothing saved", exit 130): a half-answered record is never saved.
    static func ask(_ question: String) -> String? {
        guard let terminal = fopen("/dev/tty", "r+") else { return nil }
        defer { fclose(terminal) }
        let previous = signal(SIGINT, cancelAtPrompt)
        defer { signal(SIGINT, previous) }
        fputs(question, terminal)
        fflush(terminal)
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        guard getline(&line, &capacity, terminal) >= 0, let line else { cancelPrompt() }
        return String(cString: line).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
