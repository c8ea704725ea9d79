import Glibc

/// Replaces the Swift runtime's crash handlers so that a crash prints one line and exits.
///
/// The runtime's backtracer would print registers and memory around them, which can hold key
/// or passphrase bytes, to the terminal or a log. Only `SWIFT_BACKTRACE=enable=no` turns it off and
/// the runtime reads that before `main`, so instead we install our own handlers for the crash
/// signals after start-up. A developer who turns the backtracer on explicitly (`SWIFT_BACKTRACE`
/// with `enable=yes`, `on`, `true` or `tty`) keeps it; any other value keeps the guard.
enum CrashGuard {
    static func install() {
        if let setting = getenv("SWIFT_BACKTRACE").map({ String(cString: $0).lowercased() }),
            ["enable=yes", "enable=on", "enable=true", "enable=tty"].contains(where: setting.contains)
        {
            return
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = crashed
        sigemptyset(&action.sa_mask)
        for number in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT] { sigaction(number, &action, nil) }
    }
}

/// Async-signal-safe: the terminal's echo back on if a prompt had turned it off, one fixed
/// message, then exit 70 (EX_SOFTWARE) without unwinding. The vault is replaced only by an atomic
/// rename, so it is whole either way; whether this command's change reached it depends on when
/// the crash came, so the message says both.
private func crashed(_ number: Int32) {
    restoreTerminalAfterSignal()
    let message: StaticString = """
        confidant: internal error (crashed); the vault on disk is whole, either as it was or with this command's change; \
        run `confidant verify` and check what you changed

        """
    _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
    _exit(70)
}
