#pragma once

// The body sites report as text and JSON: a table of each site and side
// (entries, mean, highest, trend), then how each one's soreness goes with
// pressure and knots, in the words of sites_words.hpp.

#include "analysis/sites.hpp"
#include "journal/dates.hpp"
#include "render/week.hpp"

#include <iosfwd>
#include <nlohmann/json.hpp>

namespace sore::render {

void print_sites_text(std::ostream& out, const analysis::SitesReport& report, TextStyle style);

// The same figures, unrounded (keys in README.md).
nlohmann::ordered_json sites_json(const analysis::SitesReport& report,
                                  const journal::DateRange& range);

} // namespace sore::render
