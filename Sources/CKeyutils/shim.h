#ifndef CONFIDANT_CKEYUTILS_SHIM_H
#define CONFIDANT_CKEYUTILS_SHIM_H

// The Linux kernel's key retention service through libkeyutils (Debian's libkeyutils-dev): the
// timed unlock keeps a vault's master key in the session (or user) keyring (SECURITY.md).
#include <keyutils.h>

#endif
