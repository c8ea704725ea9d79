#!/usr/bin/env bash
# Draft-check benchmark (issues 9 and 23): `confidant check NAME --draft` with everything on (names in
# every form, near misses, word forms, colleagues, detectors), whole process, medians of hyperfine
# runs, with callgrind's instruction counts (which do not move with the machine's load) beside them:
#   - a one-line draft against 10,000 and 100,000 protected terms, and a one-page (2 KB) draft
#     against 10,000, beside `check NAME` without a draft on the same vault;
#   - a 1 MiB draft against 10,000 terms, of realistic English with names and of near misses (every
#     other word one letter from a protected name), beside `grep -F -i -w -f terms draft` on the
#     same files in a UTF-8 locale and with LC_ALL=C; a 10 MiB draft, for linearity.
# Terms are fictional person names (made of syllables, so 100,000 are distinct without digits) and case
# references; drafts are sentences of everyday English words and 2,000 made-up ones, 2% of lines naming
# a term. The vaults are built by confidant-bench-fixture as people build theirs (one supporter, 500
# check-ins, a plan, the terms imported), with Argon2id 1 pass × 8 KiB: the cost beyond the KDF.
source "$(dirname "$0")/common.sh"
python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
random.seed(9)
onsets = "b c d f g h j k l m n p r s t v w br ch cl dr fl gr pl sh st th tr wh".split()
vowels = "a e i o u ai ea ee oo ou".split()
codas = "n r l s t d m ck ng rd st ll".split()
endings = "son ton ley field ford well wood by ham worth stone shaw".split()
def syllable(): return random.choice(onsets) + random.choice(vowels) + random.choice(codas)
def name(): return (syllable() + random.choice(["", syllable()])).capitalize()
def surname(): return (syllable() + random.choice(endings)).capitalize()
def terms(count):
    found = set()
    while len(found) < count:
        if random.random() < 0.8:
            last = surname()
            if last.lower() not in common: found.add(random.choice(firsts) + " " + last)
        else:
            found.add("".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(random.randint(100000, 999999)))
    return sorted(found)
common = ("the a and of to in i was it had hard day with my today feeling tired office home team call later week so but "
          "just really not sure what when then they she he we you love tonight tea dinner kids car train about after again "
          "all also always am an any are around as ask at away back be because been before being better both bring busy "
          "can can't come could did didn't do does doing don't done down each even every feel few find first for friend "
          "from get give go going good got great has have having her here him his how if into is isn't its keep know last "
          "leave left let like little long look lot made make many maybe me meeting might more morning most much must need "
          "never new next night no now off ok old on once one only or other our out over own people place please put quite "
          "rather right said same say see seem should since some something soon still such take talk tell than thanks that "
          "their them there these thing think this those though thought through time told too took tried try two under until "
          "up us very wait want way well went were while who why will work would yeah year yes yet your bus coffee lunch "
          "weekend phone message sorry wine bed sleep walk dog shop milk bread rain cold warm early late manager shift rota").split()
def filler(): return random.choice("aeiou") + random.choice(["x", "z", "q", "v"]) + random.choice(vowels) + random.choice(["", "m", "p", "ct"])
vocabulary = common * 4 + [filler() for _ in range(2000)]
firsts = sorted(first for first in {name() for _ in range(700)} if first.lower() not in common)
ten, hundred = terms(10_000), terms(100_000)
open(f"{work}/terms10k", "w").write("\n".join(ten) + "\n")
open(f"{work}/terms100k", "w").write("\n".join(hundred) + "\n")

for mib in (1, 10):
    out, size = [], 0
    while size < mib << 20:
        line = " ".join(random.choice(vocabulary) for _ in range(random.randint(5, 15)))
        if random.random() < 0.02: line += " " + random.choice(ten)
        out.append(line); size += len(line) + 1
    open(f"{work}/draft{mib}", "w").write("\n".join(out)[: mib << 20])
# Near misses: everyday words, and every other word a name's word with one letter changed.
out, size = [], 0
parts = sorted({part.lower() for term in ten for part in term.split() if part.isalpha() and len(part) > 3})
while size < 1 << 20:
    words = []
    for _ in range(random.randint(5, 15)):
        if random.random() < 0.5:
            word = random.choice(parts); i = random.randrange(len(word))
            words.append(word[:i] + random.choice("aeiourstln".replace(word[i], "")) + word[i + 1:])
        else:
            words.append(random.choice(common))
    line = " ".join(words); out.append(line); size += len(line) + 1
