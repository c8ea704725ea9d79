# Sourced by the benchmark scripts: a release build (Swift runtime linked statically, as installed),
# its bin folder in $bin, a scratch folder in $work removed on exit, and helpers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 1; }
release=(swift build -c release --static-swift-stdlib)
"${release[@]}" >/dev/null 2>&1
bin="$("${release[@]}" --show-bin-path)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SWIFT_BACKTRACE=enable=no
# The last-seen state (rollback detection) of the scratch vaults lives in the scratch folder: a
# benchmark that copies a vault back before each run clears it too.
export XDG_STATE_HOME="$work/state"
umask 077
printf 'benchmark passphrase words\n' > "$work/pass"

# median FILE [INDEX]: the median, in seconds, of command INDEX (default 0) in hyperfine's JSON export.
median() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"])' "$1" "${2:-0}"; }
# peak COMMAND…: the peak resident memory of a run, in KiB.
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
# instructions COMMAND-LINE: callgrind's instruction count for the whole process, in millions (the
# command line as one string, quoted as for a shell).
instructions() {
  eval "valgrind --tool=callgrind --callgrind-out-file=/dev/null $1" 2>&1 >/dev/null | sed -n 's/.*refs: *//p' | tr -d , | awk '{printf "%.0f M", $1 / 1e6}'
}
