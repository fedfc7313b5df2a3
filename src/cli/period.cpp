#include "cli/period.hpp"

#include "analysis/week.hpp"
#include "cli/options.hpp"
#include "journal/dates.hpp"
#include "journal/values.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sore::cli {

namespace {

// No entry is older than 1900 (a Monday), so no week need start earlier.
constexpr date::sys_days earliest{date::year{1900} / 1 / 1};

date::sys_days day(const std::string& iso) {
    return *journal::parse_iso_date(iso); // options hold checked dates
}

} // namespace

Period resolve_period(const std::optional<std::string>& from, const std::optional<std::string>& to,
                      int weeks, date::sys_days today) {
    auto last = to ? day(*to) : today;
    if (from && !to && day(*from) > last) {
        journal::reject("--from", *from,
                        fmt::format("is after today ({})", journal::format_date(today)),
                        "a day up to today, or --to with a later day");
    }
    auto first = from ? day(*from) : analysis::monday_of(last) - date::weeks{weeks - 1};
    return {first, last};
}

Period whole_weeks(const Period& period, const std::optional<std::string>& from,
                   const std::optional<std::string>& to) {
    Period weeks{std::max(analysis::monday_of(period.from), earliest),
                 analysis::monday_of(period.to) + date::days{6}};
    if (auto count = (weeks.to - weeks.from).count() / 7 + 1; count > max_weeks) {
        auto last = to ? fmt::format("--to '{}'", *to)
                       : fmt::format("today ({})", journal::format_date(period.to));
        journal::reject("--from", from.value_or(journal::format_date(period.from)),
                        fmt::format("is {} weeks before {}", count, last),
                        fmt::format("a range of at most {} weeks", max_weeks));
    }
    return weeks;
}

} // namespace sore::cli