open(f"{work}/near1", "w").write("\n".join(out)[: 1 << 20])
open(f"{work}/page", "w").write(open(f"{work}/draft1").read()[:2048])
open(f"{work}/line", "w").write(f"rough day, {ten[4242].split()[0].lower()} w's hearing got moved again, call me later x\n")
PY
"$bin/confidant-bench-fixture" "$work/vault10k" "$work/pass" 1 "$work/terms10k"
"$bin/confidant-bench-fixture" "$work/vault100k" "$work/pass" 1 "$work/terms100k"
check() { echo "$bin/confidant check 'Sam 0' --vault $work/$1 --passphrase-file $work/pass ${2:+--draft $work/$2}"; }
grep8() { echo "env LC_ALL=C.UTF-8 grep -F -i -w -f $work/terms10k $work/$1"; }
grepc() { echo "env LC_ALL=C grep -F -i -w -f $work/terms10k $work/$1"; }
ms() { python3 -c "print('%.1f ms' % ($1 * 1000))"; }
ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }
# count VAULT [DRAFT]: the instructions `check` takes (common.sh).
count() { instructions "$(check "$1" "${2:-}")"; }

hyperfine -N -i --warmup 3 --runs 30 --export-json "$work/short.json" \
  "$(check vault10k)" "$(check vault10k line)" "$(check vault10k page)" "$(check vault100k)" "$(check vault100k line)" >/dev/null 2>&1
name10=$(median "$work/short.json" 0); line10=$(median "$work/short.json" 1); page10=$(median "$work/short.json" 2)
name100=$(median "$work/short.json" 3); line100=$(median "$work/short.json" 4)
hyperfine -N -i --warmup 1 --runs 5 --export-json "$work/long.json" \
  "$(check vault10k draft1)" "$(grepc draft1)" "$(check vault10k near1)" "$(grepc near1)" "$(check vault10k draft10)" >/dev/null 2>&1
mib1=$(median "$work/long.json" 0); grepc1=$(median "$work/long.json" 1)
near1=$(median "$work/long.json" 2); grepcnear=$(median "$work/long.json" 3); mib10=$(median "$work/long.json" 4)
# grep -i in a UTF-8 locale takes a second here on English, and minutes on near misses: 3 runs and 1.
hyperfine -N -i --runs 3 --export-json "$work/utf8.json" "$(grep8 draft1)" >/dev/null 2>&1
hyperfine -N -i --runs 1 --export-json "$work/utf8near.json" "$(grep8 near1)" >/dev/null 2>&1
grep81=$(median "$work/utf8.json" 0); grep8near=$(median "$work/utf8near.json" 0)

echo "| measure | confidant (median) | instructions | beside it (median) | ratio | target |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| \`check NAME\`, 10,000 terms | $(ms $name10) | $(count vault10k) | | | |"
echo "| one-line draft, 10,000 terms | $(ms $line10) | $(count vault10k line) | \`check NAME\`: $(ms $name10) | $(ratio $line10 $name10) | ≤ 1.5 × \`check NAME\` |"
echo "| one-page (2 KB) draft, 10,000 terms | $(ms $page10) | $(count vault10k page) | \`check NAME\`: $(ms $name10) | $(ratio $page10 $name10) | ≤ 1.3 × \`check NAME\` |"
echo "| \`check NAME\`, 100,000 terms | $(ms $name100) | $(count vault100k) | | | |"
echo "| one-line draft, 100,000 terms | $(ms $line100) | $(count vault100k line) | \`check NAME\`: $(ms $name100) | $(ratio $line100 $name100) | ≤ 80 ms |"
echo "| 1 MiB draft of English and names, 10,000 terms | $(ms $mib1) | $(count vault10k draft1) | grep, UTF-8: $(ms $grep81); \`LC_ALL=C\`: $(ms $grepc1) | $(ratio $mib1 $grep81); $(ratio $mib1 $grepc1) | ≤ 100 ms; ≤ 0.15 × grep (UTF-8); ≤ 8 × grep (C) |"
echo "| 1 MiB draft of near misses, 10,000 terms | $(ms $near1) | $(count vault10k near1) | grep, UTF-8: $(ms $grep8near); \`LC_ALL=C\`: $(ms $grepcnear) | $(ratio $near1 $grep8near); $(ratio $near1 $grepcnear) | ≤ 100 ms; ≤ 0.15 × grep (UTF-8); ≤ 8 × grep (C) |"
echo "| 10 MiB draft, 10,000 terms | $(ms $mib10) | - | the 1 MiB draft: $(ms $mib1) | $(ratio $mib10 $mib1) | ≤ 10 × the 1 MiB time |"
