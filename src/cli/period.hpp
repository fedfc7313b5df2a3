#pragma once

// The days `sore week` and `sore report` cover, worked out from their
// --from and --to (dates already checked, YYYY-MM-DD) and today.

#include <date/date.h>
#include <optional>
#include <string>

namespace sore::cli {

struct Period {
    date::sys_days from;
    date::sys_days to;
};

// The last day is --to, or today; the first is --from, or the Monday
// `weeks` - 1 weeks before the last day's week. UsageError when --from is
// after today and --to is not given.
Period resolve_period(const std::optional<std::string>& from, const std::optional<std::string>& to,
                      int weeks, date::sys_days today);

// The whole ISO weeks around `period`, Monday to Sunday, none before 1900
// (no entry is older). UsageError naming --from when that is more than
// max_weeks weeks.
Period whole_weeks(const Period& period, const std::optional<std::string>& from,
                   const std::optional<std::string>& to);

} // namespace sore::cli
