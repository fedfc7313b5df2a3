#!/usr/bin/env bash
# Runs every benchmark of sore: whole commands on a journal of ENTRIES
# generated entries against the sqlite3 shell doing the same work on the
# same file, then the in-process Google Benchmark timings. Prints a table
# and writes it as Markdown to tests/bench/results/.
# Usage: tests/bench/run.sh [BUILD_FOLDER] [ENTRIES]   (defaults: build 1000000)
# Never run by CTest or `make test`: timings depend on the machine.
set -eu
export LC_ALL=C TZ=UTC

build=${1:-build}
entries=${2:-1000000}
seed=20240601
last_day=2025-12-31
today=2026-01-01 # SORE_TODAY: every entry lies in the past

root=$(cd "$(dirname "$0")/../.." && pwd)
bench=$root/tests/bench

die() {
    echo "run.sh: $*" >&2
    exit 2
}

case $entries in
'' | *[!0-9]* | 0*) die "ENTRIES must be a whole number above 0, not '$entries'" ;;
esac
[ -d "$build" ] || die "no build folder $build; build first: cmake -S . -B $build && cmake --build $build"
build=$(cd "$build" && pwd)
sore=$build/src/sore
micro=$build/tests/bench/sore_micro_bench
[ -x "$sore" ] || die "no sore binary at $sore; build first: cmake --build $build"
for tool in sqlite3 python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing; sh packaging/install-build-deps.sh installs it"
done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing; sh packaging/install-build-deps.sh installs it"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or later (EPOCHREALTIME)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sore-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
csv=$tmp/entries.csv
rcsv=$tmp/shuffled.csv # the same entries in random order, ids 1..N in that order
db=$tmp/journal.db     # imported from $csv: the table in date order
rdb=$tmp/shuffled.db   # imported from $rcsv: the table in random date order
export SORE_TODAY="$today" SORE_DB="$db"

