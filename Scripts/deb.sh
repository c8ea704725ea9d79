#!/usr/bin/env bash
# make deb: confidant_VERSION_amd64.deb with dpkg-deb (no debhelper: one static binary, a man page,
# completions and documents need nothing it adds). The version is the one `confidant --version`
# prints (CLI.swift, its one place); Depends is computed by dpkg-shlibdeps from the binary's real
# shared libraries.
#
# lintian (CI runs it) reports no error and no warning. Its remaining informational tags, and why
# they stay: spelling-error-in-binary (strings of the statically linked ICU and Foundation, not
# ours); hardening-no-bindnow and hardening-no-fortify-functions (the Swift toolchain's linker
# defaults: Swift code does not call the fortified C functions, and the binary links only libc,
# libsodium, libstemmer and the C++ runtime dynamically); binary-has-unneeded-section .comment
# (the toolchain's identification, harmless).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
version=$("$bin/confidant" --version)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage="$work/stage"
umask 022
make --no-print-directory install DESTDIR="$stage" PREFIX=/usr >/dev/null
gzip -9n "$stage/usr/share/man/man1/confidant.1"
# A completion script is sourced, not run: ArgumentParser's starts with a #! line lintian rejects.
sed -i '1{/^#!/d}' "$stage/usr/share/bash-completion/completions/confidant"
doc="$stage/usr/share/doc/confidant"
install -d "$doc/docs"
install -m 0644 README.md SECURITY.md "$doc/"
install -m 0644 docs/*.md "$doc/docs/"
install -m 0644 packaging/copyright "$doc/copyright"
sed "s/@VERSION@/$version/" packaging/changelog | gzip -9n > "$doc/changelog.gz"

# dpkg-shlibdeps reads debian/control from the current directory: a minimal one, in the scratch folder.
mkdir -p "$work/source/debian"
printf 'Source: confidant\n\nPackage: confidant\nArchitecture: amd64\n' > "$work/source/debian/control"
depends=$(cd "$work/source" && dpkg-shlibdeps -O "$stage/usr/bin/confidant" 2>/dev/null | sed 's/^shlibs:Depends=//')

install -d "$stage/DEBIAN"
(cd "$stage" && find usr -type f -exec md5sum {} + | sort -k2 > DEBIAN/md5sums)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: confidant
Version: $version
Architecture: amd64
Maintainer: The Confidant maintainers <maintainers@users.noreply.r-seed-2e273e94.example>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends
Section: utils
Priority: optional
Description: encrypted record of your support network, for confidential work
 Confidant keeps, in one local vault encrypted with libsodium, who supports
 you inside and outside work, what each person agreed to, what you may
 share with each of them, and the names that must never be shared. Before a
 call it shows what you may say; before you send a message it checks the
 draft for protected names, identifying details and topics that person
 should not hear. Exports are standard age files.
CONTROL
out="confidant_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null
echo "$out: $(du -k "$out" | cut -f1) KiB; Depends: $depends"
