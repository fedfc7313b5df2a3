#include "store/reports.hpp"

#include "embedded.hpp"
#include "error.hpp"
#include "journal/dates.hpp"

#include <fmt/format.h>

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

} // namespace

std::vector<analysis::DayTotals> day_totals(Database& db, const journal::DaySpan& span) {
    Statement s(db, report_file("week.sql"));
    s.bind(s.parameter(":first"), journal::format_date(span.first))
        .bind(s.parameter(":last"), journal::format_date(span.last));
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
        days.push_back(t);
    }
    return days;
}

void for_each_observation(Database& db, const journal::DateRange& range,
                          const std::function<void(const analysis::Observation&)>& visit) {
    Statement s(db, report_file("causes.sql"));
    s.bind(s.parameter(":from"), journal::format_date(range.from))
        .bind(s.parameter(":to"), journal::format_date(range.to));
    while (s.step()) {
        visit({int_at(s, 0), optional_int_at(s, 1), optional_int_at(s, 2), optional_int_at(s, 3),
               s.get_int(4) != 0, s.get_int(5) != 0});
    }
}

} // namespace sore::store
