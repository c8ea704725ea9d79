#!/usr/bin/env bash
# Age payload benchmarks (issue 4): our Age module (confidant-bench-age, release) against the
# age binary in the same run, X25519, 256 MiB; medians of 5 with hyperfine. Output goes to
# /dev/null so the figures measure encryption, not the disk; peak memory with /usr/bin/time.
source "$(dirname "$0")/common.sh"
command -v age >/dev/null || { echo "needs age (apt-get install age)"; exit 1; }
tool="$bin/confidant-bench-age"
age-keygen -o "$work/id.txt" 2>/dev/null
recipient=$(age-keygen -y "$work/id.txt")

echo "| operation | payload | ours (median) | age 1.1.1 (median) | ratio ours/age | our peak memory |"
echo "| --- | --- | --- | --- | --- | --- |"
for mib in 16 256; do
  head -c $((mib * 1024 * 1024)) /dev/urandom > "$work/plain"
  age -e -r "$recipient" -o "$work/file.age" "$work/plain"
  hyperfine -N --warmup 1 --runs 5 --export-json "$work/enc.json" \
    "$tool encrypt $recipient $work/plain /dev/null" "age -e -r $recipient -o /dev/null $work/plain" >/dev/null 2>&1
  hyperfine -N --warmup 1 --runs 5 --export-json "$work/dec.json" \
    "$tool decrypt $work/id.txt $work/file.age /dev/null" "age -d -i $work/id.txt -o /dev/null $work/file.age" >/dev/null 2>&1
  for op in enc dec; do
    ours=$(median "$work/$op.json" 0); theirs=$(median "$work/$op.json" 1)
    if [ $op = enc ]; then kb=$(peak "$tool" encrypt "$recipient" "$work/plain" /dev/null); name=encrypt
    else kb=$(peak "$tool" decrypt "$work/id.txt" "$work/file.age" /dev/null); name=decrypt; fi
    python3 -c "print('| $name | $mib MiB | %.0f ms | %.0f ms | %.2f | %d MiB |' % ($ours*1000, $theirs*1000, $ours/$theirs, $kb/1024))"
  done
done
