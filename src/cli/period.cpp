#include "cli/period.hpp"

#include "analysis/week.hpp"
#include "journal/reject.hpp"
#include "journal/values.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sore::cli {

using journal::format_date;

void declare_range(Spec& spec) {
    spec.option("from", "DATE", "first day to include").option("to", "DATE", "last day to include");
}

journal::DateRange read_range(const Parsed& args) {
    journal::DateRange range;
    if (auto from = args.text("from")) {
        range.from = args.day("--from", *from);
    }
    if (auto to = args.text("to")) {
        range.to = args.day("--to", *to);
    }
    if (range.from && range.to && *range.from > *range.to) {
        journal::reject("--from", format_date(*range.from),
                        fmt::format("is after --to '{}'", format_date(*range.to)),
                        "a first day on or before the last");
    }
    return range;
}

journal::DaySpan resolve_period(const journal::DateRange& given, int weeks, journal::Day today) {
    auto last = given.to.value_or(today);
    if (given.from && !given.to && *given.from > last) {
        journal::reject("--from", format_date(*given.from),
                        fmt::format("is after today ({})", format_date(today)),
                        "a day up to today, or --to with a later day");
    }
    auto first = given.from.value_or(journal::monday_of(last) - date::weeks{weeks - 1});
    return {first, last};
}

journal::DaySpan whole_weeks(const journal::DaySpan& period, const journal::DateRange& given) {
    journal::DaySpan weeks{std::max(journal::monday_of(period.first), journal::earliest_day),
                           journal::monday_of(period.last) + date::days{6}};
    if (auto count = (weeks.last - weeks.first).count() / 7 + 1; count > analysis::max_weeks) {
        auto last = given.to ? fmt::format("--to '{}'", format_date(*given.to))
                             : fmt::format("today ({})", format_date(period.last));
        journal::reject("--from", format_date(given.from.value_or(period.first)),
                        fmt::format("is {} weeks before {}", count, last),
                        fmt::format("a range of at most {} weeks", analysis::max_weeks));
    }
    return weeks;
}

} // namespace sore::cli
