#!/bin/sh
# Builds the .deb, installs it on this machine, checks the installed sore,
# its man page and bash completion, then removes the package again.
# Usage: deb_test.sh BUILD_FOLDER SOURCE_FOLDER VERSION
# Needs root (it installs a package); exits 77 (skipped) otherwise, or when
# a sore package is already installed, which it must not replace.
set -eu

build=$1
source=$2
version=$3

skip() {
    echo "deb_test: skipped: $*"
    exit 77
}
fail() {
    echo "deb_test: FAIL: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
if dpkg-query -W -f='${Status}' sore 2>/dev/null | grep -q "install ok installed"; then
    skip "a sore package is already installed; not replacing it"
fi

tmp=$(mktemp -d)
installed=""
cleanup() {
    if [ -n "$installed" ]; then
        dpkg --purge sore >/dev/null || echo "deb_test: could not remove the package" >&2
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# A package of this build, made in a scratch folder so the build stays clean.
(cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) ||
    { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(find "$tmp/out" -maxdepth 1 -name "sore_${version}_*.deb")
[ -n "$deb" ] || fail "no sore_${version}_*.deb in $(ls "$tmp/out")"
echo "deb_test: built $(basename "$deb")"

dpkg-deb --field "$deb" Depends | grep -q libsqlite3 ||
    fail "Depends does not name libsqlite3: $(dpkg-deb --field "$deb" Depends)"
dpkg-deb --field "$deb" Depends | grep -q libnotify &&
    fail "Depends names libnotify, which is only opened at run time: $(dpkg-deb --field "$deb" Depends)"
dpkg-deb --field "$deb" Recommends | grep -q libnotify4 ||
    fail "Recommends does not name libnotify4: $(dpkg-deb --field "$deb" Recommends)"
[ "$(dpkg-deb --field "$deb" Section)" = utils ] || fail "Section is not utils"

# dpkg -i, as the libraries it needs are the build's own; the path-includes
# undo the man and doc excludes of slim container images.
installed=yes
dpkg -i --path-include='/usr/share/man/*' --path-include='/usr/share/doc/sore/*' "$deb" \
    >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -i of the .deb failed"; }

[ "$(/usr/bin/sore --version)" = "sore $version" ] ||
    fail "installed sore --version says '$(/usr/bin/sore --version)', not 'sore $version'"
out=$(SORE_DB="$tmp/journal.db" /usr/bin/sore log 2026-01-05 --soreness 4 --sitting 8)
case $out in
"Added entry 1 for 2026-01-05"*) ;;
*) fail "installed sore log printed '$out'" ;;
esac
[ "$(stat -c %a "$tmp/journal.db")" = 600 ] || fail "the journal is not 0600"

page=$(man -w sore) || fail "man -w sore finds no page"
[ "$page" = /usr/share/man/man1/sore.1.gz ] || fail "man -w sore gives $page"
[ -f /usr/share/zsh/vendor-completions/_sore ] || fail "no zsh completion installed"
[ -f /usr/share/doc/sore/copyright ] || fail "no copyright file installed"
bash "$source/tests/packaging/completion_test.sh" /usr/share/bash-completion/completions/sore ||
    fail "the installed bash completion does not complete"

dpkg --purge sore >/dev/null
installed=""
[ ! -e /usr/bin/sore ] || fail "/usr/bin/sore is still there after removing the package"
echo "deb_test: installed, checked and removed sore $version"
