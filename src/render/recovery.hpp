#pragma once

// The recovery report as text and JSON: the usual soreness, the days after
// a session, days until settled and the soreness left per pressure, the
// pressure to start from, settling, and sessions that stayed sore longer
// than usual (words in recovery_words.hpp).

#include "analysis/recovery.hpp"
#include "journal/dates.hpp"

#include <iosfwd>
#include <nlohmann/json.hpp>

namespace sore::render {

void print_recovery_text(std::ostream& out, const analysis::RecoveryReport& report);

// The same figures, unrounded (keys in README.md).
nlohmann::ordered_json recovery_json(const analysis::RecoveryReport& report,
                                     const journal::DateRange& range);

} // namespace sore::render
