#!/usr/bin/env bash
# Times `sore week` and `sore causes` on a large generated journal against the
# sqlite3 shell running the same report query (reports/*.sql) on the same file.
# Usage: tests/bench/reports.sh [BUILD_FOLDER] [ENTRIES]   (defaults: build 1000000)
# Never run by CTest or `make test`: timings depend on the machine.
set -eu
export LC_ALL=C TZ=UTC

build=${1:-build}
entries=${2:-1000000}
runs=5
first_day_offset=10957    # ~30 years of days, ending on last_day
last_day=2025-12-31
today=2026-01-01          # SORE_TODAY: every entry lies in the past

root=$(cd "$(dirname "$0")/../.." && pwd)
sore="$build/src/sore"

die() {
    echo "reports.sh: $*" >&2
    exit 2
}

case $entries in
'' | *[!0-9]* | 0*) die "ENTRIES must be a whole number above 0, not '$entries'" ;;
esac
[ -x "$sore" ] || die "no sore binary at $sore; build first: cmake -S . -B $build && cmake --build $build"
command -v sqlite3 >/dev/null 2>&1 ||
    die "the sqlite3 shell is missing; install it with: apt-get install sqlite3"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or later (EPOCHREALTIME)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sore-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
db="$tmp/journal.db"
export SORE_DB="$db" SORE_TODAY="$today"

# Microseconds since the epoch, without starting a process.
now_us() {
    local t=${EPOCHREALTIME/./}
    echo $((10#$t))
}

seconds() { # microseconds -> seconds with three decimals
    awk -v us="$1" 'BEGIN { printf "%.3f", us / 1e6 }'
}

# (a) A fresh journal whose schema sore itself applied.
"$sore" log "$last_day" --soreness 0 --technique none >/dev/null
"$sore" rm 1 --yes >/dev/null

# (b) ENTRIES rows in one transaction. A Park-Miller generator (x * 48271 mod
# 2^31 - 1, seeded with 20240601) gives every row eight fresh numbers r1..r8;
# g1..g8 are 48271^1..^8 mod 2^31 - 1, so the data is the same on every run.
# Soreness rises with hours sat, pressure, knots, injury and emotional release,
# plus noise of -2..+2 points, so `sore causes` has something to find.
echo "Generating $entries entries..."
started=$(now_us)
sqlite3 -bail "$db" <<SQL
PRAGMA cache_size = -262144;
BEGIN;
WITH RECURSIVE
seq(n, r1, r2, r3, r4, r5, r6, r7, r8) AS (
    SELECT 1, 20240601 * 48271 % 2147483647, 20240601 * 182605794 % 2147483647,
           20240601 * 1291394886 % 2147483647, 20240601 * 1914720637 % 2147483647,
           20240601 * 2078669041 % 2147483647, 20240601 * 407355683 % 2147483647,
           20240601 * 1105902161 % 2147483647, 20240601 * 854716505 % 2147483647
    UNION ALL
    SELECT n + 1, r8 * 48271 % 2147483647, r8 * 182605794 % 2147483647,
           r8 * 1291394886 % 2147483647, r8 * 1914720637 % 2147483647,
           r8 * 2078669041 % 2147483647, r8 * 407355683 % 2147483647,
           r8 * 1105902161 % 2147483647, r8 * 854716505 % 2147483647
    FROM seq WHERE n < $entries
),
raw AS (
    SELECT n,
           date(julianday('$last_day') - ($entries - n) * $first_day_offset / $entries) AS day,
           r1 % 100 < 25 AS rest,
           CASE WHEN r2 % 10 = 0 THEN NULL ELSE 1 + r2 / 10 % 4 END AS pressure0,
           CASE WHEN r3 % 10 = 0 THEN NULL ELSE r3 / 10 % 961 END AS sitting_min,
           CASE WHEN r4 % 7 = 0 THEN NULL ELSE r4 / 7 % 21 END AS knots,
           CASE WHEN r4 / 147 % 3 = 0 THEN NULL ELSE r4 / 441 % 11 END AS during0,
           r5 % 20 = 0 AS injury,
           r5 / 20 % 10 = 0 AS emotional,
           r5 / 200 % 4 AS side,
           r6 % 5 - 2 AS noise,
           CASE WHEN r6 / 5 % 2 = 0 THEN NULL
                ELSE printf('%02d:%02d', r6 / 10 % 24, r6 / 240 % 60) END AS time,
           r1 / 100 % 7 AS technique,
           CASE WHEN r7 % 5 = 0 THEN 'bench note ' || n END AS note
    FROM seq
),
shaped AS (
    SELECT *,
           CASE WHEN rest THEN NULL ELSE pressure0 END AS pressure,
           CASE WHEN rest THEN NULL ELSE during0 END AS during
    FROM raw
)
INSERT INTO entry (uuid, date, time, soreness, during, sitting_min, pressure, technique,
                   knots, injury, emotional, side, note, created_at, updated_at)
SELECT printf('%08x-0000-4000-8000-%012x', n, n),
       day,
       time,
       max(0, min(10, CAST(round(0.5 + 0.25 * coalesce(sitting_min, 480) / 60.0
                                 + 0.7 * coalesce(pressure, 0)
                                 + 0.1 * coalesce(knots, 0)
                                 + 1.5 * injury + 0.5 * emotional + noise) AS INTEGER))),
       during,
       sitting_min,
       pressure,
       CASE WHEN rest THEN 'none'
            ELSE CASE technique WHEN 0 THEN 'swedish' WHEN 1 THEN 'deep-tissue'
                                WHEN 2 THEN 'trigger-point' WHEN 3 THEN 'sports'
                                WHEN 4 THEN 'myofascial' WHEN 5 THEN 'self' ELSE 'other' END
       END,
       knots,
       injury,
       emotional,
       CASE side WHEN 1 THEN 'left' WHEN 2 THEN 'right' WHEN 3 THEN 'both' END,
       note,
       day || 'T21:00:00Z',
       day || 'T21:00:00Z'
FROM shaped;
COMMIT;
SQL
generated=$(($(now_us) - started))

count=$(sqlite3 -readonly "$db" 'SELECT count(*) FROM entry')
[ "$count" = "$entries" ] || die "the journal holds $count entries, not $entries"
first=$(sqlite3 -readonly "$db" 'SELECT min(date) FROM entry')
last=$(sqlite3 -readonly "$db" 'SELECT max(date) FROM entry')
size=$(($(stat -c %s "$db") / 1048576))
echo "Generated $entries entries, $first to $last, ${size} MiB, in $(seconds "$generated") s."

# (c) The exact report SQL, its parameters bound with the shell's .parameter.
# The shell reads VALUE as SQL once its own quotes are gone, so a date needs
# both: "'1996-01-02'" (a bare 1996-01-02 would be the number 1993).
{
    printf '.parameter set ?1 "%s"\n' "'$first'"
    printf '.parameter set ?2 "%s"\n' "'$last'"
    cat "$root/reports/week.sql"
} >"$tmp/week.sql"
{
    printf '.parameter set ?1 NULL\n'
    printf '.parameter set ?2 NULL\n'
    cat "$root/reports/causes.sql"
} >"$tmp/causes.sql"
# A stricter yardstick for causes: the same scan of the same columns, summed
# to one row, so the shell spends nothing on printing a million rows.
{
    printf '.parameter set ?1 NULL\n'
    printf '.parameter set ?2 NULL\n'
    echo "SELECT count(*), sum(soreness), sum(sitting_min), sum(pressure), sum(knots),"
    echo "       sum(injury), sum(emotional)"
    echo "FROM entry WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2);"
} >"$tmp/causes-sums.sql"

shell_query() {
    sqlite3 -bail -readonly "$db" <"$1"
}

# Best wall-clock time of $runs runs of a command, in microseconds; its
# output goes to /dev/null, and on failure its error is shown.
best_of() {
    local best='' i t0 t
    for ((i = 0; i < runs; i++)); do
        t0=$(now_us)
        if ! "$@" >/dev/null 2>"$tmp/stderr"; then
            echo "reports.sh: failed: $*" >&2
            cat "$tmp/stderr" >&2
            exit 1
        fi
        t=$(($(now_us) - t0))
        if [ -s "$tmp/stderr" ]; then
            echo "reports.sh: $* wrote to standard error:" >&2
            cat "$tmp/stderr" >&2
            exit 1
        fi
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then
            best=$t
        fi
    done
    echo "$best"
}

# Make sure both sides saw every entry before timing them.
shell_week=$(shell_query "$tmp/week.sql" | awk -F'|' '{ n += $2 } END { print n + 0 }')
[ "$shell_week" = "$entries" ] || die "week.sql in sqlite3 counted $shell_week entries, not $entries"
shell_causes=$(shell_query "$tmp/causes.sql" | wc -l)
[ "$shell_causes" = "$entries" ] || die "causes.sql in sqlite3 gave $shell_causes rows, not $entries"
weekly=$("$sore" week --from "$first" --to "$last" --format csv |
    awk -F, 'NR > 1 { n += $3 } END { print n + 0 }')
[ "$weekly" = "$entries" ] || die "sore week counted $weekly entries, not $entries"
json=$("$sore" causes --format json)
case $json in
*"\"entries\": $entries,"*) ;;
*) die "sore causes --format json did not count $entries entries" ;;
esac

