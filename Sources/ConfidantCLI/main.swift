import Glibc
import Sodium

// Before anything can hold a secret: no core file, not dumpable, and a write past RLIMIT_FSIZE
// fails with EFBIG (reported as an I/O error) instead of killing the process mid-write.
ProcessHardening.disableCoreDumps()
signal(SIGXFSZ, SIG_IGN)
CLI.run()
