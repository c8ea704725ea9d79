import CSodium
import Glibc

/// Process-wide measures that keep secrets out of core files and away from other processes.
public enum ProcessHardening {
    /// Sets `RLIMIT_CORE` to 0 and marks the process not dumpable (`PR_SET_DUMPABLE` 0), so a
    /// crash writes no core file and unprivileged processes cannot ptrace or read `/proc/PID/mem`.
    /// Returns false if either call failed; the caller decides whether to continue.
    @discardableResult
    public static func disableCoreDumps() -> Bool {
        var zero = rlimit(rlim_cur: 0, rlim_max: 0)
        let limited = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &zero) == 0
        let undumpable = csodium_set_not_dumpable() == 0
        return limited && undumpable
    }
}
