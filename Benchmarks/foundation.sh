#!/usr/bin/env bash
# Foundation benchmarks (issue 2), on a release build, with hyperfine; medians.
#  1. init's Argon2id calibration against --kdf-time (default 1s at 256 MiB): the unlock time of
#     `verify` on the calibrated vault minus `verify` on a vault with the cheapest KDF.
#  2. what `verify` costs beyond the KDF: `verify` on a vault with Argon2id 1 pass × 8 KiB.
source "$(dirname "$0")/common.sh"
confidant="$bin/confidant"

"$confidant" init --vault "$work/fast/v" --passphrase-file "$work/pass" --kdf-ops 1 --kdf-memory 8KiB --no-recovery-key >/dev/null 2>&1
hyperfine -N --warmup 5 --runs 50 --export-json "$work/fast.json" \
  "$confidant verify --vault $work/fast/v --passphrase-file $work/pass" >/dev/null
hyperfine -N --warmup 5 --runs 50 --export-json "$work/start.json" "$confidant --version" >/dev/null
fast=$(median "$work/fast.json")
start=$(median "$work/start.json")

echo "| measure | median |"
echo "| --- | --- |"
echo "| process start (\`confidant --version\`) | $(python3 -c "print('%.1f ms' % ($start*1000))") |"
echo "| \`verify\`, Argon2id 1 pass × 8 KiB (cost beyond the KDF) | $(python3 -c "print('%.1f ms' % ($fast*1000))") |"
for target in ${KDF_TARGETS:-1 1 1}; do
  rm -rf "$work/slow"
  "$confidant" init --vault "$work/slow/v" --passphrase-file "$work/pass" --kdf-time "${target}s" --no-recovery-key > "$work/init.txt"
  hyperfine -N --warmup 1 --runs 5 --export-json "$work/slow.json" \
    "$confidant verify --vault $work/slow/v --passphrase-file $work/pass" >/dev/null
  slow=$(median "$work/slow.json")
  settings=$(sed -n 's/^Unlocking uses Argon2id, \(.*\)\.$/\1/p' "$work/init.txt")
  echo "| unlock after \`init --kdf-time ${target}s\` ($settings) | $(python3 -c "k=$slow-$fast; print('%.3f s, %+.0f%% of the target' % (k, (k/$target-1)*100))") |"
done
