#pragma once

// The report queries (reports/*.sql, embedded at build time): plain rows
// out for src/analysis, nothing computed here.

#include "analysis/days.hpp"
#include "analysis/sites.hpp"
#include "journal/dates.hpp"
#include "store/sqlite.hpp"

#include <optional>
#include <vector>

namespace sore::store {

// The totals of each day with entries in the range, oldest first:
// reports/days.sql's entries added up by analysis::DayTotaller.
std::vector<analysis::DayTotals> day_totals(Database& db, const journal::DateRange& range);

// The days a report of `period` needs: the period's and, before it, the
// days that decide which of its days are clean (analysis::context_days).
std::vector<analysis::DayTotals> days_for_report(Database& db, const journal::DateRange& period);

// The last day up to `today` with an injury flag, if it is no more than
// analysis::injury_active_days before it.
std::optional<journal::Day> recent_injury(Database& db, journal::Day today);

// reports/site_days.sql: per day, body site and side, the entries that name
// it and their soreness there, oldest first; the period's days and the
// context days before it, as days_for_report.
std::vector<analysis::SiteDay> site_days(Database& db, const journal::DateRange& period);

} // namespace sore::store
