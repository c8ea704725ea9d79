#!/usr/bin/env bash
# Timed-unlock benchmark (issue 14): with the vault's key kept in the kernel keyring by
# `confidant unlock`, `check NAME` and `check NAME --draft` (a one-line draft) on a vault of 1,000
# supporters and 1,000 protected terms, whole process, beside the same commands asking the
# passphrase (from a file) with the default Argon2id settings (`init`'s calibration to 1 s at
# 256 MiB on this machine). Medians of hyperfine runs.
# The script runs in a session keyring of its own (`keyctl session -`), so the key it keeps is
# nobody else's, and is locked again at the end.
if [ -z "${CONFIDANT_BENCH_KEYRING:-}" ]; then
  CONFIDANT_BENCH_KEYRING=1 exec keyctl session - "$0" "$@"
fi
source "$(dirname "$0")/common.sh"
ms() { python3 -c "print('%.1f ms' % ($1 * 1000))"; }
s() { python3 -c "print('%.2f s' % $1)"; }

# The passes `init --kdf-time 1s` chooses here, at the default 256 MiB.
"$bin/confidant" init --vault "$work/calibrated" --passphrase-file "$work/pass" --no-recovery-key >/dev/null 2>&1
passes=$("$bin/confidant" verify --json --vault "$work/calibrated" --passphrase-file "$work/pass" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["argon2id"]["passes"])')
python3 - "$work" <<'PY'
import random, sys
random.seed(14)
syllables = "bar cal den fos gil hart jen kel lom mar nor pel quin ros sal tev ul var wen yor".split()
names = set()
while len(names) < 1000:
    names.add(random.choice(syllables).capitalize() + random.choice(syllables) + " " + random.choice(syllables).capitalize() + random.choice(syllables) + "son")
names = sorted(names)
open(f"{sys.argv[1]}/terms", "w").write("\n".join(names) + "\n")
open(f"{sys.argv[1]}/line", "w").write(f"rough day, {names[421].split()[0].lower()}'s hearing got moved again, call me later x\n")
PY
FIXTURE_KDF="$passes:262144" "$bin/confidant-bench-fixture" "$work/vault" "$work/pass" 1000 "$work/terms"
check() { echo "$bin/confidant check 'Sam 0' --vault $work/vault $1 ${2:+--draft $work/$2}"; }

hyperfine -N -i --warmup 1 --runs 10 --export-json "$work/asked.json" \
  "$(check "--no-cache --passphrase-file $work/pass")" "$(check "--no-cache --passphrase-file $work/pass" line)" >/dev/null 2>&1
"$bin/confidant" unlock --for 10m --vault "$work/vault" --passphrase-file "$work/pass" >/dev/null
hyperfine -N -i --warmup 3 --runs 50 --export-json "$work/kept.json" "$(check --no-input)" "$(check --no-input line)" >/dev/null 2>&1
# Each command must really have opened the vault with the kept key: no passphrase source is given.
"$bin/confidant" check 'Sam 0' --vault "$work/vault" --no-input >/dev/null
"$bin/confidant" lock --vault "$work/vault" >/dev/null

echo "| measure (1,000 supporters, 1,000 protected terms) | unlocked: key in the kernel keyring | passphrase, default KDF ($passes passes × 256 MiB) | target (unlocked) |"
echo "| --- | --- | --- | --- |"
echo "| \`check NAME\` | $(ms "$(median "$work/kept.json" 0)") | $(s "$(median "$work/asked.json" 0)") | ≤ 15 ms |"
echo "| \`check NAME --draft\`, one-line draft | $(ms "$(median "$work/kept.json" 1)") | $(s "$(median "$work/asked.json" 1)") | ≤ 20 ms |"
