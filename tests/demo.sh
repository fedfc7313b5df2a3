#!/bin/sh
# sore's main job on a demo journal: sixteen weeks of entries logged through the
# real command line, then the list, the weekly trend, the causes report, the
# body sites, the page for a physiotherapist and the exports.
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

# A desk worker with a clinic session every week (the pressure varies) and
# now and then self-massage, sitting less as the weeks go by; an injury in
# the ninth week. Sixteen weeks, most days logged.
run log -110d --soreness 6 --during 7 --sitting 8.5 --pressure medium --technique myofascial --knots 1 --side both --tag clinic --note "first session in a month"
run log -109d --soreness 6 --sitting 7.5 --technique none
run log yesterday --soreness 2 --sitting 7.1 --technique none

echo "(logging 101 more entries quietly)"
# days-ago soreness sitting pressure technique knots flags
while read -r ago soreness sitting pressure technique knots flags; do
    set -- "-${ago}d" --soreness "$soreness" --sitting "$sitting" --technique "$technique"
    [ "$pressure" != - ] && set -- "$@" --pressure "$pressure"
    [ "$knots" != - ] && set -- "$@" --knots "$knots"
    case $flags in *i*) set -- "$@" --injury ;; esac
    case $flags in *e*) set -- "$@" --emotional ;; esac
    # Where it hurts: the left gluteus medius always, the piriformis on
    # sorer days, the lower back after long sitting.
    set -- "$@" --site "glute-med:left=$soreness"
    [ "$soreness" -ge 4 ] && set -- "$@" --site "piriformis:left=$((soreness - 1))"
    case $sitting in 8.* | 9.* | 1[0-9].*) set -- "$@" --site "lower-back=$((soreness / 2 + 1))" ;; esac
    "$sore" log "$@" >/dev/null 2>&1
done <<'ENTRIES'
112 4 3.1 - none - -
111 4 2.6 - none - -
108 6 8.3 - none - -
107 6 8.3 - none - -
106 6 9.0 - none - -
105 4 3.8 - none - -
104 4 4.4 - none - -
103 6 9.3 firm deep-tissue 4 e
102 7 9.0 - none - -
101 6 7.5 - none - -
99 5 8.4 light self 1 -
98 3 3.2 - none - -
97 3 2.6 - none - -
96 5 7.6 deep trigger-point 3 -
95 7 8.4 - none - -
94 5 8.1 - none - -
93 6 8.6 - none - -
92 4 7.6 - none - -
91 3 4.3 - none - -
90 3 4.0 - none - -
89 6 7.3 light sports 1 -
88 6 8.6 - none - -
87 6 7.1 - none - -
86 6 8.4 - none - -
85 5 8.8 - none - -
84 2 3.1 - none - -
83 2 3.7 - none - -
82 6 7.9 deep sports 0 -
81 6 7.1 - none - -
79 3 8.6 - none - -
78 2 7.5 - none - -
77 2 2.5 - none - -
76 2 3.4 - none - -
75 4 7.0 medium trigger-point 1 -
74 4 8.3 - none - -
73 5 7.8 - none - -
72 4 7.1 - none - -
71 4 7.0 light self 3 -
69 3 3.2 - none - -
68 6 8.5 firm swedish 1 -
67 6 7.2 - none - -
66 4 7.1 - none - -
65 4 7.2 - none - -
64 3 6.7 - none - -
63 2 3.6 - none - -
62 2 4.4 - none - -
61 3 7.8 light deep-tissue 3 e
60 4 8.4 - none - -
59 3 8.1 - none - -
57 3 7.8 - none - -
56 2 2.6 - none - -
55 2 2.8 - none - -
54 5 7.1 deep swedish 4 -
53 6 6.6 - none - -
52 8 7.2 - none - i
51 7 7.6 light self 1 i
50 7 7.7 - none - i
49 5 3.4 - none - i
48 3 2.7 - none - i
47 3 7.3 medium trigger-point 0 -
46 4 6.6 - none - -
45 3 7.3 - none - -
43 3 8.2 - none - -
42 1 3.2 - none - -
41 0 4.0 - none - -
40 3 6.8 firm trigger-point 4 -
39 4 6.9 - none - -
38 4 6.5 - none - -
37 3 7.7 - none - -
36 3 6.8 - none - -
35 3 4.5 - none - -
34 3 4.2 - none - -
33 4 7.6 deep swedish 1 e
32 6 7.1 - none - -
31 4 6.1 - none - -
29 4 7.9 - none - -
28 4 3.4 - none - -
27 3 4.4 - none - -
25 3 6.4 - none - -
24 4 7.2 - none - -
23 3 6.9 - none - -
22 3 7.2 medium self 0 -
21 3 4.3 - none - -
20 2 4.1 - none - -
19 2 6.2 medium trigger-point 0 -
18 4 7.4 - none - -
17 3 6.6 - none - -
16 3 7.7 - none - -
15 2 6.0 - none - -
14 2 2.8 - none - -
13 1 2.8 - none - -
12 4 7.4 firm trigger-point 1 -
11 5 6.8 - none - -
10 5 5.9 - none - -
8 4 6.7 - none - -
7 2 4.2 - none - -
6 2 4.2 - none - -
5 4 6.2 deep swedish 4 -
4 5 6.2 - none - -
3 3 5.7 - none - -
2 3 7.0 - none - -
ENTRIES

run list --last 5
run show 1
run week
run causes
run sites
run recovery
run brief
run report -o "$demo/for-my-physio.html"
run export --from -5d
run export --format fhir -o "$demo/observations.json"
run check
echo "Open $demo/for-my-physio.html in a browser to see the page for a physiotherapist."
