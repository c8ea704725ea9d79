#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each for FUZZ_SECONDS
# (default 60) on a copy of its committed seed corpus. Fails on any crash, leaving the crashing
# input in .fuzz-findings/ to be turned into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
build_log=$(mktemp)
if ! swift build -c release --package-path Fuzz --build-path .build-fuzz -Xswiftc -sanitize=fuzzer,address >"$build_log" 2>&1; then
  grep -E 'error:' "$build_log" || tail -40 "$build_log"
  exit 1
fi
rm -f "$build_log"
bin=$(swift build -c release --package-path Fuzz --build-path .build-fuzz --show-bin-path)
mkdir -p .fuzz-findings
status=0
for target in vault age export import draft merge web; do
  work=$(mktemp -d)
  cp -r "Fuzz/Corpus/$target" "$work/corpus"
  if (cd "$work" && SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$bin/fuzz-$target" corpus \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 > log 2>&1); then
    echo "fuzz-$target: $(grep -m1 'stat::number_of_executed_units' "$work/log" | awk '{print $2}') runs in ${seconds}s, no crash"
  else
    echo "fuzz-$target: CRASH (see .fuzz-findings/)"
    tail -30 "$work/log"
    cp "$work"/crash-* "$work"/timeout-* "$work"/oom-* .fuzz-findings/ 2>/dev/null || true
    status=1
  fi
  rm -rf "$work"
done
exit $status
