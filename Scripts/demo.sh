#!/usr/bin/env bash
# The demo: a throw-away vault in a temporary directory, with no input asked of you.
set -euo pipefail
confidant=${1:?usage: demo.sh PATH-TO-CONFIDANT}
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
export CONFIDANT_VAULT="$demo/data/vault.confidant"
printf 'a demo passphrase of several words\n' > "$demo/passphrase"
chmod 600 "$demo/passphrase"
export CONFIDANT_PASSPHRASE_FILE="$demo/passphrase"

bold='' plain=''
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then bold=$'\033[1m' plain=$'\033[0m'; fi
step() { printf '\n%s$ confidant %s%s\n' "$bold" "${*:2}" "$plain"; "$@"; }

echo "Demo vault in $demo (deleted afterwards). Passphrase from CONFIDANT_PASSPHRASE_FILE."
step "$confidant" init --kdf-time 0.5s --kdf-memory 64MiB --recovery-key-file "$demo/recovery-key"
printf '\n$ ls -l %s\n' "$demo/data"
ls -l "$demo/data"
step "$confidant" verify
step "$confidant" verify --recovery-key-file "$demo/recovery-key" --json
printf 'the second demo passphrase\n' > "$demo/new-passphrase"
step "$confidant" passwd --new-passphrase-file "$demo/new-passphrase"
printf '\n$ confidant verify   # with the old passphrase: refused, exit 77\n'
"$confidant" verify || echo "(exit $?)"
export CONFIDANT_PASSPHRASE_FILE="$demo/new-passphrase"
step "$confidant" verify
