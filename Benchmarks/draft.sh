#!/usr/bin/env bash
# Draft-check benchmark (issue 5): `confidant check NAME --draft` with 10,000 protected terms on a
# 1 MiB and a 2 MiB draft, against `grep -F -i -w -f terms draft` on the same files in the same
# run; medians of 5 with hyperfine. The vault's KDF is 1 pass × 8 KiB, so the figures are the
# cost beyond the KDF (whole process: decrypt, decode, build the matcher, scan, report).
source "$(dirname "$0")/common.sh"
python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
random.seed(7)
first = ["Darren","Zoe","Mary","John","Aisha","Tomasz","Priya","Liam","Olivia","Noah","Emma","Ava","Mohammed","Chloe","Jack"]
last = ["Pike","Adams","Jones","Smith","Khan","Nowak","Patel","Brown","Taylor","Wilson","Evans","Thomas","Roberts","Walker"]
terms = set()
while len(terms) < 10000:
    if random.random() < 0.5:
        terms.add(random.choice(first) + " " + random.choice(last) + str(random.randint(0, 999)))
    else:
        terms.add("".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(random.randint(100000, 999999)))
terms = sorted(terms)
open(f"{work}/terms", "w").write("\n".join(terms) + "\n")
words = "the a and of to in i was it had hard day with my supervisor today feeling tired office home team call later week".split()
for mib in (1, 2):
    out, size = [], 0
    while size < mib * 1024 * 1024:
        line = " ".join(random.choice(words) for _ in range(random.randint(5, 15)))
        if random.random() < 0.02: line += " " + random.choice(terms)
        out.append(line); size += len(line) + 1
    open(f"{work}/draft{mib}", "w").write("\n".join(out)[: mib * 1024 * 1024])
PY
"$bin/confidant-bench-fixture" "$work/vault" "$work/pass" 1 "$work/terms"
echo "| draft | confidant check --draft (median) | grep -F -i -w -f (median) | ratio |"
echo "| --- | --- | --- | --- |"
for mib in 1 2; do
  hyperfine -N -i --warmup 1 --runs 5 --export-json "$work/d$mib.json" \
    "$bin/confidant check 'Sam 0' --vault $work/vault --passphrase-file $work/pass --draft $work/draft$mib" \
    "grep -F -i -w -f $work/terms $work/draft$mib" >/dev/null 2>&1
  ours=$(median "$work/d$mib.json" 0); theirs=$(median "$work/d$mib.json" 1)
  python3 -c "print('| $mib MiB | %.0f ms | %.0f ms | %.2f |' % ($ours*1000, $theirs*1000, $ours/$theirs))"
done
