#!/usr/bin/env bash
# No plaintext on disk: a scripted session puts a unique marker in every field a person types
# (names, contact details, considerations, notes, limits, terms, topics, a draft, the passphrases,
# the coping plan's entries and a check-in note),
# exports, imports, backs up and restores, then searches every file under the vault directory,
# the backups, the state folder, $TMPDIR and the working directory for the markers. Zero hits, or it fails.
set -euo pipefail
umask 077
confidant=$(realpath "${1:?usage: no-plaintext.sh PATH-TO-CONFIDANT}")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/work" "$root/tmp" "$root/secrets"
cd "$root/work"
export TMPDIR="$root/tmp" SWIFT_BACKTRACE=enable=no CONFIDANT_VAULT="$root/data/vault.confidant" XDG_STATE_HOME="$root/state"
tag=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
m() { echo "MK${1}x${tag}"; }
# The passphrase files are the one place the user asked for secrets in clear; they live apart.
printf '%s words passphrase\n' "$(m pass)" > "$root/secrets/pass"
printf '%s export words\n' "$(m export)" > "$root/secrets/export"
export CONFIDANT_PASSPHRASE_FILE="$root/secrets/pass"
# Most fields go on the command line here to reach every field in few commands; the warning that
# says so is expected and filtered. Some go through standard input, as the docs advise.
c() { "$confidant" "$@" 2> >(grep -v "on the command line" >&2) >/dev/null; }

c init --kdf-ops 1 --kdf-memory 8KiB --recovery-key-file "$root/secrets/recovery" 2>/dev/null
c add "$(m name)" --relationship friend --phone "$(m phone)" --email "$(m email)" --availability "$(m avail)" \
  --impact-on-them "$(m them)" --impact-on-relationship "$(m rel)" --note "$(m note)"
c agree "$(m name)" --status agreed --limit "$(m limit)" --support listening
c share "$(m name)" --add-topic "topic-${tag}" --meaning "$(m meaning)" --never "topic-${tag}"
c share --add-word "offence-details=$(m word)"
printf '%s\n' "$(m term)" | c terms add - --kind client --note "$(m termnote)"
printf '%s\n' "$(m imported)" | "$confidant" terms import - --kind victim >/dev/null
c edit "$(m name)" --note "$(m edited)"
printf 'a draft about %s\n' "$(m draft)" | "$confidant" check "$(m name)" --draft - >/dev/null || true
# The coping plan and a check-in note (docs/WELLBEING.md).
printf '%s\n' "$(m sign)" | c plan add sign -
printf '%s\n' "$(m response)" | c plan add response -
c plan add strategy "$(m strategy)"
c plan add person "$(m name)"
printf '%s\n' "$(m who)" | c plan organisation counselling --who - --phone "$(m orgphone)" --email "$(m orgmail)"
# A helpline's number must be digits: its marker is a random run of them, searched for as such.
linephone="0800 $(od -An -N4 -tu4 /dev/urandom | tr -d ' \n')"
c plan helpline "$(m helpline)" --phone "$linephone" --country "$(m country)" --note "$(m linenote)"
printf '%s\n' "$(m checkin)" | c checkin --impact-on-me 3 --note -
c export --out "$root/work/export.age" --export-passphrase-file "$root/secrets/export"
c import "$root/work/export.age" --export-passphrase-file "$root/secrets/export"
c backup
copy=$(ls "$root/data/backups/" | head -1)
c restore "$root/data/backups/$copy"
c verify

hits=0
markers="pass export name phone email avail them rel note limit meaning word term termnote imported edited draft"
markers="$markers sign response strategy who orgphone orgmail helpline country linenote checkin"
for marker in $markers; do
  if grep -rlaF "$(m $marker)" "$root/data" "$root/tmp" "$root/work" "$root/state" 2>/dev/null; then
    echo "marker '$marker' found in clear on disk"
    hits=$((hits + 1))
  fi
done
if grep -rlaF "$linephone" "$root/data" "$root/tmp" "$root/work" "$root/state" 2>/dev/null; then
  echo "the helpline's number found in clear on disk"
  hits=$((hits + 1))
fi
files=$(find "$root/data" "$root/tmp" "$root/work" "$root/state" -type f | wc -l)
echo "no plaintext on disk: $(($(echo $markers | wc -w) + 1)) markers searched in $files files under the vault directory, backups, the state folder, TMPDIR and the working directory: $hits hits"
[ "$hits" -eq 0 ]
