#!/usr/bin/env bash
# Support-network benchmarks (issue 3), on a release build, with hyperfine; medians.
# Vaults of N generated supporters are written by confidant-bench-fixture as people build theirs
# (each added and agreed with, 2,000 terms imported, 500 check-ins, a plan; every record stamped),
# with Argon2id at 1 pass × 8 KiB (about 0.05 ms), so whole-process times are the cost beyond the
# KDF; callgrind's instruction counts beside them.
source "$(dirname "$0")/common.sh"
ms() { python3 -c "print('%.1f ms' % ($1*1000))"; }

echo "| measure | supporters | median | whole process ÷ N | instructions | peak memory |"
echo "| --- | --- | --- | --- | --- | --- |"
# 99,999: `add` makes the 100,000th, the most a vault keeps (Limits).
for n in 1000 10000 99999; do
  "$bin/confidant-bench-fixture" "$work/v$n" "$work/pass" "$n"
  runs=$([ "$n" -ge 99999 ] && echo 5 || echo 20)
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/list$n.json" \
    "$bin/confidant list --json --vault $work/v$n --passphrase-file $work/pass" >/dev/null
  t=$(median "$work/list$n.json")
  kb=$(peak "$bin/confidant" list --json --vault "$work/v$n" --passphrase-file "$work/pass")
  echo "| \`list --json\` | $n | $(ms "$t") | $(python3 -c "print('%.2f µs' % ($t/$n*1e6))") | $(instructions "$bin/confidant list --json --vault $work/v$n --passphrase-file $work/pass") | $((kb / 1024)) MiB |"
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/check$n.json" \
    "$bin/confidant check 'Sam 0' --vault $work/v$n --passphrase-file $work/pass" >/dev/null
  t=$(median "$work/check$n.json")
  kb=$(peak "$bin/confidant" check 'Sam 0' --vault "$work/v$n" --passphrase-file "$work/pass")
  echo "| \`check NAME\` | $n | $(ms "$t") | $(python3 -c "print('%.2f µs' % ($t/$n*1e6))") | $(instructions "$bin/confidant check 'Sam 0' --vault $work/v$n --passphrase-file $work/pass") | $((kb / 1024)) MiB |"
  # add changes the vault, so each run starts from a fresh copy of it.
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/add$n.json" --prepare "sh -c 'cp $work/v$n $work/w$n && rm -rf $work/state'" \
    "$bin/confidant add 'New Person' --vault $work/w$n --passphrase-file $work/pass --no-input" >/dev/null
  t=$(median "$work/add$n.json")
  cp "$work/v$n" "$work/w$n" && rm -rf "$work/state"
  kb=$(peak "$bin/confidant" add 'New Person' --vault "$work/w$n" --passphrase-file "$work/pass" --no-input)
  cp "$work/v$n" "$work/w$n" && rm -rf "$work/state"
  count=$(instructions "$bin/confidant add 'New Person' --vault $work/w$n --passphrase-file $work/pass --no-input")
  echo "| \`add NAME\` | $n | $(ms "$t") | $(python3 -c "print('%.2f µs' % ($t/$n*1e6))") | $count | $((kb / 1024)) MiB |"
done
