#!/usr/bin/env bash
# Confidant against keepassxc-cli (Debian keepassxc, --no-install-recommends) on the same 1,000
# records with equal Argon2id parameters (t = 3, m = 64 MiB, one lane); medians of 10 with
# hyperfine. The KeePass database is written by PyPI pykeepass with those KDF parameters.
# Each tool's KDF cost is its time at these parameters minus its time at the cheapest ones.
source "$(dirname "$0")/common.sh"
command -v keepassxc-cli >/dev/null || { echo "needs keepassxc-cli (apt-get install --no-install-recommends keepassxc)"; exit 1; }
python3 -c 'import pykeepass' 2>/dev/null || { echo "needs pykeepass (pip install pykeepass)"; exit 1; }
password="benchmark passphrase words"
printf '%s\n' "$password" > "$work/pass"
# The same 1,000 people and nothing else: no protected terms, no check-ins.
: >"$work/no-terms"
for setting in "3:65536" "1:1024"; do
  FIXTURE_KDF=$setting FIXTURE_CHECKINS=0 "$bin/confidant-bench-fixture" "$work/v-$setting" "$work/pass" 1000 "$work/no-terms"
  python3 - "$work/kp-$setting.kdbx" "$password" "$setting" <<'PY'
import sys, uuid
from pykeepass import create_database
path, password, setting = sys.argv[1], sys.argv[2], sys.argv[3]
passes, kib = (int(x) for x in setting.split(":"))
kp = create_database(path, password=password)
kdf = kp.kdbx.header.value.dynamic_header.kdf_parameters.data.dict
kdf["$UUID"].value = uuid.UUID("9e298b19-56db-4773-b23d-fc3ec6f0a1e6").bytes   # Argon2id
kdf["I"].value, kdf["M"].value, kdf["P"].value = passes, kib * 1024, 1
names = ["Sam", "Priya", "Alex", "Jo", "Robin", "Kim", "Lee", "Morgan", "Charlie", "Dana", "Eli", "Frankie"]
for index in range(1000):
    kp.add_entry(kp.root_group, f"{names[index % len(names)]} {index}", "supporter",
                 f"not after 10pm", notes="may worry when I talk about hard days")
kp.save()
PY
done
for setting in "3:65536" "1:1024"; do
  hyperfine -N --warmup 2 --runs 10 --export-json "$work/r-$setting.json" \
    "$bin/confidant check 'Sam 0' --vault $work/v-$setting --passphrase-file $work/pass" \
    "sh -c 'keepassxc-cli show -q $work/kp-$setting.kdbx \"Sam 0\" < $work/pass'" >/dev/null 2>&1
done
read ours theirs < <(python3 -c "import json;d=json.load(open('$work/r-3:65536.json'))['results'];print(d[0]['median'],d[1]['median'])")
read ours0 theirs0 < <(python3 -c "import json;d=json.load(open('$work/r-1:1024.json'))['results'];print(d[0]['median'],d[1]['median'])")
echo "| measure (1,000 records, Argon2id t=3, m=64 MiB, p=1) | confidant | keepassxc-cli 2.7.4 | ratio |"
echo "| --- | --- | --- | --- |"
python3 -c "print('| whole \`check NAME\` / \`show NAME\` | %.0f ms | %.0f ms | %.2f |' % ($ours*1000, $theirs*1000, $ours/$theirs))"
python3 -c "print('| Argon2id alone (time at t=3, 64 MiB minus time at t=1, 1 MiB) | %.0f ms | %.0f ms | %.2f |' % (($ours-$ours0)*1000, ($theirs-$theirs0)*1000, ($ours-$ours0)/($theirs-$theirs0)))"
python3 -c "print('| cost beyond the KDF (time at t=1, 1 MiB) | %.1f ms | %.1f ms | %.2f |' % ($ours0*1000, $theirs0*1000, $ours0/$theirs0))"