echo "Timing, best of $runs runs each..."
started=$(now_us)
sql_week=$(best_of shell_query "$tmp/week.sql")
sql_causes=$(best_of shell_query "$tmp/causes.sql")
sql_sums=$(best_of shell_query "$tmp/causes-sums.sql")
sore_week=$(best_of "$sore" week --from "$first" --to "$last" --format csv)
sore_causes=$(best_of "$sore" causes)
sore_causes_json=$(best_of "$sore" causes --format json)
timed=$(($(now_us) - started))

# (e) The table.
echo
row() {
    awk -v name="$1" -v s="$2" -v q="$3" 'BEGIN {
        ratio = q > 0 ? s / q : 0
        printf "%-52s %9.3f %11.3f %6.2f  %s\n", name, s / 1e6, q / 1e6, ratio,
               ratio <= 2 ? "yes" : "NO"
    }'
}
printf '%-52s %9s %11s %6s  %s\n' command "sore s" "sqlite3 s" ratio "<= 2"
row "week --from $first --to $last --format csv" "$sore_week" "$sql_week"
row "causes" "$sore_causes" "$sql_causes"
row "causes --format json" "$sore_causes_json" "$sql_causes"
row "causes, against one-row sums of the same columns" "$sore_causes" "$sql_sums"
echo
echo "sqlite3 s: sqlite3 -readonly on reports/week.sql or reports/causes.sql, output to /dev/null;"
echo "the last row: the causes scan summed to one row (no rows printed)."
echo "$entries entries; $("$sore" --version), sqlite3 $(sqlite3 --version | cut -d' ' -f1);" \
    "timing took $(seconds "$timed") s."
