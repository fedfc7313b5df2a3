#pragma once

// The days a command covers: --from DATE and --to DATE, an option group of
// list, week, causes, export and report, read into a journal::DateRange;
// and the days `sore week` and `sore report` work out from it and today.

#include "cli/parsing.hpp"
#include "journal/dates.hpp"

namespace sore::cli {

void declare_range(Spec& spec);

// Either end may be missing; a range that ends before it starts is refused.
journal::DateRange read_range(const Parsed& args);

// The last day is --to, or today; the first is --from, or the
// Monday `weeks` - 1 weeks before the last day's week. UsageError when
// --from is after today and --to is not given.
journal::DaySpan resolve_period(const journal::DateRange& given, int weeks, journal::Day today);

// The whole ISO weeks around `period`, Monday to Sunday,
// none before 1900 (no entry is older). UsageError naming --from when that
// is more than analysis::max_weeks weeks; `given` is what the user typed.
journal::DaySpan whole_weeks(const journal::DaySpan& period, const journal::DateRange& given);

} // namespace sore::cli
