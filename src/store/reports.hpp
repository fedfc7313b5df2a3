#pragma once

// The report queries (reports/*.sql, embedded at build time): plain rows
// out for src/analysis, nothing computed here.

#include "analysis/causes.hpp"
#include "analysis/week.hpp"
#include "journal/dates.hpp"
#include "store/sqlite.hpp"

#include <functional>
#include <vector>

namespace sore::store {

// reports/week.sql: one row of totals per day with entries from `first`
// to `last`, oldest first.
std::vector<analysis::DayTotals> day_totals(Database& db, const journal::DaySpan& days);

// reports/causes.sql: every entry in the range, one at a time.
void for_each_observation(Database& db, const journal::DateRange& range,
                          const std::function<void(const analysis::Observation&)>& visit);

} // namespace sore::store
