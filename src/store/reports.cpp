#include "store/reports.hpp"

#include "analysis/recovery.hpp"
#include "embedded.hpp"
#include "error.hpp"
#include "journal/dates.hpp"
#include "journal/sites.hpp"
#include "store/entries.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <string>

namespace sore::store {

namespace {

int int_at(const Statement& s, int column) {
    return static_cast<int>(s.get_int(column));
}

std::optional<int> optional_int_at(const Statement& s, int column) {
    if (s.is_null(column)) {
        return std::nullopt;
    }
    return int_at(s, column);
}

// Whether the days of `range` are read faster by scanning the whole table
// and sorting than by walking the date index: when the table is not in
// date order and they cover more than a fifth of the journal's days. On a
// million entries in random order days.sql took 8.7 s walking and 1.1 s
// sorting; in date order the walk is the faster (1.0 s, the sort 1.2 s). A
// short period, such as the 15 days `sore due` reads, stays on the index.
bool sort_beats_walk(Database& db, const journal::DateRange& range) {
    if (!range.from && !range.to) {
        return !stored_in_date_order(db);
    }
    Statement s(db, "SELECT (SELECT min(date) FROM entry), (SELECT max(date) FROM entry)");
    if (!s.step() || s.is_null(0) || s.is_null(1)) {
        return false;
    }
    auto first = journal::parse_stored_date(s.get_view(0));
    auto last = journal::parse_stored_date(s.get_view(1));
    if (!first || !last) {
        return false;
    }
    auto from = range.from ? std::max(*range.from, *first) : *first;
    auto to = range.to ? std::min(*range.to, *last) : *last;
    auto covered = (to - from).count() + 1;
    auto journal_days = (*last - *first).count() + 1;
    // The short period first: `sore due` never pays for the probe.
    return covered * 5 > journal_days && !stored_in_date_order(db);
}

// days.sql, reading the whole table and sorting when `sorted`.
std::string days_sql(bool sorted) {
    std::string sql(report_file("days.sql"));
    if (sorted) {
        constexpr std::string_view table = "\nFROM entry\n";
        auto at = sql.find(table);
        if (at == std::string::npos) {
            throw Error("reports/days.sql no longer reads FROM entry on a line of its own");
        }
        sql.replace(at, table.size(), "\nFROM entry NOT INDEXED\n");
    }
    return sql;
}

// While it lives, SQLite's sorter may sort on a helper thread, on the core
// a report leaves idle: the shell read and sorted a million entries in
// random order in 0.83 s rather than 0.99 that way, and `sore recovery`
// took 3% less (its own work is the rest), for 3 MiB more at the peak. Each
// thread sorts in as much memory as the cache holds: 1 MiB sorted as fast
// as SQLite's 2 MiB, for 1 MiB less.
class SortHelper {
public:
    explicit SortHelper(Database& db) : db_(db) {
        db_.exec("PRAGMA threads = 1");
        db_.exec("PRAGMA cache_size = -1024"); // KiB
    }
    ~SortHelper() {
        (void)db_.try_exec("PRAGMA threads = 0");
        (void)db_.try_exec("PRAGMA cache_size = -2000"); // SQLite's default
    }
    SortHelper(const SortHelper&) = delete;
    SortHelper& operator=(const SortHelper&) = delete;

private:
    Database& db_;
};

} // namespace

std::vector<analysis::DayTotals> day_totals(Database& db, const journal::DateRange& range) {
    bool sorted = sort_beats_walk(db, range);
    std::optional<SortHelper> helper;
    if (sorted) {
        helper.emplace(db);
    }
    Statement s(db, days_sql(sorted));
    s.bind(s.parameter(":from"), journal::format_date(range.from))
        .bind(s.parameter(":to"), journal::format_date(range.to));
    std::vector<analysis::DayTotals> days;
    while (s.step()) {
        auto date = s.get_view(0);
        auto day = journal::parse_stored_date(date);
        if (!day) {
            throw Error(fmt::format("the journal holds an entry dated '{}', which is not a "
                                    "calendar day; run 'sore check'",
                                    date));
        }
        analysis::DayTotals t;
        t.day = *day;
        t.entries = int_at(s, 1);
        t.sessions = int_at(s, 2);
        t.soreness_sum = s.get_int(3);
        t.soreness_max = int_at(s, 4);
        t.sitting_sum_min = s.get_int(5);
        t.sitting_count = int_at(s, 6);
        for (int level = 0; level < 4; ++level) {
            t.pressure_counts[static_cast<std::size_t>(level)] = int_at(s, 7 + level);
        }
        t.injuries = int_at(s, 11);
        t.emotional = int_at(s, 12);
        t.knots = optional_int_at(s, 13);
        t.during_sum = s.get_int(14);
        t.during_count = int_at(s, 15);
        days.push_back(t);
    }
    return days;
}

namespace {

// The period and the context days before it that decide its first days.
journal::DateRange with_context(journal::DateRange period) {
    if (period.from) {
        *period.from -= date::days{analysis::context_days};
    }
    return period;
}

} // namespace

std::vector<analysis::DayTotals> days_for_report(Database& db, const journal::DateRange& period) {
    return day_totals(db, with_context(period));
}

std::optional<journal::Day> recent_injury(Database& db, journal::Day today) {
    auto days = day_totals(db, {today - date::days{analysis::injury_active_days}, today});
    auto last = std::find_if(days.rbegin(), days.rend(),
                             [](const analysis::DayTotals& d) { return d.injuries > 0; });
    return last == days.rend() ? std::nullopt : std::optional<journal::Day>(last->day);
}

std::vector<analysis::SiteDay> site_days(Database& db, const journal::DateRange& period) {
    auto range = with_context(period);
    Statement s(db, report_file("site_days.sql"));
    s.bind(s.parameter(":from"), journal::format_date(range.from))
        .bind(s.parameter(":to"), journal::format_date(range.to));
    std::vector<analysis::SiteDay> days;
    while (s.step()) {
        auto day = journal::parse_stored_date(s.get_view(0));
        auto site = journal::body_site_from_name(s.get_view(1));
        auto side = journal::side_from_name(s.get_view(2));
        if (!day || !site || !side) {
            throw Error("the journal holds a body site or date sore cannot read; run 'sore check'");
        }
        days.push_back({*day, {*site, *side}, int_at(s, 3), s.get_int(4), int_at(s, 5)});
    }
    return days;
}

} // namespace sore::store
