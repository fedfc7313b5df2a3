#!/bin/sh
# sore's main job on a demo journal: six weeks of entries logged through the
# real command line, then the list, the weekly trend, the causes report, the
# page for a physiotherapist and the exports.
# Usage: tests/demo.sh BUILD_FOLDER [DEMO_FOLDER]
#
# The entries are logged as of Saturday 2026-11-28, the day the README's
# output was made, so the demo prints just that on any day; SORE_TODAY=
# (empty) logs them up to today instead.
set -eu

build=${1:-build}
sore="$build/src/sore"
demo=${2:-$build/demo}
rm -rf "$demo"
mkdir -p "$demo"
export SORE_DB="$demo/journal.db"
export SORE_TODAY="${SORE_TODAY-2026-11-28}"

run() {
    echo "\$ sore $*"
    "$sore" "$@"
}

# A desk worker with weekly deep-tissue sessions and self-massage between
# them, sitting less as the weeks go by; an injury in the third week.
run log -41d --soreness 7 --during 8 --sitting 9h --pressure deep --technique deep-tissue --knots 5 --side both --tag clinic --note "first session in a month"
run log -40d --soreness 6 --sitting 8h30m --technique none
run log yesterday --soreness 3 --sitting 6 --technique none

echo "(logging 33 more entries quietly)"
# days-ago soreness sitting pressure technique knots flags
while read -r ago soreness sitting pressure technique knots flags; do
    set -- "-${ago}d" --soreness "$soreness" --sitting "$sitting" --technique "$technique"
    [ "$pressure" != - ] && set -- "$@" --pressure "$pressure"
    [ "$knots" != - ] && set -- "$@" --knots "$knots"
    case $flags in *i*) set -- "$@" --injury ;; esac
    case $flags in *e*) set -- "$@" --emotional ;; esac
    "$sore" log "$@" >/dev/null 2>&1
done <<'ENTRIES'
39 6 9    firm   self          3 -
38 7 8.5  deep   deep-tissue   4 e
37 5 8    medium swedish       2 -
36 6 9.5  -      none          - -
35 4 7    light  self          1 -
34 7 9    deep   deep-tissue   4 -
33 5 8    medium self          2 e
31 6 8.5  firm   trigger-point 3 -
30 4 7    -      none          - -
29 6 9    firm   self          2 -
28 7 8    deep   sports        4 i
27 7 7.5  firm   self          3 i
26 6 7    -      none          - i
24 6 8    firm   deep-tissue   3 ie
23 4 7    medium self          2 -
22 3 6.5  light  swedish       1 -
21 5 7.5  firm   trigger-point 3 -
20 3 6    -      none          - -
19 4 6.5  medium self          2 e
17 5 7    deep   deep-tissue   3 -
16 3 6    medium self          1 -
15 4 7    firm   self          2 -
14 2 5    -      none          - -
13 3 6    medium swedish       1 e
12 4 7    firm   deep-tissue   2 -
10 2 5    light  self          1 -
9  3 6.5  medium self          1 -
8  4 6    deep   deep-tissue   2 -
7  2 5.5  -      none          - -
6  3 6    medium myofascial    1 e
5  2 5    light  self          0 -
3  3 5.5  firm   deep-tissue   1 -
2  2 5    medium self          0 -
ENTRIES

run list --last 5
run show 1
run week
run causes
run report -o "$demo/for-my-physio.html"
run export --from -5d
run export --format fhir -o "$demo/observations.json"
run check
echo "Open $demo/for-my-physio.html in a browser to see the page for a physiotherapist."
