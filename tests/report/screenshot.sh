#!/bin/sh
# Looks at `sore report` in a real browser, for a person to check by eye:
# builds the demo journal (tests/demo.sh), writes the page, and has headless
# Chromium make a screenshot the size of an A4 sheet at 150 dpi, and PDFs
# as printed on Letter (Chromium's default) and on A4. With pdftoppm
# (poppler-utils) it also turns each PDF page into a PNG.
#
# Not part of ctest: it needs Chromium (apt-get install chromium) and eyes.
# Usage: tests/report/screenshot.sh [BUILD_FOLDER [OUTPUT_FOLDER]]
#        (defaults: build and /tmp/sore-report)
set -eu

build=${1:-build}
out=${2:-/tmp/sore-report}
here=$(dirname "$0")
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "screenshot: no Chromium found; install it with: apt-get install chromium" >&2
    exit 1
fi

mkdir -p "$out"
sh "$here/../demo.sh" "$build" >/dev/null 2>&1
SORE_DB="$build/demo/journal.db" "$build/src/sore" report -o "$out/report.html" --force
# The same page with A4 paper asked for, as a user whose printer holds A4.
sed 's|</style>|@page { size: A4; }\n</style>|' "$out/report.html" >"$out/report-a4.html"

shoot() {
    # Chromium's own chatter (D-Bus, GPU) goes to stderr; keep only failures.
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --no-pdf-header-footer "$@" >/dev/null 2>&1
}
page=$(realpath "$out/report.html")
shoot --window-size=1240,1754 --screenshot="$out/report.png" "file://$page"
shoot --print-to-pdf="$out/report-letter.pdf" "file://$page"
shoot --print-to-pdf="$out/report-a4.pdf" "file://$(realpath "$out/report-a4.html")"

if command -v pdftoppm >/dev/null 2>&1; then
    pdftoppm -r 80 -png "$out/report-letter.pdf" "$out/letter"
    pdftoppm -r 80 -png "$out/report-a4.pdf" "$out/a4"
fi
ls -1 "$out"
