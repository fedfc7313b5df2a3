#pragma once

// The words of the body sites report, shared by its text and JSON forms.
// A site's figures come from the methods of `sore week` and `sore causes`;
// where a sentence of theirs fits a site as it is, it is theirs.

#include "analysis/sites.hpp"

#include <string>
#include <string_view>

namespace sore::render {

// "gluteus medius, left"; "lower back, both sides".
std::string place_of(const analysis::SiteSummary& site);

// "-0.12 points a week (95% CI -0.20 to -0.04), improving", or what the
// trend needs.
std::string site_trend_text(const analysis::SiteRow& row);

// The plain sentence for a site's pressure or knots finding.
std::string site_finding_text(const analysis::Finding& finding);

// "60 logged days, 45 of them naming a site; 20 sessions".
std::string sites_counts_text(const analysis::SitesReport& report);

// How a site's figures are made.
std::string_view sites_method_note();

} // namespace sore::render
