#!/bin/sh
# Checks the man page against the program it documents:
#  - every command in the "Commands:" block of 'sore --help' has an entry in
#    the page: a ".SS" heading "sore NAME ..." under ".SH COMMANDS" (an
#    alias, such as "add" in "log (add)", must be named in its command's
#    entry);
#  - every option of every command (the lines of 'sore CMD --help' that start
#    with "  --opt" or "  -x, --opt") is the tag of a ".TP" item in that
#    command's entry, and every global option of 'sore --help' is one under
#    ".SH OPTIONS"; the page writes hyphens as "\-", which counts as "-";
#  - 'groff -man -ww -z' prints nothing for the page (skipped, with a
#    message, when groff is not installed).
#
# Usage: man_test.sh PATH/TO/sore PATH/TO/sore.1
# Exit status: 0 when everything is there, 1 when something is missing
# (each gap is named on standard error), 2 on a usage error.

if [ "$#" -ne 2 ]; then
    echo "usage: $0 PATH/TO/sore PATH/TO/sore.1" >&2
    exit 2
fi
sore=$1
page=$2
if [ ! -x "$sore" ]; then
    echo "man_test: '$sore' is not an executable file" >&2
    exit 2
fi
if [ ! -r "$page" ]; then
    echo "man_test: cannot read '$page'" >&2
    exit 2
fi

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

scratch=$(mktemp -d) || exit 2
trap 'rm -rf "$scratch"' EXIT
trap 'exit 2' HUP INT TERM

# The page with roff escapes turned into the text they stand for: "\-" is
# "-", font changes and quotes go, so "\fB\-\-db\fR" reads "--db".
sed -e 's/\\-/-/g' \
    -e 's/\\f[BIRP1-4]//g' -e 's/\\f([A-Za-z][A-Za-z]//g' -e 's/\\f\[[^]]*\]//g' \
    -e 's/\\(ti/~/g' -e 's/\\([A-Za-z][A-Za-z]//g' -e 's/\\\[[^]]*\]//g' \
    -e 's/\\&//g' -e 's/\\e/\\/g' -e 's/"//g' \
    "$page" >"$scratch/page" || exit 2

# entry_of NAME: the lines of the ".SS sore NAME ..." entry under
# ".SH COMMANDS", up to the next .SS or .SH (nothing when there is none).
entry_of() {
    awk -v name="$1" '
        /^\.SH[ \t]/ { commands = ($0 ~ /^\.SH[ \t]+COMMANDS[ \t]*$/); inside = 0; next }
        /^\.SS[ \t]/ {
            inside = 0
            if (commands) {
                heading = $0
                sub(/^\.SS[ \t]+/, "", heading)
                sub(/^sore[ \t]+/, "", heading)
                split(heading, word, /[ \t]+/)
                if (word[1] == name) { inside = 1; print }
            }
            next
        }
        inside { print }
    ' "$scratch/page"
}

# section_of NAME: the lines of ".SH NAME", up to the next .SH.
section_of() {
    awk -v name="$1" '
        /^\.SH[ \t]/ { t = $0; sub(/^\.SH[ \t]+/, "", t); sub(/[ \t]+$/, "", t); inside = (t == name); next }
        inside { print }
    '  "$scratch/page"
}

# tags: of the lines on standard input, those that follow a .TP (the items'
# tags).
tags() {
    awk '/^\.TP([ \t]|$)/ { tag = 1; next } tag { print; tag = 0 }'
}

# options_in HELP_FILE: the options its lines "  --opt ..." and
# "  -x, --opt ..." name, one a line.
options_in() {
    sed -n 's/^  \(-[A-Za-z0-9], \)\{0,1\}\(--[A-Za-z0-9][-A-Za-z0-9]*\).*/\1\2/p' "$1" |
        tr ',' '\n' | tr -d ' ' | sed '/^$/d'
}

# has_option OPTION FILE: whether FILE names OPTION as a whole word.
has_option() {
    grep -Eq -e "(^|[^-A-Za-z0-9])$1([^-A-Za-z0-9]|$)" "$2"
}

if ! "$sore" --help >"$scratch/help" 2>"$scratch/help.err"; then
    fail "'$sore --help' failed: $(head -n 1 "$scratch/help.err")"
    exit 1
fi

# The "Commands:" block: "  name (alias)   summary" lines up to a blank one.
awk '/^Commands:/ { inside = 1; next } inside && /^[ \t]*$/ { exit } inside { print }' \
    "$scratch/help" >"$scratch/commands"
if [ ! -s "$scratch/commands" ]; then
    fail "found no \"Commands:\" block in '$sore --help'"
    exit 1
fi

checked_commands=0
checked_options=0
while read -r name rest; do
    [ -n "$name" ] || continue
    checked_commands=$((checked_commands + 1))
    entry_of "$name" >"$scratch/entry"
    if [ ! -s "$scratch/entry" ]; then
        fail "command '$name' has no entry (.SS \"sore $name ...\") under .SH COMMANDS in $page"
        continue
    fi
    case $rest in
        '('*')'*)
            alias=${rest#\(}
            alias=${alias%%\)*}
            if ! grep -Eq "(^|[^-A-Za-z0-9])$alias([^-A-Za-z0-9]|$)" "$scratch/entry"; then
                fail "alias '$alias' is not named in the entry for '$name' in $page"
            fi
            ;;
    esac

    # 'sore help' takes a command name, not options; 'sore help --help' is
    # the program's help, whose global options are checked below.
    [ "$name" = help ] && continue
    if ! "$sore" "$name" --help >"$scratch/cmd-help" 2>"$scratch/cmd-help.err"; then
        fail "'$sore $name --help' failed: $(head -n 1 "$scratch/cmd-help.err")"
        continue
    fi
    options_in "$scratch/cmd-help" >"$scratch/options"
    if [ ! -s "$scratch/options" ]; then
        fail "found no option lines in '$sore $name --help'"
        continue
    fi
    tags <"$scratch/entry" >"$scratch/tags"
    while read -r option; do
        checked_options=$((checked_options + 1))
        if ! has_option "$option" "$scratch/tags"; then
            fail "option '$option' of '$name' has no item (.TP) in the entry for '$name' in $page"
        fi
    done <"$scratch/options"
done <"$scratch/commands"

# The global options, under .SH OPTIONS.
section_of OPTIONS | tags >"$scratch/global-tags"
awk '/^Commands:/ { skip = 1 } skip && /^[ \t]*$/ { skip = 0; next } !skip { print }' \
    "$scratch/help" >"$scratch/global-help"
options_in "$scratch/global-help" >"$scratch/global-options"
if [ ! -s "$scratch/global-options" ]; then
    fail "found no option lines in '$sore --help'"
fi
while read -r option; do
    checked_options=$((checked_options + 1))
    if ! has_option "$option" "$scratch/global-tags"; then
        fail "global option '$option' has no item (.TP) under .SH OPTIONS in $page"
    fi
done <"$scratch/global-options"

# The page itself must be clean for groff.
if command -v groff >/dev/null 2>&1; then
    if ! groff -man -ww -z "$page" >"$scratch/groff" 2>&1 || [ -s "$scratch/groff" ]; then
        fail "'groff -man -ww -z $page' is not silent:"
        sed 's/^/  /' "$scratch/groff" >&2
    fi
else
    echo "note: groff is not installed; skipped the 'groff -man -ww -z' check"
fi

if [ "$failures" -gt 0 ]; then
    echo "man_test: $failures problem(s) in $page" >&2
    exit 1
fi
echo "man_test: $checked_commands commands and $checked_options options documented in $page"
exit 0
