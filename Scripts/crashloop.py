#!/usr/bin/env python3
"""Crash loop: run writers (add, edit, agree, passwd, restore, import, merge of an older copy and of
another device's edits), SIGKILL them at random
moments, and after every one check that the vault opens, verifies, keeps at most five generations,
and holds every change whose command had already exited 0.

usage: crashloop.py CONFIDANT [ROUNDS]     (make crashloop; CI runs a bounded version)
"""
import json, os, random, signal, subprocess, sys, tempfile, time

binary = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
os.umask(0o077)   # the passphrase files must be the user's alone, as Confidant requires
work = tempfile.mkdtemp(prefix="confidant-crashloop-")
vault = os.path.join(work, "data", "vault.confidant")
passes = [os.path.join(work, "a.txt"), os.path.join(work, "b.txt")]
for path, text in zip(passes, ["first crash loop passphrase", "second crash loop passphrase"]):
    with open(path, "w") as f:
        f.write(text + "\n")
export_pass = os.path.join(work, "export.txt")
with open(export_pass, "w") as f:
    f.write("crash loop export passphrase\n")
env = dict(os.environ, SWIFT_BACKTRACE="enable=no", CONFIDANT_VAULT=vault, XDG_STATE_HOME=os.path.join(work, "state"))
current = 0          # index of the passphrase known to open the vault
failures = []


def run(args, passphrase=None, wait=True):
    cmd = [binary] + args + ["--passphrase-file", passes[current if passphrase is None else passphrase]]
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    if not wait:
        return process
    out, err = process.communicate()
    return process.returncode, out.decode(), err.decode()


def opens():
    """The passphrase index that opens the vault now (after a killed passwd it may be either)."""
    global current
    for index in (current, 1 - current):
        code, _, err = run(["verify"], passphrase=index)
        if code == 0:
            current = index
            return True
    failures.append("the vault does not open or verify: " + err.strip())
    return False


def state():
    code, out, err = run(["list", "--json"])
    if code != 0:
        failures.append("list failed: " + err.strip())
        return {}
    names = [row["name"] for row in json.loads(out)]
    result = {}
    for name in names:
        code, out, _ = run(["show", name, "--json"])
        supporter = json.loads(out)["supporter"] if code == 0 else {}
        result[name] = (supporter.get("notes"), len(supporter.get("agreements", [])))
    return result


run(["init", "--kdf-ops", "1", "--kdf-memory", "8KiB", "--no-recovery-key"])
for name in ["Base One", "Base Two", "Base Three"]:
    run(["add", name, "--relationship", "friend", "--note", "base"])
code, out, err = run(["backup"])
backup = out.strip().split(" ")[2] if code == 0 else None
run(["export", "--out", os.path.join(work, "base.age"), "--export-passphrase-file", export_pass])
base = state()
# Another device's copy, made now and edited there: merging it is a field-level merge (its phone
# for Base Two joins whatever was edited here since; its note for Base Two is the later only until
# Base Two's note is edited here).
laptop = os.path.join(work, "laptop", "vault.confidant")
os.makedirs(os.path.dirname(laptop), mode=0o700)
with open(vault, "rb") as source, open(laptop, "wb") as copy:
    copy.write(source.read())
laptop_env = dict(env, CONFIDANT_VAULT=laptop, XDG_STATE_HOME=os.path.join(work, "laptop-state"))
subprocess.run([binary, "edit", "Base Two", "--phone", "07700 900999", "--note", "laptop", "--passphrase-file", passes[0]],
               env=laptop_env, check=True, capture_output=True)
# What must hold: every acknowledged change; what may hold: changes whose command was killed.
expected = {name: {"notes": {value[0]}, "agreements": (value[1], value[1])} for name, value in base.items()}
required = set(base)
kills = completed = 0
counter = 0

