#!/bin/sh
# Installs the Debian 12 packages sore needs to build and test, if missing.
# Runs apt-get as root, or through sudo for anyone else.
set -eu

packages="g++ cmake make pkg-config tzdata util-linux
libsqlite3-dev libboost-program-options-dev libboost-dev libboost-math-dev libhowardhinnant-date-dev
libeigen3-dev libsodium-dev libcsv-dev libkainjow-mustache-dev libutf8proc-dev libxml2-utils
libfmt-dev nlohmann-json3-dev libgtest-dev libgmock-dev
dpkg-dev file man-db groff-base python3
sqlite3 time libbenchmark-dev clang-tidy ccache
libnotify-dev systemd dbus-daemon dbus-session-bus-common"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "sore: these packages are missing and installing them needs root:$missing" >&2
    exit 1
fi
echo "Installing:$missing"
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
