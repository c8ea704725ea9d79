#!/usr/bin/env python3
"""No plaintext residue in memory: runs each command that serialises or decrypts the vault
document under gdb, stops it at exit_group (after all of its own code has run, before the kernel
frees anything), and counts, in every anonymous and heap mapping of the process, copies of the
serialised document: a marker kept in a supporter's note, in its JSON context ("notes":"MARKER).
The decoded Swift strings (the bare marker) are counted too, for information: SECURITY.md says
why they cannot be wiped. Any serialised copy fails. No core file is written.

usage: no-residue.py CONFIDANT FIXTURE [SUPPORTERS]     (make no-residue; CI runs it)
"""
import os, secrets, subprocess, sys, tempfile

binary, fixture = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
os.umask(0o077)
work = tempfile.mkdtemp(prefix="confidant-residue-")
vault = os.path.join(work, "data", "vault.confidant")
passphrase = os.path.join(work, "pass.txt")
with open(passphrase, "w") as f:
    f.write("residue check passphrase\n")
identity = os.path.join(work, "key.txt")
subprocess.run(["age-keygen", "-o", identity], check=True, capture_output=True)
recipient = subprocess.run(["age-keygen", "-y", identity], check=True, capture_output=True, text=True).stdout.strip()
env = dict(os.environ, CONFIDANT_VAULT=vault, CONFIDANT_PASSPHRASE_FILE=passphrase, SWIFT_BACKTRACE="enable=no",
           HOME=work, TMPDIR=work)
marker = "MK" + secrets.token_hex(8)

# The gdb side: at exit_group, read every private anonymous or heap mapping and count.
counter = os.path.join(work, "count.py")
with open(counter, "w") as f:
    f.write(f'''
import gdb, re
gdb.execute("catch syscall exit_group")
gdb.execute("run")
pid = gdb.selected_inferior().pid
inferior = gdb.selected_inferior()
serialised = bare = 0
for line in open("/proc/%d/maps" % pid):
    fields = line.split()
    start, end = (int(x, 16) for x in fields[0].split("-"))
    path = fields[5] if len(fields) > 5 else ""
    if "r" not in fields[1] or (path and path not in ("[heap]", "[stack]")):
        continue
    try:
        memory = bytes(inferior.read_memory(start, end - start))
    except gdb.MemoryError:
        continue
    serialised += memory.count(b'"notes":"{marker}')
    bare += memory.count(b"{marker}")
print("RESIDUE %d %d" % (serialised, bare))
gdb.execute("kill")
''')

def run(args, stdin=None, under_gdb=False):
    command = [binary] + args
    if under_gdb:
        command = ["gdb", "-batch", "-nx", "-q", "-x", counter, "--args"] + command
    return subprocess.run(command, env=env, input=stdin, capture_output=True, text=True)

subprocess.run([fixture, vault, passphrase, str(count)], check=True, env=env)
# The marker goes in the first supporter's note, so that even the small early copies a growing
# buffer leaves behind would hold it.
setup = run(["edit", "Sam 0", "--note", "-", "--no-input"], stdin=f"{marker} notes\n")
assert setup.returncode == 0, setup.stderr
export = os.path.join(work, "export.age")
assert run(["export", "--out", export, "--recipient", recipient]).returncode == 0

checks = [
    ("add", ["add", "Another Person", "--relationship", "friend", "--no-input"], None),
    ("terms add", ["terms", "add", "-", "--kind", "client"], "Residue Client\n"),
    ("export", ["export", "--out", os.path.join(work, "again.age"), "--recipient", recipient], None),
    ("import --dry-run", ["import", export, "--identity", identity, "--dry-run"], None),
]
failures = 0
for name, args, stdin in checks:
    outcome = run(args, stdin=stdin, under_gdb=True)
    line = next((l for l in outcome.stdout.splitlines() if l.startswith("RESIDUE ")), None)
    if line is None:
        print(f"{name}: no count ({outcome.stdout[-500:]} {outcome.stderr[-500:]})")
        failures += 1
        continue
    serialised, bare = map(int, line.split()[1:])
    print(f"{name}: {serialised} serialised copies of the document in memory at exit ({bare} occurrences of the marker in all)")
    failures += serialised > 0
subprocess.run(["rm", "-rf", work])
print(f"no residue: {len(checks)} commands on a {count}-supporter vault, {failures} with serialised plaintext left")
sys.exit(1 if failures else 0)