for round_number in range(rounds):
    counter += 1
    op = random.choice(["add", "add", "edit", "agree", "passwd", "restore", "import", "merge"])
    names = sorted(required) or ["Base One"]
    target = random.choice(names)
    if op == "add":
        target = f"Person {counter}"
        args = ["add", target, "--relationship", "friend"]
    elif op == "edit":
        note = f"note {counter}"
        args = ["edit", target, "--note", note]
    elif op == "agree":
        args = ["agree", target, "--status", random.choice(["agreed", "paused", "asked"])]
    elif op == "passwd":
        args = ["passwd", "--new-passphrase-file", passes[1 - current]]
    elif op == "restore":
        # The backup was made under the first passphrase; after a passwd it needs that one.
        args = ["restore", backup, "--copy-passphrase-file", passes[0]]
    elif op == "merge":
        # The backup is an older copy of this vault: merging it changes nothing that is tracked
        # here (every record in it was changed since, or is the same). The laptop's copy brings a
        # field edited there.
        args = ["merge", random.choice([backup, laptop]), "--copy-passphrase-file", passes[0]]
    else:
        # After a restore of the backup (made before the vault had an export key) the export no
        # longer verifies as this vault's; it is accepted so that import stays a writer here.
        args = ["import", os.path.join(work, "base.age"), "--export-passphrase-file", export_pass, "--accept-foreign", "--accept-weakening"]
    with open(vault, "rb") as file:
        before = file.read()
    process = run(args, wait=False)
    time.sleep(random.uniform(0, 0.015))
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()
    acknowledged = process.returncode == 0
    if process.returncode == -signal.SIGKILL:
        kills += 1
    else:
        completed += 1
    if not opens():
        break
    files = os.listdir(os.path.join(work, "data", "generations")) if os.path.isdir(os.path.join(work, "data", "generations")) else []
    # A killed writer may leave a temporary (encrypted) file; the next write removes it. (A
    # merge or import with nothing to change writes nothing, so it removes nothing either.)
    generations = [name for name in files if not name.startswith(".")]
    leftovers = [name for name in files + os.listdir(os.path.join(work, "data")) if ".tmp-" in name]
    with open(vault, "rb") as file:
        wrote = file.read() != before
    if acknowledged and wrote and leftovers:
        failures.append(f"round {round_number}: temporaries left after a completed {op}: {leftovers}")
    if len(generations) > 5:
        failures.append(f"round {round_number}: {len(generations)} generations after {op}: {sorted(generations)}")
    now = state()
    # Apply what the command did (or may have done) to the expectations, then check.
    if op == "restore":
        if acknowledged and now != base:
            failures.append(f"round {round_number}: an acknowledged restore did not bring back the backup")
        if now == base:
            required = set(base)
            expected = {name: {"notes": {value[0]}, "agreements": (value[1], value[1])} for name, value in base.items()}
    elif op == "add":
        expected.setdefault(target, {"notes": {None}, "agreements": (0, 0)})
        if acknowledged or target in now:
            required.add(target)
    elif op == "edit" and target in expected:
        notes = expected[target]["notes"]
        expected[target]["notes"] = {note} if acknowledged else notes | {note}
    elif op == "merge" and "Base Two" in expected:
        expected["Base Two"]["notes"] |= {"laptop"}
    elif op == "agree" and target in expected:
        low, high = expected[target]["agreements"]
        expected[target]["agreements"] = (low + 1, high + 1) if acknowledged else (low, high + 1)
    for name in required:
        if name not in now:
            failures.append(f"round {round_number}: acknowledged supporter {name} is missing after {op}")
            continue
        notes, agreements = now[name]
        if notes not in expected[name]["notes"]:
            failures.append(f"round {round_number}: {name} has note {notes!r}, expected one of {expected[name]['notes']}")
        expected[name]["notes"] = {notes}
        low, high = expected[name]["agreements"]
        if not low <= agreements <= high:
            failures.append(f"round {round_number}: {name} has {agreements} agreements, expected {low}..{high}")
        expected[name]["agreements"] = (agreements, agreements)
    if failures:
        break

print(f"crash loop: {rounds if not failures else round_number + 1} rounds, {kills} killed mid-command, "
      f"{completed} completed, {len(failures)} failures")
for failure in failures[:10]:
    print("  " + failure)
sys.exit(1 if failures else 0)
