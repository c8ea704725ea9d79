#!/usr/bin/env bash
# A vault built through the CLI as a person builds one, beside the fixture's (issue 23): `init`,
# 30 people added with their details and agreed with, 2,000 protected terms imported, 500 check-ins
# over nearly three years, every other day (a note on one in five), a plan. The same sizes from `confidant-bench-fixture`
# must cost the same to read, so that the other benchmarks, which use the fixture at sizes no one
# would type, measure what users pay: each command's median on both, and their ratio (target:
# within 20 %). Argon2id 1 pass × 8 KiB for both, so the figures are the cost beyond the KDF.
source "$(dirname "$0")/common.sh"
# The warnings about details given on the command line are right, and not what is measured.
cli() { "$bin/confidant" "$@" --vault "$work/cli" --passphrase-file "$work/pass" --no-input >/dev/null 2>&1; }
"$bin/confidant" init --vault "$work/cli" --passphrase-file "$work/pass" --kdf-ops 1 --kdf-memory 8KiB --no-recovery-key --no-input >/dev/null 2>&1
firsts=(Sam Priya Alex Jo Robin Kim Lee Morgan Charlie Dana Eli Frankie)
# In the order of the library's Relationship.allCases, as the fixture takes them.
relationships=(partner friend family colleague manager supervisor counsellor helpline organisation other)
for i in $(seq 0 29); do
  name="${firsts[$((i % 12))]} $i"
  relationship=${relationships[$((i % 10))]}
  cli add "$name" --relationship "$relationship" --phone "07700 9$(printf %05d "$i")" \
    --availability "evenings and weekends" --impact-on-them "may worry when I talk about hard days" \
    --impact-on-relationship "could make evenings about my work"
  case $relationship in counsellor | helpline | organisation) continue ;; esac # a service is used, not asked
  cli agree "$name" --status agreed --willing yes --able yes --support listening --support time-together --limit "not after 10pm" --on 2026-05-01 --review-in 6m
done
notes=("tired but ok" "long week, slept badly" "good walk at lunch" "felt low after the meeting" "switched off fine")
for i in $(seq 0 499); do
  day=$(date -d "-$((2 * (499 - i))) days" +%F)
  note=()
  [ $((i % 5)) = 0 ] && note=(--note "${notes[$((i / 5 % 5))]}")
  cli checkin --on "$day" --impact-on-me $((i % 5)) --impact-on-relationships $(((i + 1) % 5)) --rest-and-sleep $(((i + 2) % 5)) \
    --switching-off $(((i + 3) % 5)) --responsibility $(((i + 4) % 5)) "${note[@]}"
done
for sign in "snapping at home" "dreading Mondays" "not sleeping"; do cli plan add sign "$sign"; done
for strategy in "walk before dinner" "no work email after 7" "call a friend"; do cli plan add strategy "$strategy"; done
for name in "Sam 0" "Priya 1" "Alex 2"; do cli plan add person "$name"; done
cli plan remind 14d
python3 "$(dirname "$0")/names.py" 2000 "$work/terms"
cli terms import "$work/terms"
"$bin/confidant-bench-fixture" "$work/fixture" "$work/pass" 30 "$work/terms"
printf 'rough day, %s hearing got moved again, call me later x\n' "$(head -1 "$work/terms" | cut -d' ' -f1 | tr A-Z a-z)" > "$work/line"

counts() { "$bin/confidant" verify --json --vault "$1" --passphrase-file "$work/pass" >/dev/null; python3 -c 'import os,sys; print(os.path.getsize(sys.argv[1]))' "$1"; }
run() { echo "$bin/confidant $1 --vault $work/$2 --passphrase-file $work/pass"; }
commands=("check 'Sam 0'" "verify" "list --json" "check 'Sam 0' --draft $work/line" "review")
labels=("\`check NAME\`" "\`verify\`" "\`list --json\`" "\`check NAME --draft\` (one line)" "\`review\`")
echo "| measure | built by the CLI | built by the fixture | fixture ÷ CLI |"
echo "| --- | --- | --- | --- |"
echo "| vault file | $(counts "$work/cli") bytes | $(counts "$work/fixture") bytes | $(python3 -c "print('%.2f' % ($(counts "$work/fixture") / $(counts "$work/cli")))") |"
for i in "${!commands[@]}"; do
  hyperfine -N -i --warmup 3 --runs 30 --export-json "$work/r$i.json" "$(run "${commands[$i]}" cli)" "$(run "${commands[$i]}" fixture)" >/dev/null 2>&1
  a=$(median "$work/r$i.json" 0); b=$(median "$work/r$i.json" 1)
  echo "| ${labels[$i]} | $(python3 -c "print('%.1f ms' % ($a * 1000))") | $(python3 -c "print('%.1f ms' % ($b * 1000))") | $(python3 -c "print('%.2f' % ($b / $a))") |"
done
