#!/usr/bin/env bash
# Reading a vault with many protected terms (issue 23): `check NAME` and `verify` on a vault built as
# `init`, `add` and `terms import` of 10,000 names build it, beside the same commands on one with
# no terms, same KDF (1 pass × 8 KiB) and one supporter; medians of hyperfine runs in the same run,
# and callgrind's instruction counts. Target: ≤ 1.5 × the vault without terms.
source "$(dirname "$0")/common.sh"
python3 "$(dirname "$0")/names.py" 10000 "$work/terms"
: >"$work/none"
FIXTURE_CHECKINS=0 "$bin/confidant-bench-fixture" "$work/empty" "$work/pass" 1 "$work/none"
FIXTURE_CHECKINS=0 "$bin/confidant-bench-fixture" "$work/terms10k" "$work/pass" 1 "$work/terms"
run() { echo "$bin/confidant $1 --vault $work/$2 --passphrase-file $work/pass"; }
ms() { python3 -c "print('%.1f ms' % ($1 * 1000))"; }
echo "| measure | no terms | 10,000 imported terms | ratio | instructions (no terms; 10,000) | target |"
echo "| --- | --- | --- | --- | --- | --- |"
for command in "check 'Sam 0'" verify; do
  hyperfine -N --warmup 3 --runs 40 --export-json "$work/t.json" "$(run "$command" empty)" "$(run "$command" terms10k)" >/dev/null 2>&1
  a=$(median "$work/t.json" 0); b=$(median "$work/t.json" 1)
  echo "| \`${command/\'Sam 0\'/NAME}\` | $(ms "$a") | $(ms "$b") | $(python3 -c "print('%.2f' % ($b / $a))") | $(instructions "$(run "$command" empty)"); $(instructions "$(run "$command" terms10k)") | ≤ 1.5 × |"
done
