#!/usr/bin/env bash
# Checks the bash completion for sore without a terminal: each case sets
# COMP_LINE, COMP_POINT, COMP_WORDS and COMP_CWORD the way bash does for a
# command line typed up to its end, calls the completion function and
# compares the replies, as a set, with the expected ones.
#
# Usage: completion_test.sh PATH/TO/sore.bash
# Exit status: 0 when every case passes, 1 when one fails (each failure is
# named on standard error), 2 on a usage error.

set -u

if [[ $# -ne 1 ]]; then
    echo "usage: $0 PATH/TO/sore.bash" >&2
    exit 2
fi
if [[ ! -r $1 ]]; then
    echo "completion_test: cannot read '$1'" >&2
    exit 2
fi

# shellcheck source=/dev/null
if ! source "$1"; then
    echo "FAIL: sourcing $1 failed" >&2
    exit 1
fi

failures=0
cases=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

registration=$(complete -p sore 2>/dev/null)
cases=$((cases + 1))
if [[ $registration != *"-F "* ]]; then
    echo "FAIL: sourcing $1 registers no completion function for sore ('complete -p sore' shows '$registration')" >&2
    exit 1
fi
function=${registration##*-F }
function=${function%% *}

# Splits $1 into COMP_WORDS as bash does: at blanks, and around the word
# break characters '=' and ':' that COMP_WORDBREAKS holds (both, by
# default), which become words of their own. A line that ends in a blank
# gets an empty last word.
split_line() {
    local line=$1 token rest run breaks=''
    [[ $COMP_WORDBREAKS == *=* ]] && breaks+='='
    [[ $COMP_WORDBREAKS == *:* ]] && breaks+=':'
    COMP_WORDS=()
    read -r -a tokens <<<"$line"
    for token in "${tokens[@]}"; do
        rest=$token
        if [[ -z $breaks ]]; then
            COMP_WORDS+=("$rest")
            continue
        fi
        while [[ -n $rest ]]; do
            if [[ $rest =~ ^[$breaks]+ || $rest =~ ^[^$breaks]+ ]]; then
                run=${BASH_REMATCH[0]}
                COMP_WORDS+=("$run")
                rest=${rest:${#run}}
            fi
        done
    done
    if [[ $line == *[[:blank:]] || ${#COMP_WORDS[@]} -eq 0 ]]; then
        COMP_WORDS+=('')
    fi
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
}

# Runs the completion for the line $1 and prints its replies, sorted, on
# one line.
complete_line() {
    COMP_LINE=$1
    COMP_POINT=${#COMP_LINE}
    COMP_TYPE=9
    COMP_KEY=9
    split_line "$COMP_LINE"
    COMPREPLY=()
    "$function" sore "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
    if ((${#COMPREPLY[@]} > 0)); then
        printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'
    fi
}

# expect LINE EXPECTED...: the replies for LINE are exactly EXPECTED.
expect() {
    local line=$1 got want
    shift
    cases=$((cases + 1))
    got=$(complete_line "$line")
    want=$( (($# > 0)) && printf '%s\n' "$@" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
    if [[ $got != "$want" ]]; then
        fail "'$line' completes to '$got'; expected '$want'"
    fi
}

# The cases the packaging asks for.
expect 'sore lo' log
expect 'sore log --pressure ' light medium firm deep
expect 'sore week --format ' text json csv
expect 'sore causes --format ' text json
expect 'sore recovery --format ' text json
expect 'sore brief --format ' text json
expect 'sore list --f' --format --from
expect 'sore --d' --db
expect 'sore log --technique deep' deep-tissue

# More of the same ground.
expect 'sore ' log add list show edit rm week causes sites recovery brief report export import check backup undo redo history due remind help
expect 'sore --' --db --config --no-color --help --version
expect 'sore --db /tmp/journal.db li' list
expect 'sore --no-color we' week
expect 'sore add --pres' --pressure
expect 'sore list --format ' table csv json
expect 'sore show 3 --format ' text json
expect 'sore list --format=j' json
expect 'sore week --format=' text json csv
expect 'sore log --side ' left right both
expect 'sore log --technique ' swedish deep-tissue trigger-point sports myofascial self other none
expect 'sore edit 3 --clear ta' tags
expect 'sore edit 3 --un' --untag --unsite
expect 'sore rm 3 --' --yes --help
expect 'sore week --a' --ascii
expect 'sore re' recovery redo remind report
expect 'sore rec' recovery
expect 'sore b' backup brief
expect 'sore h' help history
expect 'sore u' undo
expect 'sore report --' --from --to --name --output --force --help
expect 'sore list --w' --wide
expect 'sore week --w' --weeks --wide
expect 'sore log --d' --date --during
expect 'sore report --to ' today yesterday monday tuesday wednesday thursday friday saturday sunday
expect 'sore report --output physio.html --f' --force --from
expect 'sore help ca' causes
expect 'sore help causes ' # one command is enough
expect 'sore help re' recovery redo remind report
expect 'sore help br' brief
expect 'sore recovery --' --from --to --format --help
expect 'sore si' sites
expect 'sore sites --' --from --to --format --wide --help
expect 'sore sites --format ' text json
expect 'sore sites --from 2026-01-01 --w' --wide
expect 'sore recovery --f' --format --from
expect 'sore recovery --from ' today yesterday monday tuesday wednesday thursday friday saturday sunday
expect 'sore recovery --format=j' json
expect 'sore recovery --from -90d --to yesterday --format ' text json
expect 'sore brief --' --format --help
expect 'sore brief --format=' text json
expect 'sore brief --from' # not an option of brief
expect 'sore brief --format text ' # brief takes no argument
expect 'sore log --note ' # free text: nothing to offer
expect 'sore log --pressure deep --knots 3 --' \
    --date --soreness --time --during --sitting --pressure --technique --knots \
    --injury --emotional --side --note --tag --site --help
expect 'sore list --pressure' # not an option of list
expect 'sore export --format ' csv json fhir
expect 'sore export --f' --format --from --force
expect 'sore import --' --dry-run --replace --help
expect 'sore undo --' --dry-run --yes --help
expect 'sore undo --d' --dry-run
expect 'sore undo --dry-run --y' --yes
expect 'sore undo ' # undo takes no argument
expect 'sore redo --' --dry-run --help
expect 'sore redo --y' # not an option of redo
expect 'sore history --' --last --format --help
expect 'sore history --format ' text json
expect 'sore history --format=j' json
expect 'sore history 41 --last 5 --format ' text json
expect 'sore history --last ' # a number: nothing to offer
expect 'sore history ' # an entry id: nothing to offer
expect 'sore history --last 5 ' # still an entry id
expect 'sore help hi' history
expect 'sore d' due
expect 'sore due --' --quiet --help
expect 'sore due --quiet ' # due takes no argument
expect 'sore remind ' on off status now
expect 'sore remind s' status
expect 'sore remind on --' --at --format --help
expect 'sore remind on --at ' # a time: nothing to offer
expect 'sore remind on --at 08:00 ' # one action is enough
expect 'sore remind status --format ' text json
expect 'sore remind status --format=j' json
expect 'sore help rem' remind

# Body sites: --site of log and edit (NAME[:SIDE]=N), edit's --unsite and
# list's --site (NAME[:SIDE]). Readline replaces what follows the last ':'
# or '=' (both in COMP_WORDBREAKS), so the sides and levels come bare.
sites=(glute-max glute-med glute-min piriformis si-joint hamstring-origin hip-flexors tfl lower-back)
expect 'sore edit 3 --' \
    --date --soreness --time --during --sitting --pressure --technique --knots \
    --injury --emotional --side --note --tag --site --untag --unsite --clear --help
expect 'sore list --' --from --to --last --tag --site --format --wide --help
expect 'sore list --s' --site
expect 'sore log --si' --side --sitting --site
expect 'sore edit 3 --clear ' time during sitting pressure technique knots injury emotional side note tags sites
expect 'sore edit 3 --clear si' side sitting sites
expect 'sore log --site ' "${sites[@]}"
expect 'sore add --site ' "${sites[@]}"
expect 'sore edit 3 --site ' "${sites[@]}"
expect 'sore edit 3 --unsite ' "${sites[@]}"
expect 'sore list --site ' "${sites[@]}"
expect 'sore log --site glute-m' glute-max glute-med glute-min
expect 'sore log --site h' hamstring-origin hip-flexors
expect 'sore list --site l' lower-back
expect 'sore edit 3 --unsite si' si-joint
expect 'sore log --site glute-med' glute-med glute-med:left glute-med:right glute-med:both
expect 'sore list --site tfl' tfl tfl:left tfl:right tfl:both
expect 'sore log --site glute-med:' left right both
expect 'sore log --site glute-med:r' right
expect 'sore edit 3 --unsite piriformis:' left right both
expect 'sore list --site lower-back:b' both
expect 'sore log --site nerve:' # not a site
expect 'sore log --site glute-med:left=' 0 1 2 3 4 5 6 7 8 9 10
expect 'sore log --site piriformis=1' 1 10
expect 'sore edit 3 --site si-joint:right=' 0 1 2 3 4 5 6 7 8 9 10
expect 'sore edit 3 --unsite tfl=' # no level to remove
expect 'sore list --site tfl=' # nor to filter on
expect 'sore log --site=pi' piriformis
expect 'sore log --site=glute-med:l' left
expect 'sore log --site=glute-med:left=' 0 1 2 3 4 5 6 7 8 9 10
expect 'sore list --site=hip' hip-flexors
expect 'sore log --site glute-med:left=6 --t' --tag --technique --time
expect 'sore log --site glute-med:left=6 ' today yesterday monday tuesday wednesday thursday friday saturday sunday
expect 'sore log --site tfl=2 --site ' "${sites[@]}"
expect 'sore list --site tfl:left --format ' table csv json
expect 'sore show 3 --site' # not an option of show
expect 'sore list --unsite' # nor of list

# Without ':' in COMP_WORDBREAKS (as some users set it), NAME:SIDE is one
# word and the replies are whole; without '=', --opt=value is one word too.
saved_wordbreaks=$COMP_WORDBREAKS
COMP_WORDBREAKS=${saved_wordbreaks//:/}
expect 'sore log --site glute-med:' glute-med:left glute-med:right glute-med:both
expect 'sore list --site tfl:l' tfl:left
expect 'sore log --site tfl:left=1' 1 10
expect 'sore log --site=glute-med:r' glute-med:right # '=' still breaks: what follows it
COMP_WORDBREAKS=${saved_wordbreaks//=/}
COMP_WORDBREAKS=${COMP_WORDBREAKS//:/}
expect 'sore log --site=glute-med:r' --site=glute-med:right
expect 'sore log --site=tfl=1' --site=tfl=1 --site=tfl=10
expect 'sore week --format=j' --format=json
COMP_WORDBREAKS=${saved_wordbreaks//=/}
expect 'sore log --site=glute-med:r' right
COMP_WORDBREAKS=$saved_wordbreaks

# File names after --db, --config, -o, and backup's and import's FILE.
scratch=$(mktemp -d) || exit 1
trap 'rm -rf "$scratch"' EXIT
touch "$scratch/journal.db" "$scratch/other.db"
expect "sore --db $scratch/jo" "$scratch/journal.db"
expect "sore --config $scratch/ot" "$scratch/other.db"
expect "sore backup $scratch/j" "$scratch/journal.db"
expect "sore import $scratch/ot" "$scratch/other.db"
expect "sore export -o $scratch/ot" "$scratch/other.db"
expect "sore export --output=$scratch/ot" "$scratch/other.db"
expect "sore --db=$scratch/jo" "$scratch/journal.db"
expect "sore report -o $scratch/ot" "$scratch/other.db"
expect "sore report --output=$scratch/jo" "$scratch/journal.db"

if ((failures > 0)); then
    echo "completion_test: $failures of $cases cases failed" >&2
    exit 1
fi
echo "completion_test: all $cases cases passed"
exit 0
