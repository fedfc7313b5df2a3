#pragma once

// The causes report as text and JSON: for each cause its figures, a
// strength label and one plain sentence, then all five together.

#include "analysis/causes.hpp"
#include "journal/dates.hpp"

#include <array>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace sore::render {

void print_causes_text(std::ostream& out, const analysis::CausesReport& report,
                       const journal::DateRange& range, bool color);

// The same figures, unrounded (keys in README.md).
nlohmann::ordered_json causes_json(const analysis::CausesReport& report,
                                   const journal::DateRange& range);

// The parts of the report shared by its text and HTML forms (its
// sentences: causes_words.hpp).

// An answered cause's figures in two lines: the effect with its interval,
// then Spearman's rho (measures) or the two group means (markers).
std::array<std::string, 2> figure_lines(const analysis::Finding& finding);

// "strong", "moderate", "weak", "none seen", or "not enough data".
std::string strength_label(const analysis::Finding& finding);

// "28 entries with sitting, pressure and knots; R-squared 0.97": only when
// the regression has a fit.
std::string together_summary(const analysis::Together& together);

} // namespace sore::render
