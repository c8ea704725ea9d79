#!/usr/bin/env python3
"""An independent implementation of docs/FORMAT.md, written from the document alone.

It builds the vault file of the document's test vector from the same fixed inputs and prints it
as hex (or, with --check FILE, compares it with the hex block under "Test vector" in FILE).
Needs PyPI argon2-cffi and PyNaCl (for XChaCha20-Poly1305).
"""
import hashlib, hmac, re, sys
import argon2.low_level as argon2
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_encrypt as xchacha_seal

MAGIC, VERSION = b"confidant vault\n", 1

def be32(n): return n.to_bytes(4, "big")

def padme(length):
    if length <= 256: return 256
    e = length.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (length + mask) & ~mask

def hkdf_sha256(ikm, salt, info, length):
    prk = hmac.new(salt or bytes(32), ikm, hashlib.sha256).digest()
    out, block, i = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([i]), hashlib.sha256).digest()
        out, i = out + block, i + 1
    return out[:length]

def build():
    r = lambda a, b: bytes(range(a, b + 1))
    passphrase, document = b"correct horse battery staple", b'{"schema":1}'
    passes, memory_kib = 2, 64
    master, recovery = r(0x80, 0x9f), r(0x40, 0x5f)

    kek1 = argon2.hash_secret_raw(passphrase, r(0x00, 0x0f), passes, memory_kib, 1, 32, argon2.Type.ID, 19)
    slot1_params = bytes([1]) + be32(passes) + be32(memory_kib) + r(0x00, 0x0f) + r(0x10, 0x27)
    slot1 = slot1_params + xchacha_seal(master, MAGIC + bytes([VERSION]) + slot1_params, r(0x10, 0x27), kek1)

    kek2 = hkdf_sha256(recovery, r(0x60, 0x6f), b"confidant v1 recovery slot", 32)
    slot2_params = bytes([2]) + r(0x60, 0x6f) + r(0x70, 0x87)
    slot2 = slot2_params + xchacha_seal(master, MAGIC + bytes([VERSION]) + slot2_params, r(0x70, 0x87), kek2)

    framed = be32(len(document)) + document
    plaintext = framed + bytes(padme(len(framed)) - len(framed))
    header = MAGIC + bytes([VERSION, 2]) + slot1 + slot2 + r(0xa0, 0xb7) + be32(len(plaintext) + 16)
    content = header + xchacha_seal(plaintext, header, r(0xa0, 0xb7), master)
    return content + hashlib.blake2b(content, digest_size=32).digest()

if __name__ == "__main__":
    produced = build().hex()
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        text = open(sys.argv[2]).read().split("## Test vector", 1)[1]
        documented = "".join(re.findall(r"^([0-9a-f]{2,64})$", text.split("```", 2)[1], re.M))
        if produced != documented:
            sys.exit("FORMAT.md test vector differs from an independent implementation of FORMAT.md")
        print("FORMAT.md test vector: reproduced independently")
    else:
        print("\n".join(produced[i:i + 64] for i in range(0, len(produced), 64)))
