#include "store/reports.hpp"

#include "embedded.hpp"
#include "error.hpp"
#include "journal/dates.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sore::store {

namespace {

std::string_view report_sql(std::string_view name) {
    auto files = report_files();
    auto found = std::find_if(files.begin(), files.end(),
                              [&](const EmbeddedFile& f) { return f.name == name; });
    if (found == files.end()) {
        throw Error(fmt::format("the report query {} is missing from this build", name));
    }
    return found->text;
}

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

std::vector<analysis::DayTotals> day_totals(Database& db, const std::string& from,
                                            const std::string& to) {
    Statement s(db, report_sql("week.sql"));
    s.bind(1, from).bind(2, to);
    std::vector<analysis::DayTotals> days;
    while (s.step()) {
        auto date = s.get_text(0);
        auto day = journal::parse_iso_date(date);
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

void for_each_observation(Database& db, const std::optional<std::string>& from,
                          const std::optional<std::string>& to,
                          const std::function<void(const analysis::Observation&)>& visit) {
    Statement s(db, report_sql("causes.sql"));
    s.bind(1, from).bind(2, to);
    while (s.step()) {
        visit({int_at(s, 0), optional_int_at(s, 1), optional_int_at(s, 2), optional_int_at(s, 3),
               s.get_int(4) != 0, s.get_int(5) != 0});
    }
}

} // namespace sore::store
