#pragma once

// The causes report as text and JSON: the counts, then each cause with its
// verdict, figures and one plain sentence (causes_words.hpp), then the
// injury episodes and how the figures are made.

#include "analysis/causes.hpp"
#include "journal/dates.hpp"

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

namespace sore::render {

// "clear" (bold when `color`), "small", "unclear", "not enough data".
std::string verdict_text(analysis::Verdict verdict, bool color);

void print_causes_text(std::ostream& out, const analysis::CausesReport& report, bool color);

// One finding's figures, unrounded, with `text` said of it.
nlohmann::ordered_json finding_json(const analysis::Finding& finding, const std::string& text);

// The same figures, unrounded (keys in README.md).
nlohmann::ordered_json causes_json(const analysis::CausesReport& report,
                                   const journal::DateRange& range);

} // namespace sore::render
