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
#include <utility>

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

// Whether the entries of `range` are read faster by scanning the whole
// table than by walking the date index. Summed as stored, a million
// entries took 0.24 s in any order; walking the index took 0.25 s when the
// table was in date order and 5.1 s when it was not, a page read for each
// entry: twenty times the scan's cost an entry. So the whole journal is
// scanned, and so is a period of more than a twentieth of its days in a
// table not in date order. A short period, such as the 15 days `sore due`
// reads, stays on the index.
bool scan_beats_walk(Database& db, const journal::DateRange& range) {
    if (!range.from && !range.to) {
        return true;
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
    return covered * 20 > journal_days && !stored_in_date_order(db);
}

// days.sql, scanning the table or walking the date index.
std::string days_sql(bool scan) {
    std::string sql(report_file("days.sql"));
    constexpr std::string_view table = "\nFROM entry\n";
    auto at = sql.find(table);
    if (at == std::string::npos) {
        throw Error("reports/days.sql no longer reads FROM entry on a line of its own");
    }
    sql.replace(at, table.size(),
                scan ? "\nFROM entry NOT INDEXED\n" : "\nFROM entry INDEXED BY entry_by_date\n");
    return sql;
}

} // namespace

std::vector<analysis::DayTotals> day_totals(Database& db, const journal::DateRange& range) {
    Statement s(db, days_sql(scan_beats_walk(db, range)));
    s.bind(s.parameter(":from"), journal::format_date(range.from))
        .bind(s.parameter(":to"), journal::format_date(range.to));
    analysis::DayTotaller totals;
    while (s.step()) {
        auto date = s.get_view(0);
        auto day = journal::parse_stored_date(date);
        if (!day) {
            throw Error(fmt::format("the journal holds an entry dated '{}', which is not a "
                                    "calendar day; run 'sore check'",
                                    date));
        }
        totals.add({.day = *day,
                    .session = s.get_int(1) != 0,
                    .soreness = int_at(s, 2),
                    .sitting_min = optional_int_at(s, 3),
                    .pressure = optional_int_at(s, 4),
                    .injury = s.get_int(5) != 0,
                    .emotional = s.get_int(6) != 0,
                    .knots = optional_int_at(s, 7),
                    .during = optional_int_at(s, 8)});
    }
    return std::move(totals).days();
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
