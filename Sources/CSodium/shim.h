#ifndef CONFIDANT_CSODIUM_SHIM_H
#define CONFIDANT_CSODIUM_SHIM_H

#include <sodium.h>
#include <sys/prctl.h>

/// `prctl` is variadic and cannot be imported into Swift; this wrapper marks the
/// process as not dumpable so no core file or ptrace by other users can read its keys.
static inline int csodium_set_not_dumpable(void) {
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

#endif
