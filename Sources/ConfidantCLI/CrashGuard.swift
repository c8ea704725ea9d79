import Glibc

/// Replaces the Swift runtime's crash handlers so that a crash prints one line and exits.
///
/// The runtime's backtracer would print registers and memory around them, which can hold key
/// or passphrase bytes, to the terminal or a log. Only `SWIFT_BACKTRACE=enable=no` turns it off and
/// the runtime reads that before `main`, so instead we install our own handlers for the crash
/// signals after start-up. A developer who sets `SWIFT_BACKTRACE` explicitly keeps the backtracer.
enum CrashGuard {
    static func install() {
        guard getenv("SWIFT_BACKTRACE") == nil else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = crashed
        sigemptyset(&action.sa_mask)
        for number in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT] { sigaction(number, &action, nil) }
    }
}

/// Async-signal-safe: one fixed message, then exit 70 (EX_SOFTWARE) without unwinding.
private func crashed(_ number: Int32) {
    let message: StaticString = "confidant: internal error (crashed); the vault on disk is as it was before this command\n"
    _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
    _exit(70)
}
