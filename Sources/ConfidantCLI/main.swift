import Glibc
import Sodium

// Before anything can hold a secret: no core file, not dumpable, no backtracer dumping memory,
// and a write past RLIMIT_FSIZE fails with EFBIG (an I/O error) instead of killing us mid-write.
ProcessHardening.disableCoreDumps()
CrashGuard.install()
signal(SIGXFSZ, SIG_IGN)
CLI.run()
