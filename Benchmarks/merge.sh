#!/usr/bin/env bash
# Merging copies of one vault (issue 15), on a release build, with hyperfine; medians. Two copies
# of a 10,000-supporter vault that differ in 1,000 records (500 supporters edited later on the
# other copy, 500 added there), written by confidant-bench-fixture with Argon2id at 1 pass × 8 KiB
# (about 0.05 ms), so the whole-process time is the cost beyond the KDF. Beside it: `add` on the
# same vault, which now stamps what it changed on every write.
source "$(dirname "$0")/common.sh"
ms() { python3 -c "print('%.0f ms' % ($1*1000))"; }

FIXTURE_DIVERGED="$work/other:1000" "$bin/confidant-bench-fixture" "$work/v" "$work/pass" 10000
echo "| measure | supporters | median | peak memory |"
echo "| --- | --- | --- | --- |"
hyperfine -N --warmup 1 --runs 10 --export-json "$work/merge.json" --prepare "sh -c 'cp $work/v $work/w && rm -rf $work/state'" \
  "$bin/confidant merge $work/other --vault $work/w --passphrase-file $work/pass --copy-passphrase-file $work/pass" >/dev/null
cp "$work/v" "$work/w" && rm -rf "$work/state"
kb=$(peak "$bin/confidant" merge "$work/other" --vault "$work/w" --passphrase-file "$work/pass" --copy-passphrase-file "$work/pass")
echo "| \`merge FILE\`, 1,000 records differ | 10000 | $(ms "$(median "$work/merge.json")") | $((kb / 1024)) MiB |"
hyperfine -N --warmup 1 --runs 10 --export-json "$work/dry.json" \
  "$bin/confidant merge $work/other --dry-run --vault $work/v --passphrase-file $work/pass --copy-passphrase-file $work/pass" >/dev/null
echo "| \`merge FILE --dry-run\` | 10000 | $(ms "$(median "$work/dry.json")") | - |"
hyperfine -N --warmup 1 --runs 10 --export-json "$work/add.json" --prepare "sh -c 'cp $work/v $work/w && rm -rf $work/state'" \
  "$bin/confidant add 'New Person' --vault $work/w --passphrase-file $work/pass --no-input" >/dev/null
echo "| \`add NAME\` (stamps its change) | 10000 | $(ms "$(median "$work/add.json")") | - |"