now_us() { # microseconds since the epoch
    local t=${EPOCHREALTIME/./}
    echo $((10#$t))
}

seconds() { # microseconds -> seconds with three decimals
    awk -v us="$1" 'BEGIN { printf "%.3f", us / 1e6 }'
}

count_entries() {
    sqlite3 -readonly "$1" 'SELECT count(*) FROM entry'
}

# --- The machine, before anything runs --------------------------------------
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')
cpu_model=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
cores=$(nproc)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$root" status --porcelain -- src schema reports CMakeLists.txt 2>/dev/null)" ]; then
    commit="$commit, with uncommitted changes"
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
sore_version=$("$sore" --version)
sqlite_version=$(sqlite3 -version | cut -d' ' -f1)

# --- Durability: sore must keep SQLite's defaults ---------------------------
# The script sets no pragma on sore's side; this checks that sore itself
# does not trade durability for speed (synchronous, journal off or in memory).
durability_hits=$(grep -rniE '\<synchronous\>|journal_mode *= *(off|memory)|locking_mode' \
    "$root/src" || true)

# --- The entries -------------------------------------------------------------
echo "Generating $entries entries (seed $seed, up to $last_day)..."
t0=$(now_us)
python3 "$bench/generate.py" --entries "$entries" --seed "$seed" --end "$last_day" -o "$csv"
generate_us=$(($(now_us) - t0))
python3 "$bench/generate.py" --entries "$entries" --seed "$seed" --end "$last_day" \
    --order random -o "$rcsv"
csv_mib=$(($(stat -c %s "$csv") / 1048576))
echo "Generated $csv_mib MiB of CSV in $(seconds "$generate_us") s."

# --- Timing ------------------------------------------------------------------
# Each side of a row is a function: sore_KEY and sql_KEY, with prep_KEY SIDE
# (if any) run untimed before each. They take a wrapper command as arguments
# (/usr/bin/time for the memory, or nothing) and repeat $reps times where one
# run is too short to time alone.
reps=1

# User and system time of every command this script has run, in
# microseconds, into $cpu_now: the second line of the times builtin
# ("0m1.234s 0m0.056s"). Not in a command substitution: the subshell would
# not count this shell's children.
take_cpu() {
    local self user system minutes rest
    times >"$tmp/times"
    { read -r self && read -r user system; } <"$tmp/times"
    : "$self"
    cpu_now=0
    for rest in "$user" "$system"; do
        minutes=${rest%%m*}
        rest=${rest#*m}
        rest=${rest%s}
        cpu_now=$((cpu_now + (10#$minutes * 60 + 10#${rest%.*}) * 1000000 + 10#${rest#*.} * 1000))
    done
}

# One run of a side: its wall time in microseconds goes to $elapsed, its
# CPU time (user and system, every thread and child) to $cpu. Output goes
# to /dev/null; a failure or anything on standard error stops the script.
run_side() {
    local fn=$1 t0 t1 cpu0
    shift
    take_cpu
    cpu0=$cpu_now
    t0=${EPOCHREALTIME/./}
    if ! "$fn" "$@" >/dev/null 2>"$tmp/stderr"; then
        echo "run.sh: $fn failed:" >&2
        cat "$tmp/stderr" >&2
        exit 1
    fi
    t1=${EPOCHREALTIME/./}
    elapsed=$((10#$t1 - 10#$t0))
    take_cpu
    cpu=$((cpu_now - cpu0))
    # The one line sore writes on making a journal is expected; anything
    # else on standard error is a failure.
    if grep -qv '^Started a new journal at ' "$tmp/stderr"; then
        echo "run.sh: $fn wrote to standard error:" >&2
        cat "$tmp/stderr" >&2
        exit 1
    fi
}

# Peak resident memory of the last run under /usr/bin/time -v, in KiB.
peak_kib() {
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time"
}

# "median min max" of the numbers on standard input.
spread() {
    sort -g | awk '{ v[NR] = $1 }
        END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR] }'
}

declare -A rows # the table: by key, one |-separated line
all_passed=yes

# bench KEY RUNS REPS LONG WORK ANCHOR TARGET [MEMORY_MIB]
# Times sore and the sqlite3 shell alternately (the order swaps every run,
# so a machine that speeds up or slows down favours neither), RUNS times,
# each time REPS runs of the command. LONG=1: every timed run goes through
# /usr/bin/time -v (its cost is nothing next to seconds); else one more run
# of each side measures the memory, so the timings carry no wrapper.
bench() {
    local key=$1 runs=$2 each=$3 long=$4 work=$5 anchor=$6 target=$7 memory=${8:-}
    local i side sore_kib=0 sql_kib=0 kib sore_wall sql_wall sore_cpu sql_cpu
    local sore_walls=() sql_walls=() ratios=() cpu_ratios=()
    echo "Timing $work ($runs x $each runs a side)..."
    reps=$each
    for ((i = 0; i < runs; i++)); do
        local order=(sore sql)
        ((i % 2 == 0)) || order=(sql sore)
        for side in "${order[@]}"; do
            if declare -F "prep_$key" >/dev/null; then "prep_$key" "$side"; fi
            if ((long)); then
                run_side "${side}_$key" /usr/bin/time -v -o "$tmp/time"
                kib=$(peak_kib)
                if [ "$side" = sore ]; then
                    ((kib > sore_kib)) && sore_kib=$kib
                else
                    ((kib > sql_kib)) && sql_kib=$kib
                fi
            else
                run_side "${side}_$key"
            fi
            if [ "$side" = sore ]; then
                sore_wall=$elapsed sore_cpu=$cpu
            else
                sql_wall=$elapsed sql_cpu=$cpu
            fi
        done
        sore_walls+=("$sore_wall")
        sql_walls+=("$sql_wall")
        ratios+=("$(awk -v s="$sore_wall" -v q="$sql_wall" 'BEGIN { print s / q }')")
        cpu_ratios+=("$(awk -v s="$sore_cpu" -v q="$sql_cpu" 'BEGIN { print (q > 0 ? s / q : 0) }')")
    done
    if ((!long)); then
        reps=1
        for side in sore sql; do
            if declare -F "prep_$key" >/dev/null; then "prep_$key" "$side"; fi
            run_side "${side}_$key" /usr/bin/time -v -o "$tmp/time"
            kib=$(peak_kib)
            if [ "$side" = sore ]; then sore_kib=$kib; else sql_kib=$kib; fi
        done
    fi
    local sore_med sql_med ratio cpu_ratio pass
    read -r sore_med _ < <(printf '%s\n' "${sore_walls[@]}" | spread)
    read -r sql_med _ < <(printf '%s\n' "${sql_walls[@]}" | spread)
    ratio=$(printf '%s\n' "${ratios[@]}" | spread)
    cpu_ratio=$(printf '%s\n' "${cpu_ratios[@]}" | spread)
    pass=$(awk -v r="${ratio%% *}" -v t="$target" -v kib="$sore_kib" -v mib="$memory" \
        'BEGIN { print (r <= t && (mib == "" || kib <= mib * 1024)) ? "pass" : "FAIL" }')
    local goal="≤ ${target}×"
    [ -z "$memory" ] || goal="$goal, ≤ $memory MiB"
    if [ "$target" = - ]; then # a measurement to explain another row, not a target
        pass="(measured)" goal="—"
    fi
    [ "$pass" = pass ] || [ "$target" = - ] || all_passed=no
    rows[$key]=$(awk -v work="$work" -v anchor="$anchor" -v runs="$runs×$each" \
        -v s="$sore_med" -v q="$sql_med" -v n="$each" -v ratio="$ratio" -v cpu="$cpu_ratio" \
        -v sk="$sore_kib" -v qk="$sql_kib" -v goal="$goal" -v pass="$pass" '
        function shown(us) {
            us /= n
            return us >= 1e6 ? sprintf("%.2f s", us / 1e6) : sprintf("%.2f ms", us / 1e3)
        }
        BEGIN {
            split(ratio, r, " ")
            split(cpu, c, " ")
            printf "%s|%s|%s|%s|%s|**%.2f**|%.2f–%.2f|%.2f|%.1f MiB|%.1f MiB|%s|%s\n", work,
                   anchor, runs, shown(s), shown(q), r[1], r[2], r[3], c[1], sk / 1024,
                   qk / 1024, goal, pass
        }')
}

# The row that `sore log` adds, and the same row for the shell.
log_args=(log "$last_day" --time 20:15 --soreness 5 --during 4 --sitting 7.5 --pressure firm
    --technique deep-tissue --knots 3 --side left --note "bench: one more entry")
# A version 4 uuid and the timestamps made in SQL, as sore makes them.
log_sql="INSERT INTO entry (uuid, date, time, soreness, during, sitting_min, pressure, technique,
    knots, injury, emotional, side, note, created_at, updated_at)
VALUES (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'
              || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1)
              || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
        '$last_day', '20:15', 5, 4, 450, 3, 'deep-tissue', 3, 0, 0, 'left',
        'bench: one more entry', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));"

# The export's columns and values (sitting in hours, notes made safe for a
# spreadsheet, tags joined), in the export's order. Only the quoting
# differs: the shell quotes more cells than sore does.
export_sql="SELECT id, uuid, date, time, soreness, during,
       CASE WHEN sitting_min IS NOT NULL
            THEN rtrim(rtrim(printf('%.2f', sitting_min / 60.0), '0'), '.') END AS sitting_hours,
       pressure, technique, knots, injury, emotional, side,
       CASE WHEN ltrim(note, '''') GLOB '[=+@-]*'
                 OR substr(ltrim(note, ''''), 1, 1) IN (char(9), char(13))
            THEN '''' || note ELSE note END AS note,
       (SELECT group_concat(tag, ';')
        FROM (SELECT tag FROM entry_tag WHERE entry_id = entry.id ORDER BY tag)) AS tags,
       (SELECT group_concat(site || CASE side WHEN 'both' THEN '' ELSE ':' || side END
                            || '=' || soreness, ';')
        FROM (SELECT site, side, soreness FROM entry_site WHERE entry_id = entry.id
              ORDER BY CASE site WHEN 'glute-max' THEN 0 WHEN 'glute-med' THEN 1
                       WHEN 'glute-min' THEN 2 WHEN 'piriformis' THEN 3 WHEN 'si-joint' THEN 4
                       WHEN 'hamstring-origin' THEN 5 WHEN 'hip-flexors' THEN 6
                       WHEN 'tfl' THEN 7 ELSE 8 END,
                       CASE side WHEN 'left' THEN 0 WHEN 'right' THEN 1 ELSE 2 END)) AS sites,
       created_at, updated_at
FROM entry
ORDER BY date, time, id;"
# The shell's two ways to that order: walking the date index (its own
# choice), or reading the table as stored and sorting (NOT INDEXED). Which
# is faster depends on the journal; sore must beat both.
export_sort_sql=${export_sql/FROM entry$'\n'/FROM entry NOT INDEXED$'\n'}

# A table of the CSV's columns, and the file into it, as the shell imports.
cat >"$tmp/import.sql" <<SQL
CREATE TABLE entry (id INTEGER, uuid TEXT, date TEXT, time TEXT, soreness INTEGER,
                    during INTEGER, sitting_hours REAL, pressure INTEGER, technique TEXT,
                    knots INTEGER, injury INTEGER, emotional INTEGER, side TEXT, note TEXT,
                    tags TEXT, sites TEXT, created_at TEXT, updated_at TEXT);
.import --csv --skip 1 $csv entry
SQL
sed "s|$csv|$rcsv|" "$tmp/import.sql" >"$tmp/import-random.sql"

# Whether two CSV files hold the same cells (the shell quotes more of them).
same_cells() {
    python3 - "$1" "$2" <<'PY'
import csv, itertools, sys
with open(sys.argv[1], newline="", encoding="utf-8") as a, \
        open(sys.argv[2], newline="", encoding="utf-8") as b:
    pairs = itertools.zip_longest(csv.reader(a), csv.reader(b))
    sys.exit(0 if all(x == y for x, y in pairs) else 1)
PY
}

# sync: the files the run before wrote (and the CSV just generated) go to
# disk now, untimed, not in the middle of the next run's fsyncs.
prep_import() {
    rm -f "$tmp/$1".db*
    sync
}
sore_import() { SORE_DB=$tmp/sore.db "$@" "$sore" import "$csv"; }
sql_import() { "$@" sqlite3 -bail "$tmp/sql.db" <"$tmp/import.sql"; }
prep_import_random() { prep_import "$@"; }
sore_import_random() { SORE_DB=$tmp/sore.db "$@" "$sore" import "$rcsv"; }
sql_import_random() { "$@" sqlite3 -bail "$tmp/sql.db" <"$tmp/import-random.sql"; }

prep_export() {
    rm -f "$tmp/$1.csv"
    sync
}
sore_export() { "$@" "$sore" export -o "$tmp/sore.csv"; }
sql_export() { "$@" sqlite3 -readonly -csv -header "$db" "$export_sql" >"$tmp/sql.csv"; }
prep_export_sort() { prep_export "$@"; }
sore_export_sort() { sore_export "$@"; }
sql_export_sort() { "$@" sqlite3 -readonly -csv -header "$db" "$export_sort_sql" >"$tmp/sql.csv"; }
prep_export_json() { prep_export "$@"; }
sore_export_json() { "$@" "$sore" export --format json -o "$tmp/sore.csv"; }
sql_export_json() { "$@" sqlite3 -readonly -json "$db" "$export_sql" >"$tmp/sql.csv"; }
prep_export_json_sort() { prep_export "$@"; }
sore_export_json_sort() { sore_export_json "$@"; }
sql_export_json_sort() { "$@" sqlite3 -readonly -json "$db" "$export_sort_sql" >"$tmp/sql.csv"; }
# The same four on the journal in random order.
for key in export export_sort export_json export_json_sort; do
    eval "prep_r$key() { prep_export \"\$@\"; }"
    eval "sore_r$key() { SORE_DB=\$rdb sore_$key \"\$@\"; }"
    eval "sql_r$key() { local db=\$rdb; sql_$key \"\$@\"; }"
done

sore_week() { "$@" "$sore" week --weeks 520; }
sql_week() { "$@" sqlite3 -bail -readonly "$db" <"$tmp/week-520.sql"; }
sore_all_weeks() { "$@" "$sore" week --from "$first" --to "$last" --format csv; }
sql_all_weeks() { "$@" sqlite3 -bail -readonly "$db" <"$tmp/week-all.sql"; }
sore_causes() { "$@" "$sore" causes; }
sql_causes() { "$@" sqlite3 -bail -readonly "$db" <"$tmp/causes.sql"; }
sore_causes_json() { "$@" "$sore" causes --format json; }
sql_causes_json() { sql_causes "$@"; }
sore_causes_sums() { sore_causes "$@"; }
sql_causes_sums() { "$@" sqlite3 -bail -readonly "$db" <"$tmp/causes-sums.sql"; }
# On the journal in random order, against the same query there.
sore_rweek() { SORE_DB=$rdb sore_week "$@"; }
sql_rweek() { "$@" sqlite3 -bail -readonly "$rdb" <"$tmp/week-520.sql"; }
sore_rcauses() { SORE_DB=$rdb sore_causes "$@"; }
sql_rcauses() { "$@" sqlite3 -bail -readonly "$rdb" <"$tmp/causes.sql"; }
sore_rrecovery() { SORE_DB=$rdb "$@" "$sore" recovery; }
sql_rrecovery() { sql_rcauses "$@"; }
# The same against the query the shell is fastest with there: the table
# scanned and sorted (FROM entry NOT INDEXED), not the date index walked.
sore_rweek_sort() { sore_rweek "$@"; }
sql_rweek_sort() { "$@" sqlite3 -bail -readonly "$rdb" <"$tmp/week-520-sort.sql"; }
sore_rcauses_sort() { sore_rcauses "$@"; }
sql_rcauses_sort() { "$@" sqlite3 -bail -readonly "$rdb" <"$tmp/causes-sort.sql"; }
sore_rrecovery_sort() { sore_rrecovery "$@"; }
sql_rrecovery_sort() { sql_rcauses_sort "$@"; }

sore_version() {
    local r
    for ((r = 0; r < reps; r++)); do "$@" "$sore" --version; done
}
sql_version() {
    local r
    for ((r = 0; r < reps; r++)); do "$@" sqlite3 -version; done
}

sore_log() {
    local r
    for ((r = 0; r < reps; r++)); do "$@" "$sore" "${log_args[@]}"; done
}
sql_log() {
    local r
    for ((r = 0; r < reps; r++)); do "$@" sqlite3 -bail "$db" "$log_sql"; done
}

# Import first: its last sore run leaves the journal every other row uses.
bench import 5 1 1 "\`sore import\` $entries-row CSV into a new journal" \
    "\`.import --csv\` into a table of the same columns" 1 16
for file in "$tmp"/sore.db*; do # with its -wal file, if one was left
    mv "$file" "$db${file#"$tmp/sore.db"}"
done
bench import_random 5 1 1 "\`sore import\` of the same rows in random order" \
    "\`.import --csv\` of that file" 1 16
for file in "$tmp"/sore.db*; do
    mv "$file" "$rdb${file#"$tmp/sore.db"}"
done
# What SQLite alone takes to fill sore's tables with the same rows, with no
# file to read and nothing checked in C++: INSERT … SELECT from the journal
# just imported (a WHERE clause, so SQLite runs every CHECK rather than copy
# the records), as sore does it (indexes set aside and built at the end,
# 1 MiB cache, foreign keys on, one transaction through the rollback
# journal, then WAL). The shell side of that row is .import again.
sqlite3 -readonly "$db" ".schema --nosys" | grep -v '^CREATE INDEX\|^CREATE UNIQUE INDEX' \
    >"$tmp/floor-schema.sql"
sqlite3 -bail "$tmp/floor-empty.db" "PRAGMA page_size = 16384" ".read $tmp/floor-schema.sql"
sqlite3 -readonly "$db" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
    AND tbl_name IN ('entry', 'entry_tag', 'entry_site')" >"$tmp/floor-indexes.sql"
cat >"$tmp/floor.sql" <<SQL
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -1024;
ATTACH '$db' AS src;
BEGIN;
INSERT INTO entry SELECT * FROM src.entry WHERE id > 0;
INSERT INTO entry_tag SELECT * FROM src.entry_tag WHERE entry_id > 0;
INSERT INTO entry_site SELECT * FROM src.entry_site WHERE entry_id > 0;
.read $tmp/floor-indexes.sql
COMMIT;
PRAGMA journal_mode = WAL;
SQL
prep_import_floor() {
    if [ "$1" = sore ]; then
        rm -f "$tmp"/floor.db*
        cp "$tmp/floor-empty.db" "$tmp/floor.db"
        sync
    else
        prep_import "$@"
    fi
}
sore_import_floor() { "$@" sqlite3 -bail "$tmp/floor.db" <"$tmp/floor.sql"; }
sql_import_floor() { sql_import "$@"; }
bench import_floor 5 1 1 "for scale: the shell filling sore's tables by SQL alone (no file read: \
\`INSERT … SELECT\` from the imported journal, sore's CHECKs, keys and indexes)" \
    "\`.import --csv\` as above" - 16
[ "$(count_entries "$tmp/floor.db")" = "$entries" ] || die "the SQL fill left $(count_entries "$tmp/floor.db") entries, not $entries"
[ "$(count_entries "$rdb")" = "$entries" ] || die "sore import left $(count_entries "$rdb") entries in random order, not $entries"
[ "$(count_entries "$db")" = "$entries" ] || die "sore import left $(count_entries "$db") entries, not $entries"
[ "$(count_entries "$tmp/sql.db")" = "$entries" ] ||
    die "the shell imported $(count_entries "$tmp/sql.db") rows, not $entries"
journal_mode=$(sqlite3 -readonly "$db" 'PRAGMA journal_mode')
db_mib=$(($(stat -c %s "$db") / 1048576))
first=$(sqlite3 -readonly "$db" 'SELECT min(date) FROM entry')
last=$(sqlite3 -readonly "$db" 'SELECT max(date) FROM entry')

bench export 3 1 1 "\`sore export\` CSV of every entry, to a file" \
    "\`sqlite3 -csv\` of the same columns to a file, walking the date index" 1 32
# The export gives back the generated file byte for byte (so the generator
# writes exactly sore's format), and the shell's file holds the same cells.
cmp -s "$csv" "$tmp/sore.csv" || die "sore export differs from the generated CSV"
same_cells "$tmp/sore.csv" "$tmp/sql.csv" || die "the shell's export differs from sore's"
bench export_sort 3 1 1 "\`sore export\` CSV of every entry, to a file" \
    "the same, sorting (\`NOT INDEXED\`)" 1 32
bench export_json 3 1 1 "\`sore export --format json\` of every entry" \
    "\`sqlite3 -json\` of the same columns, walking the date index" 1 32
bench export_json_sort 3 1 1 "\`sore export --format json\` of every entry" \
    "the same, sorting (\`NOT INDEXED\`)" 1 32
bench rexport 3 1 1 "\`sore export\` CSV, journal in random order" \
    "\`sqlite3 -csv\`, walking the date index" 1 32
same_cells "$tmp/sore.csv" "$tmp/sql.csv" ||
    die "the shell's export of the journal in random order differs from sore's"
bench rexport_sort 3 1 1 "\`sore export\` CSV, journal in random order" \
    "\`sqlite3 -csv\`, sorting (\`NOT INDEXED\`)" 1 32
bench rexport_json 3 1 1 "\`sore export --format json\`, journal in random order" \
    "\`sqlite3 -json\`, walking the date index" 1 32
bench rexport_json_sort 3 1 1 "\`sore export --format json\`, journal in random order" \
    "\`sqlite3 -json\`, sorting (\`NOT INDEXED\`)" 1 32

# The report queries as sore runs them (reports/*.sql), their parameters
# bound with the shell's .parameter. The shell reads VALUE as SQL once its
# own quotes are gone, so a date needs both: "'1996-01-02'".
week_from=$("$sore" week --weeks 520 --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["from"])')
week_to=$("$sore" week --weeks 520 --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["to"])')
bound() { # FROM TO FILE: the query with :from and :to (or ?1 and ?2) bound
    printf '.parameter set :from %s\n.parameter set :to %s\n' "$1" "$2"
    printf '.parameter set ?1 %s\n.parameter set ?2 %s\n' "$1" "$2"
    cat "$3"
}
# sore also reads the 31 days before a period (they decide which of its
# first days are clean); the shell's yardstick keeps to the period.
# The shell's side is the day totals as SQL alone gives them, grouped and
# sorted by SQLite (tests/data/days_grouped.sql, which the unit tests hold
# equal to sore's); sore reads each entry's part (reports/days.sql) and adds
# the days up itself.
grouped=$root/tests/data/days_grouped.sql
bound "\"'$week_from'\"" "\"'$week_to'\"" "$grouped" >"$tmp/week-520.sql"
bound "\"'$first'\"" "\"'$last'\"" "$grouped" >"$tmp/week-all.sql"
bound NULL NULL "$grouped" >"$tmp/causes.sql"
sed 's/^FROM entry$/FROM entry NOT INDEXED/' "$tmp/week-520.sql" >"$tmp/week-520-sort.sql"
sed 's/^FROM entry$/FROM entry NOT INDEXED/' "$tmp/causes.sql" >"$tmp/causes-sort.sql"
grep -q 'NOT INDEXED' "$tmp/causes-sort.sql" || die "days_grouped.sql no longer reads FROM entry on a line of its own"
# A stricter yardstick for causes: the same grouped scan summed to one row,
# so the shell spends nothing on printing a row per day.
{
    echo 'SELECT count(*), sum(entries), sum(sessions), sum(soreness_sum), sum(injuries), sum(knots)'
    echo 'FROM ('
    sed 's/;$//' "$grouped"
    echo ');'
} | bound NULL NULL /dev/stdin >"$tmp/causes-sums.sql"

# Both sides see the same entries before they are timed.
week_entries=$("$sore" week --weeks 520 --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["entries"])')
shell_week=$(sqlite3 -bail -readonly "$db" <"$tmp/week-520.sql" | awk -F'|' '{ n += $2 } END { print n + 0 }')
[ "$shell_week" = "$week_entries" ] || die "days_grouped.sql counted $shell_week entries, sore week $week_entries"
weekly=$("$sore" week --from "$first" --to "$last" --format csv | awk -F, 'NR > 1 { n += $3 } END { print n + 0 }')
[ "$weekly" = "$entries" ] || die "sore week counted $weekly entries, not $entries"
shell_all=$(sqlite3 -bail -readonly "$db" <"$tmp/week-all.sql" | awk -F'|' '{ n += $2 } END { print n + 0 }')
[ "$shell_all" = "$entries" ] || die "days_grouped.sql counted $shell_all entries, not $entries"
shell_days=$(sqlite3 -bail -readonly "$db" <"$tmp/causes.sql" | wc -l)
"$sore" causes --format json | grep -q "\"days\": $shell_days," ||
    die "sore causes --format json did not count the $shell_days days days_grouped.sql gives"

bench week 5 1 0 "\`sore week --weeks 520\` ($week_entries entries)" \
    "days_grouped.sql, $week_from to $week_to" 2
bench all_weeks 5 1 0 "\`sore week --format csv\`, $first to $last" \
    "days_grouped.sql, the same days" 2
bench causes 5 1 0 "\`sore causes\`" "days_grouped.sql (a row per day)" 2
bench causes_json 5 1 0 "\`sore causes --format json\`" "days_grouped.sql (a row per day)" 2
bench causes_sums 5 1 0 "\`sore causes\`" "the same grouped scan summed to one row" 2
bench rweek 5 1 0 "\`sore week --weeks 520\`, journal in random order" \
    "days_grouped.sql, the same days" 1
bench rcauses 5 1 0 "\`sore causes\`, journal in random order" "days_grouped.sql (a row per day)" 1
bench rrecovery 5 1 0 "\`sore recovery\`, journal in random order" "days_grouped.sql (a row per day)" 1
bench rweek_sort 5 1 0 "\`sore week --weeks 520\`, journal in random order" \
    "days_grouped.sql, sorting (\`NOT INDEXED\`)" 1
bench rcauses_sort 5 1 0 "\`sore causes\`, journal in random order" \
    "days_grouped.sql, sorting (\`NOT INDEXED\`)" 1
bench rrecovery_sort 5 1 0 "\`sore recovery\`, journal in random order" \
    "days_grouped.sql, sorting (\`NOT INDEXED\`)" 1
bench version 5 200 0 "\`sore --version\`" "\`sqlite3 -version\`" 1.2
# Last: each run adds its rows to the journal, sore's and the shell's alike.
bench log 5 20 0 "\`sore log\` one entry into the journal" "\`sqlite3 DB \"INSERT …\"\` of the same row" 1.2
logged=$(sqlite3 -readonly "$db" "SELECT count(*) FROM entry WHERE note = 'bench: one more entry'")
[ "$logged" = $((2 * (5 * 20 + 1))) ] || die "the log row added $logged entries, not $((2 * (5 * 20 + 1)))"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- In-process timings -------------------------------------------------------
micro_table=""
if [ -x "$micro" ]; then
    echo "Running $micro..."
    "$micro" --benchmark_out="$tmp/micro.json" --benchmark_out_format=json
    micro_table=$(python3 - "$tmp/micro.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
print("| benchmark | time | CPU | iterations | rate |")
print("|---|---:|---:|---:|---:|")
for b in data["benchmarks"]:
    unit = b["time_unit"]
    rate = ""
    if "items_per_second" in b:
        rate = f'{b["items_per_second"] / 1e3:,.0f} k items/s'
    print(f'| {b["name"]} | {b["real_time"]:,.1f} {unit} | {b["cpu_time"]:,.1f} {unit} '
          f'| {b["iterations"]:,} | {rate} |')
PY
    )
else
    echo "run.sh: no $micro (Google Benchmark not found at configure time?); skipping it" >&2
fi

# --- The table ---------------------------------------------------------------
if [ -z "$durability_hits" ]; then
    durability="sore's sources set no \`synchronous\`, \`locking_mode\` or journal off/in memory; the script sets no pragma on sore's side; sore's journal is in \`$journal_mode\` mode with SQLite's default \`synchronous\` (FULL)."
else
    durability="CHANGED: sore's sources mention these pragmas: $(echo "$durability_hits" | sed "s|$root/||" | tr '\n' ';')"
    all_passed=no
fi

header="| work | anchor (sqlite3 shell, same file) | runs | sore | sqlite3 | ratio | min–max | CPU ratio | sore peak | sqlite3 peak | target | result |"
report() {
    echo "# Benchmarks, $started_at"
    echo
    echo "- CPU: $cpu_model, $cores cores (load average $load_before before, $load_after after)"
    echo "- sore: $sore_version, commit $commit, build type ${build_type:-unknown}; sqlite3 $sqlite_version"
    echo "- journal: $entries generated entries (seed $seed), $first to $last, $db_mib MiB; CSV $csv_mib MiB, generated in $(seconds "$generate_us") s"
    echo "- durability: $durability"
    echo
    echo "$header"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
    local key row
    for key in log import import_random import_floor export export_sort export_json export_json_sort \
        rexport rexport_sort rexport_json rexport_json_sort week all_weeks causes causes_json \
        causes_sums rweek rcauses rrecovery rweek_sort rcauses_sort rrecovery_sort version; do
        row=${rows[$key]}
        echo "| ${row//|/ | } |"
    done
    echo
    echo "Times are wall-clock medians per command. **ratio** is sore's wall-clock time over the"
    echo "shell's, run by run (the two alternate): the median decides the result, min–max shows"
    echo "the spread. **CPU ratio** is the median of the same for user + system time (every"
    echo "thread), less disturbed by other work on the machine. Runs are timings × commands in"
    echo "each. Peak memory is the maximum resident set from \`/usr/bin/time -v\`. Every file is"
    echo "in the page cache; \`TZ=UTC\`, \`SORE_TODAY=$today\`."
    if [ -n "$micro_table" ]; then
        echo
        echo "## In process (Google Benchmark, \`sore_micro_bench\`)"
        echo
        echo "$micro_table"
    fi
}
report >"$tmp/report.md"
mkdir -p "$bench/results"
out=$bench/results/$(date -u +%Y-%m-%d).md
[ -e "$out" ] && out=$bench/results/$(date -u +%Y-%m-%d-%H%M).md
cp "$tmp/report.md" "$out"
echo
cat "$tmp/report.md"
echo
echo "Written to ${out#"$root"/}; every target met: $all_passed."
