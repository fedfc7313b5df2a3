#!/bin/sh
# sore's main job on a demo journal: log two weeks of entries through the
# real command line, then list them. Usage: tests/demo.sh BUILD_FOLDER
set -eu

build=${1:-build}
sore="$build/src/sore"
demo="$build/demo"
rm -rf "$demo"
mkdir -p "$demo"
export SORE_DB="$demo/journal.db"

run() {
    echo "\$ sore $*"
    "$sore" "$@"
}

run log -13d --soreness 7 --during 8 --sitting 9h --pressure deep --technique deep-tissue --knots 4 --side both --tag clinic --note "first session in a month"
run log -12d --soreness 5 --sitting 8 --technique none
run log -10d --soreness 4 --sitting 6h30m --pressure medium --technique swedish --knots 2 --tag clinic
run log -9d --soreness 3 --sitting 5 --technique none
run log -7d --soreness 6 --during 7 --sitting 8h --pressure firm --technique trigger-point --knots 3 --emotional --tag clinic
run log -5d --soreness 2 --sitting 4h --technique self --pressure light
run log -3d --soreness 6 --sitting 7h30m --pressure firm --technique sports --injury --side right --note "pulled it at football"
run log yesterday --soreness 3 --sitting 9 --technique none
run log today --soreness 4 --during 5 --sitting 45m --pressure medium --technique myofascial --knots 1 --tag clinic
run list
run list --tag clinic --last 2
run show 7
run check
