#!/usr/bin/env bash
# The demo: a throw-away vault of fictional people in a temporary directory, built with no
# input asked of you, then what Confidant is for: list, check before a call, review, and the
# coping plan with the check-ins that show the work keeps affecting this (fictional) person.
# With --web (and any of `confidant web`'s options after it), the same vault as the page in your
# browser instead; its chatter goes to standard error, so the page's address is the first line of
# standard output, as `confidant web` promises.
set -euo pipefail
confidant=${1:?usage: demo.sh PATH-TO-CONFIDANT [--web [WEB-OPTIONS]]}
web=()
if [ "${2:-}" = --web ]; then
  web=("${@:3}")
  exec 3>&1 1>&2
fi
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
export CONFIDANT_VAULT="$demo/data/vault.confidant"
# The last-seen state (rollback detection) stays with the throw-away vault, not in your home.
export XDG_STATE_HOME="$demo/state"
printf 'a demo passphrase of several words\n' > "$demo/passphrase"
chmod 600 "$demo/passphrase"
export CONFIDANT_PASSPHRASE_FILE="$demo/passphrase"

bold='' plain=''
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then bold=$'\033[1m' plain=$'\033[0m'; fi
show() { printf '\n%s$ confidant %s%s\n' "$bold" "$*" "$plain"; "$confidant" "$@"; }
# The setup gives fictional details as arguments for brevity; the warning that real ones belong
# in a prompt or on standard input is expected here and filtered. --no-input: run from a terminal,
# a command would otherwise ask what the arguments leave out (add asks whether a person is from
# work), and the demo asks you nothing.
quietly() { "$confidant" "$@" --no-input 2> >(grep -v "on the command line" >&2) >/dev/null; }

echo "A demo vault of fictional people in $demo (deleted afterwards)."
echo "The passphrase comes from CONFIDANT_PASSPHRASE_FILE, so nothing is asked."
quietly init --kdf-time 0.5s --kdf-memory 64MiB --recovery-key-file "$demo/recovery-key"

# Outside work: a partner who agreed, with limits; a friend not yet asked.
quietly add "Sam Okafor" --relationship partner --availability "evenings, not after 10pm" \
  --impact-on-them "worries about my safety after hearing about violent cases" \
  --impact-on-relationship "our evenings can become about my work"
quietly agree "Sam Okafor" --status agreed --willing yes --able yes --support listening --support time-together \
  --limit "not after 10pm" --limit "no details about cases involving children" --on 2026-03-02
quietly add "Dev Patel" --relationship friend --availability "weekends"
# Inside work: a supervisor who agreed, a colleague who is paused for now.
quietly add "Priya Shah" --relationship supervisor --availability "Tuesday supervision, or by phone"
quietly agree "Priya Shah" --status agreed --willing yes --able yes --support debrief --support practical --on 2026-09-01
quietly add "Jo Murray" --relationship colleague
quietly agree "Jo Murray" --status paused --willing yes --able no --on 2026-10-15
# Professional support for when nobody is available.
quietly add "Employee Assistance Line" --relationship helpline --phone "0800 000 0000" --availability "24 hours"
quietly agree "Employee Assistance Line" --status agreed --support listening --support emergency-contact --on 2026-01-10
quietly share "Dev Patel" --care workload
printf 'Darren Pike\nZoe Adams\nAB123456\n12/345678A\n' | "$confidant" terms import - --kind client >/dev/null
# A coping plan, and a few weeks of check-ins in which the work kept affecting them.
printf 'snapping at Sam over nothing\ndreading Monday mornings\n' | quietly plan add sign -
quietly plan add response "keeping busy so I do not have to think"
quietly plan add strategy "a short walk before going home" "regular supervision"
quietly plan add person "Sam Okafor"
quietly plan add person "Priya Shah"
quietly plan organisation employee-assistance --phone "0800 000 0000" --who "no referral needed"
quietly plan organisation workload --who "Priya, at supervision"
day() { date -d "-$1 days" +%F; }
quietly checkin --impact-on-me 2 --rest-and-sleep 2 --switching-off 1 --on "$(day 34)"
quietly checkin --impact-on-me 3 --impact-on-relationships 2 --rest-and-sleep 3 --switching-off 3 --on "$(day 24)"
quietly checkin --impact-on-me 3 --impact-on-relationships 3 --rest-and-sleep 3 --switching-off 4 --on "$(day 13)"
quietly checkin --impact-on-me 4 --impact-on-relationships 3 --rest-and-sleep 3 --switching-off 3 --responsibility 3 --on "$(day 2)"

if [ "${2:-}" = --web ]; then
  echo "Starting the page; Lock on the page or Ctrl-C here stops it and deletes the demo vault."
  "$confidant" web "${web[@]}" >&3
  exit
fi

show list
show check sam
printf 'rough day, darren p kicked off again and his risk assessment got moved. the Pikes were\nraging. call me on 07700 900123? x\n' > "$demo/draft.txt"
show check sam --draft "$demo/draft.txt" || echo "(exit $?: something in this draft must not be shared with Sam)"
printf 'honestly cant do this anymore. everyone would be better off. can u ring me when ur out\n' > "$demo/night.txt"
show check sam --draft "$demo/night.txt"
show check --clients
show review
show plan
show checkin --history
show verify
