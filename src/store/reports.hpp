#pragma once

// The report queries (reports/*.sql, embedded at build time): plain rows
// out for src/analysis, nothing computed here.

#include "analysis/causes.hpp"
#include "analysis/week.hpp"
#include "store/sqlite.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sore::store {

// reports/week.sql: one row of totals per day with entries, oldest first.
std::vector<analysis::DayTotals> day_totals(Database& db, const std::string& from,
                                            const std::string& to);

// reports/causes.sql: every entry in the range (either bound optional),
// one at a time.
void for_each_observation(Database& db, const std::optional<std::string>& from,
                          const std::optional<std::string>& to,
                          const std::function<void(const analysis::Observation&)>& visit);

} // namespace sore::store
