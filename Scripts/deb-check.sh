#!/usr/bin/env bash
# CI: installs the package made by `make deb` on this machine, uses the installed binary as a
# person would on a throw-away vault, removes the package and checks that nothing it installed is
# left, while what the user made (the vault) is.
set -euo pipefail
cd "$(dirname "$0")/.."
package=$(ls confidant_*_amd64.deb)
lintian --fail-on error,warning "$package"
apt-get install -y -qq "./$package" >/dev/null
installed=$(dpkg-deb -c "$package" | awk '{print $6}' | sed 's|^\.||' | grep -v '/$')
[ "$(command -v confidant)" = /usr/bin/confidant ]
echo "installed: $(confidant --version), man page at $(man -w confidant)"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
printf 'a throw-away passphrase\n' > "$home/pass"
chmod 600 "$home/pass"
export HOME="$home" CONFIDANT_PASSPHRASE_FILE="$home/pass" SWIFT_BACKTRACE=enable=no
confidant init --kdf-ops 1 --kdf-memory 8MiB --no-recovery-key >/dev/null 2>&1
confidant add "Sam Okafor" --relationship partner --no-input >/dev/null
confidant agree sam --status agreed --willing yes --able yes >/dev/null
printf 'Darren Whitfield\n' | confidant terms add - --kind client >/dev/null
confidant check sam >/dev/null
printf 'darren w had a hard day\n' | confidant check sam --draft - >/dev/null && { echo "the draft check missed a protected name"; exit 1; }
confidant verify >/dev/null
dpkg -r confidant >/dev/null
for file in $installed; do
  if [ -e "$file" ]; then echo "left behind after dpkg -r: $file"; exit 1; fi
done
[ -f "$home/.local/share/confidant/vault.confidant" ] || { echo "the user's vault was removed"; exit 1; }
echo "package: installed, used, removed; $(echo "$installed" | wc -l) files gone, the user's vault kept"
