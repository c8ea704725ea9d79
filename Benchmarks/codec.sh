#!/usr/bin/env bash
# The vault document's JSON (issue 10): our streaming JSONWriter/JSONReader against Foundation's
# JSONEncoder/JSONDecoder on the same documents, in one process, release build; medians of 7.
source "$(dirname "$0")/common.sh"

echo "| direction | supporters | JSON size | ours (median) | Foundation (median) | ratio ours/Foundation |"
echo "| --- | --- | --- | --- | --- | --- |"
for n in 1000 10000 100000; do
  "$bin/confidant-bench-fixture" "$work/v$n" "$work/pass" "$n"
  "$bin/confidant-bench-codec" "$work/v$n" "$work/pass" "$([ "$n" -ge 100000 ] && echo 3 || echo 7)"
done
